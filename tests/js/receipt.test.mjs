// Unit tests of www/receipt.js, the decision receipt: answers packed into a
// short code and read back. `node --test tests/js/` (after `make build`,
// for the engine's own question list).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { encodeReceipt, decodeReceipt } from '../../www/receipt.js';

const glue = await import('../../www/pkg/eligibility_checker.js');
await glue.default({ module_or_path: readFileSync(new URL('../../www/pkg/eligibility_checker_bg.wasm', import.meta.url)) });
const { questions } = glue.vocabulary();

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

test('a mistyped character or a swapped pair is refused by the check character', () => {
  const code = encodeReceipt(FULL, questions).replace(/-/g, '');
  let refused = 0;
  for (let i = 1; i < code.length; i++) {
    const c = code[i] === '7' ? '8' : '7';
    const typo = code.slice(0, i) + c + code.slice(i + 1);
    if (decodeReceipt(typo, questions) === null) refused++;
  }
  assert.equal(refused, code.length - 1, 'every single-character typo is refused');
  const swapped = code.slice(0, 2) + code[3] + code[2] + code.slice(4);
  if (swapped !== code) assert.equal(decodeReceipt(swapped, questions), null);
});

test('a code made for another question list is refused, not misread', () => {
  const code = encodeReceipt({ asOf: '2026-03-10', product: 'b' }, SMALL);
  const other = SMALL.map((q) => (q.id === 'product' ? { ...q, options: ['a', 'b', 'c', 'd'] } : q));
  assert.equal(decodeReceipt(code, other), null);
  assert.equal(decodeReceipt(encodeReceipt(FULL, questions), SMALL), null);
});

test('what is no code is refused', () => {
  for (const bad of ['', 'AB', 'U', 'A-B-C-U', 'x'.repeat(65), '0'.repeat(65), null, undefined, 42]) {
    assert.equal(decodeReceipt(bad, SMALL), null, String(bad));
  }
});
