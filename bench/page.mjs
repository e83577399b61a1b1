// The page in headless Chromium (Debian's, driven by playwright-core), served
// on loopback by scripts/serve.mjs:
// - navigation → first question interactive: the element's own
//   `eligibility-checker:first-question` performance mark, taken when the
//   first question is in the DOM, in a fresh context (empty cache) each round;
// - last answer → rendered outcome: from the click on Next for the last
//   question to the first frame after the element announced its decision
//   (`eligibility-decision`), the other answers given by the URL fragment;
// - the first load's files, each gzipped -9 as size.mjs counts bytes: those
//   requested before the first question (by the page's resource timing; the
//   document included), and the whole first load, everything fetched until
//   the network is idle (what the page fetches just after, and the icon).
// The service worker is blocked, so every round is a first visit and its
// install does not compete with what is timed.
import fs from 'node:fs';
import path from 'node:path';
import { GLUE, ROOT, WASM, WWW, NotMeasured, gzipBytes, median } from './common.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MARK = 'eligibility-checker:first-question';
const TIMEOUT = 30_000;

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
  if (!fs.existsSync(path.join(WWW, 'index.html'))) throw new NotMeasured('www/index.html does not exist yet');
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

/**
 * One first visit: milliseconds from navigation to the first question. With
 * `files`, also waits for the network to be idle and pushes every file
 * fetched, marked `beforeFirstQuestion` when it was requested before it.
 */
async function firstVisit(browser, url, files) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const bodies = [];
    if (files) page.on('response', (r) => r.url().startsWith(url) && bodies.push(r.body().then((b) => [r.url(), b], () => [r.url(), null])));
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    try {
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: TIMEOUT });
      await page.locator('eligibility-checker form[data-question] button[type=submit]').waitFor({ timeout: TIMEOUT });
    } catch {
      const shows = await page.locator('eligibility-checker').innerText({ timeout: 1000 }).catch(() => '');
      throw new NotMeasured(`no first question within ${TIMEOUT / 1000} s; the element shows "${shows.trim().slice(0, 80)}"`
        + `${errors.length ? `; first error: ${errors[0].slice(0, 160)}` : ''}`);
    }
    const ms = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
    if (files) {
      await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
      const early = new Set(await page.evaluate((at) => [location.href.split('#')[0],
        ...performance.getEntriesByType('resource').filter((e) => e.startTime < at).map((e) => e.name)], ms));
      for (const [address, body] of await Promise.all(bodies)) {
        if (!body) continue;
        const file = new URL(address).pathname.slice(1) || 'index.html';
        files.push({ path: file, raw: body.length, gzip: gzipBytes(body), beforeFirstQuestion: early.has(address) });
      }
    }
    return ms;
  } finally {
    await context.close();
  }
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

/** Both page timings (medians, in ns) and the first load's files. */
export async function pageBench({ rounds }) {
  const { chromium, serve } = await prerequisites();
  const server = await serve({ root: WWW, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const files = [];
    await firstVisit(browser, url, files); // warms the browser process; its files are the first load
    const interactive = [];
    const outcome = [];
    for (let round = 0; round < rounds; round++) {
      interactive.push(await firstVisit(browser, url, null));
      outcome.push(await lastAnswer(browser, url));
    }
    return {
      rounds,
      interactiveNs: median(interactive) * 1e6,
      outcomeNs: median(outcome.map((o) => o.painted)) * 1e6,
      outcomeInDomNs: median(outcome.map((o) => o.inDom)) * 1e6,
      firstLoad: { files: files.sort((a, b) => b.gzip - a.gzip) },
    };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
