// The service worker (issue 12): it keeps exactly the files of one build, in
// a cache of that build, and answers nothing else; a shop's other pages and
// a storefront's policies are never stored, whatever their query; a deploy
// between two visits never shows a page made of two builds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, startServer, openPage, openAt, interview, shown, screen, checker, SHOPPER, copyOfPage, buildIdOf, deploy } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const answers = { ...SHOPPER, receivedDate: '2026-11-10' };

/** Opens the full page at `url` and waits until the worker has the build's files. */
async function firstVisit(url, date = '2026-11-20', context) {
  const p = context ? await context.newPage() : await openAt(browser, url, date);
  if (context) await p.goto(url);
  await screen(p);
  await p.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 30000 });
  return p;
}

/** Every cache of the origin, with the addresses it holds. */
const cached = (p) =>
  p.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return out;
  });

/**
 * Reloads `p` and waits for the checker's screen, not for the load event: the
 * worker that has just taken over may still be answering requests the screen
 * does not need (a CI run once waited 30 s for "load" after a deploy), and
 * what the shopper sees is the screen.
 */
async function reopen(p) {
  await p.reload({ waitUntil: 'commit' });
  return screen(p);
}

/** What the page's own precache list says (www/pkg/precache.js of `dir`). */
function precache(dir) {
  const self = {};
  new Function('self', readFileSync(join(dir, 'pkg', 'precache.js'), 'utf8'))(self);
  return self.PRECACHE;
}

test('a private page of the shop (no-store) is never stored nor served to another user offline', async (t) => {
  const dir = copyOfPage();
  const seen = [];
  // The checker at the site's root: its scope is the whole shop.
  const server = await startServer(dir, {
    '/account': (req, res, headers) => {
      const user = new URL(req.url, 'http://x').searchParams.get('user');
      seen.push(user);
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store, private' }).end(`<!doctype html><title>account</title><p id="who">Account of ${user}</p>`);
    },
  });
  t.after(() => server.close());
  const p = await firstVisit(server.url);
  t.after(() => p.context().close());
  const scope = await p.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, server.url, "the worker's scope is the checker's folder");

  await p.goto(`${server.url}account?user=alice`);
  assert.equal(await p.locator('#who').textContent(), 'Account of alice');
  const list = precache(dir);
  const caches = await cached(p);
  assert.deepEqual(Object.keys(caches), [list.cache], 'one cache, named after the build');
  assert.deepEqual(caches[list.cache].sort(), Object.keys(list.files).map((f) => new URL(f, server.url).href).sort(), 'exactly the listed files');

  server.server.closeAllConnections();
  await server.close();
  for (const user of ['bob', 'alice']) {
    await assert.rejects(p.goto(`${server.url}account?user=${user}`), /ERR_/, `the account of ${user} is not served offline`);
  }
  assert.deepEqual(seen, ['alice']);
});

test("offline, a storefront's policy is never another's: ?shop=b is not served shop A's", async (t) => {
  const dir = copyOfPage();
  const shop = JSON.parse(readFileSync(join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'));
  const longer = structuredClone(shop);
  longer.return.window.period = { days: 60 };
  const policies = { a: shop, b: longer };
  const page = (id) => readFileSync(join(dir, 'embed.html'), 'utf8').replace(/<eligibility-checker[^>]*>/, `<eligibility-checker policy="policy.json?shop=${id}" url-state="off">`);
  writeFileSync(join(dir, 'shop-a.html'), page('a'));
  writeFileSync(join(dir, 'shop-b.html'), page('b'));
  const server = await startServer(dir, {
    '/policy.json': (req, res, headers) => {
      const body = JSON.stringify(policies[new URL(req.url, 'http://x').searchParams.get('shop')]);
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(body);
    },
  });
  t.after(() => server.close());
  const p = await firstVisit(server.url, '2026-03-10');
  t.after(() => p.context().close());
  // Each shop's page, online, with its own policy.
  for (const id of ['a', 'b']) {
    await p.goto(`${server.url}shop-${id}.html`);
    await checker(p).locator('form[data-question="product"]').waitFor();
  }
  const list = precache(dir);
  assert.deepEqual(Object.keys(await cached(p)), [list.cache]);
  assert.ok(!(await cached(p))[list.cache].some((u) => /policy\.json|shop-|pkg-policy/.test(u)), 'no policy, shop page or policy engine stored');

  server.server.closeAllConnections();
  await server.close();
  // Offline: the full page still works, and asked for shop B's policy it says it cannot have it.
  await p.goto(server.url);
  assert.equal(await screen(p), 'product');
  const error = p.evaluate(() => new Promise((ok) => document.querySelector('eligibility-checker').addEventListener('error', (e) => ok(e.detail), { once: true })));
  await checker(p).evaluate((el) => el.setAttribute('policy', 'policy.json?shop=b'));
  assert.equal((await error).code, 'policy-unavailable');
  assert.equal(await checker(p).evaluate((el) => el.decision), null);
  assert.equal(await checker(p).locator('form[data-question]').count(), 0, 'no question under any policy');
  assert.match(await checker(p).locator('[role=alert]').textContent(), /not available right now/);
});

test('a deploy between two visits: the second shows one build, never a mix, and the old cache is gone', async (t) => {
  const dir = copyOfPage();
  const server = await startServer(dir);
  t.after(() => server.close());
  const p1 = await firstVisit(server.url);
  const context = p1.context();
  t.after(() => context.close());
  await interview(p1, answers);
  const before = await shown(p1);
  const v1 = precache(dir).cache;
  assert.deepEqual(Object.keys(await cached(p1)), [v1]);
  await p1.close();

  // The new build: other words on the first screen and on the answer screen, and its own engine.
  const old = buildIdOf(dir);
  const id = [...old].reverse().join('');
  const { cache: v2 } = await deploy(dir, id, (d) => {
    for (const [file, key, text] of [
      ['en.json', 'title', 'Can I still return it? (new)'],
      ['en.extras.json', 'answer', 'Your answer (new)'],
    ]) {
      const words = JSON.parse(readFileSync(join(d, 'locales', file), 'utf8'));
      words.ui[key] = text;
      writeFileSync(join(d, 'locales', file), JSON.stringify(words));
    }
  });
  assert.notEqual(v2, v1);

  // The second visit: whatever it shows comes from one build, or asks for a reload.
  const p2 = await context.newPage();
  const pageErrors = [];
  p2.on('pageerror', (e) => pageErrors.push(e.message));
  await p2.goto(server.url);
  await p2.waitForFunction(async (name) => JSON.stringify(await caches.keys()) === JSON.stringify([name]), v2, { timeout: 30000, polling: 200 });
  await interview(p2, answers).catch(() => {}); // a reload-to-update screen ends it early
  const text = (selector) => checker(p2).evaluate((el, s) => el.shadowRoot.querySelector(s)?.textContent ?? null, selector);
  const [title, heading] = [await text('.title'), await text('#r-title')];
  const asked = await checker(p2).evaluate((el) => el.error?.code ?? null);
  if (asked) assert.equal(asked, 'version-mismatch');
  else if (heading !== null) assert.equal(/\(new\)/.test(title), /\(new\)/.test(heading), `one build on screen: "${title}" beside "${heading}"`);
  assert.deepEqual(pageErrors, []);
  t.diagnostic(`the second visit showed ${asked ?? (/\(new\)/.test(title) ? 'the new build' : 'the old build')}`);

  await p2.close();

  // The next visit is the new build throughout, with the same decision. A
  // page of its own, not a reload of the one the worker took over mid-way:
  // a CI run once waited 30 s for that reload's load event.
  const p3 = await context.newPage();
  await p3.goto(server.url);
  assert.equal(await screen(p3), 'product');
  assert.equal(await checker(p3).locator('.title').textContent(), 'Can I still return it? (new)');
  await interview(p3, answers);
  const after = await shown(p3);
  assert.equal(await checker(p3).locator('#r-title').textContent(), 'Your answer (new)');
  assert.deepEqual(after.decision, before.decision);
  assert.equal(await p3.evaluate(async () => (await caches.keys()).length), 1);

  // And offline too, at the answer's own address.
  const address = p3.url();
  server.server.closeAllConnections();
  await server.close();
  const p4 = await context.newPage();
  await p4.goto(address);
  assert.equal(await screen(p4), 'answer');
  assert.equal(await checker(p4).locator('#r-title').textContent(), 'Your answer (new)');
});

test('a file that is not the listed one fails the install: the worker in place goes on', async (t) => {
  const dir = copyOfPage();
  const server = await startServer(dir);
  t.after(() => server.close());
  const p = await firstVisit(server.url);
  t.after(() => p.context().close());
  const v1 = precache(dir).cache;
  // A deploy half done: the new list is out, one of its files is still the old one.
  const words = readFileSync(join(dir, 'locales', 'de.json'));
  await deploy(dir, [...buildIdOf(dir)].reverse().join(''), (d) => {
    const w = JSON.parse(words);
    w.ui.title = 'Neu';
    writeFileSync(join(d, 'locales', 'de.json'), JSON.stringify(w));
  });
  writeFileSync(join(dir, 'locales', 'de.json'), words);
  const failed = await p.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update().catch(() => {});
    const worker = reg.installing;
    if (!worker) return 'no new worker';
    return new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'redundant' && ok('redundant')));
  });
  assert.equal(failed, 'redundant');
  assert.deepEqual(Object.keys(await cached(p)), [v1], 'the old cache stays, and no half-filled new one');
  server.server.closeAllConnections();
  await server.close();
  await reopen(p);
  assert.equal(await screen(p), 'product');
});
