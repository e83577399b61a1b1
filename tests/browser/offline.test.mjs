// Offline: after a first visit the service worker serves the page with the
// server gone; and the single-file build works opened from disk (file://),
// with no network at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { launch, startServer, openAt, openPage, interview, openTexts, shown, screen, SHOPPER } from './helpers.mjs';
import { WWW } from './helpers.mjs';
import { build } from '../../scripts/single-file.mjs';
import { LANGUAGES } from '../../www/languages.js';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const answers = { ...SHOPPER, receivedDate: '2026-11-10' };
// The texts of the clauses, which the answer screen fetches only when a toggle shows one.
const clauses = (lang) => JSON.parse(readFileSync(join(WWW, 'locales', `${lang}.texts.json`), 'utf8')).clauses;

test('after a first visit, the page reloads and works with the server gone', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  const p = await openAt(browser, server.url, '2026-11-20');
  t.after(() => p.context().close());
  await screen(p);
  // The worker has cached what the page loaded, and the other languages.
  await p.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 20000 });
  await interview(p, answers);
  const online = await shown(p);

  server.server.closeAllConnections();
  await server.close();
  await p.reload();
  const offline = await shown(p);
  assert.deepEqual(offline.decision, online.decision, 'the same decision from the cache');
  // The clause texts, never fetched online, come from the worker's cache.
  assert.ok((await openTexts(p)).some((x) => x.includes(clauses('en')['return.window'])), 'the clause text offline');
  await p.locator('eligibility-checker select[part=language]').selectOption('de');
  await p.locator('eligibility-checker #r-title').getByText('Ihr Ergebnis').waitFor();
  assert.ok((await openTexts(p)).some((x) => x.includes(clauses('de')['return.window'])), 'the German clause text offline');
  // Italian too: the worker cached the locale files of every language in languages.js.
  await p.locator('eligibility-checker select[part=language]').selectOption('it');
  await p.locator('eligibility-checker #r-title').getByText('La tua risposta').waitFor();
  await p.goto(p.url().split('#')[0]);
  assert.equal(await screen(p), 'product', 'a fresh start offline');
  assert.deepEqual(p.problems.filter((m) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(m)), []);
});

test('the single-file build works opened from disk, with a strict policy and no request', async (t) => {
  const file = pathToFileURL(build()).href;
  const p = await openPage(browser, { origin: 'file://', timezoneId: 'UTC' });
  t.after(() => p.context().close());
  await p.clock.setFixedTime(new Date('2026-11-20T12:00:00Z'));
  const requests = [];
  p.on('request', (r) => r.url() !== file && !r.url().startsWith('data:') && requests.push(r.url()));
  await p.goto(file);
  await interview(p, answers);
  const result = await shown(p);
  assert.equal(result.return.outcome, 'eligible');
  assert.equal(result.decision.return.deadline, '2026-12-10');
  // The clause texts ride along in the file.
  assert.ok((await openTexts(p)).some((x) => x.includes(clauses('en')['return.window'])), 'the clause text from disk');
  await p.locator('eligibility-checker select[part=language]').selectOption('es');
  await p.locator('eligibility-checker #r-title').getByText('Tu respuesta').waitFor();
  // The fragment holds the state from disk too.
  await p.reload();
  await p.locator('eligibility-checker #r-title').getByText('Tu respuesta').waitFor();
  assert.deepEqual(requests, []);
  const policy = await p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  assert.deepEqual(p.problems, []);
});

test("the service worker's list is the page's files, each with its hash, in a cache named after them", async () => {
  const source = readFileSync(join(WWW, 'pkg', 'precache.js'), 'utf8');
  const self = {};
  new Function('self', source)(self);
  const files = readdirSync(WWW, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(WWW, join(d.parentPath ?? d.path, d.name)))
    // vocabulary.js is the npm package's data: the page's modules carry the parts they read.
    .filter((f) => !f.startsWith('pkg-policy/') && !f.endsWith('.d.ts') && f !== 'sw.js' && f !== 'pkg/precache.js' && f !== 'vocabulary.js');
  assert.deepEqual(Object.keys(self.PRECACHE.files).sort(), ['./', ...files].sort());
  assert.ok(!('vocabulary.js' in self.PRECACHE.files) && readdirSync(WWW).includes('vocabulary.js'), 'vocabulary.js is served, not kept');
  for (const f of ['pkg/eligibility_checker.js', 'pkg/eligibility_checker_bg.wasm', 'pkg/build.js']) assert.ok(f in self.PRECACHE.files, f);
  const sha = (f) => `sha256-${createHash('sha256').update(readFileSync(join(WWW, f))).digest('base64')}`;
  for (const f of files) assert.equal(self.PRECACHE.files[f], sha(f), f);
  assert.match(self.PRECACHE.cache, /^eligibility-checker-[0-9a-f]{16}$/);
  assert.doesNotMatch(readFileSync(join(WWW, 'sw.js'), 'utf8'), /ignoreSearch|cache\.put/);
});
