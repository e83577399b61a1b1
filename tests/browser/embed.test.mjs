// The element as a storefront embeds it (issue 13): a shop page on one
// origin loads it from another (scripts/serve.mjs on www/, with CORS) and
// drives it through its attributes, properties, methods and events. The shop
// keeps its hash, its history, its `<html lang>` and its lack of service
// workers; URL state only when asked, under the element's id.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAPTOP, ROOT, SHOPPER, checker, give, hostState, interview, openPage, screen, setup, shown, startServer } from './helpers.mjs';

const env = setup({ server: false });
let cdnServer, shop;
const SHOP_POLICY = JSON.parse(readFileSync(join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'));
const TODAY = '2026-11-20';
const ANSWERS = { ...SHOPPER, receivedDate: '2026-11-10' };
const EVENTS = ['ready', 'decision', 'complete', 'contact', 'error'];

before(async () => {
  cdnServer = await startServer(); // www/ as a CDN would serve it
  const cdn = cdnServer.url.slice(0, -1);
  const csp = `default-src 'none'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; connect-src 'self' ${cdn}; style-src 'self'; img-src data:; base-uri 'none'`;
  const page = (attrs, lang = 'en') => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Example shop</title>
<link rel="icon" href="data:,">
<script type="module" src="${cdn}/eligibility-checker.js"></script>
</head>
<body><h1>Mi Band</h1><section id="reviews"><h2>Reviews</h2><p>Five stars.</p></section><eligibility-checker ${attrs}></eligibility-checker></body>
</html>
`;
  const dir = mkdtempSync(join(tmpdir(), 'ec-shop-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const [file, attrs, lang] of [
    ['index.html', 'product="mi-band"', 'en'],
    ['de.html', 'product="mi-band"', 'de'],
    ['fragment.html', 'id="returns" product="mi-band" url-state="fragment"', 'en'],
    ['policy.html', 'policy="broken.json"', 'en'],
  ])
    writeFileSync(join(dir, file), page(attrs, lang));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...SHOP_POLICY, return: { window: 'thirty days' } }));
  shop = await startServer(dir);
});

after(() => Promise.all([shop?.close(), cdnServer?.close()]));

/**
 * The shop's `file`, opened with the clock at noon UTC of `date`; its
 * element's events (heard on `document`, so they bubble out of the shadow
 * root) are in `window.events`. `page.problems` holds console errors.
 */
async function open(t, file, { date = TODAY, ...options } = {}) {
  const p = await openPage(env.browser, { timezoneId: 'UTC', ...options });
  t.after(() => p.context().close());
  await p.context().addInitScript((types) => {
    window.events = [];
    for (const type of types) {
      document.addEventListener(type, (e) => {
        if (e.target.localName !== 'eligibility-checker') return;
        window.events.push({ type, bubbles: e.bubbles, composed: e.composed, cancelable: e.cancelable, detail: JSON.parse(JSON.stringify(e.detail)) });
      });
    }
  }, EVENTS);
  await p.clock.setFixedTime(new Date(`${date}T12:00:00Z`));
  await p.goto(`${shop.url}${file}`);
  return p;
}

const events = (p, type) => p.evaluate((type) => window.events.filter((e) => e.type === type), type);

test("on a shop of another origin, an interview leaves the shop's hash, history, lang and workers alone; the language is the shop's", async (t) => {
  const p = await open(t, 'de.html#reviews');
  const start = await hostState(p);
  assert.deepEqual({ ...start, history: 0 }, { lang: 'de', hash: '#reviews', history: 0, workers: 0, sheets: 0 });
  assert.equal(await screen(p), 'returnReason');
  assert.equal(await checker(p).locator('#q-title').textContent(), 'Was ist los?', "the shop's <html lang>, not the browser's en-US");
  await interview(p, ANSWERS);
  const result = await shown(p);
  assert.equal(result.return.outcome, 'eligible');
  assert.deepEqual(await hostState(p), start);
  const [ready] = await events(p, 'ready');
  assert.deepEqual(ready, { type: 'ready', bubbles: true, composed: true, cancelable: false, detail: { lang: 'de' } });
  assert.deepEqual(p.problems, []);
});

test('complete carries the decision and the receipt; decision comes with each evaluation', async (t) => {
  const p = await open(t, 'index.html');
  const asked = await interview(p, ANSWERS);
  const result = await shown(p);
  const complete = await events(p, 'complete');
  assert.equal(complete.length, 1, 'once, when the answer screen is reached');
  assert.deepEqual(complete[0].detail, { decision: result.decision, answers: result.answers, receipt: result.receipt, lang: 'en' });
  assert.ok(complete[0].bubbles && complete[0].composed);
  const decisions = await events(p, 'decision');
  assert.equal(decisions.length, asked.length + 1, 'the first question, then one per answer');
  assert.deepEqual(decisions.at(-1).detail, complete[0].detail);
  assert.equal(decisions[0].detail.receipt, null);
  assert.equal(decisions[0].detail.decision.questions[0].id, 'returnReason');
  assert.deepEqual(p.problems, []);
});

test('contact: the shop hears the primary action with the decision, and may open its own support instead of the e-mail', async (t) => {
  const p = await open(t, 'index.html');
  await interview(p, ANSWERS);
  const result = await shown(p);
  await p.evaluate(() => {
    window.cancel = (e) => e.preventDefault();
    document.addEventListener('contact', (e) => window.cancel(e));
    // Heard after the element's own handlers: whether the link will still be followed.
    window.addEventListener('click', (e) => {
      window.followed = !e.defaultPrevented;
      e.preventDefault(); // no mail program in the test, whatever the element did
    });
  });
  const action = checker(p).locator('a[part~="primary-action"]');
  assert.match(await action.getAttribute('href'), /^mailto:service\.us@xiaomi\.com\?/);
  await action.click();
  const [contact] = await events(p, 'contact');
  assert.deepEqual(contact.detail.decision, result.decision);
  assert.deepEqual(contact.detail.answers, result.answers);
  assert.equal(contact.detail.receipt, result.receipt);
  assert.equal(contact.detail.to, 'service.us@xiaomi.com');
  assert.equal(contact.detail.lang, 'en');
  assert.equal(contact.detail.remedy, 'return');
  assert.match(contact.detail.subject, /Return request/);
  assert.ok(contact.detail.body.includes(result.receipt));
  assert.deepEqual([contact.cancelable, contact.bubbles, contact.composed], [true, true, true]);
  assert.equal(await p.evaluate(() => window.followed), false, 'cancelled: the mailto: link is not followed');

  await p.evaluate(() => (window.cancel = () => {}));
  await action.click();
  assert.equal((await events(p, 'contact')).length, 2);
  assert.equal(await p.evaluate(() => window.followed), true, 'not cancelled: the e-mail link is followed');
  assert.deepEqual(p.problems, []);
});

test("contact for a seller's remedy: no address, and a cancelled contact copies no letter", async (t) => {
  const p = await open(t, 'index.html');
  await p.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await interview(p, { ...SHOPPER, returnReason: 'changed-mind', seller: 'other', country: 'DE', receivedDate: '2026-11-15' });
  const result = await shown(p);
  await p.evaluate(() => {
    window.cancel = (e) => e.preventDefault();
    document.addEventListener('contact', (e) => window.cancel(e));
  });
  const copy = checker(p).locator('button[part~="primary-action"]');
  await copy.click();
  const [contact] = await events(p, 'contact');
  assert.equal(contact.detail.to, null, "the seller's address is the shop's to give");
  assert.equal(contact.detail.remedy, 'eu-withdrawal');
  assert.deepEqual(contact.detail.decision, result.decision);
  assert.equal(await p.evaluate(() => navigator.clipboard.readText()), '', 'cancelled: nothing copied');
  await p.evaluate(() => (window.cancel = () => {}));
  await copy.click();
  await checker(p).locator('[role=status]').getByText(/copied/).waitFor();
  assert.ok((await p.evaluate(() => navigator.clipboard.readText())).startsWith(contact.detail.subject));
  assert.deepEqual(p.problems, []);
});

test('url-state="fragment": keys under the element id, the shop\'s #reviews kept, one history entry per interview', async (t) => {
  const p = await open(t, 'fragment.html#reviews');
  const start = await hostState(p);
  assert.equal(await screen(p), 'returnReason');
  assert.deepEqual(await hostState(p), start, 'nothing written before an answer');
  assert.equal(start.hash, '#reviews');
  await give(p, 'returnReason', 'changed-mind');
  await give(p, 'seller', 'mi-com');
  assert.equal(await screen(p), 'country');
  const url = p.url();
  assert.equal(new URL(url).hash, '#reviews&returns.returnReason=changed-mind&returns.seller=mi-com');
  assert.equal(await p.evaluate(() => history.length), start.history + 1, 'one entry for the interview, not one per answer');
  // The element's Back button goes back one answer without a history entry.
  await checker(p).locator('button[part~="back"]').click();
  assert.equal(await screen(p), 'seller');
  assert.equal(new URL(p.url()).hash, '#reviews&returns.returnReason=changed-mind');
  assert.equal(await p.evaluate(() => history.length), start.history + 1);
  // The browser's Back leaves the interview: the shop's own fragment again.
  await p.goBack();
  assert.equal(new URL(p.url()).hash, '#reviews');
  await checker(p).locator('form[data-question="returnReason"]').waitFor();
  assert.deepEqual(await checker(p).evaluate((el) => el.answers), { asOf: TODAY, product: 'mi-band' });
  // A shared link opens on the same question; a key of another element is the host's.
  const shared = await open(t, `fragment.html${new URL(url).hash}&other.seller=x`);
  assert.equal(await screen(shared), 'country');
  assert.deepEqual(await checker(shared).evaluate((el) => el.answers), { asOf: TODAY, product: 'mi-band', returnReason: 'changed-mind', seller: 'mi-com' });
  assert.equal(await checker(shared).locator('.notice').count(), 0, 'no "answers could not be used" for the host\'s part');
  assert.match(shared.url(), /#reviews&other\.seller=x&returns\./);
  assert.deepEqual([...p.problems, ...shared.problems], []);
});

test('presets set at runtime, as attributes or properties, are applied with URL state off, and leave no Back button', async (t) => {
  const p = await open(t, 'index.html');
  const entries = await p.evaluate(() => history.length);
  assert.equal(await screen(p), 'returnReason');
  const back = checker(p).locator('button[part~="back"]');
  await checker(p).evaluate((el) => (el.product = 'mi-headphones'));
  await p.waitForFunction(() => document.querySelector('eligibility-checker').answers.product === 'mi-headphones');
  assert.equal(await checker(p).getAttribute('product'), 'mi-headphones', 'the property is the attribute');
  assert.equal(await screen(p), 'returnReason');
  assert.equal(await back.count(), 0, 'a preset is not an answer to take back');
  await give(p, 'returnReason', 'defect');
  await checker(p).evaluate((el) => el.setAttribute('seller', 'other'));
  await p.waitForFunction(() => document.querySelector('eligibility-checker').answers.seller === 'other');
  assert.equal(await screen(p), 'country', 'the seller is not asked');
  await checker(p).evaluate((el) => (el.receivedDate = '2026-11-10'));
  assert.equal(await checker(p).getAttribute('received-date'), '2026-11-10');
  await checker(p).evaluate((el) => (el.lang = 'es'));
  await checker(p).locator('[part=progress]').getByText(/^Pregunta 2$/).waitFor();
  // A preset taken away is asked again; the shopper's own answer stays.
  await checker(p).evaluate((el) => el.removeAttribute('product'));
  assert.equal(await screen(p), 'product');
  const answers = await checker(p).evaluate((el) => el.answers);
  assert.deepEqual(answers, { asOf: TODAY, returnReason: 'defect', seller: 'other', receivedDate: '2026-11-10' });
  assert.equal(new URL(p.url()).hash, '');
  assert.equal(await p.evaluate(() => history.length), entries);
  assert.deepEqual(p.problems, []);
});

test('a broken policy: an error event with its code and an error screen, never the default policy; a policy object is validated the same way', async (t) => {
  const p = await open(t, 'policy.html', { date: '2026-03-16' });
  await checker(p).locator('[part~="error"]').waitFor();
  const [error] = await events(p, 'error');
  assert.equal(error.detail.code, 'policy-invalid');
  assert.match(error.detail.message, /broken\.json is not valid/);
  assert.ok(error.bubbles && error.composed);
  assert.equal(await checker(p).locator('form[data-question]').count(), 0, 'no question under any policy');
  assert.equal(await checker(p).evaluate((el) => el.decision), null);
  assert.deepEqual(await events(p, 'ready'), []);

  // The shop's own policy as an object: its questions.
  await checker(p).evaluate((el, policy) => (el.policy = policy), SHOP_POLICY);
  assert.equal(await screen(p), 'product');
  assert.equal(await checker(p).getAttribute('policy'), null);
  assert.equal((await events(p, 'ready')).length, 1);
  await interview(p, LAPTOP);
  assert.equal((await shown(p)).answers.product, 'laptop');

  // A broken object: refused as the file was.
  await checker(p).evaluate((el, policy) => (el.policy = { ...policy, return: { window: 'thirty days' } }), SHOP_POLICY);
  await checker(p).locator('[part~="error"]').waitFor();
  const errors = await events(p, 'error');
  assert.equal(errors.length, 2);
  assert.equal(errors[1].detail.code, 'policy-invalid');
  assert.match(errors[1].detail.message, /given as an object is not valid/);
  assert.equal(await checker(p).locator('form[data-question], section.answer').count(), 0);
  assert.deepEqual(p.problems.filter((m) => !m.startsWith('console: eligibility-checker: the policy')), []);
});

test('answers can be set and read, and reset() starts again with the presets', async (t) => {
  const p = await open(t, 'index.html');
  assert.equal(await screen(p), 'returnReason');
  await checker(p).evaluate((el, answers) => (el.answers = answers), { returnReason: 'defect', seller: 'mi-com' });
  assert.equal(await screen(p), 'country');
  assert.deepEqual(await checker(p).evaluate((el) => el.answers), { asOf: TODAY, product: 'mi-band', returnReason: 'defect', seller: 'mi-com' });
  // With an asOf, the day is fixed as a receipt fixes it.
  await checker(p).evaluate((el, answers) => (el.answers = { ...answers, asOf: '2026-11-15' }), ANSWERS);
  const result = await shown(p);
  assert.equal(result.answers.asOf, '2026-11-15');
  assert.equal((await events(p, 'complete')).length, 1);
  assert.deepEqual(await checker(p).evaluate((el) => el.answers), result.answers);

  await checker(p).evaluate((el) => el.reset());
  assert.equal(await screen(p), 'returnReason');
  assert.deepEqual(await checker(p).evaluate((el) => el.answers), { asOf: TODAY, product: 'mi-band' });
  assert.equal(await checker(p).locator('input:checked').count(), 0, 'no answer chosen from before');
  assert.deepEqual(p.problems, []);
});

test("theme: the shop's color-scheme, not the OS alone; theme=light|dark|auto overrides it", async (t) => {
  const p = await open(t, 'index.html', { colorScheme: 'dark' });
  await screen(p);
  const background = () => checker(p).evaluate((el) => getComputedStyle(el).backgroundColor);
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(13, 17, 23)';
  assert.equal(await background(), WHITE, 'a shop without color-scheme is light, whatever the OS');
  await p.evaluate(() => (document.documentElement.style.colorScheme = 'light dark'));
  assert.equal(await background(), DARK, 'a shop that allows dark follows the OS');
  await p.evaluate(() => (document.documentElement.style.colorScheme = 'light'));
  assert.equal(await background(), WHITE);
  for (const [theme, colour] of [['dark', DARK], ['auto', DARK], ['light', WHITE]]) {
    await checker(p).evaluate((el, theme) => el.setAttribute('theme', theme), theme);
    assert.equal(await background(), colour, `theme=${theme}`);
  }
  assert.deepEqual(p.problems, []);
});

test('hide-language removes the language picker and its label', async (t) => {
  const p = await open(t, 'index.html');
  await screen(p);
  const picker = checker(p).locator('.head label, .head select');
  assert.equal(await picker.count(), 2);
  await checker(p).evaluate((el) => el.setAttribute('hide-language', ''));
  await p.waitForFunction(() => !document.querySelector('eligibility-checker').shadowRoot.querySelector('.head label'));
  assert.equal(await picker.count(), 0);
  assert.match(await checker(p).locator('.head').textContent(), /^Can I still return it\?$/);
  await checker(p).evaluate((el) => el.removeAttribute('hide-language'));
  await checker(p).locator('.head select').waitFor();
  assert.deepEqual(p.problems, []);
});

test("printed from its own button, the page prints the checker alone; the shop's page is as it was afterwards", async (t) => {
  const p = await open(t, 'index.html');
  await interview(p, ANSWERS);
  await shown(p);
  // The print dialog itself is the browser's: counted here, not opened.
  await p.evaluate(() => {
    window.printed = 0;
    window.print = () => window.printed++;
  });
  await p.emulateMedia({ media: 'print' });
  const shown_ = () => p.evaluate(() => ['h1', '#reviews', 'eligibility-checker'].map((s) => getComputedStyle(document.querySelector(s)).display));
  assert.deepEqual(await shown_(), ['block', 'block', 'block'], "the page's own print: everything");
  await p.emulateMedia({ media: 'screen' });
  await checker(p).locator('button[part~="print"]').click();
  // It prints once the clause texts, which come on demand, are in.
  await p.waitForFunction(() => window.printed > 0);
  await p.emulateMedia({ media: 'print' });
  assert.equal(await p.evaluate(() => window.printed), 1);
  assert.deepEqual(await shown_(), ['none', 'none', 'block'], 'from the checker\'s button: the checker alone');
  await p.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.deepEqual(await shown_(), ['block', 'block', 'block']);
  assert.equal(await p.evaluate(() => document.adoptedStyleSheets.length), 0, 'no stylesheet left on the shop');
  assert.deepEqual(p.problems, []);
});
