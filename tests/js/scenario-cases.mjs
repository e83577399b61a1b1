// The scenario tables (tests/scenarios/, read natively by tests/scenarios.rs)
// for the tests that run them through the built engine: the CLI
// (cli.test.mjs) and the page's module (built-scenarios.test.mjs).
import { readFileSync } from 'node:fs';

/** The cases of `tests/scenarios/NAME.json`. */
export const scenarios = (name) => JSON.parse(readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8'));

const codes = (list) => list.map((item) => item.code);
const dates = (list) => list.map((item) => item.date ?? null);
const differ = (what, got, expected) => (JSON.stringify(got) === JSON.stringify(expected) ? [] : [`${what} are ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`]);

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

/**
 * What differs between `got`, a decision or `{ error: { code, field } }`, and
 * a case's expectations (as tests/scenarios.rs reads them): its error, or each
 * outcome, deadline, reason and condition code it names, the statutory rights
 * present, the notices, the questions and the steps with their dates. Empty
 * when they agree.
 */
export function differences(got, expected) {
  if (got.error) {
    if (!expected.error) return [`unexpected error ${got.error.code} (${got.error.field}): ${got.error.message}`];
    return differ('error', { code: got.error.code, field: got.error.field }, expected.error);
  }
  if (expected.error) return [`no error, expected ${JSON.stringify(expected.error)}`];
  const found = [];
  for (const side of ['return', 'warranty']) if (side in expected) found.push(...compare(side, got[side], expected[side]));
  if (expected.statutory) {
    found.push(...differ('statutory', got.statutory.map((s) => s.id).sort(), Object.keys(expected.statutory).sort()));
    for (const s of got.statutory) if (s.id in expected.statutory) found.push(...compare(s.id, s, expected.statutory[s.id]));
  }
  if (expected.notices) found.push(...differ('notices', codes(got.notices), expected.notices));
  if (expected.questions) found.push(...differ('questions', got.questions.map((q) => q.id), expected.questions));
  if (expected.steps) found.push(...differ('steps', codes(got.nextSteps), expected.steps));
  if (expected.stepDates) found.push(...differ('step dates', dates(got.nextSteps), expected.stepDates));
  return found;
}
