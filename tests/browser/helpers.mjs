// Shared by the browser tests: one static server and one Chromium per test
// file, pages that record every request, console error and CSP violation,
// and a driver that answers the checker's questions the way a shopper would.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { stamp } from '../../scripts/stamp.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The page as it is served: what scripts/bundle.mjs writes from www/ (docs/page.md).
export const WWW = join(ROOT, 'dist', 'www');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, headless: true });
}

/** Serves `root` on a free loopback port; `routes` as in scripts/serve.mjs. */
export async function startServer(root = WWW, routes = {}) {
  const server = await serve({ root, port: 0, routes });
  return { server, url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * A fresh context and page. `page.problems` collects console errors, page
 * errors, CSP violations and any request that leaves `origin`.
 */
export async function openPage(browser, { origin, viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US', ...options });
  const page = await context.newPage();
  const problems = [];
  page.problems = problems;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  context.on('request', (r) => {
    const u = r.url();
    if (origin && !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request: ${u}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

export const checker = (page) => page.locator('eligibility-checker');

/** Resolves to the id of the question on screen, or 'answer' for the answer screen. */
export async function screen(page) {
  const q = page.locator('eligibility-checker form[data-question], eligibility-checker section.answer').first();
  try {
    await q.waitFor();
  } catch (err) {
    const state = await page
      .evaluate(() => ({ url: location.href, defined: !!customElements.get('eligibility-checker'), text: document.querySelector('eligibility-checker')?.shadowRoot?.textContent.slice(0, 300) }))
      .catch((e) => e.message);
    throw new Error(`no question or answer on screen: ${JSON.stringify(state)}; problems: ${JSON.stringify(page.problems)}`, { cause: err });
  }
  return (await q.getAttribute('data-question')) ?? 'answer';
}

/** Fills in one answer on the current question and presses Next. */
export async function give(page, id, value) {
  const form = page.locator(`eligibility-checker form[data-question="${id}"]`);
  if (value === null) await form.locator('input[value="none"]').check();
  else if (value === true || value === false) await form.locator(`input[value="${value ? 'yes' : 'no'}"]`).check();
  else if (/^\d{4}-\d\d-\d\d$/.test(value)) {
    if ((await form.locator('input[value="date"]').count()) > 0) await form.locator('input[value="date"]').check();
    await form.locator('input[type=date]').fill(value);
  } else if (id === 'country') {
    // The browser's country is one choice; any other is typed into the search box, by its name.
    const radio = form.locator(`input[type=radio][value="${value}"]`);
    if ((await radio.count()) > 0) await radio.check();
    else {
      const name = await form.evaluate((f, code) => new Intl.DisplayNames([f.closest('[lang]').lang], { type: 'region' }).of(code), value);
      await form.locator('input[name=search]').fill(name);
    }
  } else await form.locator(`input[type=radio][value="${value}"]`).check();
  await form.locator('button[type=submit]').click();
  await page.waitForFunction((prev) => {
    const el = document.querySelector('eligibility-checker');
    const f = el.shadowRoot.querySelector('form[data-question]');
    return !f || f.dataset.question !== prev || el.shadowRoot.querySelector('#q-error')?.textContent;
  }, id);
}

/**
 * Answers every question the checker asks from `answers` until the answer
 * screen; fails on a question `answers` has no value for. Returns the ids asked.
 */
export async function interview(page, answers) {
  const asked = [];
  for (let id = await screen(page); id !== 'answer'; id = await screen(page)) {
    if (!(id in answers)) throw new Error(`asked ${id}, which the scenario does not answer (asked so far: ${asked.join(', ')})`);
    if (asked.includes(id)) throw new Error(`asked ${id} twice`);
    asked.push(id);
    await give(page, id, answers[id]);
  }
  return asked;
}

/** What the answer screen shows, read from the page (not from the engine). */
export async function shown(page) {
  await page.locator('eligibility-checker section.answer').waitFor();
  return page.locator('eligibility-checker').evaluate((el) => {
    const root = el.shadowRoot;
    const card = (k) => {
      const c = root.querySelector(`[part~="${k}"]`);
      return { outcome: c.dataset.outcome, headline: c.querySelector('.headline').textContent, deadline: c.querySelector('.deadline')?.textContent ?? null, reasons: [...c.querySelectorAll('.reasons > li > span')].map((s) => s.textContent) };
    };
    const unfilled = root.querySelector('.answer').parentNode.textContent.match(/\{\w+\}/);
    if (unfilled) throw new Error(`a placeholder is left in the answer screen: ${unfilled[0]}`);
    return { return: card('return'), warranty: card('warranty'), receipt: root.querySelector('.code')?.textContent, decision: el.decision, answers: el.answers };
  });
}

/** The local calendar date `days` from today, as YYYY-MM-DD (Node's zone). */
export function daysFromToday(days, now = new Date()) {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A page whose clock stands at noon UTC of `date` (YYYY-MM-DD), opened at `url`. */
export async function openAt(browser, url, date, options = {}) {
  const page = await openPage(browser, { origin: new URL(url).origin, timezoneId: 'UTC', ...options });
  await page.clock.setFixedTime(new Date(`${date}T12:00:00Z`));
  await page.goto(url);
  return page;
}

/** A shopper who bought a Mi Band on www.mi.com in the US and has a plain defect. */
export const SHOPPER = {
  product: 'mi-band',
  seller: 'mi-com',
  country: 'US',
  boughtOnline: true,
  orderDate: '2026-10-30',
  rmaIssuedOn: null,
  physicallyDamaged: false,
  allAccessories: true,
  opened: false,
  returnReason: 'defect',
  part: 'main',
  replacementReceivedDate: null,
  cause: 'defect',
  commercialUse: false,
  originalPurchaser: true,
};

/** A shopper of the example shop's policy (policies/ampere-electronics.json): a laptop bought online in Germany, opened, with a fault. */
export const LAPTOP = {
  product: 'laptop',
  seller: 'ampere-online',
  country: 'DE',
  receivedDate: '2026-03-02',
  physicallyDamaged: false,
  allAccessories: true,
  opened: true,
  returnReason: 'defect',
  part: 'main',
  replacementReceivedDate: null,
  cause: 'defect',
  commercialUse: false,
};

/**
 * One Chromium and one server for a test file: registers the hooks that start
 * and stop them, and returns `{ browser, server }`, filled in before the tests.
 */
export function setup({ server = true } = {}) {
  const env = {};
  before(async () => {
    [env.browser, env.server] = await Promise.all([launch(), server ? startServer() : null]);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * `openAt` for one test: when the test ends, the page must have logged no
 * console error, CSP violation or request outside the origin, and its
 * context is closed.
 */
export async function visit(t, env, url, date, options) {
  const page = await openAt(env.browser, url, date, options);
  t.after(async () => {
    assert.deepEqual(page.problems, [], 'console errors, CSP violations or requests outside the origin');
    await page.context().close();
  });
  return page;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Waits for the screen's entrance animation to end (a cancelled one counts as ended; none before the element runs). */
export const settled = (page) => page.locator('eligibility-checker').evaluate((el) => Promise.all((el.shadowRoot?.getAnimations() ?? []).map((a) => a.finished.catch(() => {}))));

/** axe-core on the whole page: fails with every violation found. */
export async function axe(page, label) {
  // Half-faded text is not what a shopper reads.
  await settled(page);
  // Injected through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  const found = result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(found, [], `axe on ${label}`);
}

/** A copy of the built www/ in a temporary folder, removed when the test file's process ends. */
export function copyOfPage() {
  const dir = mkdtempSync(join(tmpdir(), 'ec-page-'));
  cpSync(WWW, dir, { recursive: true });
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The build id of the page in `dir` (pkg/build.js). */
export const buildIdOf = (dir) => /BUILD_ID = "([^"]+)"/.exec(readFileSync(join(dir, 'pkg', 'build.js'), 'utf8'))[1];

/**
 * Makes `wasm` (bytes) the engine of build `id` instead of its own: the id is
 * compiled in as text, so the same number of bytes in its place is the
 * engine another build would give.
 */
export function engineOf(wasm, from, id) {
  assert.equal(id.length, from.length, 'a build id of the same length');
  const at = wasm.indexOf(Buffer.from(from));
  assert.ok(at >= 0 && wasm.indexOf(Buffer.from(from), at + 1) < 0, 'the build id is in the wasm once');
  const out = Buffer.from(wasm);
  out.write(id, at, 'latin1');
  return out;
}

/**
 * A deploy of a new build over the page in `dir`: `edit(dir)` changes files,
 * then the engine, pkg/build.js and pkg/precache.js are those of build `id`.
 */
export async function deploy(dir, id, edit = () => {}) {
  const wasmPath = join(dir, 'pkg', 'eligibility_checker_bg.wasm');
  writeFileSync(wasmPath, engineOf(readFileSync(wasmPath), buildIdOf(dir), id));
  edit(dir);
  return stamp(dir, id);
}

/**
 * Opens every outcome and, one by one as a shopper does, each toggle of the
 * texts their reasons cite (which come on demand, locales/<lang>.texts.json);
 * returns each toggle's text once it shows one.
 */
export async function openTexts(page) {
  const root = page.locator('eligibility-checker');
  await root.locator('details[part~="outcomes"] > summary').click();
  const boxes = root.locator('[part~="outcomes"] details.texts');
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    await boxes.nth(i).locator('summary').click();
    await boxes.nth(i).locator('p').first().waitFor();
  }
  return boxes.allInnerTexts();
}

/** Waits until every toggle of the answer screen that shows texts of the clauses or the law has them. */
export const textsIn = (page) =>
  page.waitForFunction(() => [...document.querySelector('eligibility-checker').shadowRoot.querySelectorAll('details.texts')].every((d) => d.querySelector('p:not(.unavailable)')));

/** What an embedded element may not change on the shop's page: its `<html lang>`, hash, history, service workers and stylesheets. */
export const hostState = (p) =>
  p.evaluate(async () => ({
    lang: document.documentElement.lang,
    hash: location.hash,
    history: history.length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    sheets: document.styleSheets.length + document.adoptedStyleSheets.length,
  }));

