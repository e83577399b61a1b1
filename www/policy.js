// A storefront's own policy (`policy="URL"`, docs/policy.md): fetched once per
// URL from the page's own origin, validated by the engine built with the
// `policy` feature (pkg-policy/), and never used when invalid. The element
// imports this module only when the attribute is there, so the default
// page's first load does not carry it.
const policies = new Map();
// A name, not a literal, so the single-file build does not inline it.
const POLICY_ENGINE = './pkg-policy/eligibility_checker.js';
class PolicyError extends Error {
  policy = true; // the element tells these from other failures by this mark
}
export function loadPolicyEngine(url) {
  if (!policies.has(url)) {
    const load = async () => {
      const where = new URL(url, location.href);
      if (where.origin !== location.origin) throw new PolicyError(`the policy must come from this page's origin, not ${where.origin}`);
      const res = await fetch(where, { credentials: 'same-origin' });
      if (!res.ok) throw new PolicyError(`fetching the policy ${where} failed: ${res.status}`);
      const policy = await res.json().catch(() => { throw new PolicyError(`the policy ${where} is not JSON`); });
      const mod = await import(POLICY_ENGINE).catch(() => {
        throw new PolicyError('custom policies need the engine built with the `policy` feature in pkg-policy/ (see docs/policy.md)');
      });
      await mod.default();
      let checker;
      try {
        checker = new mod.Checker(policy);
      } catch (err) {
        const problems = (err?.problems ?? []).map((p) => `\n  ${p.path || '(the policy)'}: ${p.message} [${p.code}]`).join('');
        throw new PolicyError(`the policy ${where} is not valid and is not used:${problems}`);
      }
      const words = policy.words ?? {};
      return { check: (answers) => checker.check(answers), vocabulary: checker.vocabulary(), withWords: (page, lang) => withPolicyWords(withPolicyWords(page, words.en), words[lang]) };
    };
    policies.set(url, load());
  }
  return policies.get(url);
}

const isGroup = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const deepMerge = (a, b) => (isGroup(a) && isGroup(b) ? Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, k in b ? deepMerge(a[k], b[k]) : a[k]])) : b ?? a);
/** The page's words with a policy's over them, for the groups loaded so far. */
const withPolicyWords = (words, extra) => (extra ? Object.fromEntries(Object.entries(words).map(([g, w]) => [g, deepMerge(w, extra[g])])) : words);
