// Already initialised when imported; see engine.js.
export * from '../engine.js';
export { default } from '../engine.js';
