// Through JavaScript, in Node: the engine's `check()` against the
// json-rules-engine peer on the same answer sets, in one process, alternating.
import { SETS, median, summary } from './common.mjs';

const now = () => process.hrtime.bigint();

/**
 * Decides every answer set with the engine and the peer and compares both
 * with what CLAUSES.md says (answers.json's `expect`). Returns the
 * disagreements, as lines; none means the timings compare like with like.
 */
export async function agreement(check, peer) {
  const problems = [];
  for (const { name, answers, expect } of SETS) {
    const ours = summary(check(answers));
    const theirs = summary(await peer.decide(answers));
    for (const assessment of ['return', 'warranty']) {
      const [e, o, t] = [expect, ours, theirs].map((d) => JSON.stringify(d[assessment]));
      if (e !== o || e !== t) problems.push(`${name}, ${assessment}: expected ${e}, engine ${o}, peer ${t}`);
    }
  }
  return problems;
}

/** Nanoseconds for `passes` passes over every answer set. */
function timeEngine(check, passes) {
  let sink = 0;
  const start = now();
  for (let p = 0; p < passes; p++) {
    for (const { answers } of SETS) sink += check(answers).questions.length;
  }
  const elapsed = Number(now() - start);
  if (sink < 0) throw new Error('unreachable');
  return elapsed;
}

async function timePeer(peer, passes) {
  let sink = 0;
  const start = now();
  for (let p = 0; p < passes; p++) {
    for (const { answers } of SETS) sink += (await peer.decide(answers)).return.outcome.length;
  }
  const elapsed = Number(now() - start);
  if (sink < 0) throw new Error('unreachable');
  return elapsed;
}

/** How many passes make one batch last about `targetMs`. */
async function passesFor(time, targetMs) {
  let passes = 1;
  for (;;) {
    const ns = await time(passes);
    if (ns >= targetMs * 1e6 / 4 || passes >= 1 << 20) return Math.max(1, Math.round(passes * (targetMs * 1e6) / ns));
    passes *= 4;
  }
}

/**
 * Median nanoseconds per decision of each side, and the median of the
 * per-round ratios. Batches alternate, and which side goes first alternates
 * too, so a burst of load on the shared machine hits both alike.
 */
export async function speed(check, peer, { rounds = 41, targetMs = 40 } = {}) {
  const engineBatch = (passes) => timeEngine(check, passes);
  const peerBatch = (passes) => timePeer(peer, passes);
  // Warm up both (JIT tiers, wasm tier-up) before calibrating.
  await engineBatch(2000);
  await peerBatch(200);
  const enginePasses = await passesFor(engineBatch, targetMs);
  const peerPasses = await passesFor(peerBatch, targetMs);
  const engineNs = [];
  const peerNs = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    let e;
    let p;
    if (round % 2 === 0) {
      e = engineBatch(enginePasses);
      p = await peerBatch(peerPasses);
    } else {
      p = await peerBatch(peerPasses);
      e = engineBatch(enginePasses);
    }
    const perEngine = e / (enginePasses * SETS.length);
    const perPeer = p / (peerPasses * SETS.length);
    engineNs.push(perEngine);
    peerNs.push(perPeer);
    ratios.push(perPeer / perEngine);
  }
  return {
    rounds,
    decisionsPerBatch: { engine: enginePasses * SETS.length, peer: peerPasses * SETS.length },
    engineNs: median(engineNs),
    peerNs: median(peerNs),
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
  };
}
