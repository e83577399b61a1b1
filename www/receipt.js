// The decision receipt: every answer and the date of the check, packed into
// one mixed-radix number and written in Crockford's base 32, with a layout
// mark (so a code from a different question list is refused, not misread)
// and a check character. Nothing here knows a rule: the layout is the
// engine's question list (ids, kinds, options, asking order). Loaded only
// once the shopper has answered a question, or opens a receipt.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DAY = 86400000;
const EPOCH = Date.UTC(1900, 0, 1);
const DAYS = (Date.UTC(3000, 0, 1) - EPOCH) / DAY; // 1900-01-01 to 2999-12-31

const dayOf = (d) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d ?? '');
  if (!m) return -1;
  const t = Date.UTC(+m[1], m[2] - 1, +m[3]);
  const back = new Date(t);
  if (back.getUTCMonth() !== m[2] - 1 || back.getUTCDate() !== +m[3]) return -1;
  return (t - EPOCH) / DAY;
};
const dateOf = (n) => new Date(EPOCH + n * DAY).toISOString().slice(0, 10);

const sum = (text) => [...text].reduce((a, c, i) => (a + (i + 1) * ALPHABET.indexOf(c)) % 32, 0);

function layoutMark(questions) {
  const text = questions.map((q) => `${q.id}:${q.kind}:${(q.options ?? []).join(',')}`).join(';');
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return ALPHABET[h % 32];
}

// One digit of the code: the value's index and how many values it could have.
function digitOf(q, v) {
  if (q.kind === 'yes-no') return typeof v === 'boolean' ? [v ? 1 : 0, 2] : null;
  if (q.kind === 'choice') {
    const i = (q.options ?? []).indexOf(v);
    return i < 0 ? null : [i, q.options.length];
  }
  if (q.kind === 'date-or-none' && v === null) return [0, DAYS + 1];
  const d = dayOf(v);
  if (d < 0 || d >= DAYS) return null;
  return q.kind === 'date-or-none' ? [d + 1, DAYS + 1] : [d, DAYS];
}

function valueOf(q, i) {
  if (q.kind === 'yes-no') return i === 1;
  if (q.kind === 'choice') return q.options[i];
  if (q.kind === 'date-or-none') return i === 0 ? null : dateOf(i - 1);
  return dateOf(i);
}

const radixOf = (q) => (q.kind === 'yes-no' ? 2 : q.kind === 'choice' ? q.options.length : q.kind === 'date' ? DAYS : DAYS + 1);

/**
 * Packs `answers` (with `asOf`) into a code like `K3QZ-8M1T-0P4W-9`.
 * `questions` is vocabulary().questions. Answers the layout cannot hold
 * (none, once the engine has accepted them) are left out.
 */
export function encodeReceipt(answers, questions) {
  const asked = questions.filter((q) => q.id !== 'asOf');
  const digits = [[dayOf(answers.asOf), DAYS]];
  let mask = 0;
  const values = [];
  asked.forEach((q, i) => {
    const d = q.id in answers && answers[q.id] !== undefined ? digitOf(q, answers[q.id]) : null;
    if (d) {
      mask |= 1 << i;
      values.push(d);
    }
  });
  digits.push([mask, 2 ** asked.length], ...values);
  let n = 0n;
  for (let i = digits.length - 1; i >= 0; i--) n = n * BigInt(digits[i][1]) + BigInt(digits[i][0]);
  let body = '';
  do {
    body = ALPHABET[Number(n % 32n)] + body;
    n /= 32n;
  } while (n > 0n);
  body = layoutMark(asked) + body;
  body += ALPHABET[sum(body)];
  return body.match(/.{1,4}/g).join('-');
}

/** Unpacks a receipt code; returns the answers with `asOf`, or null if the code is not valid. */
export function decodeReceipt(code, questions) {
  const asked = questions.filter((q) => q.id !== 'asOf');
  const text = String(code).toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (text.length < 3 || text.length > 64 || [...text].some((c) => !ALPHABET.includes(c))) return null;
  const body = text.slice(0, -1);
  if (ALPHABET[sum(body)] !== text.at(-1) || body[0] !== layoutMark(asked)) return null;
  let n = 0n;
  for (const c of body.slice(1)) n = n * 32n + BigInt(ALPHABET.indexOf(c));
  const take = (radix) => {
    const r = BigInt(radix);
    const v = Number(n % r);
    n /= r;
    return v;
  };
  const answers = { asOf: dateOf(take(DAYS)) };
  const mask = take(2 ** asked.length);
  asked.forEach((q, i) => {
    if (mask & (1 << i)) answers[q.id] = valueOf(q, take(radixOf(q)));
  });
  return n === 0n ? answers : null;
}
