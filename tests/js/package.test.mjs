// The npm package as `npm pack` makes it (scripts/package.mjs, after
// `make build`): what the tarball holds, and the engines imported by name in
// Node from a project that has it in node_modules/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePackage } from '../../scripts/package.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let tmp, files, manifest, app;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ec-package-'));
  writePackage(join(tmp, 'npm'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', join(tmp, 'npm'), '--pack-destination', tmp, '--json', '--ignore-scripts'], { encoding: 'utf8', cwd: tmp }));
  files = packed.files.map((f) => f.path).sort();
  // A project with the package installed as npm would: the tarball unpacked in node_modules/.
  app = join(tmp, 'app');
  const dir = join(app, 'node_modules', 'eligibility-checker');
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', join(tmp, packed.filename), '-C', dir, '--strip-components=1']);
  writeFileSync(join(app, 'package.json'), '{ "private": true, "type": "module" }\n');
  manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('the manifest: name, the version of Cargo.toml, ESM, the licence, the CLI', () => {
  const version = /^\[package\][\s\S]*?^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
  assert.equal(manifest.name, 'eligibility-checker');
  assert.equal(manifest.version, version);
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.deepEqual(manifest.bin, { 'eligibility-checker': './bin/eligibility-checker.mjs' });
  for (const name of ['./element', './engine', './engine/node', './policy-engine', './policy-engine/node', './locales/*']) assert.ok(manifest.exports[name], `exports ${name}`);
});

test('the tarball holds every file the manifest names, the licences, README and CHANGELOG, and none of the full page', () => {
  const named = Object.values(manifest.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
  for (const path of [...named, manifest.types, manifest.bin['eligibility-checker']].filter((p) => !p.includes('*'))) {
    assert.ok(files.includes(path.slice(2)), `${path} is in the tarball`);
  }
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE', 'README.md', 'CHANGELOG.md', 'package.json', 'locales/en.json', 'locales/en.texts.json', 'pkg/eligibility_checker_bg.wasm', 'pkg-policy/eligibility_checker_bg.wasm']) {
    assert.ok(files.includes(file), `${file} is in the tarball`);
  }
  // The full page's own files (its entry, service worker, pages, styles) stay out.
  for (const file of ['app.js', 'sw.js', 'index.html', 'embed.html', 'page.css']) assert.ok(!files.includes(file), `${file} is not in the tarball`);
  // Every module the element loads is in it: the self-host folder is complete.
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(app, 'node_modules/eligibility-checker', file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = new URL(spec, `file:///${file}`).pathname.slice(1);
      assert.ok(files.includes(target), `${file} imports ${spec}, which is not in the tarball`);
    }
  }
});

/** Runs an ES module in the project; its stdout parsed as JSON. */
function runInApp(source) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: app, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('Node: both engines imported by name are ready to use, init() with no argument included', () => {
  const [case_] = JSON.parse(readFileSync(join(ROOT, 'tests/scenarios/default.json'), 'utf8')).filter((c) => c.return?.deadline);
  const out = runInApp(`
    import { check } from 'eligibility-checker/engine/node';
    import init, { check as checkByCondition, vocabulary } from 'eligibility-checker/engine';
    import { Checker, defaultPolicy, validatePolicy } from 'eligibility-checker/policy-engine/node';
    import initPolicy, { Checker as CheckerByCondition } from 'eligibility-checker/policy-engine';
    // The browser's entry (the 'default' condition), by its path: Node takes the 'node' one.
    import * as browserEntry from './node_modules/eligibility-checker/engine.js';
    import { readFileSync } from 'node:fs';
    await init();
    await initPolicy();
    const answers = ${JSON.stringify(case_.answers)};
    const ampere = JSON.parse(readFileSync(${JSON.stringify(join(ROOT, 'policies/ampere-electronics.json'))}, 'utf8'));
    const checker = new Checker(ampere);
    console.log(JSON.stringify({
      node: check(answers).return,
      condition: checkByCondition(answers).return,
      questions: vocabulary().questions.length,
      // The default policy's vocabulary as data, the same as the custom-policy engine computes.
      vocabulary: JSON.stringify(vocabulary()) === JSON.stringify(new Checker(defaultPolicy()).vocabulary()),
      fresh: vocabulary() !== vocabulary() && vocabulary().questions !== vocabulary().questions,
      browser: (browserEntry.initSync({ module: readFileSync('./node_modules/eligibility-checker/pkg/eligibility_checker_bg.wasm') }),
        [JSON.stringify(browserEntry.vocabulary()) === JSON.stringify(vocabulary()), browserEntry.check(answers).return.outcome]),
      policy: new Checker(defaultPolicy()).check(answers).return,
      policyByCondition: new CheckerByCondition(defaultPolicy()).check(answers).return,
      problems: validatePolicy(ampere),
      policyId: checker.policyId,
      broken: validatePolicy({ ...ampere, parts: [] }).map((p) => p.code),
    }));
  `);
  assert.equal(out.node.outcome, case_.return.outcome);
  assert.equal(out.node.deadline, case_.return.deadline);
  assert.deepEqual(out.condition, out.node);
  assert.deepEqual(out.policy, out.node);
  assert.deepEqual(out.policyByCondition, out.node);
  assert.ok(out.questions > 5);
  assert.equal(out.vocabulary, true, "the engine's vocabulary() is not the custom-policy engine's for the default policy");
  assert.equal(out.fresh, true, 'vocabulary() returns the same object twice');
  assert.deepEqual(out.browser, [true, case_.return.outcome], "the browser's entry: the same vocabulary, the same decision");
  assert.deepEqual(out.problems, []);
  assert.equal(out.policyId, 'ampere-electronics');
  assert.ok(out.broken.includes('empty-list'), JSON.stringify(out.broken));
});

test('Node: without the Node entry, the browser glue cannot fetch its wasm (why the entry exists)', () => {
  // The glue a bundler gets (the exports' `default`), imported by its path.
  const glue = './node_modules/eligibility-checker/pkg/eligibility_checker.js';
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import init from '${glue}'; await init();`], { cwd: app, encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /fetch failed|not implemented/);
});
