// The decision engine, instantiated once per page however many checkers it
// holds. The single-file build passes the wasm bytes in eligibilityCheckerWasm.
import init, { check, vocabulary } from './pkg/eligibility_checker.js';

let ready;

/** Resolves to `{ check, vocabulary }` once the module is instantiated. */
export function loadEngine() {
  ready ??= init({ module_or_path: globalThis.eligibilityCheckerWasm }).then(() => ({ check, vocabulary: vocabulary() }));
  return ready;
}
