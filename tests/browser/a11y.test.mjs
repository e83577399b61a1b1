// WCAG 2.2 AA in practice: axe-core finds nothing on any question screen or
// the answer screen (light and dark), a shopper completes the check with the
// keyboard alone, focus moves to each new heading, the answer is announced,
// nothing scrolls sideways at 320 px or at 200 % zoom, and reduced motion
// turns the animation off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOPPER, axe, give, screen, setup, visit } from './helpers.mjs';

const env = setup();

const page = (t, url, date, options) => visit(t, env, url, date, options);

/** The element that has the focus, through shadow roots. */
const focused = (p) =>
  p.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const inForm = !!a.closest('form[data-question]');
    return { tag: a.tagName.toLowerCase(), type: a.type ?? null, value: a.value ?? null, id: a.id, text: a.textContent.trim().slice(0, 60), inForm };
  });

const noSideScroll = (p) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function everyScreen(t, p, answers, check) {
  for (let id = await screen(p); id !== 'answer'; id = await screen(p)) {
    await check(id);
    await give(p, id, answers[id]);
  }
  await check('answer');
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation on any question screen or the answer (${colorScheme})`, async (t) => {
    const p = await page(t, env.server.url, '2026-11-20', { colorScheme });
    await everyScreen(t, p, { ...SHOPPER, receivedDate: '2026-11-10' }, (id) => axe(p, id));
    // A refused answer, with its message.
    const q = await page(t, `${env.server.url}#product=mi-band&returnReason=defect&seller=mi-com&country=US`, '2026-11-20', { colorScheme });
    await q.locator('eligibility-checker button[type=submit]').click();
    await q.locator('eligibility-checker #q-error').getByText('Enter a complete date.').waitFor();
    await axe(q, 'receivedDate with an error');
    // The date-or-none questions.
    const r = await page(t, `${env.server.url}#product=mi-band&returnReason=defect&seller=mi-com&country=US&receivedDate=2025-11-01&cause=defect`, '2026-11-20', { colorScheme });
    assert.equal(await screen(r), 'replacementReceivedDate');
    await axe(r, 'replacementReceivedDate');
  });
}

test('keyboard only: from the first question to the answer, focus on each new heading', async (t) => {
  const p = await page(t, env.server.url, '2026-11-20');
  const answers = { product: 'mi-power-bank', returnReason: 'defect', seller: 'other', country: 'DE', receivedDate: '2024-06-15', replacementReceivedDate: null, cause: 'defect', commercialUse: false, originalPurchaser: true };
  let first = true;
  for (let id = await screen(p); id !== 'answer'; id = await screen(p)) {
    if (!first) assert.deepEqual(await focused(p).then((f) => f.id), 'q-title', `focus on the heading of ${id}`);
    first = false;
    const want = answers[id];
    if (want === undefined) throw new Error(`unexpected question ${id}`);
    // Tab to the first control of the question.
    for (let i = 0; i < 10 && !(await focused(p).then((f) => f.inForm && ['input', 'select'].includes(f.tag))); i++) await p.keyboard.press('Tab');
    const f = await focused(p);
    if (id === 'country') {
      // The browser's country (the US here) is one choice; another is typed into the search box.
      assert.equal(f.value, 'US');
      await p.keyboard.press('ArrowDown');
      assert.equal((await focused(p)).value, 'search');
      await p.keyboard.press('Tab');
      await p.keyboard.type('Germany');
    } else if (f.type === 'radio') {
      const value = want === null ? 'none' : want === true ? 'yes' : want === false ? 'no' : want;
      if ((await focused(p)).value === value) await p.keyboard.press('Space');
      for (let i = 0; i < 20 && (await focused(p)).value !== value; i++) await p.keyboard.press('ArrowDown');
      assert.equal((await focused(p)).value, value);
    } else if (f.type === 'date') {
      const [y, m, d] = want.split('-');
      await p.keyboard.type(`${m}${d}${y}`);
    }
    for (let i = 0; i < 10 && (await focused(p)).type !== 'submit'; i++) await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await p.waitForFunction((prev) => document.querySelector('eligibility-checker').shadowRoot.querySelector('form[data-question]')?.dataset.question !== prev, id);
  }
  assert.equal((await focused(p)).id, 'r-title', 'focus on the answer heading');
  const decision = await p.locator('eligibility-checker').evaluate((el) => el.decision);
  assert.equal(decision.return.outcome, 'not-eligible');
  assert.equal(decision.warranty.outcome, 'not-eligible');
  // The announcement is written just after the answer renders: wait for it.
  const status = p.locator('eligibility-checker [role=status][aria-live]', { hasText: /Return for a refund/ });
  await status.waitFor({ state: 'attached', timeout: 15_000 });
  const announced = await status.textContent();
  assert.match(announced, /Return for a refund: No, it can't be returned for a refund\. Warranty repair or replacement: No/);
  // Every control of the answer screen is reachable with Tab.
  const total = await p.locator('eligibility-checker').evaluate((el) => {
    // What a shopper can see: not inside a closed toggle.
    const all = [...el.shadowRoot.querySelectorAll('a[href], button, summary, input, select')].filter((e) => e.checkVisibility());
    all.forEach((e, i) => (e.dataset.k = i));
    return all.length;
  });
  const reached = new Set();
  for (let i = 0; i < total + 10; i++) {
    await p.keyboard.press('Tab');
    reached.add(await p.evaluate(() => document.querySelector('eligibility-checker').shadowRoot.activeElement?.dataset.k));
  }
  reached.delete(undefined);
  assert.equal(reached.size, total, 'every control is reached by Tab');
});

test('320 px wide and 200 % zoom: nothing scrolls sideways, on questions and the answer', async (t) => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 400 }]) {
    const p = await page(t, env.server.url, '2026-11-20', { viewport });
    await everyScreen(t, p, { ...SHOPPER, receivedDate: '2026-11-10' }, async (id) => {
      assert.ok(await noSideScroll(p), `${viewport.width} px, ${id}: scrolls sideways`);
    });
  }
  // 200 % zoom of a 1280 px window: device scale 2, half the CSS pixels.
  const z = await page(t, env.server.url, '2026-11-20', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  await screen(z);
  assert.ok(await noSideScroll(z));
  await z.screenshot({ path: new URL('../../test-artifacts/first-question-zoom200.png', import.meta.url).pathname });
});

test('reduced motion turns the animation off; dark mode changes the colours', async (t) => {
  const p = await page(t, env.server.url, '2026-11-20', { reducedMotion: 'reduce', colorScheme: 'dark' });
  await screen(p);
  const styles = await p.locator('eligibility-checker form[data-question]').evaluate((el) => {
    const host = el.getRootNode().host;
    return { animation: getComputedStyle(el).animationName, bg: getComputedStyle(host).backgroundColor };
  });
  assert.equal(styles.animation, 'none');
  assert.equal(styles.bg, 'rgb(13, 17, 23)');
  await p.screenshot({ path: new URL('../../test-artifacts/first-question-dark.png', import.meta.url).pathname });
});
