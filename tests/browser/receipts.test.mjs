// Receipts that last: a decision receipt made under one version of a shop's
// policy, opened by support under the next one, in the receipt box and as a
// link. With a product added it reads back whole and says it comes from
// another version of the policy; with its own product removed it says so,
// shows the answers it could read and asks again only for the product.
//
// The policies are versions of the example shop's (policies/ampere-electronics.json),
// served with a copy of www/ (the custom-policy engine included).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAPTOP, ROOT, WWW, setup, copyOfPage, startServer, visit, interview, shown, screen, checker } from './helpers.mjs';

const env = setup({ server: false });
let server; // of a copy of www/ with the policies (setup's would serve www/ itself)
const MADE = '2026-03-16';
const LATER = '2026-04-20';

const page = (file, attrs) =>
  readFileSync(join(WWW, 'embed.html'), 'utf8').replace(/<eligibility-checker[^>]*>/, `<eligibility-checker ${attrs}>`).replace(/<title>[^<]*</, `<title>${file}<`);

before(async () => {
  const dir = copyOfPage();
  const shop = JSON.parse(readFileSync(join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'));
  // The next version with a tablet, listed first: every other product moves one place down.
  const added = structuredClone(shop);
  added.products.unshift({ id: 'tablet', parts: [{ id: 'main', warranty: { months: 24 } }] });
  for (const words of Object.values(added.words)) words.options.product.tablet = 'Tablet';
  // The next version without the laptop (and its own parts).
  const removed = structuredClone(shop);
  removed.products = removed.products.filter((p) => p.id !== 'laptop');
  removed.parts = removed.parts.filter((p) => p !== 'charger' && p !== 'battery');
  for (const [name, policy] of Object.entries({ shop, added, removed })) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(policy));
    writeFileSync(join(dir, `${name}.html`), page(name, `policy="${name}.json" url-state="off"`));
  }
  writeFileSync(join(dir, 'added-link.html'), page('added-link', 'policy="added.json" url-state="fragment"'));
  server = await startServer(dir);
});
after(() => server?.close());

/** Opens `file` on `date` (closed when the test ends, with no problem logged). */
const open = (t, file, date) => visit(t, env, `${server.url}${file}`, date);

/** Types `code` into the "Do you have a decision receipt code?" box and opens it. */
async function openReceipt(p, code) {
  await screen(p);
  await checker(p).locator('details.open-receipt summary').click();
  await checker(p).locator('input[name=receipt]').fill(code);
  await checker(p).locator('details.open-receipt button').click();
}

const notice = (p) => checker(p).locator('.notice').textContent();

/** The shopper's receipt, made under the shop's policy as it was on MADE. */
let made;
async function receipt(t) {
  if (made) return made;
  const p = await open(t, 'shop.html', MADE);
  await interview(p, LAPTOP);
  made = await shown(p);
  return made;
}

test('under the same policy a receipt opens with no notice; its code names the policy version it was made under', async (t) => {
  const first = await receipt(t);
  const label = first.receipt.replace(/-/g, '').slice(1, 3);
  assert.match(label, /^[0-9A-HJKMNP-TV-Z]{2}$/);
  const p = await open(t, 'shop.html', LATER);
  await openReceipt(p, first.receipt);
  const opened = await shown(p);
  assert.deepEqual([opened.answers, opened.decision], [first.answers, first.decision]);
  assert.equal(await checker(p).locator('.notice').count(), 0);
});

test('a product added since: support sees every answer and the decision, and that the receipt is of another policy version', async (t) => {
  const first = await receipt(t);
  const label = first.receipt.replace(/-/g, '').slice(1, 3);
  for (const [how, p] of [
    ['the receipt box', await open(t, 'added.html', LATER)],
    ['a link', await open(t, `added-link.html#receipt=${first.receipt}`, LATER)],
  ]) {
    if (how === 'the receipt box') await openReceipt(p, first.receipt);
    const opened = await shown(p);
    assert.deepEqual(opened.answers, first.answers, how);
    assert.deepEqual(opened.decision, first.decision, `${how}: the laptop's rules did not change`);
    const text = await notice(p);
    const [, made, current] = /made under version (\w\w) of the shop's policy; this checker has version (\w\w)\./.exec(text) ?? [];
    assert.equal(made, label, `${how}: ${text}`);
    assert.ok(current && current !== made, text);
    // The answers on the answer screen are the receipt's: the laptop among them.
    assert.match(await checker(p).locator('eligibility-answer').evaluate((el) => el.shadowRoot?.textContent ?? el.textContent), /Laptop/);
    // Its new receipt is of this version.
    assert.equal(opened.receipt.replace(/-/g, '').slice(1, 3), current);
  }
});

test('its own product removed since: support is told, sees the answers read, and only the product is asked again', async (t) => {
  const first = await receipt(t);
  const label = first.receipt.replace(/-/g, '').slice(1, 3);
  const p = await open(t, 'removed.html', LATER);
  await openReceipt(p, first.receipt);
  await checker(p).locator('.notice').waitFor();
  assert.equal(await screen(p), 'product');
  const text = await notice(p);
  assert.match(text, new RegExp(`made under version ${label} of the shop's policy; this checker has version \\w\\w, which does not have some of its answers, so they are asked again`), text);
  const products = await checker(p).locator('form[data-question="product"] input[type=radio]').evaluateAll((rs) => rs.map((r) => r.value));
  assert.deepEqual(products, ['headphones', 'clearance-item']);
  // The answers read are listed, open: every one but the product.
  assert.equal(await checker(p).locator('details.so-far').getAttribute('open'), '');
  const { product, ...rest } = first.answers;
  const kept = await checker(p).evaluate((el) => el.answers);
  assert.equal(product, 'laptop');
  assert.equal(kept.product, undefined);
  assert.equal(kept.asOf, MADE);
  for (const key of ['seller', 'country', 'receivedDate', 'returnReason']) assert.equal(kept[key], rest[key], key);
  const rows = await checker(p).locator('details.so-far .summary dt').count();
  assert.equal(rows, Object.keys(kept).length - 1, 'a row for each answer read (asOf is not one)');
  const summary = await checker(p).locator('details.so-far .summary').textContent();
  assert.match(summary, /Germany/);
  // Support picks the product the shopper now has: nothing else already answered is asked again.
  const asked = await interview(p, { ...LAPTOP, product: 'headphones' });
  assert.equal(asked[0], 'product');
  for (const key of ['seller', 'country', 'receivedDate', 'returnReason']) assert.ok(!asked.includes(key), `asked again: ${asked}`);
  const after = await shown(p);
  assert.equal(after.answers.receivedDate, LAPTOP.receivedDate);
  assert.equal(after.answers.product, 'headphones');
});
