// Already initialised when imported; see policy-engine.js.
export * from '../pkg-policy/eligibility_checker.js';
export { default } from '../pkg-policy/eligibility_checker.js';
