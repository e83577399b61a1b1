// Already initialised when imported; see engine.js.
export * from '../pkg/eligibility_checker.js';
export { default } from '../pkg/eligibility_checker.js';
