// The first question is in the HTML (scripts/bundle.mjs renders it at build
// time from the engine's first question and the default language's words):
// it is on screen before any script runs, says what the page needs when no
// script runs, axe finds nothing to fault in it, and the element takes it
// over keeping a choice made on it, without an entrance animation.
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
  p.locator('eligibility-checker > .ec-static form').evaluate((f) => ({
    id: f.dataset.staticQuestion,
    title: f.querySelector('h2, h3').textContent,
    options: [...f.querySelectorAll('input[name=answer]')].map((i) => i.value),
    visible: f.getBoundingClientRect().height > 0,
  }));

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

test('the element takes the static question over: the choice made before the script ran is kept, no entrance animation', async (t) => {
  const p = await openPage(env.browser, { origin: env.server.url.slice(0, -1) });
  t.after(() => p.context().close());
  // The element's module (in app.js for index.html) is held back until the shopper has chosen on the static form.
  let release;
  const held = new Promise((ok) => (release = ok));
  await p.route(/\/(app|eligibility-checker)\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await p.goto(env.server.url, { waitUntil: 'commit' });
  await p.locator('eligibility-checker > .ec-static .actions').waitFor(); // parsed to its end
  await axe(p, 'the static question, before the element runs');
  const choice = p.locator('eligibility-checker > .ec-static input[value="mi-band"]');
  await choice.check();
  assert.equal(await p.evaluate(() => !!customElements.get('eligibility-checker')), false, 'chosen before the element ran');
  release();
  assert.equal(await screen(p), 'product');
  const after = await p.locator('eligibility-checker').evaluate((el) => ({
    staticLeft: !!el.querySelector('.ec-static'),
    checked: el.shadowRoot.querySelector('form[data-question] input[name=answer]:checked')?.value,
    animations: el.shadowRoot.getAnimations().length,
    paintedMark: performance.getEntriesByName('eligibility-checker:first-question').length,
  }));
  assert.deepEqual(after, { staticLeft: false, checked: 'mi-band', animations: 0, paintedMark: 1 });
  assert.deepEqual(p.problems, []);
});

test("the element's shadow root has exactly styles.js's rules, on the full page (read from index.html) and on a storefront's (from eligibility-checker.js)", async (t) => {
  const { css } = await import(join(ROOT, 'www', 'styles.js'));
  // app.js carries no copy: the full page's styles come from its <template id="ec-css"> (scripts/bundle.mjs).
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
    // The full page's copy is inert, in a template: no sheet of the document has the element's own (:host) rules.
    const { holder, hostRules } = await p.evaluate(() => ({
      holder: document.getElementById('ec-css')?.localName ?? null,
      hostRules: [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r.cssText.startsWith(':host')).length,
    }));
    assert.deepEqual({ holder, hostRules }, { holder: page ? null : 'template', hostRules: 0 }, `${name}: where the element's styles are`);
    assert.deepEqual(p.problems, []);
  }
});
