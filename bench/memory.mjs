// The wasm memory after the first thousand decisions and after a million, in a
// fresh Node process: `node bench/memory.mjs` prints one JSON line.
import { SETS, loadEngine } from './common.mjs';

const { glue, exports } = await loadEngine();
// The module's one memory, whatever the build named its export (scripts/wasm-names.mjs).
const memory = Object.values(exports).find((e) => e instanceof WebAssembly.Memory);
const marks = [1_000, 1_000_000];
const bytes = {};
let sink = 0;
for (let n = 1; n <= marks[marks.length - 1]; n++) {
  sink += glue.check(SETS[n % SETS.length].answers).questions.length;
  if (marks.includes(n)) bytes[n] = memory.buffer.byteLength;
}
console.log(JSON.stringify({ bytes, sink }));
