// The first question is in the HTML (scripts/bundle.mjs renders it at build
// time from the engine's first question and the default language's words,
// as the element's declarative shadow root): it is on screen before any
// script runs, says what the page needs when no script runs, axe finds
// nothing to fault in it, and the element takes it over keeping a choice
// made on it, in the same place, without an entrance animation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, WWW, axe, openPage, screen, setup } from './helpers.mjs';

const env = setup();
const words = JSON.parse(readFileSync(join(WWW, 'locales', 'en.json'), 'utf8'));
const glue = await import(join(WWW, 'pkg/eligibility_checker.js'));
await glue.default({ module_or_path: readFileSync(join(WWW, 'pkg/eligibility_checker_bg.wasm')) });

/** The static question of `page` as the browser shows it: its id, title and options. */
const staticQuestion = (p) =>
  p.locator('eligibility-checker').locator('.ec-static form').evaluate((f) => ({
    id: f.dataset.staticQuestion,
    title: f.querySelector('h2, h3').textContent,
    options: [...f.querySelectorAll('input[name=answer]')].map((i) => i.value),
    visible: f.getBoundingClientRect().height > 0,
  }));

/**
 * `page` opened with the element's module (app.js or eligibility-checker.js)
 * held back until `release()`, once its static question is parsed to its end.
 */
async function withElementHeld(t, page) {
  const p = await openPage(env.browser, { origin: env.server.url.slice(0, -1) });
  t.after(() => p.context().close());
  let release;
  const held = new Promise((ok) => (release = ok));
  await p.route(/\/(app|eligibility-checker)\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await p.goto(env.server.url + page, { waitUntil: 'commit' });
  await p.locator('eligibility-checker').locator('.ec-static .actions').waitFor();
  return { p, release };
}

for (const [page, presets] of [['', {}], ['embed.html', { product: 'mi-band' }]]) {
  test(`${page || 'index.html'}: the engine's first question, painted without a script; the page says it needs one`, async (t) => {
    const p = await openPage(env.browser, { origin: env.server.url.slice(0, -1), javaScriptEnabled: false });
    t.after(() => p.context().close());
    await p.goto(env.server.url + page);
    const q = glue.check({ asOf: '2026-11-20', ...presets }).questions[0];
    const shown = await staticQuestion(p);
    assert.deepEqual(shown, { id: q.id, title: words.questions[q.id].title, options: q.options, visible: true });
    await p.getByText('This checker needs JavaScript and WebAssembly').waitFor();
    assert.equal(await p.locator('eligibility-checker button[type=submit]').isDisabled(), true, 'no Next that would go nowhere');
    assert.deepEqual(p.problems, []);
  });
}

test('the element takes the static question over: the choice made before the script ran is kept, and the focus, no entrance animation', async (t) => {
  // The element's module (in app.js for index.html) is held back until the shopper has chosen on the static form.
  const { p, release } = await withElementHeld(t, '');
  await axe(p, 'the static question, before the element runs');
  const choice = p.locator('eligibility-checker').locator('.ec-static input[value="mi-band"]');
  await choice.check();
  assert.equal(await p.evaluate(() => !!customElements.get('eligibility-checker')), false, 'chosen before the element ran');
  release();
  assert.equal(await screen(p), 'product');
  const after = await p.locator('eligibility-checker').evaluate((el) => ({
    staticLeft: !!el.shadowRoot.querySelector('.ec-static, style'),
    checked: el.shadowRoot.querySelector('form[data-question] input[name=answer]:checked')?.value,
    animations: el.shadowRoot.getAnimations().length,
    paintedMark: performance.getEntriesByName('eligibility-checker:first-question').length,
    // The focus was on the static form: it moves to the element's question.
    focused: el.shadowRoot.activeElement?.matches('form[data-question] [tabindex="-1"]') ?? false,
  }));
  assert.deepEqual(after, { staticLeft: false, checked: 'mi-band', animations: 0, paintedMark: 1, focused: true });
  assert.deepEqual(p.problems, []);
});

test("the element's shadow root has exactly styles.js's rules, on the full page (read from index.html) and on a storefront's (from eligibility-checker.js)", async (t) => {
  const { css } = await import(join(ROOT, 'www', 'styles.js'));
  // app.js carries no copy: the full page's styles come from its first question's shadow root (scripts/bundle.mjs).
  const probe = '.opt:has(input:checked)';
  assert.ok(css.includes(probe));
  assert.equal(readFileSync(join(WWW, 'app.js'), 'utf8').includes(probe), false, 'app.js carries its own copy of the styles');
  assert.equal(readFileSync(join(WWW, 'eligibility-checker.js'), 'utf8').includes(probe), true, "the storefront's module carries the styles");
  for (const page of ['', 'embed.html']) {
    const name = page || 'index.html';
    const p = await openPage(env.browser, { origin: env.server.url.slice(0, -1) });
    t.after(() => p.context().close());
    await p.goto(`${env.server.url}${page}`);
    await screen(p);
    const [shown, written] = await p.locator('eligibility-checker').evaluate((el, text) => {
      const rules = (sheet) => [...sheet.cssRules].map((r) => r.cssText);
      const own = new CSSStyleSheet();
      own.replaceSync(text);
      return [rules(el.shadowRoot.adoptedStyleSheets[0]), rules(own)];
    }, css);
    assert.ok(written.length > 20, `${name}: styles.js has its rules`);
    assert.deepEqual(shown, written, `${name}: the element's rules are styles.js's`);
    // The copy that came with the first question left with it, and no sheet of the document has the element's own (:host) rules.
    const { styleElements, hostRules } = await p.evaluate(() => ({
      styleElements: document.querySelector('eligibility-checker').shadowRoot.querySelectorAll('style').length,
      hostRules: [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r.cssText.startsWith(':host')).length,
    }));
    assert.deepEqual({ styleElements, hostRules }, { styleElements: 0, hostRules: 0 }, `${name}: where the element's styles are`);
    assert.deepEqual(p.problems, []);
  }
});

for (const page of ['', 'embed.html']) {
  test(`${page || 'index.html'}: the element's first question is where the static one was, to the pixel`, async (t) => {
    const { p, release } = await withElementHeld(t, page);
    // The boxes of the title, the question, each option and Next, in the form that shows.
    const boxes = (form) =>
      p.locator('eligibility-checker').evaluate(
        (el, sel) => {
          const f = el.shadowRoot.querySelector(sel);
          const box = (n) => {
            const r = n.getBoundingClientRect();
            return [r.x, r.y, r.width, r.height].map(Math.round).join(' ');
          };
          return {
            title: box(el.shadowRoot.querySelector('.title:not([hidden] *)')),
            question: box(f.querySelector('[tabindex="-1"]')),
            options: [...f.querySelectorAll('.opt')].map(box),
            next: box(f.querySelector('button[type=submit]')),
          };
        },
        form,
      );
    const before = await boxes('.ec-static form');
    release();
    await screen(p);
    const after = await boxes('form[data-question]');
    assert.ok(before.options.length >= 2, JSON.stringify(before));
    assert.deepEqual(after, before);
    assert.deepEqual(p.problems, []);
  });
}
