// Offline: after a first visit the service worker serves the page with the
// server gone; and the single-file build works opened from disk (file://),
// with no network at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launch, startServer, openAt, openPage, interview, shown, screen, SHOPPER } from './helpers.mjs';
import { WWW } from './helpers.mjs';
import { build } from '../../scripts/single-file.mjs';
import { LANGUAGES } from '../../www/languages.js';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const answers = { ...SHOPPER, receivedDate: '2026-11-10' };

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
  await p.locator('eligibility-checker select[part=language]').selectOption('de');
  await p.locator('eligibility-checker #r-title').getByText('Ihr Ergebnis').waitFor();
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

test("the service worker's list names every file of the page", () => {
  const list = readFileSync(join(WWW, 'sw.js'), 'utf8');
  const files = readdirSync(WWW, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(WWW, join(d.parentPath ?? d.path, d.name)))
    .filter((f) => !f.startsWith('pkg/') && !f.startsWith('pkg-policy/') && f !== 'sw.js');
  // The locale files are cached by the list of languages, which the worker reads.
  const byList = LANGUAGES.flatMap(({ code }) => [`locales/${code}.json`, `locales/${code}.extras.json`]);
  const missing = files.filter((f) => !list.includes(`'${f}'`) && !byList.includes(f));
  assert.deepEqual(missing, [], 'files sw.js does not cache');
  assert.match(list, /fetch\('languages\.js'/, 'the worker reads the list of languages');
  for (const f of ['pkg/eligibility_checker.js', 'pkg/eligibility_checker_bg.wasm']) assert.ok(list.includes(`'${f}'`), f);
});
