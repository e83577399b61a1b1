// The scenario tables through the page's module as it ships: www/pkg/ after
// wasm-opt, binaryen's relooper and the short names (scripts/build.sh), which
// rewrite the code the native tests and the wasm-bindgen tests run. Every case
// of the default policy's two files must come out as the case expects
// (scenario-cases.mjs, `differences`).
// `node --test tests/js/` after `make build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { differences, scenarios } from './scenario-cases.mjs';

const glue = await import('../../www/pkg/eligibility_checker.js');
await glue.default({ module_or_path: readFileSync(new URL('../../www/pkg/eligibility_checker_bg.wasm', import.meta.url)) });

/** The module's decision on `answers`, or the error it throws as `{ error }`. */
function decide(answers) {
  try {
    return glue.check(answers);
  } catch ({ code, field, message }) {
    return { error: { code, field, message } };
  }
}

for (const file of ['default', 'statutory']) {
  test(`www/pkg decides every case of tests/scenarios/${file}.json as the case expects`, () => {
    const all = scenarios(file);
    assert.ok(all.length > 50, `${file}: ${all.length} cases`);
    assert.deepEqual(all.flatMap((c) => differences(decide(c.answers), c).map((p) => `${c.name}: ${p}`)), []);
  });
}

test('the comparison fails a decision that differs from its case', () => {
  const [c] = scenarios('statutory').filter((c) => c.statutory && c.steps && c.questions);
  const problems = (expected, answers = c.answers) => differences(decide(answers), expected);
  assert.deepEqual(problems(c), []);
  const other = (list) => [...list.slice(1), 'another'];
  assert.notDeepEqual(problems({ ...c, steps: other(c.steps) }), []);
  assert.notDeepEqual(problems({ ...c, questions: other(c.questions) }), []);
  assert.notDeepEqual(problems({ ...c, statutory: { ...c.statutory, 'eu-other': 'eligible' } }), []);
  assert.notDeepEqual(problems({ ...c, warranty: 'no-such-outcome' }), []);
  assert.notDeepEqual(problems({ ...c, error: { code: 'unknown-key', field: 'colour' } }), []);
  assert.notDeepEqual(problems(c, { ...c.answers, colour: 'red' }), []);
});
