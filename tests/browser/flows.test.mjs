// Whole interviews in a real browser, answered the way a shopper would, with
// the answer screen's outcome, deadline and reasons read off the page. The
// clock is fixed, so every date is known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOPPER, give, interview, openAt, screen, setup, shown, visit } from './helpers.mjs';

const env = setup();

async function run(t, today, answers, url = env.server.url) {
  const page = await visit(t, env, url, today);
  const asked = await interview(page, { ...SHOPPER, ...answers });
  return { page, asked, result: await shown(page) };
}

test('a return still open: both eligible, with the dates in words and the days left', async (t) => {
  const { asked, result } = await run(t, '2027-03-20', { receivedDate: '2027-03-10' });
  assert.equal(asked[0], 'product');
  assert.ok(!asked.includes('orderDate'), 'received in March: no holiday order possible, so no order date');
  assert.equal(result.return.outcome, 'eligible');
  assert.match(result.return.headline, /Yes, you can return it/);
  assert.equal(result.decision.return.deadline, '2027-04-09');
  assert.match(result.return.deadline, /Friday, April 9, 2027, 20 days left/);
  assert.equal(result.warranty.outcome, 'eligible');
  assert.equal(result.decision.warranty.deadline, '2028-03-10');
  assert.match(result.warranty.deadline, /Friday, March 10, 2028, 356 days left/);
  assert.ok(result.return.reasons.some((r) => /return window is open until Friday, April 9, 2027/.test(r)));
});

test('an expired warranty: two years on, no question about damage, accessories, order date or part', async (t) => {
  const { asked, result } = await run(t, '2026-11-20', { receivedDate: '2024-06-15' });
  for (const id of ['physicallyDamaged', 'allAccessories', 'orderDate', 'part']) assert.ok(!asked.includes(id), `${id} was asked`);
  assert.equal(result.return.outcome, 'not-eligible');
  assert.equal(result.decision.return.deadline, '2024-07-15');
  assert.match(result.return.deadline, /ended on Monday, July 15, 2024/);
  assert.equal(result.warranty.outcome, 'not-eligible');
  assert.ok(result.decision.warranty.reasons.some((r) => r.code === 'warranty-period-ended'));
  assert.ok(result.warranty.reasons.some((r) => /ended/.test(r)));
  // The warranty's last day is shown whenever the engine reports it.
  const last = result.decision.warranty.deadline;
  if (last) assert.match(result.warranty.deadline, /ended on/);
});

test('an excluded cause: an accident is not covered, and a damaged product is not returnable', async (t) => {
  const { page, result } = await run(t, '2026-11-20', { receivedDate: '2026-11-05', physicallyDamaged: true, cause: 'accident' });
  assert.equal(result.warranty.outcome, 'not-eligible');
  assert.ok(result.decision.warranty.reasons.some((r) => r.code === 'cause-excluded' && r.clause === 'exclusions.f'));
  assert.ok(result.warranty.reasons.includes('Not covered: An accident, a fall, or rough use.'));
  assert.equal(result.return.outcome, 'not-eligible');
  assert.ok(result.return.reasons.includes("A product that is physically broken or damaged can't be returned."));
  // Every option and why, then the text of the clause the reason cites.
  await page.locator('eligibility-checker details[part~="outcomes"] > summary').click();
  const clause = page.locator('eligibility-checker [part~="warranty"] details.texts');
  await clause.locator('summary').click();
  await assert.doesNotReject(clause.getByText('Not covered: damage caused by accident').waitFor());
});

test('a holiday order: ordered in November, received in December, returnable until 30 January', async (t) => {
  const { asked, result } = await run(t, '2027-01-20', { orderDate: '2026-11-28', receivedDate: '2026-12-02' });
  assert.ok(asked.includes('orderDate'), 'received in December: the order date can matter');
  assert.equal(result.return.outcome, 'eligible');
  assert.equal(result.decision.return.deadline, '2027-01-30');
  assert.match(result.return.deadline, /Saturday, January 30, 2027, 10 days left/);
  assert.ok(result.return.reasons.some((r) => /holiday rule/.test(r)));
});

test('a shop other than mi.com: no return under this policy, the warranty with a warning', async (t) => {
  const { page, result } = await run(t, '2026-11-20', { seller: 'other', country: 'DE', receivedDate: '2026-11-10' });
  assert.equal(result.return.outcome, 'not-eligible');
  assert.ok(result.decision.return.reasons.some((r) => r.code === 'return-shop-not-covered'));
  assert.equal(result.warranty.outcome, 'eligible');
  const conditions = result.decision.warranty.conditions.map((c) => c.code);
  assert.ok(conditions.includes('seller-may-affect-warranty'));
  await page.locator('eligibility-checker details[part~="outcomes"] > summary').click();
  await assert.doesNotReject(page.locator('eligibility-checker [part~="warranty"] .conditions').getByText('Ask the shop as well').waitFor());
});

test('the embedded checker on a storefront page starts after the product', async (t) => {
  const page = await openAt(env.browser, `${env.server.url}embed.html`, '2026-11-20');
  t.after(() => page.context().close());
  // What the shopper came for is asked right after the product, which the page presets.
  assert.equal(await screen(page), 'returnReason');
  await give(page, 'returnReason', 'changed-mind');
  assert.equal(await screen(page), 'seller');
  const events = page.evaluate(() => new Promise((ok) => document.addEventListener('eligibility-decision', (e) => ok(e.detail), { once: true })));
  await give(page, 'seller', 'mi-com');
  const detail = await events;
  assert.equal(detail.answers.product, 'mi-band');
  assert.equal(detail.answers.seller, 'mi-com');
  assert.equal(detail.answers.asOf, '2026-11-20');
  assert.equal(detail.decision.questions[0].id, 'country');
  // The host page's styles stay out, and the element's stay in.
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => new URL(s.href).pathname));
  assert.deepEqual(sheets, ['/page.css', '/embed.css'], 'the element adds no stylesheet to the host document');
  const inside = await page.locator('eligibility-checker').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.title')).fontSize);
  assert.equal(inside, '24px', "the element's own title size, whatever the storefront's h1 rules");
  assert.deepEqual(page.problems, []);
});

test('next steps: the email to support says what is asked, with the facts, the outcome and the receipt', async (t) => {
  const { page, result } = await run(t, '2026-11-20', { receivedDate: '2026-11-10' });
  const href = await page.locator('eligibility-checker a[part~="primary-action"]').getAttribute('href');
  assert.match(href, /^mailto:service\.us@xiaomi\.com\?subject=Return%20request%20\(RMA\)%3A%20Mi%20Band&body=/);
  const body = decodeURIComponent(href.split('body=')[1]);
  assert.match(body, /I ask you for a return number \(RMA\)/);
  assert.match(body, /When did you receive it\? Nov 10, 2026/);
  assert.match(body, /Order number: _+\r\nSerial number: _+\r\nName: _+\r\nAddress: _+/);
  assert.match(body, /Return for a refund: Yes, you can return it/);
  assert.ok(body.includes(result.receipt));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('eligibility-checker button[part~="copy"]').click();
  await page.locator('eligibility-checker [role=status]').getByText('The summary is copied.').waitFor();
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).includes(result.receipt));
});

test('print: the answer prints without the buttons, the clause texts open', async (t) => {
  const { page } = await run(t, '2026-11-20', { receivedDate: '2026-11-10' });
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.locator('eligibility-checker div.actions.no-print').evaluate((el) => getComputedStyle(el).display);
  assert.equal(hidden, 'none');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const open = await page.locator('eligibility-checker details').evaluateAll((ds) => ds.length > 0 && ds.every((d) => d.open));
  assert.ok(open, 'every toggle, clause texts included, is open for print');
  await page.pdf({ path: new URL('../../test-artifacts/answer.pdf', import.meta.url).pathname });
});

test('attributes preset answers and the language; url-state="off" leaves the URL alone', async (t) => {
  const page = await visit(t, env, env.server.url, '2026-11-20');
  await screen(page);
  await page.evaluate(() => {
    document.querySelector('eligibility-checker').remove();
    const el = document.createElement('eligibility-checker');
    for (const [k, v] of Object.entries({ product: 'mi-headphones', seller: 'other', country: 'FR', lang: 'es', 'url-state': 'off' })) el.setAttribute(k, v);
    document.querySelector('main').append(el);
  });
  const first = await screen(page);
  assert.ok(!['product', 'seller', 'country'].includes(first), `asked ${first}, which an attribute answers`);
  assert.match(await page.locator('eligibility-checker #q-title').textContent(), /^¿/);
  assert.match(await page.locator('eligibility-checker [part=progress]').textContent(), /^Pregunta 1$/);
  const answers = await page.locator('eligibility-checker').evaluate((el) => el.answers);
  assert.deepEqual([answers.product, answers.seller, answers.country], ['mi-headphones', 'other', 'FR']);
  await give(page, first, { boughtOnline: true, returnReason: 'defect' }[first] ?? '2026-11-10');
  assert.equal(new URL(page.url()).hash, '');
  // A new lang attribute switches the language.
  await page.locator('eligibility-checker').evaluate((el) => el.setAttribute('lang', 'de'));
  await page.locator('eligibility-checker [part=progress]').getByText(/^Frage 2$/).waitFor();
});
