// The page in headless Chromium (Debian's, driven by playwright-core), served
// on loopback by scripts/serve.mjs from dist/www/, the page as built:
// - navigation → first question painted and interactive, read after the
//   fact (the network idle) from the page's own entries, nothing polled in
//   the page while it loads: painted is the first contentful paint (the
//   question is in the HTML; the element's
//   `eligibility-checker:first-question-painted` mark too, for its own
//   render), interactive the element's `eligibility-checker:first-question`
//   mark, its question in the DOM with its handlers; beside a floor measured
//   in the same rounds: a page of one line of text, and the built page with
//   every script taken out (the static question alone);
// - the same on a throttled profile, through the DevTools protocol: CPU ×4
//   and DevTools' "fast 3G" (562.5 ms latency, 180,000 B/s down);
// - last answer → rendered outcome: from the click on Next for the last
//   question to the first frame after the element announced its decision
//   (`eligibility-decision`), the other answers given by the URL fragment;
// - the first load's files, each gzipped -9 as size.mjs counts bytes: those
//   requested before the first question was interactive (the document
//   included), and everything fetched until the network is idle.
// The service worker is blocked, so every round is a first visit and its
// install does not compete with what is timed.
import fs from 'node:fs';
import path from 'node:path';
import { GLUE, ROOT, WASM, NotMeasured, gzipBytes, median } from './common.mjs';

const SITE = path.join(ROOT, 'dist', 'www');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MARK = 'eligibility-checker:first-question';
const TIMEOUT = 60_000;
/** DevTools' "fast 3G" preset, and a phone's CPU as 4× slower than this one. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const CPU_SLOWDOWN = 4;

/** `YYYY-MM-DD`, `days` from today in this machine's time zone (the browser's too). */
function fromToday(days) {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// A complete interview but for its last question, as the page's URL fragment holds it.
const LAST = 'originalPurchaser';
const BEFORE_LAST = {
  product: 'mi-band', seller: 'mi-com', country: 'US', receivedDate: fromToday(-10), orderDate: fromToday(-12),
  rmaIssuedOn: null, physicallyDamaged: false, allAccessories: true, returnReason: 'defect', part: 'main',
  replacementReceivedDate: null, cause: 'defect', commercialUse: false,
};
const fragment = (answers) => `#${new URLSearchParams(Object.entries(answers).map(([k, v]) =>
  [k, v === null ? 'none' : v === true ? 'yes' : v === false ? 'no' : v])).toString()}`;

async function prerequisites() {
  if (!fs.existsSync(path.join(SITE, 'index.html'))) throw new NotMeasured("dist/www/ is not built: run 'make build'");
  if (!fs.existsSync(GLUE) || !fs.existsSync(WASM)) throw new NotMeasured("www/pkg/ is not built: run 'make build'");
  if (!fs.existsSync(CHROMIUM)) throw new NotMeasured(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);
  let chromium;
  let serve;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new NotMeasured('playwright-core is not installed (npm ci)');
  }
  try {
    ({ serve } = await import(path.join(ROOT, 'scripts', 'serve.mjs')));
  } catch (error) {
    throw new NotMeasured(`scripts/serve.mjs could not be loaded: ${error.message}`);
  }
  return { chromium, serve };
}

/** The floor pages, served beside the page: one line of text, and the page without its scripts. */
function floorRoutes() {
  const html = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
  const still = html.replace(/<script[^>]*><\/script>\n?/g, '').replace(/<link rel="(modulepreload|preload)"[^>]*>\n?/g, '');
  if (/<script|preload/.test(still) || !still.includes('ec-static')) throw new NotMeasured('dist/www/index.html: no static first question, or scripts that could not be taken out');
  const page = (body) => (req, res, headers) => res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  return {
    '/bench-line.html': page('<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title><p>Can I still return it?</p></html>'),
    '/bench-static.html': page(still),
  };
}

/**
 * One first visit to `address` in a fresh context: waits for the network to
 * be idle, then reads the page's paint entries and marks (ms from
 * navigation). With `files`, pushes every file fetched, marked
 * `beforeFirstQuestion` when it was requested before the first question.
 */
async function firstVisit(browser, address, { files = null, throttled = false, element = true } = {}) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', FAST_3G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    const bodies = [];
    if (files) page.on('response', (r) => bodies.push(r.body().then((b) => [r.url(), b], () => [r.url(), null])));
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(address, { waitUntil: 'networkidle', timeout: TIMEOUT });
    const times = await page.evaluate((mark) => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return { painted: at('first-contentful-paint'), interactive: at(mark), elementPainted: at(`${mark}-painted`) };
    }, MARK);
    if (times.painted === null || (element && times.interactive === null)) {
      const shows = await page.locator('body').innerText({ timeout: 1000 }).catch(() => '');
      throw new NotMeasured(`${address}: no ${times.painted === null ? 'first paint' : 'first question'} by the time the network was idle; the page shows "${shows.trim().slice(0, 80)}"`
        + `${errors.length ? `; first error: ${errors[0].slice(0, 160)}` : ''}`);
    }
    if (files) {
      const early = new Set(await page.evaluate((at) => [location.href.split('#')[0],
        ...performance.getEntriesByType('resource').filter((e) => e.startTime < at).map((e) => e.name)], times.interactive));
      const seen = new Set();
      for (const [url, body] of await Promise.all(bodies)) {
        const file = new URL(url).pathname.slice(1) || 'index.html';
        if (!body || seen.has(file)) continue;
        seen.add(file);
        files.push({ path: file, raw: body.length, gzip: gzipBytes(body), beforeFirstQuestion: early.has(url) });
      }
    }
    return times;
  } finally {
    await context.close();
  }
}

/** Medians of `rounds` visits of the page and of both floors, alternating, on one profile. */
async function profile(browser, url, rounds, throttled) {
  const samples = { page: [], line: [], still: [] };
  for (let round = 0; round < rounds; round++) {
    samples.line.push(await firstVisit(browser, `${url}bench-line.html`, { throttled, element: false }));
    samples.still.push(await firstVisit(browser, `${url}bench-static.html`, { throttled, element: false }));
    samples.page.push(await firstVisit(browser, url, { throttled }));
  }
  const ms = (list, key) => median(list.map((s) => s[key])) * 1e6;
  return {
    rounds,
    paintedNs: ms(samples.page, 'painted'),
    interactiveNs: ms(samples.page, 'interactive'),
    elementPaintedNs: ms(samples.page, 'elementPainted'),
    floorLineNs: ms(samples.line, 'painted'),
    floorStaticNs: ms(samples.still, 'painted'),
  };
}

/** One last answer: milliseconds from the click on Next to the outcome in the DOM, and to the first frame after. */
async function lastAnswer(browser, url) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  try {
    await context.addInitScript(() => {
      const bench = { clickedAt: null, decidedAt: null, renderedAt: null };
      window.__bench = bench;
      addEventListener('click', (e) => {
        const target = e.composedPath()[0];
        if (target instanceof HTMLButtonElement && target.type === 'submit') bench.clickedAt = performance.now();
      }, true);
      document.addEventListener('eligibility-decision', (e) => {
        if (bench.clickedAt === null || e.detail.decision.questions.length) return;
        bench.decidedAt = performance.now();
        // The first frame that can show it: after the next animation frame's rendering.
        requestAnimationFrame(() => setTimeout(() => (bench.renderedAt = performance.now()), 0));
      });
    });
    const page = await context.newPage();
    await page.goto(url + fragment(BEFORE_LAST));
    const form = page.locator(`eligibility-checker form[data-question="${LAST}"]`);
    try {
      await form.waitFor({ timeout: TIMEOUT });
    } catch {
      const shown = await page.locator('eligibility-checker form[data-question]').getAttribute('data-question').catch(() => 'nothing');
      throw new NotMeasured(`with every other answer in the fragment the page asks ${shown}, not ${LAST}`);
    }
    await form.locator('input[value="yes"]').check();
    await form.locator('button[type=submit]').click();
    await page.waitForFunction(() => window.__bench.renderedAt !== null, null, { timeout: TIMEOUT });
    await page.locator('eligibility-checker section.answer').waitFor({ timeout: TIMEOUT });
    return await page.evaluate(({ clickedAt, decidedAt, renderedAt }) => ({ inDom: decidedAt - clickedAt, painted: renderedAt - clickedAt }), await page.evaluate(() => window.__bench));
  } finally {
    await context.close();
  }
}

/** The page's timings (medians, in ns) on loopback and throttled, the last answer, and the first load's files. */
export async function pageBench({ rounds, throttledRounds = Math.max(3, Math.ceil(rounds / 2)) }) {
  const { chromium, serve } = await prerequisites();
  const server = await serve({ root: SITE, port: 0, routes: floorRoutes() });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const files = [];
    await firstVisit(browser, url, { files }); // warms the browser process; its files are the first load
    const loopback = await profile(browser, url, rounds, false);
    const throttled = await profile(browser, url, throttledRounds, true);
    const outcome = [];
    for (let round = 0; round < rounds; round++) outcome.push(await lastAnswer(browser, url));
    return {
      rounds,
      loopback,
      throttled,
      outcomeNs: median(outcome.map((o) => o.painted)) * 1e6,
      outcomeInDomNs: median(outcome.map((o) => o.inDom)) * 1e6,
      firstLoad: { files: files.sort((a, b) => b.gzip - a.gzip) },
    };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
