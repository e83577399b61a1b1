// The built modules' short import and export names (scripts/wasm-names.mjs):
// the glue calls the module only by its new names, the raw exports' types say
// them, and a glue that would call an export by an old name stops the build.
// `node --test tests/js/` after `make build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rename } from '../../scripts/wasm-names.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The names of the imports (module and field) and exports of a wasm binary. */
function names(bytes) {
  const module = new WebAssembly.Module(bytes);
  return { imports: WebAssembly.Module.imports(module), exports: WebAssembly.Module.exports(module).map((e) => e.name) };
}

for (const pkg of ['www/pkg', 'www/pkg-policy']) {
  test(`${pkg}: the module's imports and exports have short names, and its glue and types use them`, () => {
    const wasm = names(readFileSync(new URL(`../../${pkg}/eligibility_checker_bg.wasm`, import.meta.url)));
    const glue = read(`${pkg}/eligibility_checker.js`);
    assert.ok(wasm.imports.length > 10, 'the module imports from the glue');
    for (const { module, name } of wasm.imports) {
      assert.ok(module.length <= 2 && name.length <= 2, `import ${module}.${name}`);
      assert.match(glue, new RegExp(`^\\s+${name}:`, 'm'), `the glue provides ${name}`);
    }
    for (const name of wasm.exports) assert.ok(name.length <= 2, `export ${name}`);
    for (const [, called] of glue.matchAll(/\bwasm\.(\w+)/g)) assert.ok(wasm.exports.includes(called), `the glue calls wasm.${called}, which the module does not export`);
    assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/, 'a hashed import name is left in the glue');
    const rawTypes = read(`${pkg}/eligibility_checker_bg.wasm.d.ts`);
    for (const [, declared] of rawTypes.matchAll(/export const (\w+):/g)) assert.ok(wasm.exports.includes(declared), `the raw types declare ${declared}`);
  });
}

/** Each built module, and cargo's output it was made from (its own target folder for the custom-policy one). */
const TARGET = process.env.CARGO_TARGET_DIR ?? join(new URL('../../', import.meta.url).pathname, 'target');
const LINKED = { 'www/pkg': '', 'www/pkg-policy': 'policy/' };

for (const pkg of ['www/pkg', 'www/pkg-policy']) {
  test(`${pkg}: the module names the crates' sources from their own folder, not the build machine's`, () => {
    // The panics' locations, as cargo's output carries them: crates as
    // `chrono-0.4.45/src/...` (scripts/build.sh, --remap-path-prefix), the
    // standard library as `/rustc/<commit>/library/...`. The shipped module
    // keeps those that code still reads (scripts/wasm-panics.mjs --zero).
    const linked = readFileSync(join(TARGET, LINKED[pkg], 'wasm32-unknown-unknown/release/eligibility_checker.wasm')).toString('latin1');
    assert.match(linked, /\bchrono-\d+\.\d+\.\d+\/src\/[\w/]+\.rs/, 'a location in chrono, as cargo writes one');
    assert.match(linked, /\/rustc\/[0-9a-f]{40}\/library\//);
    const text = readFileSync(new URL(`../../${pkg}/eligibility_checker_bg.wasm`, import.meta.url)).toString('latin1');
    const home = process.env.CARGO_HOME ?? join(process.env.HOME ?? '', '.cargo');
    for (const where of ['/registry/src/', home]) {
      assert.ok(!linked.includes(where), `${pkg}: cargo's output holds the path ${where}`);
      assert.ok(!text.includes(where), `${pkg}: the module holds the path ${where}`);
    }
  });
}

test('a glue that still calls an export by another name stops the renaming', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'wasm-names-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const glue = (call) => `function __wbg_get_imports() {\n  const import0 = {\n    __wbg_log_0123456789abcdef: function() {},\n  };\n  return { "./eligibility_checker_bg.js": import0 };\n}\nwasm.check(); ${call}\n`;
  const write = (call) => {
    writeFileSync(join(dir, 'eligibility_checker.js'), glue(call));
    writeFileSync(join(dir, 'eligibility_checker.d.ts'), 'export interface InitOutput {\n  readonly check: () => void;\n}\n');
    writeFileSync(join(dir, 'eligibility_checker_bg.wasm.d.ts'), '\nexport const check: () => void;\n');
  };
  const mapping = { imports: [['./eligibility_checker_bg.js', '__wbg_log_0123456789abcdef', 'a']], exports: [['check', 'b']] };

  write('');
  rename(mapping, dir);
  const out = readFileSync(join(dir, 'eligibility_checker.js'), 'utf8');
  assert.match(out, /^\s+a: function/m);
  assert.match(out, /"a": import0/);
  assert.match(out, /wasm\.b\(\)/);
  assert.match(readFileSync(join(dir, 'eligibility_checker.d.ts'), 'utf8'), /readonly b:/);
  assert.match(readFileSync(join(dir, 'eligibility_checker_bg.wasm.d.ts'), 'utf8'), /export const b:/);

  write('wasm.__wbindgen_start();');
  assert.throws(() => rename(mapping, dir), /still calls __wbindgen_start/);
});
