// The TypeScript shipped with the built modules is the one written from the
// engine's code tables (src/wasm/types.d.ts, policy-types.d.ts; kept in step
// with the tables by tests/typescript.rs). `node --test tests/js/` after
// `make build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const types = read('src/wasm/types.d.ts');
const policyTypes = read('src/wasm/policy-types.d.ts');

test("the page module's .d.ts carries the generated declarations and types every export", () => {
  const shipped = read('www/pkg/eligibility_checker.d.ts');
  assert.ok(shipped.includes(types), 'www/pkg/eligibility_checker.d.ts lacks src/wasm/types.d.ts: rebuild');
  assert.ok(!shipped.includes(policyTypes.trim()), 'the page module declares the policy exports it has not');
  assert.match(shipped, /export function check\(answers: Answers\): Decision;/);
  // The default policy's vocabulary is data (www/vocabulary.js), not an export of the page's module.
  assert.doesNotMatch(shipped, /export function vocabulary\(/);
  assert.match(shipped, /export interface Vocabulary \{/);
  assert.doesNotMatch(shipped, /export function \w+\([^)]*\bany\b/, "no any in an exported signature");
});

test("the custom-policy module's .d.ts carries both, and vocabulary()", () => {
  const shipped = read('www/pkg-policy/eligibility_checker.d.ts');
  assert.ok(shipped.includes(types) && shipped.includes(policyTypes), 'www/pkg-policy/ is stale: rebuild');
  assert.match(shipped, /export function validatePolicy\(policy: unknown\): PolicyProblem\[\];/);
  assert.match(shipped, /export function vocabulary\(\): Vocabulary;/);
  assert.match(shipped, /constructor\(policy: Policy\);/);
});

test("the npm package's engine declares vocabulary() beside the page module's exports", () => {
  const engine = read('npm/engine.d.ts');
  assert.match(engine, /export \* from '\.\/pkg\/eligibility_checker\.js';/);
  assert.match(engine, /export function vocabulary\(\): Vocabulary;/);
  assert.match(read('npm/node/engine.d.ts'), /export \* from '\.\.\/engine\.js';/);
});
