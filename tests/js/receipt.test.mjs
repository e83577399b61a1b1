// Unit tests of www/receipt.js, the decision receipt: answers packed into a
// short code and read back, under the catalogue it was made for and under
// another version of it. `node --test tests/js/` (after `make build`, for
// the engines' own question lists).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { encodeReceipt, decodeReceipt, readReceipt, catalogueLabel } from '../../www/receipt.js';
// The default policy's questions, as the page ships them (tests/vocabulary_js.rs keeps them the engine's).
import { questions } from '../../www/vocabulary.js';

const glue = await import('../../www/pkg/eligibility_checker.js');
await glue.default({ module_or_path: readFileSync(new URL('../../www/pkg/eligibility_checker_bg.wasm', import.meta.url)) });
const policyGlue = await import('../../www/pkg-policy/eligibility_checker.js');
await policyGlue.default({ module_or_path: readFileSync(new URL('../../www/pkg-policy/eligibility_checker_bg.wasm', import.meta.url)) });
const policy = (name) => JSON.parse(readFileSync(new URL(`../../policies/${name}.json`, import.meta.url), 'utf8'));

const FULL = {
  asOf: '2026-03-10', product: 'mi-band', seller: 'mi-com', country: 'US', receivedDate: '2026-03-01',
  physicallyDamaged: false, allAccessories: true, returnReason: 'changed-mind', part: 'main',
  replacementReceivedDate: null, cause: 'defect', commercialUse: false, originalPurchaser: true,
};

/** A small question list of every kind, for codes the tests can reason about. */
const SMALL = [
  { id: 'product', kind: 'choice', options: ['a', 'b', 'c'] },
  { id: 'receivedDate', kind: 'date', options: null },
  { id: 'rmaIssuedOn', kind: 'date-or-none', options: null },
  { id: 'opened', kind: 'yes-no', options: null },
];

test('every answer of a full set comes back as it went in', () => {
  const code = encodeReceipt(FULL, questions);
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
  assert.deepEqual(decodeReceipt(code, questions), FULL);
  // The engine still decides the read-back answers as the original ones.
  assert.deepEqual(glue.check(decodeReceipt(code, questions)), glue.check(FULL));
});

test('only asOf, and unanswered keys left out', () => {
  const code = encodeReceipt({ asOf: '2026-01-15', product: undefined }, questions);
  assert.deepEqual(decodeReceipt(code, questions), { asOf: '2026-01-15' });
});

test('the first and last days of the range, and the days beyond, of a date answer', () => {
  for (const [day, kept] of [
    ['1899-12-31', false], ['1900-01-01', true], ['1900-01-02', true],
    ['2999-12-30', true], ['2999-12-31', true], ['3000-01-01', false], ['2026-02-30', false],
  ]) {
    const back = decodeReceipt(encodeReceipt({ asOf: '2026-03-10', receivedDate: day }, SMALL), SMALL);
    assert.equal(back.receivedDate, kept ? day : undefined, day);
  }
  for (const asOf of ['1900-01-01', '2999-12-31']) {
    assert.deepEqual(decodeReceipt(encodeReceipt({ asOf }, SMALL), SMALL), { asOf });
  }
});

test('a date answer is read back at each limit of the spans it is held in: the days before, on and after asOf, 512 and 16,384 days back', () => {
  const asOf = '2026-03-10';
  const back = (days) => new Date(Date.parse(`${asOf}T00:00Z`) - days * 86400000).toISOString().slice(0, 10);
  for (const days of [-1, 0, 1, 511, 512, 513, 16383, 16384, 16385]) {
    const answers = { asOf, receivedDate: back(days), rmaIssuedOn: back(days) };
    assert.deepEqual(decodeReceipt(encodeReceipt(answers, SMALL), SMALL), answers, `${days} days back`);
  }
  // A date near asOf makes a shorter code than one of the whole range.
  const near = encodeReceipt({ asOf, receivedDate: back(3) }, SMALL);
  const far = encodeReceipt({ asOf, receivedDate: back(-3) }, SMALL);
  assert.ok(near.length < far.length, `${near} ${far}`);
});

test('null ("none") and a date are told apart in a date-or-none answer; false is an answer', () => {
  for (const rmaIssuedOn of [null, '1900-01-01', '2026-03-01']) {
    const answers = { asOf: '2026-03-10', rmaIssuedOn, opened: false, product: 'c' };
    assert.deepEqual(decodeReceipt(encodeReceipt(answers, SMALL), SMALL), answers);
  }
});

test('an answer the layout cannot hold is left out, not misread', () => {
  const back = decodeReceipt(encodeReceipt({ asOf: '2026-03-10', product: 'z', opened: 'yes' }, SMALL), SMALL);
  assert.deepEqual(back, { asOf: '2026-03-10' });
});

test('a code is read however it is typed: case, spaces, hyphens, I, L and O', () => {
  const code = encodeReceipt(FULL, questions);
  const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
  assert.deepEqual(decodeReceipt(typed, questions), FULL);
  const oneAndZero = code.replace(/1/g, 'l').replace(/0/g, 'O');
  assert.deepEqual(decodeReceipt(oneAndZero, questions), FULL);
});

test('every mistyped character is refused by the check character, and a swapped pair unless its two differ by 16', () => {
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const code = encodeReceipt(FULL, questions).replace(/-/g, '');
  for (let i = 0; i < code.length; i++) {
    for (const c of ALPHABET) {
      if (c === code[i]) continue;
      const typo = code.slice(0, i) + c + code.slice(i + 1);
      assert.equal(decodeReceipt(typo, questions), null, `${c} for ${code[i]} at ${i}`);
    }
  }
  let swaps = 0;
  for (let i = 0; i + 1 < code.length; i++) {
    const [a, b] = [ALPHABET.indexOf(code[i]), ALPHABET.indexOf(code[i + 1])];
    if (a === b || Math.abs(a - b) === 16) continue;
    swaps++;
    const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
    assert.equal(decodeReceipt(swapped, questions), null, `swap at ${i}`);
  }
  assert.ok(swaps > 20, `${swaps} swaps tried`);
});

test('a receipt names the catalogue it was made under', () => {
  const code = encodeReceipt(FULL, questions).replace(/-/g, '');
  assert.equal(code[0], '2', 'the layout version');
  assert.equal(code.slice(1, 3), catalogueLabel(questions));
  assert.deepEqual(readReceipt(code, questions), { answers: FULL, catalogue: catalogueLabel(questions), current: catalogueLabel(questions), missing: [] });
  // Each example policy has a catalogue label of its own.
  const labels = ['ampere-electronics', 'norrsken-audio'].map((p) => catalogueLabel(new policyGlue.Checker(policy(p)).vocabulary().questions));
  assert.equal(new Set([catalogueLabel(questions), ...labels]).size, 3, labels.join(' '));
});

/** `qs` with the options of question `id` made `options`. */
const withOptions = (qs, id, options) => qs.map((q) => (q.id === id ? { ...q, options } : q));

test('a receipt made before a product was added reads back whole, and says it is of another catalogue', () => {
  const code = encodeReceipt({ asOf: '2026-03-10', product: 'b', opened: true }, SMALL);
  // A product added first, in the middle and last: the places of the others change, the answer does not.
  for (const options of [['new', 'a', 'b', 'c'], ['a', 'new', 'b', 'c'], ['a', 'b', 'c', 'new'], ['c', 'b', 'a']]) {
    const later = withOptions(SMALL, 'product', options);
    const read = readReceipt(code, later);
    assert.deepEqual(read.answers, { asOf: '2026-03-10', product: 'b', opened: true }, options.join());
    assert.deepEqual(read.missing, []);
    assert.equal(read.catalogue, catalogueLabel(SMALL));
    assert.equal(read.current, catalogueLabel(later));
    assert.notEqual(read.catalogue, read.current);
  }
  // The default policy with a product added: every answer of a full set.
  const added = withOptions(questions, 'product', ['mi-scale', ...questions.find((q) => q.id === 'product').options]);
  assert.deepEqual(readReceipt(encodeReceipt(FULL, questions), added).answers, FULL);
});

test('a receipt whose product was removed reads back its other answers and names the one it cannot', () => {
  const code = encodeReceipt(FULL, questions);
  const removed = withOptions(questions, 'product', ['mi-power-bank', 'mi-headphones']);
  const read = readReceipt(code, removed);
  const { product, ...others } = FULL;
  assert.equal(product, 'mi-band');
  assert.deepEqual(read.answers, others);
  assert.deepEqual(read.missing, ['product']);
  assert.notEqual(read.catalogue, read.current);
  // Another product removed: the answer is still there, and read.
  const other = readReceipt(code, withOptions(questions, 'product', ['mi-band', 'mi-headphones']));
  assert.deepEqual([other.answers, other.missing], [FULL, []]);
});

test('an option added later that shares a kept answer\'s hash makes it missing, never another answer; that and a misread after a removal are rare', () => {
  const answers = { asOf: '2026-03-10', product: 'b' };
  const code = encodeReceipt(answers, SMALL);
  const added = [];
  const misread = [];
  for (let k = 0; k < 4000; k++) {
    const grown = readReceipt(code, withOptions(SMALL, 'product', ['a', 'b', 'c', `new-${k}`]));
    if (grown.missing.length) added.push(k);
    else assert.equal(grown.answers.product, 'b');
    // 'b' removed, another option in its place: read as that option only by a shared hash.
    const swapped = readReceipt(code, withOptions(SMALL, 'product', ['a', `new-${k}`, 'c']));
    if (swapped.answers.product) misread.push(k);
  }
  assert.ok(added.length > 0 && added.length <= 4000 / 256, `${added.length} of 4000 added options share the answer's hash`);
  assert.ok(misread.length <= 4000 / 256, `${misread.length} of 4000 options in a removed one's place read as it`);
  const [k] = added;
  assert.deepEqual(readReceipt(code, withOptions(SMALL, 'product', ['a', 'b', 'c', `new-${k}`])).missing, ['product']);
});

test('under each example policy, every option of every choice question reads back as itself', () => {
  const lists = [questions, ...['ampere-electronics', 'norrsken-audio'].map((p) => new policyGlue.Checker(policy(p)).vocabulary().questions)];
  for (const qs of lists) {
    for (const q of qs.filter((x) => x.kind === 'choice')) {
      for (const option of q.options) {
        const answers = { asOf: '2026-03-10', [q.id]: option };
        assert.deepEqual(decodeReceipt(encodeReceipt(answers, qs), qs), answers, `${q.id}=${option}`);
      }
    }
  }
});

test('a code of another question list (a question added, or another kind) is refused, not misread', () => {
  const code = encodeReceipt({ asOf: '2026-03-10', product: 'b', opened: false }, SMALL);
  assert.equal(readReceipt(code, [...SMALL, { id: 'commercialUse', kind: 'yes-no', options: null }]), null);
  assert.equal(readReceipt(code, SMALL.map((q) => (q.id === 'opened' ? { ...q, kind: 'date' } : q))), null);
  assert.equal(decodeReceipt(encodeReceipt(FULL, questions), SMALL), null);
});

test('a code of the first layout (version 1) is read under the layout it was made for, and refused under another', () => {
  // Written by the receipt code before receipts named their catalogue.
  const V1 = 'PSVM-15ZW-2Q';
  const answers = { asOf: '2026-03-10', product: 'b', receivedDate: '2026-03-01', rmaIssuedOn: null, opened: false };
  assert.deepEqual(readReceipt(V1, SMALL), { answers, catalogue: catalogueLabel(SMALL), current: catalogueLabel(SMALL), missing: [] });
  assert.equal(readReceipt(V1, withOptions(SMALL, 'product', ['a', 'b', 'c', 'd'])), null);
  // One mistyped character of it is refused.
  assert.equal(readReceipt(V1.replace('S', 'T'), SMALL), null);
});

test('a full receipt stays short enough to read out: at most 40 characters with its hyphens', () => {
  const code = encodeReceipt(FULL, questions);
  assert.ok(code.length <= 40, `${code} (${code.length})`);
});

test('what is no code is refused', () => {
  for (const bad of ['', 'AB', 'U', 'A-B-C-U', '2AB', 'x'.repeat(81), '0'.repeat(81), '2' + '0'.repeat(80), null, undefined, 42]) {
    assert.equal(decodeReceipt(bad, SMALL), null, String(bad));
  }
});
