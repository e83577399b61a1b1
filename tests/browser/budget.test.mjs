// What a shopper's phone downloads, counted as a static host serves it (each
// file gzip -9), against two guards: a whole interview, from navigation to a
// rendered answer in one language (aim 52 KiB, the guard there), for a
// shopper in the US and the same one in Germany; and its
// first load, what was requested before the first question was interactive
// (aim 50 KiB, guard at what the page measures). Reported, not guarded: the
// time to the first question, written with every file to
// test-artifacts/first-load.json; and screenshots of the first question and
// an answer at 375 px and 1280 px.
//
// Counted as a first visit: the service worker is blocked (the full page
// registers it after the first question, and it then keeps every language
// for offline use; that is not the interview).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTIFACTS, SHOPPER, interview, openAt, openPage, screen, setup, shown } from './helpers.mjs';

/**
 * A whole interview, navigation to a rendered answer, gzip -9 per file: the
 * aim is 52 KiB (the page-speed issue), and the guard stands there: 53,218 B
 * on 30 Nov 2026 (the same in the US and in Germany: the page asks for the
 * same files; the bytes are the same on every build machine), once the
 * wasm's data went into one segment, the first question in the HTML became
 * the element's declarative shadow root (the element's styles once in
 * index.html), the error messages came only when an answer is refused
 * (locales/en.errors.json), pkg/build.js held the words' fingerprints as
 * one string, the page's wasm was built with LLVM's inlining threshold at
 * 40 and its glue without a fallback for TextEncoder's encodeInto, and
 * terser wrote arrows and methods; 54,006 B before that, once the wasm's
 * data that no code reads any longer was zeroed
 * (scripts/wasm-panics.mjs --zero); 54,813 B before that, once the wasm's
 * panics trapped at once instead of formatting a
 * message that nothing shows (scripts/wasm-panics.mjs); 56,805 B before
 * that, once binaryen's relooper rebuilt the control flow of the page's
 * wasm module; 57,075 B before that, once the element took the country question's options from the
 * engine instead of carrying them, the answer screen no longer carried the
 * law's citations and took the default policy's clauses from their texts
 * (no clause list in app.js), and the wasm's panic locations named crates from their
 * own folder; 58,918 B before that, once app.js read the element's
 * styles from index.html, which carries them for its static question anyway;
 * 59,637 B before that, once the page's wasm module left the
 * default policy's vocabulary to data (www/vocabulary.js, of which app.js
 * and eligibility-answer.js carry the parts they read); 60,626 B before
 * that, once the wasm modules were built
 * without reference types, with short import and export names, terser went
 * over the minified modules and app.js took in the engine's glue; 63,204 B
 * before that, once the default policy became static data in the wasm
 * (33.4 KiB of it, 38.2 KiB before), the receipt reader came out of the
 * answer screen and page.css into index.html; 68,505 B before
 * that, 71,224 B before the texts of the clauses and of the law came on
 * demand, 78,070 B before the bundled, minified modules. Lower it as those
 * shrink; never raise it to pass.
 */
const AIM = 52 * 1024;
const BUDGET = AIM;
/**
 * The first load, what was requested before the first question was
 * interactive: within the 50 KiB the page aims at, the guard at what the page
 * measures (41,031 B on 30 Nov 2026, 41,218 B when the icon's request starts
 * in time: the HTML with its styles, app.js with the glue and the questions,
 * pkg/build.js, the wasm, en.json; 41,577 B before the changes named above
 * for a whole interview; 42,384 B while the wasm kept the data
 * that only its panics read, 44,376 B while the wasm's panics
 * formatted their messages, 44,646 B before the relooper went over
 * the wasm; 45,657 B while app.js carried the default
 * policy's clause list and its own copy of the country list; 46,376 B while app.js carried its own
 * copy of the element's styles; 48,202 to 48,389 B while the wasm
 * computed the vocabulary, 50,775 B before the wasm was built without
 * reference types and with short names and the modules went through terser,
 * 55,343 B before the policy became static data).
 */
const FIRST_LOAD_BUDGET = 41 * 1024;

const env = setup();
const MARK = 'eligibility-checker:first-question';

/**
 * One cold visit in a fresh context: the files fetched before the first
 * question was interactive, and those of the whole interview to a rendered
 * answer, each `{ path, bytes, gzip }`.
 */
async function visit(shopper = SHOPPER) {
  // The real clock: a faked one replaces `performance`, and its marks with it.
  const p = await openPage(env.browser, { origin: env.server.url.slice(0, -1), serviceWorkers: 'block' });
  const responses = [];
  p.on('response', (r) => responses.push(r));
  await p.goto(env.server.url);
  await screen(p);
  const at = await p.evaluate((mark) => performance.timeOrigin + performance.getEntriesByName(mark)[0].startTime, MARK);
  const ms = await p.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
  await interview(p, { ...shopper, receivedDate: '2026-11-10' });
  await shown(p);
  await p.waitForLoadState('networkidle');
  // Each file once, as a static host serves it (the icon is asked for again at each step).
  const files = [];
  for (const r of responses) {
    if (files.some((f) => f.path === new URL(r.url()).pathname)) continue;
    const body = await r.body();
    files.push({ path: new URL(r.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, first: r.request().timing().startTime <= at });
  }
  assert.deepEqual(p.problems, []);
  await p.context().close();
  return { ms, files };
}

const sum = (files) => files.reduce((s, f) => s + f.gzip, 0);

test('a whole interview and its first load fit their budgets; the time to the first question is reported', async (t) => {
  const visits = [];
  for (let i = 0; i < 3; i++) visits.push(await visit());
  const { files } = visits[0];
  // The same shopper in Germany: the answer carries the EU law's two remedies too.
  const eu = (await visit({ ...SHOPPER, country: 'DE' })).files;
  const first = files.filter((f) => f.first);
  const wasm = sum(files.filter((f) => f.path.endsWith('.wasm')));
  const times = visits.map((v) => Math.round(v.ms)).sort((a, b) => a - b);
  const report = {
    interviewGzip: sum(files),
    euInterviewGzip: sum(eu),
    budget: BUDGET,
    aim: AIM,
    firstLoadGzip: sum(first),
    firstLoadBudget: FIRST_LOAD_BUDGET,
    wasmGzip: wasm,
    firstQuestionMs: times,
    medianFirstQuestionMs: times[1],
    files: files.map(({ first: before, ...f }) => ({ ...f, beforeFirstQuestion: before })),
  };
  writeFileSync(join(ARTIFACTS, 'first-load.json'), `${JSON.stringify(report, null, 2)}\n`);
  t.diagnostic(`whole interview: ${sum(files)} B gzip in ${files.length} files (wasm ${wasm} B), ${sum(files) <= AIM ? 'within' : `${sum(files) - AIM} B over`} the aim of ${AIM} B; first load ${sum(first)} B in ${first.length} files; first question interactive after ${times.join(' / ')} ms`);
  for (const f of files) t.diagnostic(`  ${f.first ? '*' : ' '} ${f.path}: ${f.gzip} B gzip (${f.bytes} B)`);
  t.diagnostic(`the same interview in Germany: ${sum(eu)} B gzip in ${eu.length} files`);
  // The same files on every visit: what is counted is what the page asks for.
  for (const v of visits.slice(1)) assert.deepEqual(v.files.map((f) => f.path).sort(), files.map((f) => f.path).sort());
  assert.ok(files.some((f) => f.path.endsWith('.wasm')) && first.some((f) => f.path.endsWith('.wasm')), 'the wasm is part of the first load');
  assert.equal(files.filter((f) => /^\/locales\/[a-z]{2}\.json$/.test(f.path)).length, 1, 'one language only');
  assert.equal(first.filter((f) => f.path.startsWith('/locales/')).length, 1, 'the first question waits for one word file only');
  assert.deepEqual(files.filter((f) => f.path.endsWith('.texts.json')), [], 'the clause and law texts come only when a toggle shows them');
  assert.ok(sum(files) <= BUDGET, `a whole interview is ${sum(files)} B gzip > ${BUDGET} (first load ${sum(first)} B, wasm ${wasm} B)`);
  assert.ok(sum(eu) <= BUDGET, `a whole interview in Germany is ${sum(eu)} B gzip > ${BUDGET}`);
  for (const v of visits) {
    const early = v.files.filter((f) => f.first);
    assert.ok(sum(early) <= FIRST_LOAD_BUDGET, `a first load is ${sum(early)} B gzip > ${FIRST_LOAD_BUDGET} (${early.map((f) => f.path).join(', ')})`);
  }
});

test('screenshots of the first question and an answer at 375 px and 1280 px', async (t) => {
  for (const width of [375, 1280]) {
    const p = await openAt(env.browser, env.server.url, '2026-11-20', { viewport: { width, height: width < 600 ? 812 : 900 } });
    t.after(() => p.context().close());
    // A cancelled animation (the screen re-rendered) rejects `finished`: settled too.
    const settled = () => p.locator('eligibility-checker').evaluate((el) => Promise.all(el.shadowRoot.getAnimations().map((a) => a.finished.catch(() => {}))));
    await screen(p);
    await settled();
    await p.screenshot({ path: join(ARTIFACTS, `first-question-${width}.png`) });
    await interview(p, { ...SHOPPER, receivedDate: '2026-11-10' });
    await shown(p);
    await settled();
    await p.screenshot({ path: join(ARTIFACTS, `answer-${width}.png`), fullPage: true });
    assert.deepEqual(p.problems, []);
  }
});
