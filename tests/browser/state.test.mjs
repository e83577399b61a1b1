// The answers live in the URL fragment: reload, back/forward, a shared link
// and a decision receipt all bring back the same screen and the same
// decision; a bad fragment is dropped, never a crash. Also the language switch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOPPER, WWW, give, interview, openAt, screen, setup, shown, visit } from './helpers.mjs';

const env = setup();

const extras = JSON.parse(readFileSync(join(WWW, 'locales', 'en.extras.json'), 'utf8'));
const errors = JSON.parse(readFileSync(join(WWW, 'locales', 'en.errors.json'), 'utf8'));
const TODAY = '2026-11-20';
const answers = { ...SHOPPER, orderDate: '2026-10-30', receivedDate: '2026-11-10' }; // no holiday order: returnable to 10 December

const page = (t, url = env.server.url, date = TODAY, options) => visit(t, env, url, date, options);

const checked = (p) => p.locator('eligibility-checker form[data-question] input:checked').getAttribute('value');

test('back, forward and reload restore the exact screen and answers', async (t) => {
  const p = await page(t);
  await give(p, 'product', 'mi-band');
  await give(p, 'returnReason', 'changed-mind');
  await give(p, 'seller', 'mi-com');
  assert.equal(await screen(p), 'country');
  assert.match(p.url(), /#product=mi-band&returnReason=changed-mind&seller=mi-com$/);

  await p.goBack();
  assert.equal(await screen(p), 'seller');
  assert.equal(await checked(p), 'mi-com', 'the answer given before is still chosen');
  await p.goBack();
  assert.equal(await screen(p), 'returnReason');
  await p.goForward();
  await p.goForward();
  assert.equal(await screen(p), 'country');

  await p.reload();
  assert.equal(await screen(p), 'country');
  assert.deepEqual(await p.locator('eligibility-checker').evaluate((el) => el.answers), { asOf: TODAY, product: 'mi-band', returnReason: 'changed-mind', seller: 'mi-com' });

  // The page's own Back button takes back the last answer, and the browser's history agrees.
  await p.locator('eligibility-checker button[part~="back"]').click();
  assert.equal(await screen(p), 'seller');
  assert.match(p.url(), /#product=mi-band&returnReason=changed-mind$/);
  await p.goForward();
  assert.equal(await screen(p), 'country');
});

test('progress counts the questions, and the summary changes one answer', async (t) => {
  const p = await page(t);
  await give(p, 'product', 'mi-band');
  await give(p, 'returnReason', 'defect');
  await give(p, 'seller', 'mi-com');
  assert.match(await p.locator('eligibility-checker [part="progress"]').textContent(), /^Question 4$/);
  await p.locator('eligibility-checker details.so-far summary').click();
  await p.locator('eligibility-checker details.so-far a[aria-label="Change: Which product is it?"]').click();
  assert.equal(await screen(p), 'product');
  assert.equal(await checked(p), 'mi-band');
  await give(p, 'product', 'mi-headphones');
  assert.equal(await screen(p), 'country', 'the other answers are kept');
  assert.equal(await p.locator('eligibility-checker').evaluate((el) => el.answers.product), 'mi-headphones');
});

test('a shared link and a decision receipt reproduce the decision', async (t) => {
  const p = await page(t);
  await interview(p, answers);
  const first = await shown(p);
  assert.match(p.url(), /#receipt=[0-9A-Z-]+$/);
  assert.ok(first.receipt.length >= 8);

  // The same link in another browser, the same day.
  const shared = await page(t, p.url());
  assert.deepEqual((await shown(shared)).decision, first.decision);

  // Support opens the receipt code weeks later: the same answers and decision, as of that day.
  const later = await page(t, env.server.url, '2027-01-05');
  assert.equal(await screen(later), 'product');
  await later.locator('eligibility-checker details.open-receipt summary').click();
  await later.locator('eligibility-checker input[name=receipt]').fill(first.receipt.toLowerCase());
  await later.locator('eligibility-checker details.open-receipt button').click();
  const opened = await shown(later);
  assert.deepEqual(opened.decision, first.decision);
  assert.deepEqual(opened.answers, first.answers);
  assert.match(await later.locator('eligibility-checker .asof').textContent(), /Checked for Friday, November 20, 2026/);

  // "Check again for today" keeps the answers and moves the date (which may raise a new question).
  await later.locator('eligibility-checker .asof button').click();
  await later.waitForFunction(() => document.querySelector('eligibility-checker').answers.asOf === '2027-01-05');
  const again = await later.locator('eligibility-checker').evaluate((el) => ({ answers: el.answers, decision: el.decision }));
  assert.deepEqual({ ...again.answers, asOf: TODAY }, first.answers);
  assert.equal(again.decision.return.deadline, '2026-12-10');
});

test('the reader of receipt codes is no part of an interview; when it cannot be fetched, the receipt box says so, and Open tries again', async (t) => {
  const p = await page(t);
  const fetched = [];
  p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await interview(p, answers);
  const { receipt } = await shown(p);
  assert.ok(!fetched.includes('/receipt.js'), 'not in an interview');

  // No service worker: the full page's would keep receipt.js for offline use once installed.
  const later = await page(t, env.server.url, '2027-01-05', { serviceWorkers: 'block' });
  await screen(later);
  // Offline once the answer screen's module is in (the box comes with it).
  const box = later.locator('eligibility-checker details.open-receipt');
  await box.waitFor();
  await later.context().setOffline(true);
  await box.locator('summary').click();
  await box.locator('input[name=receipt]').fill(receipt);
  await box.locator('button').click();
  await box.getByText(extras.ui.receiptUnavailable).waitFor();
  assert.equal(await box.locator('input[name=receipt]').getAttribute('aria-invalid'), 'true');
  await later.context().setOffline(false);
  await box.locator('button').click();
  const opened = await shown(later);
  assert.deepEqual(opened.answers, (await shown(p)).answers);
  // The page logged the failed fetch; nothing else.
  later.problems.splice(0, later.problems.length, ...later.problems.filter((m) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch|receipt\.js/.test(m)));
});

test('a receipt link that comes while receipt.js cannot be fetched leaves the interview usable, says why, and opens once it can', async (t) => {
  const p = await page(t);
  await interview(p, answers);
  const { receipt } = await shown(p);

  // No service worker: the full page's would keep receipt.js for offline use once installed.
  const later = await page(t, env.server.url, '2027-01-05', { serviceWorkers: 'block' });
  await screen(later);
  await later.locator('eligibility-checker details.open-receipt').waitFor();
  await later.context().setOffline(true);
  await later.evaluate((code) => (location.hash = `receipt=${code}`), receipt);
  await later.locator('eligibility-checker').getByText(extras.ui.receiptUnavailable).waitFor();
  assert.equal(await screen(later), 'product', 'the interview goes on where it was');
  assert.equal(await later.locator('eligibility-checker [part=error]').count(), 0, 'no "could not start" screen');
  await later.context().setOffline(false);
  await later.evaluate((code) => (location.hash = `receipt=${code}&lang=en`), receipt);
  const opened = await shown(later);
  assert.deepEqual(opened.answers, (await shown(p)).answers);
  later.problems.splice(0, later.problems.length, ...later.problems.filter((m) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch|receipt\.js/.test(m)));
});

test('a mid-interview link opens on the same question with the same answers', async (t) => {
  const p = await page(t, `${env.server.url}#product=mi-power-bank&returnReason=defect&seller=other&country=FR`);
  assert.equal(await screen(p), 'receivedDate');
  await p.locator('eligibility-checker details.so-far summary').click();
  const rows = await p.locator('eligibility-checker .summary dd > span').allTextContents();
  assert.equal(rows.length, 4, rows.join(' | '));
  assert.deepEqual([rows[0], rows[2], rows[3]], ['Mi Power Bank', 'In another shop, online or in a store', 'France']);
});

test('a bad fragment is dropped, answer by answer, and the page goes on', async (t) => {
  const p = await page(t, `${env.server.url}#product=mi-banana&seller=mi-com&colour=red&receivedDate=2026-02-31&country=US`);
  assert.equal(await screen(p), 'product');
  assert.match(await p.locator('eligibility-checker .notice').textContent(), /could not be used/);
  const kept = await p.locator('eligibility-checker').evaluate((el) => el.answers);
  assert.deepEqual(kept, { asOf: TODAY, seller: 'mi-com', country: 'US' });
  assert.equal(new URL(p.url()).hash, '#seller=mi-com&country=US', 'the URL is cleaned too');

  const bad = await page(t, `${env.server.url}#receipt=NOT-A-CODE`);
  assert.equal(await screen(bad), 'product');
  assert.match(await bad.locator('eligibility-checker .notice').textContent(), /not valid/);

  const future = await page(t, `${env.server.url}#product=mi-band&returnReason=defect&seller=mi-com&country=US&receivedDate=2030-01-01`);
  assert.equal(await screen(future), 'receivedDate');
});

test('a date the engine refuses is explained on the question, not taken; the error messages come then', async (t) => {
  const p = await page(t, `${env.server.url}#product=mi-band&returnReason=defect&seller=mi-com&country=US`);
  const fetched = [];
  p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  assert.equal(await screen(p), 'receivedDate');
  assert.equal(await p.locator('eligibility-checker input[type=date]').getAttribute('max'), TODAY);
  assert.ok(!fetched.includes('/locales/en.errors.json'), 'not before an answer is refused');
  await give(p, 'receivedDate', '2026-12-01');
  assert.equal(await screen(p), 'receivedDate');
  await p.locator('eligibility-checker #q-error').getByText(errors.errors['date-after-as-of'], { exact: true }).waitFor();
  assert.equal(await p.locator('eligibility-checker input[type=date]').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(fetched.filter((f) => f.includes('errors')), ['/locales/en.errors.json']);
});

test('without the error messages (offline, no worker), a refused answer is still explained', async (t) => {
  const p = await page(t, `${env.server.url}#product=mi-band&returnReason=defect&seller=mi-com&country=US`, TODAY, { serviceWorkers: 'block' });
  await p.route(/\/locales\/en\.errors\.json$/, (route) => route.abort('internetdisconnected'));
  assert.equal(await screen(p), 'receivedDate');
  await give(p, 'receivedDate', '2026-12-01');
  await p.locator('eligibility-checker #q-error').getByText(extras.ui.answerRefused, { exact: true }).waitFor();
  assert.equal(await p.locator('eligibility-checker input[type=date]').getAttribute('aria-invalid'), 'true');
  // The page logged the failed fetch; nothing else.
  p.problems.splice(0, p.problems.length, ...p.problems.filter((m) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m)));
});

test('the language follows the browser, switches on the page, and stays on reload', async (t) => {
  const de = await page(t, env.server.url, TODAY, { locale: 'de-DE' });
  await screen(de);
  assert.equal(await de.locator('eligibility-checker #q-title').textContent(), 'Um welches Produkt geht es?');
  assert.equal(await de.evaluate(() => document.documentElement.lang), 'de');

  const p = await page(t);
  await interview(p, answers);
  await p.locator('eligibility-checker select[part=language]').selectOption('es');
  await p.locator('eligibility-checker #r-title').getByText('Tu respuesta').waitFor();
  const es = await shown(p);
  assert.match(es.return.headline, /Sí, puedes devolverlo/);
  assert.match(es.return.deadline, /10 de diciembre de 2026/);
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'es');
  await p.reload();
  await p.locator('eligibility-checker #r-title').getByText('Tu respuesta').waitFor();
  await p.locator('eligibility-checker select[part=language]').selectOption('de');
  const de2 = await shown(p);
  assert.match(de2.warranty.headline, /Ja, die Garantie deckt es ab/);
  assert.match(de2.return.deadline, /10\. Dezember 2026/);
});
