// Validating a large policy in Node: the example shop's policy grown to
// 10,000 parts (one product with all of them, words for each in every
// language), through `validatePolicy` of the custom-policy module
// (www/pkg-policy/, `make build`), as the page gives it: the parsed object.
// Prints {"parts", "ms"} (the median of a few runs); the target is under
// 50 ms on the benchmark machine.
//
//   node bench/validate-policy.mjs [--quick]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PKG = path.join(ROOT, 'www', 'pkg-policy');
const PARTS = 10_000;

const glue = await import(path.join(PKG, 'eligibility_checker.js'));
await glue.default({ module_or_path: fs.readFileSync(path.join(PKG, 'eligibility_checker_bg.wasm')) });

const policy = JSON.parse(fs.readFileSync(path.join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'));
const ids = Array.from({ length: PARTS }, (_, i) => `part-${i}`);
policy.parts.push(...ids);
policy.products.push({ id: 'kit', parts: ids.map((id) => ({ id, warranty: { months: 24 } })) });
for (const words of Object.values(policy.words)) {
  words.options.product.kit = 'Kit';
  for (const id of ids) words.options.part[id] = `Part ${id}`;
}

const problems = glue.validatePolicy(policy);
if (problems.length) throw new Error(`the grown policy does not validate: ${JSON.stringify(problems.slice(0, 3))}`);
const runs = process.argv.includes('--quick') ? 5 : 15;
const samples = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  glue.validatePolicy(policy);
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
}
samples.sort((a, b) => a - b);
console.log(JSON.stringify({ parts: PARTS, ms: samples[samples.length >> 1], runs }));
