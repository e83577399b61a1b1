// The packed tarball as a storefront's developer uses it: installed from the
// tarball into a scratch project next to Vite and esbuild from the npm
// registry, bundled (as docs/embedding.md says: nothing copied for Vite;
// pkg/, pkg-policy/ and locales/ for esbuild) into a page with the default
// policy and one with the example storefront policy, each served on
// 127.0.0.1 and driven in Chromium to a decision, and the same pages from
// Vite's dev server; and the installed package folder served as it is by a
// "CDN" on one origin, loaded by a shop page on another origin.
//
// Needs `make build` and the npm registry (or npm's cache): without them the
// test fails, it does not skip. About a minute on a quiet machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { writePackage } from '../../scripts/package.mjs';
import { MIME } from '../../scripts/serve.mjs';
import { ROOT, WWW, launch, startServer, openPage, openAt, interview, shown, screen, SHOPPER, hostState } from '../browser/helpers.mjs';

// The bundlers' versions, pinned: a new release is taken on purpose.
const VITE = 'vite@8.4.0';
const ESBUILD = 'esbuild@0.28.2';
const CSP = (extra = '') => `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'${extra}; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'`;

const page = (title, attrs, script) => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP()}">
<title>${title}</title>
<link rel="icon" href="data:,">
<script type="module" src="${script}"></script>
</head>
<body><h1>${title}</h1><eligibility-checker ${attrs}></eligibility-checker></body>
</html>
`;
const PAGES = { 'index.html': 'product="mi-band" url-state="off"', 'policy.html': 'policy="./ampere.json" url-state="off"' };

// A shopper of the example storefront policy (policies/ampere-electronics.json).
const LAPTOP = { product: 'laptop', seller: 'ampere-online', country: 'DE', receivedDate: '2026-03-02', physicallyDamaged: false, allAccessories: true, opened: true, returnReason: 'defect', part: 'main', replacementReceivedDate: null, cause: 'defect', commercialUse: false };

let tmp, app, browser;
const servers = {};

/** Runs a command in the scratch project, bounded; fails with its output. */
function run(cmd, args, timeout = 120_000) {
  try {
    return execFileSync(cmd, args, { cwd: app, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${err.signal ?? err.status}):\n${err.stdout}\n${err.stderr}`);
  }
}

/** A free port on 127.0.0.1. */
const freePort = () =>
  new Promise((ok) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

/** `vite` (the dev server) in the scratch project, answering; stopped by its process id. */
async function viteDev() {
  const port = await freePort();
  const child = spawn(join(app, 'node_modules/.bin/vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1', '--logLevel', 'warn'], { cwd: app, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const close = () => new Promise((ok) => (child.exitCode !== null ? ok() : (child.once('exit', ok), child.kill())));
  for (let i = 0; i < 60; i++) {
    if (await fetch(url, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false)) return { url, close };
    await new Promise((ok) => setTimeout(ok, 500));
  }
  await close();
  throw new Error(`vite dev did not answer on ${url} within 30 s`);
}

/** A static host like a CDN: the folder as it is, any origin allowed. */
async function cdn(root) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const file = join(base, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const headers = { 'Access-Control-Allow-Origin': '*' };
    if (!file.startsWith(base + sep)) return res.writeHead(403, headers).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ec-bundlers-'));
  app = join(tmp, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writePackage(join(tmp, 'npm'));
  const [packed] = JSON.parse(run('npm', ['pack', join(tmp, 'npm'), '--pack-destination', tmp, '--json', '--ignore-scripts']));
  writeFileSync(join(app, 'package.json'), '{ "private": true, "type": "module" }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(tmp, packed.filename), VITE, ESBUILD]);
  const installed = join(app, 'node_modules', 'eligibility-checker');
  const policy = join(ROOT, 'policies', 'ampere-electronics.json');
  writeFileSync(join(app, 'src', 'main.js'), "import 'eligibility-checker/element';\n");

  // Vite: the element's wasm and locales are found through `new URL(..., import.meta.url)`
  // and the custom-policy engine through a literal `import()`: Vite emits and bundles them itself.
  for (const [file, attrs] of Object.entries(PAGES)) writeFileSync(join(app, file), page(`Vite ${file}`, attrs, '/src/main.js'));
  // The dev server's dependency pre-bundling would move the element away from its wasm and locales: excluded (docs/embedding.md).
  writeFileSync(
    join(app, 'vite.config.js'),
    `export default { optimizeDeps: { exclude: ['eligibility-checker'] }, build: { outDir: 'vite-out', rollupOptions: { input: ${JSON.stringify(Object.keys(PAGES))} } } };\n`,
  );
  cpSync(policy, join(app, 'public', 'ampere.json'));
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);

  // esbuild, as docs/embedding.md says: the custom-policy engine in a chunk of its
  // own, and the package's pkg/, pkg-policy/ and locales/ copied beside the bundle
  // (esbuild keeps `new URL(..., import.meta.url)` as it is).
  const esbuild = (outdir) => run(join(app, 'node_modules/.bin/esbuild'), ['src/main.js', '--bundle', '--format=esm', '--splitting', `--outdir=${outdir}`, '--log-level=warning']);
  const out = join(app, 'esbuild-out');
  esbuild(out);
  for (const dir of ['pkg', 'pkg-policy', 'locales']) cpSync(join(installed, dir), join(out, dir), { recursive: true });
  cpSync(policy, join(out, 'ampere.json'));
  for (const [file, attrs] of Object.entries(PAGES)) writeFileSync(join(out, file), page(`esbuild ${file}`, attrs, './main.js'));
  // The same build with pkg-policy/ forgotten: the element says what is missing.
  const bare = join(app, 'esbuild-bare');
  esbuild(bare);
  for (const dir of ['pkg', 'locales']) cpSync(join(installed, dir), join(bare, dir), { recursive: true });
  cpSync(policy, join(bare, 'ampere.json'));
  writeFileSync(join(bare, 'index.html'), page('esbuild, no pkg-policy/', PAGES['policy.html'], './main.js'));

  browser = await launch();
  [servers.vite, servers.esbuild, servers.bare, servers.cdn, servers['vite dev']] = await Promise.all([
    startServer(join(app, 'vite-out')),
    startServer(out),
    startServer(bare),
    cdn(installed),
    viteDev(),
  ]);
  // The shop on another origin: its own CSP lets in the CDN's scripts and fetches only.
  const host = join(tmp, 'host');
  mkdirSync(host);
  const cdnOrigin = servers.cdn.url.slice(0, -1);
  writeFileSync(
    join(host, 'index.html'),
    page('Shop', 'url-state="off"', `${servers.cdn.url}eligibility-checker.js`)
      .replace('lang="en-GB"', 'lang="de"')
      .replace(CSP(), CSP(` ${cdnOrigin}`).replace("connect-src 'self'", `connect-src ${cdnOrigin}`)),
  );
  servers.host = await startServer(host);
});

after(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The decision the package's engine gives in Node for `answers`, under `policy` if given. */
function nodeDecision(answers, policy) {
  const engine = join(app, 'node_modules/eligibility-checker/node/policy-engine.js');
  const source = `import { check, Checker } from ${JSON.stringify(engine)};
    const policy = ${JSON.stringify(policy ?? null)};
    console.log(JSON.stringify(policy ? new Checker(policy).check(${JSON.stringify(answers)}) : check(${JSON.stringify(answers)})));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' }));
}

/** `openAt`, with every failed response's URL among the page's problems. */
async function open(t, url, date) {
  const p = await openAt(browser, url, date);
  p.on('response', (r) => r.status() >= 400 && p.problems.push(`${r.status()}: ${r.url()}`));
  t.after(() => p.context().close());
  return p;
}

for (const bundler of ['vite', 'esbuild', 'vite dev']) {
  test(`${bundler}: the element with the default policy reaches a decision, the engine's`, async (t) => {
    const p = await open(t, `${servers[bundler].url}index.html`, '2026-11-20');
    const before = await hostState(p);
    assert.equal(await screen(p), 'returnReason');
    await interview(p, { ...SHOPPER, receivedDate: '2026-11-02' });
    const result = await shown(p);
    assert.equal(result.return.outcome, result.decision.return.outcome);
    assert.ok(result.return.headline.length > 0);
    assert.deepEqual(result.decision, nodeDecision(result.answers));
    assert.deepEqual(await hostState(p), { ...before, lang: 'en-GB', workers: 0 });
    assert.deepEqual(p.problems, [], 'console errors, CSP violations or requests outside the origin');
  });

  test(`${bundler}: the element with a storefront policy decides under that policy, its engine bundled`, async (t) => {
    const p = await open(t, `${servers[bundler].url}policy.html`, '2026-03-16');
    const requests = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    assert.equal(await screen(p), 'product');
    await interview(p, LAPTOP);
    const result = await shown(p);
    assert.equal(result.answers.product, 'laptop');
    assert.deepEqual(result.decision, nodeDecision(result.answers, JSON.parse(readFileSync(join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'))));
    assert.equal((await hostState(p)).workers, 0);
    assert.deepEqual(p.problems, [], 'console errors, CSP violations, failed requests or requests outside the origin');
    // The custom-policy engine's glue came in the bundle, not from the package's file.
    assert.ok(!requests.includes('/pkg-policy/eligibility_checker.js'), requests.join(' '));
    assert.equal(requests.filter((r) => r.endsWith('.wasm')).length, 1, `only the custom-policy engine's wasm: ${requests.join(' ')}`);
  });
}

test('esbuild without pkg-policy/ copied: the element reports the missing wasm by its URL, not a fault of the build', async (t) => {
  const p = await open(t, servers.bare.url, '2026-03-16');
  await p.waitForFunction(() => document.querySelector('eligibility-checker').error);
  const error = await p.evaluate(() => document.querySelector('eligibility-checker').error);
  assert.equal(error.code, 'policy-engine-missing');
  assert.ok(error.message.includes(`${servers.bare.url}pkg-policy/eligibility_checker_bg.wasm`), error.message);
  assert.match(error.message, /404/);
  assert.equal(await p.locator('eligibility-checker [part=error]').getAttribute('data-code'), 'policy-engine-missing');
});

test('another origin: a shop page loads the element from the package folder on a CDN; its hash, lang and history stay its own', async (t) => {
  const p = await openPage(browser, { timezoneId: 'UTC' });
  t.after(() => p.context().close());
  const requests = [];
  p.context().on('request', (r) => requests.push(r.url()));
  await p.clock.setFixedTime(new Date('2026-11-20T12:00:00Z'));
  await p.goto(`${servers.host.url}#reviews`);
  const before = await hostState(p);
  assert.deepEqual([before.lang, before.hash, before.workers], ['de', '#reviews', 0]);
  assert.equal(await screen(p), 'product');
  assert.deepEqual(await hostState(p), before);
  assert.deepEqual(p.problems, [], 'console errors or CSP violations');
  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [servers.cdn.url, servers.host.url].map((u) => u.slice(0, -1)).sort());
  assert.ok(requests.some((u) => u.endsWith('.wasm') && u.startsWith(servers.cdn.url)), 'the wasm comes from the CDN');
  assert.ok(requests.some((u) => u.includes('/locales/') && u.startsWith(servers.cdn.url)), 'the words come from the CDN');
});

test('scripts/serve.mjs lets another origin load the element, its wasm and its words', async () => {
  const www = await startServer(WWW);
  try {
    for (const file of ['eligibility-checker.js', 'pkg/eligibility_checker_bg.wasm', 'locales/en.json']) {
      const res = await fetch(`${www.url}${file}`, { headers: { Origin: 'http://shop.example' } });
      assert.equal(res.status, 200, file);
      assert.equal(res.headers.get('access-control-allow-origin'), '*', file);
      if (file.endsWith('.wasm')) assert.equal(res.headers.get('content-type'), 'application/wasm');
    }
  } finally {
    await www.close();
  }
});

test('npm install puts the CLI on the path: node_modules/.bin/eligibility-checker validates the example policies', () => {
  const examples = ['ampere-electronics.json', 'xiaomi-limited-warranty.json'].map((f) => join(ROOT, 'policies', f));
  const out = run(join(app, 'node_modules/.bin/eligibility-checker'), ['validate', ...examples]);
  assert.deepEqual(out.trim().split('\n'), examples.map((f) => `${f}: valid`));
});
