// What every bench part shares: paths, the answer sets, medians and units.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.dirname(BENCH);
export const WWW = path.join(ROOT, 'www');
export const PKG = path.join(WWW, 'pkg');
export const GLUE = path.join(PKG, 'eligibility_checker.js');
export const WASM = path.join(PKG, 'eligibility_checker_bg.wasm');

/** The answer sets, as `{ name, answers, expect }` (see answers.json). */
export const SETS = JSON.parse(fs.readFileSync(path.join(BENCH, 'answers.json'), 'utf8')).sets;

/** A part of the bench that could not run: the table says why instead of a figure. */
export class NotMeasured extends Error {}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** gzip -9, the way the size budget counts bytes. */
export const gzipBytes = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

export function formatTime(ns) {
  if (ns < 1e3) return `${ns.toPrecision(3)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toPrecision(3)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toPrecision(3)} ms`;
  return `${(ns / 1e9).toPrecision(3)} s`;
}

export const formatBytes = (bytes) => `${bytes.toLocaleString('en-US')} B (${(bytes / 1024).toFixed(1)} KiB)`;

export const formatRate = (perSecond) => `${Math.round(perSecond).toLocaleString('en-US')}/s`;

/** Loads the wasm-bindgen glue and instantiates the module; returns `{ glue, exports }`. */
export async function loadEngine() {
  if (!fs.existsSync(GLUE) || !fs.existsSync(WASM)) {
    throw new NotMeasured(`${path.relative(ROOT, PKG)}/ is not built: run 'make build'`);
  }
  const glue = await import(GLUE);
  const exports = await glue.default({ module_or_path: fs.readFileSync(WASM) });
  return { glue, exports };
}

/** Outcome and deadline per assessment: what the engine and the peer both report. */
export const summary = (decision) => ({
  return: [decision.return.outcome, decision.return.deadline],
  warranty: [decision.warranty.outcome, decision.warranty.deadline],
});
