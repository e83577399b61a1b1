#!/usr/bin/env node
// Makes every panic of a wasm module trap at once, as the standard library's
// `panic_immediate_abort` does on a nightly compiler: the functions that
// raise a panic, and the methods of its payload, get the body `unreachable`.
// Run by scripts/build.sh on the linker's output, which has the functions'
// names (`strip = "debuginfo"`), before wasm-bindgen:
// `node scripts/wasm-panics.mjs LINKED_WASM OUT_WASM`.
//
// Why: the modules are built with `panic = "abort"`, and on
// wasm32-unknown-unknown a panic ends in `unreachable` anyway, after the
// standard library has formatted its message for the default hook, whose
// output goes nowhere on this target (there is no stderr). The code that
// formats it is `core::fmt`, with its number printing and padding, reached
// from every bounds check: 1,992 B of the page's module, zlib -9, that never
// show anything. A caller sees the same either way: a `RuntimeError`
// ("unreachable") thrown out of the module. A module that sets a hook of its
// own (to show its panics in the console) would lose it, so one is refused.
//
// binaryen (the version of the build's wasm-opt, package.json) reads and
// writes the module; wasm-opt then removes what is left unreferenced. The
// output has no `target_features` section: rustc's says reference types
// (the standard library is built with them), which would turn on
// wasm-bindgen's table of externrefs, and the modules are built without.
import binaryen from 'binaryen';
import { readFileSync, writeFileSync } from 'node:fs';

/** A path as rustc's v0 mangling writes it, each identifier after its length: `4core9panicking`. */
const v0 = (...path) => path.map((id) => `${id.length}${id}`).join('');
/** A crate in a v0 symbol: `C`, its disambiguator, then its name. */
const crate = (name) => `Cs[0-9A-Za-z]*_${v0(name)}`;

/**
 * The functions that only a panic runs, by their symbols (the standard
 * library is built with rustc's v0 mangling, and the linker names each
 * function by its symbol): every function of `core::panicking` (each one
 * panics, `panic_fmt` and `panic_bounds_check` among them); the standard
 * library's handler, its closures, and `panic_with_hook`, which formats the
 * message for the hook; and the methods of the payloads a panic hands to
 * the hook. Not the rest of `std::panicking` (`catch_unwind`, the panic
 * count), which also runs without a panic.
 */
const ONLY_IN_A_PANIC = [
  new RegExp(`^_R(I|NC)*NvNt${crate('core')}${v0('panicking')}\\d`),
  new RegExp(`^_R(I|NC)*NvNt${crate('std')}${v0('panicking')}(${v0('panic_handler')}|${v0('panic_with_hook')}|${v0('begin_panic')})`),
  new RegExp(`^_RNv[XY].*${v0('panicking')}.*Payload.*(${v0('PanicPayload')}|${v0('Display')}${v0('fmt')})`),
];
/** A panic hook set by the module (`std::panic::set_hook`): its panics are meant to be shown. */
const SETS_A_HOOK = new RegExp(`^_R(I|NC)*NvNt${crate('std')}${v0('panicking', 'set_hook')}`);
/** Every panic goes through this one: a module without it has lost its names, or its standard library is another. */
const REQUIRED = new RegExp(`^_RNvNt${crate('core')}${v0('panicking', 'panic_fmt')}$`);

/** `bytes` (a module) with the body of every function that only a panic runs replaced by `unreachable`, and their names. */
export function trapPanics(bytes) {
  // With the features the module declares (its `target_features` section).
  const module = binaryen.readBinary(bytes);
  try {
    const trapped = [];
    for (let i = 0; i < module.getNumFunctions(); i++) {
      const fn = module.getFunctionByIndex(i);
      const { name, module: imported } = binaryen.getFunctionInfo(fn);
      if (SETS_A_HOOK.test(name)) throw new Error('wasm-panics: the module sets a panic hook (std::panic::set_hook); its panics would no longer reach it');
      if (imported || !ONLY_IN_A_PANIC.some((p) => p.test(name))) continue;
      binaryen.Function.setBody(fn, module.unreachable());
      trapped.push(name);
    }
    if (!trapped.some((n) => REQUIRED.test(n))) throw new Error('wasm-panics: no core::panicking::panic_fmt in the module: it must keep its functions\' names (strip = "debuginfo")');
    if (!module.validate()) throw new Error('wasm-panics: the module does not validate after the change');
    module.runPasses(['strip-target-features']);
    return { bytes: module.emitBinary(), trapped };
  } finally {
    module.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [from, to] = process.argv.slice(2);
  if (!to) throw new Error('usage: node scripts/wasm-panics.mjs LINKED_WASM OUT_WASM');
  const { bytes, trapped } = trapPanics(readFileSync(from));
  writeFileSync(to, bytes);
  console.log(`wasm-panics: ${from}: ${trapped.length} functions trap at once`);
}
