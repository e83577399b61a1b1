// The decision engine (Rust compiled to WebAssembly), loaded once per page
// however many checkers it holds. The single-file build hands the wasm bytes
// over in `eligibilityCheckerWasm` instead of a URL.
import init, { check, vocabulary } from './pkg/eligibility_checker.js';

let ready;

/** Resolves to `{ check, vocabulary }` once the module is instantiated. */
export function loadEngine() {
  ready ??= init({ module_or_path: globalThis.eligibilityCheckerWasm }).then(() => ({ check, vocabulary: vocabulary() }));
  return ready;
}
