// Panics that trap at once (scripts/wasm-panics.mjs): the functions that
// only a panic runs get the body `unreachable`, every other function keeps
// its own, and a module that sets a panic hook, or has lost its functions'
// names, stops the build.
// `node --test tests/js/` after `make build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { trapPanics } from '../../scripts/wasm-panics.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The page's module as the linker wrote it, with its functions' names (scripts/build.sh). */
const LINKED = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'wasm32-unknown-unknown/release/eligibility_checker.wasm');

/** Symbols as rustc's v0 mangling writes them (the standard library's). */
const SYMBOL = {
  panicFmt: '_RNvNtCsgXGp5Oqx2Ny_4core9panicking9panic_fmt',
  boundsCheck: '_RNvNtCsgXGp5Oqx2Ny_4core9panicking18panic_bounds_check',
  withHook: '_RNvNtCsebHcaeoSrxy_3std9panicking15panic_with_hook',
  payload: '_RNvXs_NvNtCsebHcaeoSrxy_3std9panicking13panic_handlerNtB4_19FormatStringPayloadNtNtCsgXGp5Oqx2Ny_4core5panic12PanicPayload8take_box',
  // Runs without a panic too: left alone.
  panicCount: '_RNvNtNtCsebHcaeoSrxy_3std9panicking11panic_count8increase',
  catchUnwind: '_RNvNtCsebHcaeoSrxy_3std9panicking12catch_unwind',
  fmtWrite: '_RNvNtCsgXGp5Oqx2Ny_4core3fmt5write',
};

/** A small module with functions of those names, each returning its number unless it traps, exported as f0, f1, ... */
function named(names = Object.values(SYMBOL)) {
  const wat = `(module ${names.map((name, i) => `(func $${name} (export "f${i}") (result i32) (i32.const ${i + 1}))`).join(' ')})`;
  const module = binaryen.parseText(wat);
  binaryen.setDebugInfo(true);
  try {
    return module.emitBinary();
  } finally {
    binaryen.setDebugInfo(false);
    module.dispose();
  }
}

test('the functions that only a panic runs trap, and the others keep their bodies', () => {
  const { bytes, trapped } = trapPanics(named());
  assert.deepEqual(trapped.sort(), [SYMBOL.panicFmt, SYMBOL.boundsCheck, SYMBOL.withHook, SYMBOL.payload].sort());
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  Object.keys(SYMBOL).forEach((key, i) => {
    const call = exports[`f${i}`];
    if (trapped.includes(SYMBOL[key])) assert.throws(call, (e) => e instanceof WebAssembly.RuntimeError && /unreachable/.test(e.message), key);
    else assert.equal(call(), i + 1, key);
  });
});

test("the page's module: its panics trap at once, and nothing outside the panic paths does", () => {
  const { bytes, trapped } = trapPanics(readFileSync(LINKED));
  for (const name of [SYMBOL.panicFmt, SYMBOL.boundsCheck, SYMBOL.withHook]) assert.ok(trapped.includes(name), `${name} traps`);
  for (const name of trapped) assert.match(name, /9panicking/, `${name} is not of core::panicking or std::panicking`);
  assert.ok(!trapped.some((n) => /panic_count|catch_unwind/.test(n)), trapped.join(', '));
  assert.ok(WebAssembly.validate(bytes));
});

test('a module that sets a panic hook of its own stops the build', () => {
  const setHook = '_RNvNtCsebHcaeoSrxy_3std9panicking8set_hook';
  assert.throws(() => trapPanics(named([...Object.values(SYMBOL), setHook])), /sets a panic hook/);
});

test('a module without its functions\' names stops the build', () => {
  const stripped = readFileSync(join(ROOT, 'www/pkg/eligibility_checker_bg.wasm'));
  assert.throws(() => trapPanics(stripped), /no core::panicking::panic_fmt in the module/);
});
