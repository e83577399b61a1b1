// The engine with the default policy for Node:
// `import { check } from 'eligibility-checker/engine/node'` and it is ready.
// The wasm-bindgen glue's `init()` fetches its .wasm by URL, which Node's
// fetch cannot do for a file: URL; this entry reads the bytes from disk and
// instantiates them synchronously. `init()` (the default export) is kept and
// resolves at once, so code written for the browser runs unchanged.
import { readFileSync } from 'node:fs';
import { initSync } from '../pkg/eligibility_checker.js';

initSync({ module: readFileSync(new URL('../pkg/eligibility_checker_bg.wasm', import.meta.url)) });

export * from '../engine.js';
export { default } from '../engine.js';
