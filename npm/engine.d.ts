// The engine with the default policy; see engine.js.
import type { Vocabulary } from './pkg/eligibility_checker.js';

export * from './pkg/eligibility_checker.js';
export { default } from './pkg/eligibility_checker.js';

/** Every question, option, code and clause id of the default policy. */
export function vocabulary(): Vocabulary;
