// The decision receipt: every answer and the date of the check, packed into
// one mixed-radix number and written in Crockford's base 32 with a check
// character. Loaded only once the shopper has answered a question, or opens
// a receipt. Nothing here knows a rule: the layout is the engine's question
// list (ids, kinds, options, asking order).
//
// A receipt lasts across versions of a policy. It names the catalogue it was
// made under (a label of every choice question's options, its 2nd and 3rd
// characters), and it holds a choice answer by a hash of the option's id, not
// by its place in the list: a receipt made before a product was added reads
// back whole, and one whose product was since removed reads back the other
// answers and says which it could not. Only a new question list (a new
// version of the checker) makes a receipt unreadable, and then it is
// refused, not misread.
//
// Layout (version 2): `2`, the catalogue label, the number, the check
// character. The number holds, from its least significant digit: asOf (a
// day since 1900-01-01), a mark of the question list (ids and kinds), which
// questions are answered, then each answer in asking order: a yes-no as 0/1,
// a date as its span and its days back from asOf (SPANS), a choice as its
// hash width (WIDTHS) and the hash of its id.
// Codes of version 1 (a mark of the whole layout, options included, and a
// choice as its index) are still read under the layout they were made for.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION = '2';
const DAY = 86400000;
const EPOCH = Date.UTC(1900, 0, 1);
const DAYS = (Date.UTC(3000, 0, 1) - EPOCH) / DAY; // 1900-01-01 to 2999-12-31
/**
 * A choice's hash has at least 8 more bits than its list needs: an option
 * added later shares a kept answer's hash, or takes the place of a removed
 * one, at most about once in 256.
 */
const MARGIN = 8;
const WIDTHS = [10, 13, 16, 19]; // a choice's hash width, one digit of these
/**
 * A date answer is held by how many days it lies before asOf, in the
 * smallest of these spans that holds it, else as a day of the whole range
 * (a date after asOf, which the engine refuses anyway); "none" of a
 * date-or-none answer is one more span with no digit.
 */
const SPANS = [512, 16384];

const dayOf = (d) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d ?? '');
  if (!m) return -1;
  const t = Date.UTC(+m[1], m[2] - 1, +m[3]);
  const back = new Date(t);
  if (back.getUTCMonth() !== m[2] - 1 || back.getUTCDate() !== +m[3]) return -1;
  return (t - EPOCH) / DAY;
};
const dateOf = (n) => new Date(EPOCH + n * DAY).toISOString().slice(0, 10);

/**
 * The check character of version 2: odd weights, which are units modulo 32,
 * so any one mistyped character changes it, however long the code.
 */
const check = (text) => ALPHABET[[...text].reduce((a, c, i) => (a + (2 * i + 1) * ALPHABET.indexOf(c)) % 32, 0)];
/** Version 1's check character. */
const checkV1 = (text) => ALPHABET[[...text].reduce((a, c, i) => (a + (i + 1) * ALPHABET.indexOf(c)) % 32, 0)];

/** A 32-bit hash of `text` (FNV-1a over its UTF-16 code units). */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const asked = (questions) => questions.filter((q) => q.id !== 'asOf');
const choices = (q) => q.options ?? [];

/** Version 1's hash of a layout. */
function hash7(text) {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** Version 1's mark: the whole layout, options included. */
const layoutMark = (qs) => ALPHABET[hash7(qs.map((q) => `${q.id}:${q.kind}:${choices(q).join(',')}`).join(';')) % 32];
/** The question list's mark: ids and kinds, which a policy does not change. */
const questionsMark = (qs) => hash(qs.map((q) => `${q.id}:${q.kind}`).join(';')) % 32;

/**
 * The label of the catalogue `questions` hold: two characters from every
 * choice question's options. Receipts carry it; a receipt whose label is not
 * the checker's was made under another version of the policy.
 */
export function catalogueLabel(questions) {
  const h = hash(asked(questions).map((q) => `${q.id}=${choices(q).join(',')}`).join(';')) % 1024;
  return ALPHABET[h >> 5] + ALPHABET[h & 31];
}

/**
 * A choice answer's digits: the first of WIDTHS with MARGIN bits over its
 * list's size at which no other option of the list has its hash (else the
 * widest that tells it apart), and its hash; null when none does.
 */
function choiceDigits(options, value) {
  if (!options.includes(value)) return null;
  const need = Math.ceil(Math.log2(options.length)) + MARGIN;
  const own = hash(value);
  const apart = WIDTHS.map((w, i) => [i, 2 ** w]).filter(([, r]) => !options.some((o) => o !== value && hash(o) % r === own % r));
  const [i, r] = apart.find(([at]) => WIDTHS[at] >= need) ?? apart.at(-1) ?? [];
  return r ? [[i, WIDTHS.length], [own % r, r]] : null;
}

/** A date answer's digits, by its distance back from the day `asOf` (SPANS). */
function dateDigits(kind, d, asOf) {
  const spans = SPANS.length + (kind === 'date-or-none' ? 2 : 1);
  const back = asOf - d;
  const i = asOf < 0 ? -1 : SPANS.findIndex((n) => back >= 0 && back < n);
  return i < 0 ? [[SPANS.length, spans], [d, DAYS]] : [[i, spans], [back, SPANS[i]]];
}

/** The digits (value, radix) of one answer, or null when the layout cannot hold it. */
function digitsOf(q, v, asOf) {
  if (q.kind === 'yes-no') return typeof v === 'boolean' ? [[v ? 1 : 0, 2]] : null;
  if (q.kind === 'choice') return choiceDigits(choices(q), v);
  if (q.kind === 'date-or-none' && v === null) return [[SPANS.length + 1, SPANS.length + 2]];
  const d = dayOf(v);
  return d < 0 || d >= DAYS ? null : dateDigits(q.kind, d, asOf);
}

/** Base 32 of the digits (least significant first). */
function write(digits) {
  let n = 0n;
  for (let i = digits.length - 1; i >= 0; i--) n = n * BigInt(digits[i][1]) + BigInt(digits[i][0]);
  let text = '';
  do {
    text = ALPHABET[Number(n % 32n)] + text;
    n /= 32n;
  } while (n > 0n);
  return text;
}

/** Reads digits off a base-32 number: `take(radix)`, and `rest()` (0n once all is read). */
function reader(text) {
  let n = 0n;
  for (const c of text) n = n * 32n + BigInt(ALPHABET.indexOf(c));
  return {
    take(radix) {
      const r = BigInt(radix);
      const v = Number(n % r);
      n /= r;
      return v;
    },
    rest: () => n,
  };
}

/**
 * Packs `answers` (with `asOf`) into a code like `2K3Q-Z8M1-T0P4-W9`.
 * `questions` is vocabulary().questions. Answers the layout cannot hold
 * (none, once the engine has accepted them) are left out.
 */
export function encodeReceipt(answers, questions) {
  const qs = asked(questions);
  const asOf = dayOf(answers.asOf);
  const values = [];
  let mask = 0;
  qs.forEach((q, i) => {
    const d = q.id in answers && answers[q.id] !== undefined ? digitsOf(q, answers[q.id], asOf) : null;
    if (d) {
      mask |= 1 << i;
      values.push(...d);
    }
  });
  const digits = [[asOf, DAYS], [questionsMark(qs), 32], [mask, 2 ** qs.length], ...values];
  const body = VERSION + catalogueLabel(questions) + write(digits);
  return (body + check(body)).match(/.{1,4}/g).join('-');
}

/** The code as typed, in the alphabet: case, spaces, hyphens, I, L and O forgiven; null if it is none. */
function normalize(code) {
  const text = String(code).toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return text.length < 3 || text.length > 80 || [...text].some((c) => !ALPHABET.includes(c)) ? null : text;
}

/**
 * Reads a receipt code under `questions` (vocabulary().questions); null if it
 * is no receipt, or one of a question list this checker does not have.
 * Otherwise `{ answers, catalogue, current, missing }`: the answers with
 * `asOf` that this catalogue holds, the label of the catalogue the receipt
 * was made under and of this one (they differ for a receipt of another
 * version of the policy), and the ids of the questions whose answer this
 * catalogue has no option for (left out of `answers`, to be asked again).
 */
export function readReceipt(code, questions) {
  const text = normalize(code);
  if (!text) return null;
  const body = text.slice(0, -1);
  if (body[0] === VERSION && check(body) === text.at(-1)) {
    const read = readV2(body, questions);
    if (read) return read;
  }
  const answers = checkV1(body) === text.at(-1) && readV1(body, questions);
  return answers ? { answers, catalogue: catalogueLabel(questions), current: catalogueLabel(questions), missing: [] } : null;
}

function readV2(body, questions) {
  const qs = asked(questions);
  if (body.length < 4) return null;
  const n = reader(body.slice(3));
  const day = n.take(DAYS);
  if (n.take(32) !== questionsMark(qs)) return null;
  const mask = n.take(2 ** qs.length);
  const answers = { asOf: dateOf(day) };
  const missing = [];
  for (const [i, q] of qs.entries()) {
    if (!(mask & (1 << i))) continue;
    if (q.kind === 'yes-no') answers[q.id] = n.take(2) === 1;
    else if (q.kind !== 'choice') {
      const span = n.take(SPANS.length + (q.kind === 'date-or-none' ? 2 : 1));
      if (span > SPANS.length) answers[q.id] = null;
      else answers[q.id] = dateOf(span === SPANS.length ? n.take(DAYS) : day - n.take(SPANS[span]));
    } else {
      const r = 2 ** WIDTHS[n.take(WIDTHS.length)];
      const h = n.take(r);
      const found = choices(q).filter((o) => hash(o) % r === h);
      if (found.length === 1) answers[q.id] = found[0];
      else missing.push(q.id);
    }
  }
  if (n.rest() !== 0n) return null;
  return { answers, catalogue: body.slice(1, 3), current: catalogueLabel(questions), missing };
}

function valueOfV1(q, i) {
  if (q.kind === 'yes-no') return i === 1;
  if (q.kind === 'choice') return q.options[i];
  if (q.kind === 'date-or-none') return i === 0 ? null : dateOf(i - 1);
  return dateOf(i);
}

const radixOfV1 = (q) => (q.kind === 'yes-no' ? 2 : q.kind === 'choice' ? q.options.length : q.kind === 'date' ? DAYS : DAYS + 1);

/** A version-1 code's answers, read only under the very layout it was made for; null otherwise. */
function readV1(body, questions) {
  const qs = asked(questions);
  if (body[0] !== layoutMark(qs)) return null;
  const n = reader(body.slice(1));
  const answers = { asOf: dateOf(n.take(DAYS)) };
  const mask = n.take(2 ** qs.length);
  qs.forEach((q, i) => {
    if (mask & (1 << i)) answers[q.id] = valueOfV1(q, n.take(radixOfV1(q)));
  });
  return n.rest() === 0n ? answers : null;
}

/** Unpacks a receipt code; returns the answers with `asOf` that this catalogue holds, or null if the code is not valid. */
export function decodeReceipt(code, questions) {
  return readReceipt(code, questions)?.answers ?? null;
}
