// A storefront's own policy (`policy="URL"`, docs/policy.md): fetched once per
// URL from the page's own origin (redirects included), at most 1 MB,
// validated by the engine built with the `policy` feature (pkg-policy/), of
// this very build, and never used when any of that fails. The element
// imports this module only when the attribute is there, so the default
// page's first load does not carry it. Each failure has a code, which the
// element puts in its `error` and its `error` event.
import { BUILD_ID } from './pkg/build.js';

const policies = new Map();
/** The largest policy taken, in bytes (the example policies are under 20 KB). */
export const MAX_BYTES = 1 << 20;

class PolicyError extends Error {
  policy = true; // the element tells these from other failures by this mark
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** The body as text, refused past `MAX_BYTES` without reading the rest. */
async function readLimited(res, where) {
  const tooLarge = () => new PolicyError('policy-too-large', `the policy ${where} is larger than ${MAX_BYTES} bytes, the most a policy may have`);
  if (Number(res.headers.get('content-length')) > MAX_BYTES) throw tooLarge();
  const reader = res.body.getReader();
  const parts = [];
  for (let size = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      reader.cancel();
      throw tooLarge();
    }
    parts.push(value);
  }
  return new TextDecoder().decode(await new Blob(parts).arrayBuffer());
}

/**
 * The custom-policy engine's glue. The specifier is a literal, so Vite and
 * esbuild follow it and bundle the glue (as a chunk of its own where they
 * split); the comment before it keeps it out of the single-file build, which
 * has no custom policies and whose joiner (scripts/single-file.mjs) follows
 * only a dynamic import with the quote right after the parenthesis.
 */
const importEngine = () =>
  import(/* the custom-policy engine */ './pkg-policy/eligibility_checker.js').catch((err) => {
    throw new PolicyError('policy-engine-missing', `the custom-policy engine (pkg-policy/, built with the \`policy\` feature, docs/policy.md) could not be loaded: ${err?.message ?? err}`);
  });

/**
 * The custom-policy engine's wasm, fetched by a URL of its own (a bundler
 * that puts both engines' glue in one file would look for both under one
 * name), and refused with its URL and status when it is not there.
 */
async function engineWasm() {
  const wasm = new URL('./pkg-policy/eligibility_checker_bg.wasm', import.meta.url);
  const missing = (why) => new PolicyError('policy-engine-missing', `the custom-policy engine's wasm could not be loaded from ${wasm}: ${why}`);
  const res = await fetch(wasm).catch((err) => {
    throw missing(err?.message ?? err);
  });
  if (!res.ok) throw missing(`${res.status} ${res.statusText}`.trim());
  return res;
}

let engine;
/** The custom-policy engine, instantiated once; tried again after a failure. */
const loadEngine = () => {
  engine ??= importEngine().then(async (mod) => {
    await mod.default({ module_or_path: await engineWasm() });
    return mod;
  });
  engine.catch(() => (engine = null));
  return engine;
};

export function loadPolicyEngine(url) {
  if (!policies.has(url)) {
    const load = async () => {
      if (!url.trim()) throw new PolicyError('policy-empty', 'the policy attribute is empty: give the URL of the policy, or leave the attribute out for the default policy');
      const where = new URL(url, location.href);
      const foreign = (origin) => new PolicyError('policy-foreign', `the policy must come from this page's origin, not ${origin}`);
      if (where.origin !== location.origin) throw foreign(where.origin);
      // `same-origin` mode: a redirect to another origin is a network error
      // before any request goes there; the final URL is checked all the same.
      const res = await fetch(where, { credentials: 'same-origin', mode: 'same-origin' }).catch((err) => {
        throw new PolicyError('policy-unavailable', `fetching the policy ${where} failed (offline, or redirected to another origin): ${err.message}`);
      });
      if (new URL(res.url).origin !== location.origin) throw foreign(new URL(res.url).origin);
      if (!res.ok) throw new PolicyError('policy-unavailable', `fetching the policy ${where} failed: ${res.status}`);
      const text = await readLimited(res, where);
      let policy;
      try {
        policy = JSON.parse(text);
      } catch {
        throw new PolicyError('policy-invalid', `the policy ${where} is not JSON`);
      }
      return policyEngine(policy, where);
    };
    policies.set(url, load());
  }
  return policies.get(url);
}

/** The engine of a policy read from `where`, or given as an object (`el.policy = {...}`): validated the same way. */
export async function policyEngine(policy, where = 'given as an object') {
  const mod = await loadEngine();
  if (mod.buildId() !== BUILD_ID) throw new PolicyError('version-mismatch', 'pkg-policy/ is from another version of the checker');
  let checker;
  try {
    checker = new mod.Checker(policy);
  } catch (err) {
    const problems = (err?.problems ?? []).map((p) => `\n  ${p.path || '(the policy)'}: ${p.message} [${p.code}]`).join('');
    throw new PolicyError('policy-invalid', `the policy ${where} is not valid and is not used:${problems}`);
  }
  const words = wellFormed(policy.words ?? {});
  return { check: (answers) => checker.check(answers), vocabulary: checker.vocabulary(), withWords: (page, lang) => withPolicyWords(withPolicyWords(page, words.en), words[lang]) };
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * The words with every lone surrogate made U+FFFD, as the engine reads them:
 * text that is not well formed breaks encodeURIComponent (the e-mail link).
 */
export const wellFormed = (v) =>
  typeof v === 'string' ? (v.toWellFormed?.() ?? v.replace(LONE, '\uFFFD')) : Array.isArray(v) ? v.map(wellFormed) : isGroup(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wellFormed(x)])) : v;

const isGroup = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const deepMerge = (a, b) => (isGroup(a) && isGroup(b) ? Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, k in b ? deepMerge(a[k], b[k]) : a[k]])) : b ?? a);
/** The page's words with a policy's over them, for the groups loaded so far. */
const withPolicyWords = (words, extra) => (extra ? Object.fromEntries(Object.entries(words).map(([g, w]) => [g, deepMerge(w, extra[g])])) : words);
