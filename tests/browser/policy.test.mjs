// <eligibility-checker policy="URL">: a storefront's own policy, fetched once
// from the page's origin, validated, and never used when invalid.
//
// The policy exports need the engine built with the `policy` feature, which
// `make build` writes to www/pkg-policy/ (docs/policy.md, "Size"): this test
// serves a copy of www/, with it, beside the example policy and a broken one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAPTOP, ROOT, WWW, launch, startServer, openAt, interview, shown, checker, openTexts, give, screen } from './helpers.mjs';

let browser, server, dir;
const REWORDED = 'Ampere: that day has not come yet.';

const page = (file, attrs) =>
  readFileSync(join(WWW, 'embed.html'), 'utf8').replace(/<eligibility-checker[^>]*>/, `<eligibility-checker ${attrs}>`).replace(/<title>[^<]*</, `<title>${file}<`);

before(async () => {
  const engine = join(WWW, 'pkg-policy', 'eligibility_checker.js');
  if (!existsSync(engine)) throw new Error(`${engine} is missing: run 'make build' first`);
  dir = mkdtempSync(join(tmpdir(), 'ec-policy-'));
  cpSync(WWW, dir, { recursive: true });
  const shop = JSON.parse(readFileSync(join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'));
  writeFileSync(join(dir, 'ampere.json'), JSON.stringify(shop));
  const broken = structuredClone(shop);
  broken.return.window.period = { days: 0 };
  broken.causes[0].clause = 'warranty.nowhere';
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
  writeFileSync(join(dir, 'shop.html'), page('shop', 'policy="ampere.json" url-state="off"'));
  // A shop page in German: the element speaks its language (issue 13).
  writeFileSync(join(dir, 'shop-de.html'), page('shop-de', 'policy="ampere.json"').replace('<html lang="en">', '<html lang="de">'));
  writeFileSync(join(dir, 'broken.html'), page('broken', 'policy="broken.json" url-state="off"'));
  // The shop's words in English only: valid, and the page fills the other languages' gaps with them.
  writeFileSync(join(dir, 'english.json'), JSON.stringify({ ...shop, words: { en: shop.words.en } }));
  writeFileSync(join(dir, 'english-fr.html'), page('english-fr', 'policy="english.json" url-state="off" lang="fr"'));
  writeFileSync(join(dir, 'foreign.html'), page('foreign', 'policy="http://example.invalid/policy.json" url-state="off"'));
  // The shop rewords an error message (the page's come on their own, locales/<lang>.errors.json).
  writeFileSync(join(dir, 'reworded.json'), JSON.stringify({ ...shop, words: { ...shop.words, en: { ...shop.words.en, errors: { 'date-after-as-of': REWORDED } } } }));
  writeFileSync(join(dir, 'reworded.html'), page('reworded', 'policy="reworded.json" url-state="off"'));
  browser = await launch();
  server = await startServer(dir);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the shop policy decides, in its own words, and nothing leaves the origin', async () => {
  const p = await openAt(browser, `${server.url}shop.html`, '2026-03-16');
  await checker(p).locator('form[data-question="product"]').waitFor();
  const options = await checker(p).evaluate((el) => [...el.shadowRoot.querySelectorAll('form[data-question="product"] label')].map((l) => l.textContent));
  assert.deepEqual(options, ['Laptop', 'Headphones', 'A clearance item (marked final sale)']);
  const asked = await interview(p, LAPTOP);
  assert.equal(asked[0], 'product');
  assert.ok(asked.includes('opened'), `asked: ${asked}`);
  assert.ok(!asked.includes('originalPurchaser') && !asked.includes('rmaIssuedOn'), `asked: ${asked}`);
  const s = await shown(p);
  assert.equal(s.return.outcome, 'eligible');
  assert.equal(s.decision.return.deadline, '2026-03-16');
  assert.ok(s.return.reasons.includes('Bought from Ampere: its return policy applies.'), s.return.reasons.join(' | '));
  assert.equal(s.warranty.outcome, 'eligible');
  // The shop's clause texts, which come when "What the policy says" is opened.
  await openTexts(p);
  const text = await checker(p).evaluate((el) => el.shadowRoot.textContent);
  assert.match(text, /restocking fee of 10% of the price/);
  assert.match(text, /within 14 days from the day it was received/);
  assert.match(text, /service@ampere-electronics\.example/);
  // The shop's policy has no clause on how long a return number is valid:
  // "What to prepare" names none, and not the default policy's.
  const defaults = JSON.parse(readFileSync(join(WWW, 'locales', 'en.texts.json'), 'utf8')).clauses;
  const prepare = await checker(p).locator('ul.prepare').textContent();
  assert.ok(prepare.length > 0 && !prepare.includes(defaults['return.rma-validity']), prepare);
  // The best option is the shop's return, asked of the shop's own address (a return without a return number).
  const action = checker(p).locator('[part~="primary-action"]');
  assert.equal(await action.textContent(), 'Ask to return it');
  assert.match(await action.getAttribute('href'), /^mailto:service@ampere-electronics\.example\?subject=Return%20request%3A%20Laptop&/);
  assert.deepEqual(p.problems, []);
});

test('a clearance item is final sale, in the shopper\'s language', async () => {
  const p = await openAt(browser, `${server.url}shop-de.html`, '2026-03-05', { locale: 'de-DE' });
  await interview(p, { ...LAPTOP, product: 'clearance-item' });
  const s = await shown(p);
  assert.equal(s.return.outcome, 'not-eligible');
  assert.deepEqual(s.return.reasons, ['Abverkaufsartikel sind vom Umtausch ausgeschlossen und können nicht zurückgegeben werden.']);
  assert.equal(s.warranty.outcome, 'eligible');
  assert.equal(s.decision.warranty.deadline, '2026-05-31');
  assert.deepEqual(p.problems, []);
});

test("a refused answer is explained in the shop's words when its policy rewords the error message", async () => {
  const p = await openAt(browser, `${server.url}reworded.html`, '2026-03-16');
  for (let id = await screen(p); id !== 'receivedDate'; id = await screen(p)) await give(p, id, LAPTOP[id]);
  await give(p, 'receivedDate', '2026-04-01');
  await checker(p).locator('#q-error').getByText(REWORDED, { exact: true }).waitFor();
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test('a policy with English words only: shown in French, the page speaks French and the shop\'s words are its English ones, rewordings included', async () => {
  const shop = JSON.parse(readFileSync(join(ROOT, 'policies', 'ampere-electronics.json'), 'utf8'));
  const fr = JSON.parse(readFileSync(join(WWW, 'locales', 'fr.json'), 'utf8'));
  const p = await openAt(browser, `${server.url}english-fr.html`, '2026-03-16');
  const form = checker(p).locator('form[data-question="product"]');
  await form.waitFor();
  assert.equal(await form.locator('#q-title').textContent(), fr.questions.product.title);
  const options = await checker(p).evaluate((el) => [...el.shadowRoot.querySelectorAll('form[data-question="product"] label')].map((l) => l.textContent));
  assert.deepEqual(options, Object.values(shop.words.en.options.product));
  await interview(p, LAPTOP);
  const s = await shown(p);
  assert.equal(s.return.outcome, 'eligible');
  // The shop overrides this reason in English only: its English words stand in for French.
  assert.ok(s.return.reasons.includes(shop.words.en.reasons['return-shop-covered']), s.return.reasons.join(' | '));
  // The clause texts come on demand (locales/fr.texts.json), with the shop's words over them.
  const texts = await openTexts(p);
  assert.ok(texts.some((x) => x.includes(shop.words.en.clauses['returns.window'])), `the clause in the shop's English words: ${texts.join(' | ')}`);
  const text = await checker(p).evaluate((el) => el.shadowRoot.textContent);
  assert.ok(text.includes(shop.words.en.clauses['returns.window']), 'the clause in the shop\'s English words');
  assert.match(text, /Votre meilleure option/);
  assert.doesNotMatch(text, /www\.mi\.com/, 'the page\'s French words about the maker\'s shop, which the policy rewords in English');
  // A missing word would show as its lookup path (`clauses.returns.window`), or a placeholder unfilled.
  assert.doesNotMatch(text, /\b(clauses|options|reasons|conditions|steps)\.[a-z]|\{\w+\}/, 'no lookup path or placeholder stands in for words');
  assert.deepEqual(p.problems, []);
});

for (const [name, file, owner] of [
  ['an invalid policy', 'broken.html', /broken\.json is not valid and is not used:\n {2}\/return\/window\/period\/days: .*\[non-positive-period\]\n {2}\/causes\/0\/clause: .*\[undefined-clause\]/],
  ['a policy from another origin', 'foreign.html', /must come from this page's origin/],
]) {
  test(`${name} is never used: the site owner reads why in the console, the shopper a polite word`, async () => {
    const p = await openAt(browser, `${server.url}${file}`, '2026-03-10');
    const alert = checker(p).locator('p[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /not available right now/);
    assert.equal(await checker(p).locator('form[data-question]').count(), 0);
    assert.equal(await checker(p).evaluate((el) => el.decision), null);
    const errors = p.problems.filter((x) => x.startsWith('console: eligibility-checker:'));
    assert.equal(errors.length, 1, p.problems.join('\n'));
    assert.match(errors[0], owner);
    // Nothing else went wrong, and no request left the origin.
    assert.deepEqual(p.problems.filter((x) => !errors.includes(x)), []);
  });
}
