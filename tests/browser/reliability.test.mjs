// Never the wrong rules, never a stale mix, never stuck (issue 12): a
// storefront's policy only from the page's own origin (redirects included),
// an empty or late `policy` applied or refused out loud, a size limit; one
// `asOf` per decision across midnight; every fragment, clock and version
// mix ends on a question, an answer or an error screen with a way forward;
// no global the host's elements can shadow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LAPTOP, ROOT, WWW, launch, startServer, openPage, openAt, interview, shown, screen, checker, give, SHOPPER, copyOfPage, buildIdOf, engineOf } from './helpers.mjs';
import { build } from '../../scripts/single-file.mjs';

let browser, server, foreign, dir;
const foreignRequests = [];
const SHOP = JSON.parse(readFileSync(join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'));
/** embed.html with the element's attributes set to `attrs` (and no CSP meta when `csp` is false). */
const hostPage = (attrs, { csp = true, body = '' } = {}) => {
  let html = readFileSync(join(WWW, 'embed.html'), 'utf8').replace(/<eligibility-checker[^>]*>/, `${body}<eligibility-checker ${attrs}>`);
  if (!csp) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '');
  return html;
};

before(async () => {
  dir = copyOfPage();
  writeFileSync(join(dir, 'ampere.json'), JSON.stringify(SHOP));
  const huge = { ...SHOP, $comment: 'x'.repeat(1_100_000) };
  writeFileSync(join(dir, 'huge.json'), JSON.stringify(huge));
  const lone = structuredClone(SHOP);
  lone.words.en.reasons['return-shop-covered'] = 'Bought from Ampere \ud800: its return policy applies.';
  writeFileSync(join(dir, 'lone.json'), JSON.stringify(lone));
  for (const [file, attrs] of [
    ['empty.html', 'policy="" url-state="off"'],
    ['late.html', 'url-state="off"'],
    ['huge.html', 'policy="huge.json" url-state="off"'],
    ['lone.html', 'policy="lone.json" url-state="off"'],
    ['same.html', 'policy="same.json" url-state="off"'],
    ['preset.html', 'product="mi-band" url-state="fragment"'],
  ])
    writeFileSync(join(dir, file), hostPage(attrs));
  writeFileSync(join(dir, 'clobbered.html'), hostPage('', { body: '<a id="eligibilityCheckerWasm" href="x.wasm">a</a><a id="eligibilityCheckerLocales" href="x">b</a>' }));
  // The other origin: a policy with a ten-year window.
  const other = mkdtempSync(join(tmpdir(), 'ec-foreign-'));
  process.on('exit', () => rmSync(other, { recursive: true, force: true }));
  const tenYears = structuredClone(SHOP);
  tenYears.return.window.period = { days: 3650 };
  writeFileSync(join(other, 'index.html'), '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">');
  writeFileSync(join(other, 'policy.json'), JSON.stringify(tenYears));
  foreign = await startServer(other, {});
  foreign.server.on('request', (req) => foreignRequests.push(req.url));
  // A shop without connect-src in its policy, whose policy address redirects to the other origin.
  const noCsp = (html) => (req, res, headers) => {
    const { 'Content-Security-Policy': _, ...rest } = headers;
    res.writeHead(200, { ...rest, 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  };
  server = await startServer(dir, {
    '/moved.json': (req, res, headers) => res.writeHead(302, { ...headers, Location: `${foreign.url}policy.json` }).end(),
    '/same.json': (req, res, headers) => res.writeHead(302, { ...headers, Location: '/ampere.json' }).end(),
    '/moved.html': noCsp(hostPage('policy="moved.json" url-state="off"', { csp: false })),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await foreign?.close();
});

/** A page whose `error` events from the element are collected in `page.errors`. */
async function open(t, path, date = '2026-03-10', options = {}) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', serviceWorkers: 'block', ...options });
  t.after(() => context.close());
  const p = await context.newPage();
  p.pageErrors = [];
  p.on('pageerror', (e) => p.pageErrors.push(e.message));
  await context.addInitScript(() => {
    window.checkerErrors = [];
    document.addEventListener('error', (e) => e.target.localName === 'eligibility-checker' && window.checkerErrors.push(e.detail), true);
  });
  if (date) await p.clock.setFixedTime(new Date(`${date}T12:00:00Z`));
  await p.goto(`${server.url}${path}`);
  return p;
}

/** Waits for the element's error screen; returns its code, the words shown and the `error` events. */
async function errorScreen(p) {
  await checker(p).locator('[part~="error"]').waitFor();
  return {
    code: await checker(p).evaluate((el) => el.error.code),
    text: await checker(p).locator('[role=alert]').textContent(),
    events: await p.evaluate(() => window.checkerErrors.map((e) => e.code)),
    decision: await checker(p).evaluate((el) => el.decision),
    questions: await checker(p).locator('form[data-question]').count(),
    state: await checker(p).evaluate((el) => el.matches(':state(error)')),
  };
}

// --- policy loading ---------------------------------------------------------------

test('a policy address that redirects to another origin is refused, and nothing is fetched there', async (t) => {
  const p = await open(t, 'moved.html');
  const e = await errorScreen(p);
  assert.match(e.code, /^policy-(unavailable|foreign)$/);
  assert.deepEqual(e.events, [e.code]);
  assert.equal(e.decision, null);
  assert.equal(e.questions, 0, 'no question under the foreign policy');
  assert.ok(e.state, ':state(error)');
  assert.deepEqual(foreignRequests, [], 'no request reached the other origin');
});

test('a redirect within the origin is followed: the policy it leads to is used', async (t) => {
  const p = await open(t, 'same.html');
  await checker(p).locator('form[data-question="product"]').waitFor();
  const options = await checker(p).evaluate((el) => [...el.shadowRoot.querySelectorAll('form[data-question="product"] label')].map((l) => l.textContent));
  assert.deepEqual(options, ['Laptop', 'Headphones', 'A clearance item (marked final sale)']);
});

test('policy="" is refused out loud, never the default policy in its place', async (t) => {
  const p = await open(t, 'empty.html');
  const e = await errorScreen(p);
  assert.equal(e.code, 'policy-empty');
  assert.deepEqual(e.events, ['policy-empty']);
  assert.equal(e.questions, 0);
  assert.match(e.text, /not available right now/);
  assert.equal(await checker(p).locator('button[part~="reload"]').count(), 1, 'a way forward');
});

test('a policy set after the element started is applied; then an empty one is refused', async (t) => {
  const p = await open(t, 'late.html');
  assert.equal(await screen(p), 'product');
  const productOptions = () => checker(p).evaluate((el) => [...el.shadowRoot.querySelectorAll('form[data-question="product"] input')].map((i) => i.value));
  assert.ok((await productOptions()).includes('mi-band'), 'the default policy first');
  await checker(p).evaluate((el) => el.setAttribute('policy', 'ampere.json'));
  await p.waitForFunction(() => document.querySelector('eligibility-checker').shadowRoot.querySelector('input[value="laptop"]'));
  assert.deepEqual(await productOptions(), ['laptop', 'headphones', 'clearance-item']);
  await interview(p, LAPTOP);
  assert.equal((await shown(p)).decision.return.deadline, '2026-03-16', "the shop's 14 days");
  await checker(p).evaluate((el) => el.setAttribute('policy', ''));
  const e = await errorScreen(p);
  assert.equal(e.code, 'policy-empty');
  assert.equal(e.decision, null, 'the decision under the old policy is gone too');
  assert.deepEqual(e.events, ['policy-empty']);
});

test('a policy over 1 MB is refused with a clear error', async (t) => {
  const p = await open(t, 'huge.html');
  const e = await errorScreen(p);
  assert.equal(e.code, 'policy-too-large');
  assert.match(await checker(p).evaluate((el) => el.error.message), /larger than 1048576 bytes/);
  assert.equal(e.questions, 0);
});

test("a lone surrogate in a policy's words is refused where it stands, never a broken screen", async (t) => {
  // The engine reads the words from the object the page parsed and refuses
  // half of a UTF-16 pair (issue 12, item 8): the shop's policy is not used,
  // the page says so, and nothing throws.
  const p = await open(t, 'lone.html');
  const e = await errorScreen(p);
  assert.equal(e.code, 'policy-invalid');
  assert.match(await checker(p).evaluate((el) => el.error.message), /lone surrogate/);
  assert.equal(e.questions, 0);
  assert.deepEqual(p.pageErrors, []);
});

// --- time ---------------------------------------------------------------------------

test('past midnight the answer says which day it was for; screen, receipt and e-mail agree until "check again for today"', async (t) => {
  const p = await open(t, '', null);
  await p.clock.install({ time: new Date('2026-12-10T23:57:00Z') });
  await p.reload();
  const answers = { ...SHOPPER, receivedDate: '2026-11-10' };
  await interview(p, answers);
  const before = await shown(p);
  assert.equal(before.decision.return.deadline, '2026-12-10');
  assert.match(before.return.deadline, /today is the last day/);
  const mail = async () => decodeURIComponent(await checker(p).locator('a[part~="primary-action"]').getAttribute('href'));

  await p.clock.fastForward('05:00'); // 00:02 on the 11th
  const notice = checker(p).locator('.notice');
  await notice.waitFor();
  assert.equal(await notice.textContent(), 'A new day has begun: this answer was for Thursday, December 10, 2026.');
  const after = await shown(p);
  assert.deepEqual(after.decision, before.decision, 'the same decision');
  assert.equal(after.return.headline, before.return.headline);
  assert.equal(after.return.deadline, before.return.deadline, 'its days counted from the 10th');
  assert.equal(after.answers.asOf, '2026-12-10');
  assert.equal(after.receipt, before.receipt, 'the receipt still holds the 10th');
  assert.match(await mail(), /Thursday, December 10, 2026/);
  assert.doesNotMatch(await mail(), /December 11/);
  const today = checker(p).locator('button[part~="today"]');
  assert.equal(await today.count(), 1, 'check again for today is offered');

  // A language switch re-renders: still the 10th throughout.
  await checker(p).locator('select[part=language]').selectOption('de');
  await checker(p).locator('#r-title').getByText('Ihr Ergebnis').waitFor();
  const de = await shown(p);
  assert.deepEqual(de.decision, before.decision);
  assert.equal(de.answers.asOf, '2026-12-10');
  assert.match(await checker(p).locator('.notice').textContent(), /Donnerstag, 10\. Dezember 2026/);

  // Checked again: today's decision, the return window closed yesterday.
  await today.click();
  await p.waitForFunction(() => document.querySelector('eligibility-checker').answers.asOf === '2026-12-11');
  await interview(p, answers); // a closed window can bring a question (an RMA) the 10th did not need
  const now = await shown(p);
  assert.equal(now.return.outcome, 'not-eligible');
  assert.match(now.return.deadline, /vor 1 Tag/);
  assert.equal(await checker(p).locator('.notice').count(), 0);
  assert.deepEqual(p.pageErrors, []);
});

// --- never stuck ------------------------------------------------------------------

test('45 unusable keys in the link are dropped in one pass and reported once; the usable answer stays', async (t) => {
  const junk = Array.from({ length: 45 }, (_, i) => `junk${i}=x`).join('&');
  const p = await open(t, `#${junk}&product=mi-band`, '2026-11-20');
  assert.equal(await screen(p), 'returnReason');
  assert.equal(await checker(p).locator('.notice').count(), 1);
  assert.match(await checker(p).locator('.notice').textContent(), /could not be used/);
  assert.deepEqual(await checker(p).evaluate((el) => Object.keys(el.answers)), ['asOf', 'product']);
  assert.doesNotMatch(p.url(), /junk/, 'the link is written without them');
});

test("a fragment key over 64 characters never wipes the host's presets", async (t) => {
  const p = await open(t, `preset.html#${'k'.repeat(70)}=x&seller=mi-com`, '2026-11-20');
  assert.equal(await screen(p), 'returnReason');
  const answers = await checker(p).evaluate((el) => el.answers);
  assert.equal(answers.product, 'mi-band');
  assert.equal(answers.seller, 'mi-com');
});

for (const [name, date] of [
  ['before 1900', '1850-06-01'],
  ['after 2999', '3001-01-01'],
]) {
  test(`a device clock ${name} gives an error screen where today's date can be set`, async (t) => {
    const p = await open(t, '', date);
    const e = await errorScreen(p);
    assert.equal(e.code, 'bad-clock');
    assert.deepEqual(e.events, ['bad-clock']);
    assert.match(e.text, /date cannot be right/);
    await checker(p).locator('[part~="error"] input[type=date]').fill('2026-11-20');
    await checker(p).locator('button[part~="useDate"]').click();
    assert.equal(await screen(p), 'product');
    assert.equal(await checker(p).evaluate((el) => el.error), null);
    await interview(p, { ...SHOPPER, receivedDate: '2026-11-10' });
    const s = await shown(p);
    assert.equal(s.answers.asOf, '2026-11-20');
    assert.equal(s.return.outcome, 'eligible');
  });
}

// --- one build ----------------------------------------------------------------------

test("another build's engine is never used: the element asks for a reload", async (t) => {
  const id = buildIdOf(dir);
  const other = engineOf(readFileSync(join(dir, 'pkg', 'eligibility_checker_bg.wasm')), id, [...id].reverse().join(''));
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  t.after(() => context.close());
  await context.route('**/pkg/eligibility_checker_bg.wasm', (route) => route.fulfill({ body: other, contentType: 'application/wasm' }));
  const p = await context.newPage();
  await p.goto(server.url);
  await checker(p).locator('[part~="error"]').waitFor();
  assert.equal(await checker(p).evaluate((el) => el.error.code), 'version-mismatch');
  assert.match(await checker(p).locator('[role=alert]').textContent(), /new version of this checker/);
  assert.equal(await checker(p).locator('form[data-question]').count(), 0);
  assert.equal(await checker(p).locator('button[part~="reload"]').count(), 1);
});

/** A page whose `locales/<name>` is another build's (`edit` changes its words), at the page's address. */
async function withForeignWords(t, name, edit) {
  const words = JSON.parse(readFileSync(join(dir, 'locales', name), 'utf8'));
  edit(words);
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', serviceWorkers: 'block' });
  t.after(() => context.close());
  await context.route(`**/locales/${name}`, (route) => route.fulfill({ body: JSON.stringify(words), contentType: 'application/json' }));
  const p = await context.newPage();
  await p.clock.setFixedTime(new Date('2026-11-20T12:00:00Z'));
  await p.goto(server.url);
  return p;
}

test("another build's words are never shown beside this engine: the answer screen asks for a reload", async (t) => {
  const p = await withForeignWords(t, 'en.extras.json', (words) => (words.assessments.return.open = 'until {date} ({left}), under the new rules'));
  await interview(p, { ...SHOPPER, receivedDate: '2026-11-10' }).catch(() => {});
  await checker(p).locator('[part~="error"]').waitFor();
  assert.equal(await checker(p).evaluate((el) => el.error.code), 'version-mismatch');
  assert.equal(await checker(p).locator('section.answer').count(), 0, 'no answer in mixed words');
  assert.doesNotMatch(await checker(p).evaluate((el) => el.shadowRoot.textContent), /new rules/);
});

test("nor another build's clause texts, which come when a toggle is opened: that asks for a reload too", async (t) => {
  const p = await withForeignWords(t, 'en.texts.json', (texts) => (texts.clauses['return.window'] = 'Returns within 90 days, under the new rules.'));
  await interview(p, { ...SHOPPER, receivedDate: '2026-11-10' });
  await shown(p);
  await checker(p).locator('details[part~="outcomes"] > summary').click();
  await checker(p).locator('[part~="return"] details.texts > summary').click();
  await checker(p).locator('[part~="error"]').waitFor();
  assert.equal(await checker(p).evaluate((el) => el.error.code), 'version-mismatch');
  assert.doesNotMatch(await checker(p).evaluate((el) => el.shadowRoot.textContent), /new rules/);
});

// --- no globals -------------------------------------------------------------------

test('elements of the host with the ids of old globals do not break the checker', async (t) => {
  const p = await open(t, 'clobbered.html', '2026-11-20');
  assert.equal(await screen(p), 'product');
  await interview(p, { ...SHOPPER, receivedDate: '2026-11-10' });
  assert.equal((await shown(p)).decision.return.deadline, '2026-12-10');
  assert.deepEqual(p.pageErrors, []);
});

test('nor in the single-file build opened from disk', async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), 'ec-single-')), 'checker.html');
  t.after(() => rmSync(join(file, '..'), { recursive: true, force: true }));
  writeFileSync(file, readFileSync(build(), 'utf8').replace('<body>', '<body><a id="eligibilityCheckerWasm" href="x">a</a><a id="eligibilityCheckerLocales" href="x">b</a>'));
  const p = await openPage(browser, { origin: 'file://', timezoneId: 'UTC' });
  t.after(() => p.context().close());
  await p.clock.setFixedTime(new Date('2026-11-20T12:00:00Z'));
  await p.goto(pathToFileURL(file).href);
  await interview(p, { ...SHOPPER, receivedDate: '2026-11-10' });
  assert.equal((await shown(p)).decision.return.deadline, '2026-12-10');
  assert.deepEqual(p.problems, []);
});
