// The scenario tables (tests/scenarios/, read natively by tests/scenarios.rs)
// through the page's module as it ships: www/pkg/ after wasm-opt, binaryen's
// relooper and the short names (scripts/build.sh), which rewrite the code the
// native tests and the wasm-bindgen tests run. Every case of the default
// policy's two files must come out as the case expects: its error, or each
// outcome, deadline, reason and condition code it names, the statutory rights
// present, the notices, the questions and the steps with their dates.
// `node --test tests/js/` after `make build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const glue = await import('../../www/pkg/eligibility_checker.js');
await glue.default({ module_or_path: readFileSync(new URL('../../www/pkg/eligibility_checker_bg.wasm', import.meta.url)) });

const cases = (file) => JSON.parse(readFileSync(new URL(`../scenarios/${file}`, import.meta.url), 'utf8'));
const codes = (list) => list.map((item) => item.code);
const dates = (list) => list.map((item) => item.date ?? null);

/** What differs between an assessment and what a case expects of it (tests/scenarios.rs, `compare`). */
function compare(what, got, expected) {
  if (typeof expected === 'string') return got.outcome === expected ? [] : [`${what} is ${got.outcome}, expected ${expected}`];
  const problems = [];
  for (const key of ['outcome', 'deadline']) {
    if (key in expected && got[key] !== expected[key]) problems.push(`${what}.${key} is ${got[key]}, expected ${expected[key]}`);
  }
  for (const key of ['reasons', 'conditions']) {
    if (key in expected) problems.push(...differ(`${what}.${key}`, codes(got[key]), expected[key]));
  }
  if ('reasonDates' in expected) problems.push(...differ(`${what} reason dates`, dates(got.reasons), expected.reasonDates));
  return problems;
}

const differ = (what, got, expected) => (JSON.stringify(got) === JSON.stringify(expected) ? [] : [`${what} are ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`]);

/** What differs between the module's answer to a case and what the case expects. */
function problems(c) {
  let decision;
  try {
    decision = glue.check(c.answers);
  } catch (e) {
    if (!c.error) return [`unexpected error ${e.code} (${e.field}): ${e.message}`];
    return differ('error', { code: e.code, field: e.field }, c.error);
  }
  if (c.error) return [`no error, expected ${JSON.stringify(c.error)}`];
  const found = [];
  for (const side of ['return', 'warranty']) if (side in c) found.push(...compare(side, decision[side], c[side]));
  if (c.statutory) {
    found.push(...differ('statutory', decision.statutory.map((s) => s.id).sort(), Object.keys(c.statutory).sort()));
    for (const s of decision.statutory) if (s.id in c.statutory) found.push(...compare(s.id, s, c.statutory[s.id]));
  }
  if (c.notices) found.push(...differ('notices', codes(decision.notices), c.notices));
  if (c.questions) found.push(...differ('questions', decision.questions.map((q) => q.id), c.questions));
  if (c.steps) found.push(...differ('steps', codes(decision.nextSteps), c.steps));
  if (c.stepDates) found.push(...differ('step dates', dates(decision.nextSteps), c.stepDates));
  return found;
}

for (const file of ['default.json', 'statutory.json']) {
  test(`www/pkg decides every case of tests/scenarios/${file} as the case expects`, () => {
    const all = cases(file);
    assert.ok(all.length > 50, `${file}: ${all.length} cases`);
    const failed = all.flatMap((c) => problems(c).map((p) => `${c.name}: ${p}`));
    assert.deepEqual(failed, []);
  });
}

test('the comparison fails a decision that differs from its case', () => {
  const [c] = cases('statutory.json').filter((c) => c.statutory && c.steps && c.questions);
  assert.deepEqual(problems(c), []);
  const other = (list) => [...list.slice(1), 'another'];
  assert.notDeepEqual(problems({ ...c, steps: other(c.steps) }), []);
  assert.notDeepEqual(problems({ ...c, questions: other(c.questions) }), []);
  assert.notDeepEqual(problems({ ...c, statutory: { ...c.statutory, 'eu-other': 'eligible' } }), []);
  assert.notDeepEqual(problems({ ...c, warranty: 'no-such-outcome' }), []);
  assert.notDeepEqual(problems({ ...c, error: { code: 'unknown-key', field: 'colour' } }), []);
  assert.notDeepEqual(problems({ ...c, answers: { ...c.answers, colour: 'red' } }), []);
});
