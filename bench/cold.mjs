// Instantiate to first decision, in a fresh Node process each time (run.mjs
// starts this file once per round and side):
//
//   node bench/cold.mjs engine-sync|engine-async|peer
//
// prints one JSON line. Loading the JavaScript modules and reading the wasm
// file are outside the timing for every side; what is timed is what stands
// between having the code and the first answer: for the engine, compiling and
// instantiating the module (`initSync`, as Node can, or `init()`, as the page
// does) and the first `check()`; for the peer, building the engine with its
// rules and facts and the first `engine.run()`.
import fs from 'node:fs';
import { GLUE, WASM, SETS } from './common.mjs';

const side = process.argv[2];
const answers = SETS[0].answers;
const now = () => process.hrtime.bigint();

async function engine(instantiate) {
  const glue = await import(GLUE);
  const bytes = fs.readFileSync(WASM);
  const start = now();
  await instantiate(glue, bytes);
  const ready = now();
  const decision = glue.check(answers);
  return [start, ready, now(), decision];
}

async function peer() {
  const { createPeer } = await import('./peer.mjs');
  const start = now();
  const p = createPeer();
  const ready = now();
  const decision = await p.decide(answers);
  return [start, ready, now(), decision];
}

const sides = {
  'engine-sync': () => engine((glue, bytes) => glue.initSync({ module: bytes })),
  'engine-async': () => engine((glue, bytes) => glue.default({ module_or_path: bytes })),
  peer,
};
if (!sides[side]) {
  console.error(`usage: node bench/cold.mjs ${Object.keys(sides).join('|')}`);
  process.exit(2);
}
const [start, ready, done, decision] = await sides[side]();
if (!decision?.return?.outcome) throw new Error('no decision');
console.log(JSON.stringify({ instantiateNs: Number(ready - start), firstDecisionNs: Number(done - ready), totalNs: Number(done - start) }));
