// The package's CLI, `eligibility-checker validate|check`, run as a shopper's
// shop would run it: from a freshly written package (scripts/package.mjs,
// after `make build`), in a child Node process, reading files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePackage } from '../../scripts/package.mjs';
import { differences, scenarios } from './scenario-cases.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POLICIES = join(ROOT, 'policies');
let tmp;
let cli;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ec-cli-'));
  writePackage(join(tmp, 'package'));
  cli = join(tmp, 'package/bin/eligibility-checker.mjs');
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI; `{ status, stdout, stderr }`. */
function run(args, input) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, cwd: tmp });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes `value` (an object: JSON; a string: as it is) to a file in the temp folder. */
function file(name, value) {
  const path = join(tmp, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

const lines = (text) => text.split('\n').filter((l) => l !== '');
const policy = (name) => JSON.parse(readFileSync(join(POLICIES, name), 'utf8'));

test('validate: every example policy in policies/ is valid, exit 0', () => {
  const examples = readdirSync(POLICIES).filter((f) => f.endsWith('.json'));
  assert.ok(examples.length >= 2, `policies/ holds ${examples.length} example policies`);
  const paths = examples.map((f) => join(POLICIES, f));
  const r = run(['validate', ...paths]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(lines(r.stdout), paths.map((p) => `${p}: valid`));
  const json = run(['validate', '--json', ...paths]);
  assert.deepEqual(lines(json.stdout).map((l) => JSON.parse(l)), paths.map(() => []));
});

test('validate: broken policies give exit 1 and every problem with its code and JSON pointer', () => {
  // Problems of shape come first; references between parts of the policy are
  // checked once the shape is right (docs/policy.md), so two files.
  const shape = policy('ampere-electronics.json');
  shape.return.window.period = { days: 0 };
  delete shape.contact.email;
  const references = policy('ampere-electronics.json');
  references.products[0].parts[0].id = 'screen';
  references.causes[0].clause = 'warranty.nowhere';
  const paths = [file('broken-shape.json', shape), file('broken-references.json', references)];
  const r = run(['validate', '--json', ...paths]);
  assert.equal(r.status, 1, r.stderr);
  const [shapeProblems, referenceProblems] = lines(r.stdout).map((l) => JSON.parse(l));
  const found = (problems) => problems.map((p) => `${p.code} ${p.path}`).sort();
  assert.deepEqual(found(shapeProblems), ['missing-field /contact/email', 'non-positive-period /return/window/period/days']);
  assert.deepEqual(found(referenceProblems), ['undefined-clause /causes/0/clause', 'undefined-part /products/0/parts/0/id']);
  for (const p of [...shapeProblems, ...referenceProblems]) assert.ok(typeof p.message === 'string' && p.message.length > 0, JSON.stringify(p));
  // The text form: one line a problem, with the same code, pointer and message;
  // a valid policy among broken ones still says so, and the status stays 1.
  const valid = join(POLICIES, 'ampere-electronics.json');
  const text = run(['validate', paths[1], valid]);
  assert.equal(text.status, 1);
  assert.deepEqual(lines(text.stdout), [...referenceProblems.map((p) => `${paths[1]}: ${p.code} at ${JSON.stringify(p.path)}: ${p.message}`), `${valid}: valid`]);
});

test('validate: a file that is not JSON is a policy problem (exit 1); a missing file or no file is a usage error (exit 2)', () => {
  const r = run(['validate', '--json', file('not-json.json', '{"id": "x",')]);
  assert.equal(r.status, 1);
  assert.deepEqual(JSON.parse(r.stdout).map((p) => [p.code, p.path]), [['invalid-json', '']]);
  const missing = run(['validate', join(tmp, 'no-such-policy.json')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read .*no-such-policy\.json: ENOENT/);
  assert.equal(run(['validate']).status, 2);
});

test('validate: a key that stands twice in one object is a problem at its second place, wherever it is (exit 1)', () => {
  const text = readFileSync(join(POLICIES, 'ampere-electronics.json'), 'utf8');
  // The window twice: JSON.parse would keep the last (3650 days) without a word.
  const twice = text.replace('"window": {', '"window": { "period": { "days": 3650 },');
  assert.notEqual(twice, text);
  const r = run(['validate', '--json', file('twice.json', twice)]);
  assert.equal(r.status, 1);
  assert.deepEqual(JSON.parse(r.stdout).map((p) => [p.code, p.path]), [['invalid-json', '/return/window/period']]);
  // Inside an array, and a key with a slash: JSON Pointer steps.
  const nested = run(['validate', '--json', file('nested.json', '{"products": [{}, {"a/b": 1, "a/b": 2}], "id": "x"}')]);
  assert.deepEqual(JSON.parse(nested.stdout).filter((p) => p.code === 'invalid-json').map((p) => p.path), ['/products/1/a~1b']);
  // The same keys in different objects are no repetition.
  assert.equal(run(['validate', join(POLICIES, 'ampere-electronics.json')]).status, 0);
});

test('usage: --help exits 0; no command, an unknown command or option exits 2 with the usage', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /eligibility-checker validate <policy\.json>/);
  assert.match(help.stdout, /eligibility-checker check <answers\.json/);
  for (const args of [[], ['frobnicate'], ['check', '--colour', 'x.json'], ['check', 'a.json', '--policy']]) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.status}`);
    assert.match(r.stderr, /Usage:/);
  }
  const version = run(['--version']);
  assert.equal(version.stdout.trim(), /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1]);
});

/** `decision` agrees with a scenario case (scenario-cases.mjs, `differences`). */
const agrees = (decision, expected) => differences(decision, expected).length === 0;

test('check: one answers file prints its decision as one line of JSON, exit 0', () => {
  const [case_] = scenarios('default').filter((c) => !c.error);
  const r = run(['check', file('answers.json', case_.answers)]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(lines(r.stdout).length, 1);
  const decision = JSON.parse(r.stdout);
  assert.ok(agrees(decision, case_), `${case_.name}: ${r.stdout}`);
  assert.ok(Array.isArray(decision.questions));
});

test('check: JSON Lines re-checks every scenario case, one line each in order, errors in their place, exit 1', () => {
  const cases = scenarios('default');
  assert.ok(cases.some((c) => c.error) && cases.some((c) => !c.error));
  const r = run(['check', file('answers.jsonl', cases.map((c) => JSON.stringify(c.answers)).join('\n') + '\n')]);
  assert.equal(r.status, 1, r.stderr);
  const out = lines(r.stdout).map((l) => JSON.parse(l));
  assert.equal(out.length, cases.length);
  // A case without asOf is checked for today, as the page does (not missing-as-of).
  const undated = cases.filter((c) => c.answers !== null && typeof c.answers === 'object' && !('asOf' in c.answers));
  assert.ok(undated.length > 0);
  cases.forEach((c, i) => assert.ok(undated.includes(c) ? agrees(out[i], {}) || out[i].error.code !== 'missing-as-of' : agrees(out[i], c), `${c.name}: ${JSON.stringify(out[i]).slice(0, 300)}`));
  const error = out[cases.findIndex((c) => c.error)].error;
  assert.deepEqual(Object.keys(error), ['code', 'field', 'message']);
});

test('check: JSON Lines without errors exits 0; a line that is not JSON is an error on its line; "-" reads stdin', () => {
  const good = scenarios('default').filter((c) => !c.error).slice(0, 3);
  const text = good.map((c) => JSON.stringify(c.answers)).join('\n');
  const r = run(['check', '-'], text);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(lines(r.stdout).map((l) => agrees(JSON.parse(l), {})), [true, true, true]);
  const bad = run(['check', '-'], `${JSON.stringify(good[0].answers)}\n{"asOf":\n\n${JSON.stringify(good[1].answers)}\n`);
  assert.equal(bad.status, 1);
  const out = lines(bad.stdout).map((l) => JSON.parse(l));
  assert.equal(out.length, 3);
  assert.ok(agrees(out[0], good[0]) && agrees(out[2], good[1]));
  assert.equal(out[1].error.code, 'invalid-answers');
  assert.equal(out[1].error.field, null);
  assert.match(out[1].error.message, /^line 2 is not JSON/);
});

test('check --policy: the example policy\'s scenario cases under that policy; an invalid --policy exits 2 with its problems', () => {
  const cases = scenarios('ampere-electronics');
  const answers = file('ampere.jsonl', cases.map((c) => JSON.stringify(c.answers)).join('\n'));
  const r = run(['check', answers, '--policy', join(POLICIES, 'ampere-electronics.json')]);
  const out = lines(r.stdout).map((l) => JSON.parse(l));
  assert.equal(out.length, cases.length);
  cases.forEach((c, i) => assert.ok(agrees(out[i], c), `${c.name}: ${JSON.stringify(out[i]).slice(0, 300)}`));
  assert.equal(r.status, cases.some((c) => c.error) ? 1 : 0);
  // The same answers under the default policy: a laptop is no product of it.
  const laptop = run(['check', file('laptop.json', cases.find((c) => !c.error).answers)]);
  assert.equal(laptop.status, 1);
  assert.deepEqual([JSON.parse(laptop.stdout).error.code, JSON.parse(laptop.stdout).error.field], ['unknown-option', 'product']);
  const broken = policy('ampere-electronics.json');
  broken.products[0].parts[0].id = 'screen';
  const invalid = run(['check', answers, '--policy', file('broken-policy.json', broken)]);
  assert.equal(invalid.status, 2);
  assert.equal(invalid.stdout, '');
  assert.match(invalid.stderr, /undefined-part at "\/products\/0\/parts\/0\/id"/);
});

test('check --as-of: the day before, the day of and the day after the last day of the return window', () => {
  const case_ = scenarios('ampere-electronics').find((c) => c.name === '14-day window: its last day');
  assert.ok(case_, 'the scenario case "14-day window: its last day"');
  const last = case_.return.deadline;
  const day = (d, n) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
  const answers = file('window.json', case_.answers);
  const outcome = (asOf) => {
    const r = run(['check', answers, '--policy', join(POLICIES, 'ampere-electronics.json'), '--as-of', asOf]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    return JSON.parse(r.stdout).return.outcome;
  };
  assert.deepEqual([outcome(day(last, -1)), outcome(last), outcome(day(last, 1))], ['eligible', 'eligible', 'not-eligible']);
  const r = run(['check', answers, '--as-of', '15/03/2026']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--as-of must be a date written YYYY-MM-DD/);
});
