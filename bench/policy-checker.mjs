// Building a Checker from a policy, in microseconds: `new Checker(defaultPolicy())`
// and the example electronics shop's policy, with `validatePolicy` and a
// first `check` beside them. The policy exports need the `policy` feature;
// this uses the module `make build` writes to www/pkg-policy/ and, when that is
// missing (or with --rebuild), runs scripts/build.sh, the one place that
// builds it, so the bench measures the module as the page ships it.
//
//   node bench/policy-checker.mjs            # build if missing, then measure
//   node bench/policy-checker.mjs --rebuild
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUT = path.join(ROOT, 'www', 'pkg-policy');
const NAME = 'eligibility_checker';
if (process.argv.includes('--rebuild') || !fs.existsSync(path.join(OUT, `${NAME}.js`))) {
  execFileSync(path.join(ROOT, 'scripts', 'build.sh'), [], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const glue = await import(path.join(OUT, `${NAME}.js`));
const bytes = fs.readFileSync(path.join(OUT, `${NAME}_bg.wasm`));
await glue.default({ module_or_path: bytes });
const { Checker, defaultPolicy, validatePolicy, check } = glue;

/** Median microseconds per call of `fn`, over batches after a warm-up. */
function time(fn, perBatch = 200, batches = 25) {
  for (let i = 0; i < perBatch; i++) fn();
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(Number(process.hrtime.bigint() - start) / perBatch / 1e3);
  }
  samples.sort((a, c) => a - c);
  return samples[samples.length >> 1];
}

const builtin = defaultPolicy();
const shop = JSON.parse(fs.readFileSync(path.join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'));
const answers = { asOf: '2026-03-10', product: 'mi-band', seller: 'mi-com', country: 'DE', receivedDate: '2026-03-01' };
if (validatePolicy(builtin).length || validatePolicy(shop).length) throw new Error('an example policy does not validate');
const keep = new Checker(builtin);
if (JSON.stringify(keep.check(answers)) !== JSON.stringify(check(answers))) throw new Error('Checker and check disagree');
keep.free();

const rows = [
  ['defaultPolicy()', time(() => defaultPolicy())],
  ['validatePolicy(default policy)', time(() => validatePolicy(builtin))],
  ['new Checker(default policy)', time(() => new Checker(builtin).free())],
  ['validatePolicy(electronics shop, with words)', time(() => validatePolicy(shop))],
  ['new Checker(electronics shop, with words)', time(() => new Checker(shop).free())],
  ['check(answers), built-in', time(() => check(answers))],
];
const checker = new Checker(builtin);
rows.push(['checker.check(answers), default policy', time(() => checker.check(answers))]);

console.log(`policy module: ${bytes.length} B, ${zlib.gzipSync(bytes, { level: 9 }).length} B gzipped (${path.relative(ROOT, OUT)})`);
for (const [what, us] of rows) console.log(`  ${what.padEnd(48)} ${us.toFixed(1).padStart(8)} µs`);
