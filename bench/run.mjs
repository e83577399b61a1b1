// `make bench`: every measure of issue 6, printed as one table.
//
//   node bench/run.mjs [--quick] [--only=native,js,cold,validate,memory,size,page] [--readme]
//
// The table also goes to bench/out/latest.md; with --readme it replaces the
// one between the bench markers in README.md's Benchmarks section.
//
// Timings are medians over rounds; engine and peer alternate in one process,
// so the ratios hold even on a busy machine. Nothing here passes or fails on
// time; the run stops only when the engine and the peer disagree on an
// outcome (then the comparison would be meaningless). A part that cannot run
// (no build yet, no Chromium, the page not ready) says why in its row.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BENCH, ROOT, SETS, NotMeasured, formatBytes, formatRate, formatTime, loadEngine, median,
} from './common.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (part) => !only || only.includes(part);
/** A whole interview's aim (the page-speed issue; the guard is in tests/browser/budget.test.mjs). */
const BUDGET_KIB = 52;

function version(command, ...flags) {
  try {
    return execFileSync(command, flags, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch {
    return null;
  }
}

const loadAtStart = os.loadavg()[0];

function machine() {
  const cpus = os.cpus();
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`;
  return [
    `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores as seen by the OS, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `${os.type()} ${os.release()} ${os.arch()}; shared with other work (${load}), so absolute times vary from run to run; ratios and instruction counts much less`,
    [version('rustc', '--version'), `node ${process.version}`, version('/usr/bin/chromium', '--version')].filter(Boolean).join('; '),
  ];
}

// --- The parts. Each returns rows: [measure, engine, peer, comparison].

function nativePart() {
  const run = spawnSync('cargo', ['run', '--quiet', '--profile', 'native', '--example', 'bench_native', '--', '--json', ...(quick ? ['--quick'] : [])], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new NotMeasured(`'cargo run --profile native --example bench_native' failed (exit ${run.status})`);
  const result = JSON.parse(run.stdout.trim().split('\n').pop());
  const row = (label, ns, note = '') => [label, `${formatTime(ns)} (${formatRate(1e9 / ns)})`, '—', note];
  const target = (ns) => (ns < 1000 ? 'under the 1 µs target' : 'over the 1 µs target');
  const rows = [
    row(`Native, one decision (check the answers + decide), mixed set of ${result.sets}, median of ${result.rounds} rounds`, result.mixedNs),
    row(`Native, one full decision (the ${result.completeSets} complete sets), same`, result.completeNs, target(result.completeNs)),
    row('Native, the same full decisions, decide only (answers already checked)', result.decideOnlyNs),
  ];
  const instructions = instructionsPerDecision();
  if (instructions) rows.push([`Native, instructions per full decision (callgrind; steady under load)`, instructions.toLocaleString('en-US'), '—', '']);
  return rows;
}

/** Instructions of one full decision, counted by callgrind, or null without valgrind. */
function instructionsPerDecision() {
  const binary = path.join(process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target'), 'native', 'examples', 'bench_native');
  if (!version('valgrind', '--version') || !fs.existsSync(binary)) return null;
  const count = (passes) => {
    const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', binary, '--count', String(passes)], { encoding: 'utf8' });
    const collected = /Collected : (\d+)/.exec(run.stderr);
    if (run.status !== 0 || !collected) throw new NotMeasured(`callgrind failed: ${run.stderr.trim().split('\n').pop()}`);
    return { instructions: Number(collected[1]), decisions: JSON.parse(run.stdout).decisions };
  };
  const [base, more] = [count(0), count(200)];
  return Math.round((more.instructions - base.instructions) / (more.decisions - base.decisions));
}

async function jsPart(engine, peer) {
  const { speed } = await import('./js.mjs');
  const s = await speed(engine.glue.check, peer, quick ? { rounds: 9, targetMs: 20 } : {});
  return [[
    `Node, \`check()\` vs \`engine.run()\`, mixed set, median of ${s.rounds} alternating rounds`,
    `${formatTime(s.engineNs)} (${formatRate(1e9 / s.engineNs)})`,
    `${formatTime(s.peerNs)} (${formatRate(1e9 / s.peerNs)})`,
    `engine ${s.ratio.toFixed(1)}× faster (rounds: ${s.ratioRange[0].toFixed(1)}–${s.ratioRange[1].toFixed(1)}×; target ≥ 10×)`,
  ]];
}

function coldPart() {
  const rounds = quick ? 5 : 21;
  const sides = ['engine-sync', 'engine-async', 'peer'];
  const samples = Object.fromEntries(sides.map((side) => [side, []]));
  for (let round = 0; round < rounds; round++) {
    // Rotate the order, so no side always runs right after another.
    for (const side of sides.map((_, i) => sides[(i + round) % sides.length])) {
      const run = spawnSync(process.execPath, [path.join(BENCH, 'cold.mjs'), side], { encoding: 'utf8' });
      if (run.status !== 0) throw new NotMeasured(`bench/cold.mjs ${side} failed: ${run.stderr.trim().split('\n').pop()}`);
      samples[side].push(JSON.parse(run.stdout).totalNs);
    }
  }
  const [sync, async, p] = sides.map((side) => median(samples[side]));
  const compare = (e) => (e < p ? `engine ${(p / e).toFixed(1)}× faster` : `peer ${(e / p).toFixed(1)}× faster`);
  return [
    [`Node, instantiate → first decision, \`initSync\` (fresh process, median of ${rounds})`, formatTime(sync), formatTime(p), compare(sync)],
    [`Node, instantiate → first decision, async \`init()\` as the page does (same runs)`, formatTime(async), formatTime(p), compare(async)],
  ];
}

function validatePart() {
  const run = spawnSync(process.execPath, [path.join(BENCH, 'validate-policy.mjs'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8' });
  if (run.status !== 0) throw new NotMeasured(`bench/validate-policy.mjs failed: ${run.stderr.trim().split('\n').pop()}`);
  const { parts, ms, runs } = JSON.parse(run.stdout.trim().split('\n').pop());
  const target = ms < 50 ? 'under the 50 ms target' : 'over the 50 ms target';
  return [[`Node, \`validatePolicy\` of a policy of ${parts.toLocaleString('en-US')} parts (the page's parsed object), median of ${runs}`, `${ms.toFixed(1)} ms`, '—', target]];
}

function memoryPart() {
  const run = spawnSync(process.execPath, [path.join(BENCH, 'memory.mjs')], { encoding: 'utf8' });
  if (run.status !== 0) throw new NotMeasured(`bench/memory.mjs failed: ${run.stderr.trim().split('\n').pop()}`);
  const { bytes } = JSON.parse(run.stdout);
  const [first, last] = [bytes[1000], bytes[1000000]];
  return [[
    'wasm memory after 1,000 / 1,000,000 decisions',
    `${formatBytes(first)} / ${formatBytes(last)}`, '—',
    last === first ? 'no growth' : `grew by ${formatBytes(last - first)}`,
  ]];
}

async function sizePart(firstLoad) {
  const { engineSizes, peerSizes } = await import('./size.mjs');
  const rows = [];
  let engine = null;
  try {
    engine = engineSizes();
    rows.push(['wasm module, gzip -9', formatBytes(engine.wasm.gzip), '—', `raw ${formatBytes(engine.wasm.raw)}`]);
    rows.push([`JS glue (${engine.glue.files} files), gzip -9`, formatBytes(engine.glue.gzip), '—', `raw ${formatBytes(engine.glue.raw)}`]);
  } catch (error) {
    rows.push(['wasm module and JS glue, gzip -9', notMeasured(error), '', '']);
  }
  let peer = null;
  try {
    peer = await peerSizes();
  } catch (error) {
    rows.push([`json-rules-engine, minified, gzip -9`, '', notMeasured(error), '']);
  }
  if (peer) {
    const ours = engine ? engine.wasm.gzip + engine.glue.gzip : null;
    const ratio = (theirs) => (ours ? `engine = ${((ours / theirs) * 100).toFixed(0)}% of the peer` : '');
    rows.push([
      `Decision code shipped, gzip -9 (engine: wasm + glue; peer: json-rules-engine ${peer.version} minified by esbuild ${peer.esbuild})`,
      ours ? formatBytes(ours) : '—', formatBytes(peer.library.gzip), ratio(peer.library.gzip),
    ]);
    rows.push([
      'The same with the policy (peer: + the rule set and facts of bench/peer.mjs)',
      ours ? formatBytes(ours) : '—', formatBytes(peer.withRules.gzip), ratio(peer.withRules.gzip),
    ]);
  }
  if (firstLoad) {
    const budget = BUDGET_KIB * 1024;
    const row = (label, files) => {
      const total = files.reduce((sum, f) => sum + f.gzip, 0);
      return [`${label}, gzip -9 (${files.length} files)`, formatBytes(total), '—',
        `${total <= budget ? 'within' : 'OVER'} the ${BUDGET_KIB} KiB budget (${((total / budget) * 100).toFixed(0)}%)`];
    };
    const first = firstLoad.files.filter((f) => f.beforeFirstQuestion);
    const bytes = first.reduce((sum, f) => sum + f.gzip, 0);
    rows.push([`Page first load, requested before the first question was interactive, gzip -9 (${first.length} files)`, formatBytes(bytes), '—', '']);
    rows.push(row('Page whole first load, until the network is idle (all that a whole interview fetches, as tests/browser/budget.test.mjs counts it)', firstLoad.files));
  }
  return rows;
}

async function pagePart() {
  const { pageBench } = await import('./page.mjs');
  const result = await pageBench({ rounds: quick ? 3 : 11 });
  const target = (ns, ms) => `${ns <= ms * 1e6 ? 'within' : 'over'} the ${ms} ms target`;
  const timings = (label, p, targets) => [
    [`Page${label}: navigation → first question painted (first contentful paint; the question is in the HTML), median of ${p.rounds}`, formatTime(p.paintedNs), '—',
      `floor in the same rounds: a one-line page ${formatTime(p.floorLineNs)}, the page without scripts ${formatTime(p.floorStaticNs)}${targets ? `; ${target(p.paintedNs, 100)}` : ''}`],
    [`Page${label}: navigation → first question interactive (the element's mark), same rounds`, formatTime(p.interactiveNs), '—',
      `the element's own render painted at ${formatTime(p.elementPaintedNs)}${targets ? `; ${target(p.interactiveNs, 130)}` : ''}`],
  ];
  return {
    firstLoad: result.firstLoad,
    rows: [
      ...timings(' in headless Chromium on loopback', result.loopback, true),
      ...timings(', throttled (CPU ×4, "fast 3G")', result.throttled, false),
      [`Page: last answer (click on Next) → rendered outcome, next frame (median of ${result.rounds})`, formatTime(result.outcomeNs), '—', `outcome in the DOM after ${formatTime(result.outcomeInDomNs)}`],
    ],
  };
}

// The table gets one line; the whole error goes to stderr.
const notMeasured = (error) => {
  if (!(error instanceof NotMeasured)) console.error(error);
  return `not measured: ${String(error?.message ?? error).split('\n')[0]}`;
};

// --- The run.

/** Puts `table` between the markers of README.md's Benchmarks section, and nowhere else. */
function writeReadme(table) {
  const readme = path.join(ROOT, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const section = text.indexOf('## Benchmarks');
  const from = text.indexOf(start, section);
  const to = text.indexOf(end, from);
  if (section < 0 || from < 0 || to < 0) {
    console.error(`bench: README.md has no ${start} ... ${end} in its Benchmarks section; not written`);
    return;
  }
  // Exactly one end marker: any copies of it right after it (an earlier run's) go.
  const rest = text.slice(to + end.length).replace(/^(\s*<!-- bench:end -->)+/, '');
  const written = `${text.slice(0, from + start.length)}\n${table}\n${end}${rest}`;
  if (written.split(end).length !== 2 || written.split(start).length !== 2) {
    console.error(`bench: README.md would not have one ${start} and one ${end}; not written`);
    return;
  }
  fs.writeFileSync(readme, written);
  console.error('bench: README.md updated');
}

async function main() {
  const rows = [];
  const unmeasured = [];
  const attempt = async (label, part) => {
    try {
      rows.push(...(await part()));
    } catch (error) {
      const why = notMeasured(error);
      rows.push([label, why, '', '']);
      unmeasured.push(`${label}: ${why}`);
    }
  };
  const progress = (what) => console.error(`bench: ${what}...`);

  let engine = null;
  let peer = null;
  try {
    engine = await loadEngine();
  } catch (error) {
    unmeasured.push(`engine in Node: ${notMeasured(error)}`);
  }
  if (engine) {
    const { agreement } = await import('./js.mjs');
    const { createPeer } = await import('./peer.mjs');
    peer = createPeer();
    const problems = await agreement(engine.glue.check, peer);
    if (problems.length) {
      console.error(`bench: the engine and the peer disagree, so no timing would compare like with like:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.error(`bench: engine, peer and CLAUSES.md agree on all ${SETS.length} answer sets (outcomes and deadlines)`);
  }

  if (wanted('native')) { progress('native engine'); await attempt('Native engine', () => nativePart()); }
  if (wanted('js')) { progress('check() vs json-rules-engine in Node'); await attempt('Node, check() vs json-rules-engine', () => { if (!engine) throw new NotMeasured('the wasm module is not built'); return jsPart(engine, peer); }); }
  if (wanted('cold')) { progress('instantiate to first decision'); await attempt('Node, instantiate → first decision', () => coldPart()); }
  if (wanted('validate')) { progress('validating a policy of 10,000 parts'); await attempt('Node, validatePolicy of 10,000 parts', () => validatePart()); }
  if (wanted('memory')) { progress('wasm memory over a million decisions'); await attempt('wasm memory', () => memoryPart()); }
  let page = null;
  if (wanted('page')) {
    progress('the page in headless Chromium');
    try {
      page = await pagePart();
    } catch (error) {
      const why = notMeasured(error);
      unmeasured.push(`the page: ${why}`);
      page = { rows: [['Page in headless Chromium', why, '', '']], firstLoad: null };
    }
  }
  if (wanted('size')) { progress('sizes'); await attempt('Sizes', () => sizePart(page?.firstLoad)); }
  if (page) rows.push(...page.rows);

  const peerName = 'json-rules-engine (npm)';
  const table = [
    `| measure | eligibility-checker | ${peerName} | comparison |`,
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`),
  ];
  const lines = [
    ...table,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`make bench\` (\`node bench/run.mjs${args.length ? ` ${args.join(' ')}` : ''}\`) on:`,
    ...machine().map((m) => `- ${m}`),
  ];
  if (page?.firstLoad?.files) {
    lines.push('', 'Page first load, file by file (gzip -9; * requested before the first question):',
      ...page.firstLoad.files.map((f) => `- ${f.path}${f.beforeFirstQuestion ? ' *' : ''}: ${formatBytes(f.gzip)}`));
  }
  const output = lines.join('\n');
  console.log(output);
  fs.mkdirSync(path.join(BENCH, 'out'), { recursive: true });
  fs.writeFileSync(path.join(BENCH, 'out', 'latest.md'), `${output}\n`);
  if (args.includes('--readme')) writeReadme(output);
  if (unmeasured.length) console.error(`\nbench: not measured:\n  ${unmeasured.join('\n  ')}`);
}

await main();
