// The shopper's answers outside the engine: the local date and the URL
// fragment (the decision receipt is in receipt.js, loaded when needed).
// Nothing here knows a rule; question kinds come from the engine.

/** Today's date in the shopper's own time zone, as `YYYY-MM-DD`. */
export function localDate(now = new Date()) {
  const p = (n, w) => String(n).padStart(w, '0');
  return `${p(now.getFullYear(), 4)}-${p(now.getMonth() + 1, 2)}-${p(now.getDate(), 2)}`;
}

// --- URL fragment: `#product=mi-band&receivedDate=2026-11-02&physicallyDamaged=no`
// Keys keep the order in which they were answered, so Back can drop the last.

const toText = (v) => (v === null ? 'none' : v === true ? 'yes' : v === false ? 'no' : String(v));

function fromText(kind, text) {
  if (kind === 'yes-no') return text === 'yes' ? true : text === 'no' ? false : text;
  if (kind === 'date-or-none' && text === 'none') return null;
  return text;
}

/**
 * Reads a fragment into `{ answers, receipt, lang }`. Values are typed by the
 * question's kind; anything else is passed on as text for the engine to
 * accept or reject.
 */
export function readFragment(hash, kinds) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out = { answers: {}, receipt: null, lang: null };
  for (const [key, text] of params) {
    if (key === 'receipt') out.receipt = text;
    else if (key === 'lang') out.lang = text;
    else if (key !== 'asOf') out.answers[key] = fromText(kinds[key], text);
  }
  return out;
}

/** Writes answers (and optionally a receipt and a language) as a fragment. */
export function writeFragment({ answers = {}, receipt = null, lang = null }) {
  const params = new URLSearchParams();
  if (receipt) params.set('receipt', receipt);
  else for (const [k, v] of Object.entries(answers)) if (k !== 'asOf' && v !== undefined) params.set(k, toText(v));
  if (lang) params.set('lang', lang);
  const s = params.toString();
  return s ? `#${s}` : '';
}
