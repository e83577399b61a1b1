// The engine with the default policy: `import { check, vocabulary } from
// 'eligibility-checker/engine'`. The wasm module's exports (`init`,
// `initSync`, `check`, `buildId`) as wasm-bindgen's glue gives them, and
// `vocabulary()`, which the page's module does not carry: the default
// policy's vocabulary never changes, so it ships as data (vocabulary.js,
// written from the engine's own `vocabulary()`). Each call returns a fresh
// copy, as the wasm export did.
import { questions, reasons, conditions, steps, errors, clauses, notices, citations, assessments, contact } from './vocabulary.js';

export * from './pkg/eligibility_checker.js';
export { default } from './pkg/eligibility_checker.js';

/** Every question, option, code and clause id of the default policy. */
export function vocabulary() {
  return structuredClone({ questions, reasons, conditions, steps, errors, clauses, notices, citations, assessments, contact });
}
