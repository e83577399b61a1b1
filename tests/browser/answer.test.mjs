// The answer screen leads with the best option (issue 11): for five shoppers,
// in every language of www/languages.js, at 390×844 and 1280×800, the best-option
// block and its one primary action are on the first screen, and the whole
// answer (details collapsed) fits in two screens of a phone. No clause id or
// English citation shows in another language; a "No" never says "covered
// until" or "by <date>"; the action goes to whoever owes the remedy (the
// maker's address for the policy's outcomes, a letter for the seller for the
// law's). Screenshots of each story go to test-artifacts/answer-*.png, and
// the heights to test-artifacts/answer-heights.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, SHOPPER, WWW, axe, give, interview, settled, setup, shown, textsIn, visit } from './helpers.mjs';
import { LANGUAGES } from '../../www/languages.js';
import { encodeReceipt } from '../../www/receipt.js';

// The default policy's vocabulary, as the page ships it (tests/vocabulary_js.rs keeps it the engine's).
const vocab = await import(join(WWW, 'vocabulary.js'));
const MAKER = vocab.contact;

const env = setup();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

// Each story: the day of the check, the shopper's answers (over SHOPPER), and
// what the best option must be.
const STORIES = {
  'us-return': { today: '2026-11-20', answers: { receivedDate: '2026-11-10' }, best: 'return', to: MAKER },
  'de-legal-guarantee': { today: '2026-11-20', answers: { product: 'mi-power-bank', seller: 'other', country: 'DE', receivedDate: '2025-08-10' }, best: 'eu-legal-guarantee', to: null },
  'us-liquid-damage': { today: '2026-11-20', answers: { receivedDate: '2026-11-10', physicallyDamaged: true, cause: 'liquid' }, best: 'paid-repair', to: MAKER },
  'de-shop-warranty': { today: '2026-11-20', answers: { seller: 'other', country: 'DE', boughtOnline: false, receivedDate: '2026-11-12' }, best: 'warranty', to: MAKER },
  'es-changed-mind': { today: '2026-11-20', answers: { seller: 'other', country: 'ES', receivedDate: '2026-11-12', returnReason: 'changed-mind' }, best: 'eu-withdrawal', to: null },
};
const LANGS = LANGUAGES.map((l) => l.code);
const words = Object.fromEntries(LANGS.map((l) => [l, { ...JSON.parse(readFileSync(join(WWW, `locales/${l}.json`))), ...JSON.parse(readFileSync(join(WWW, `locales/${l}.extras.json`))) }]));

async function answerFor(t, story, lang, viewport = PHONE) {
  const { today, answers } = STORIES[story];
  const page = await visit(t, env, `${env.server.url}#lang=${lang}`, today, { viewport });
  await interview(page, { ...SHOPPER, ...answers });
  await shown(page);
  await settled(page);
  return page;
}

/** Where the best-option block and its action are, the page's height, and what the action is. */
const measure = (page) =>
  page.locator('eligibility-checker').evaluate((el) => {
    const root = el.shadowRoot;
    const box = (sel) => {
      const r = root.querySelector(sel).getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY };
    };
    const action = root.querySelector('[part~="primary-action"]');
    return { block: box('[part~="best-option"]'), action: box('[part~="primary-action"]'), height: document.documentElement.scrollHeight, href: action.getAttribute('href'), label: action.textContent };
  });

/** The visible text of the whole answer with every toggle open, the texts of the clauses and the law in. */
async function allText(page) {
  await page.locator('eligibility-checker').evaluate((el) => el.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
  await textsIn(page);
  return page.locator('eligibility-checker .screen').innerText();
}

const heights = {};

for (const [story, { best, to }] of Object.entries(STORIES)) {
  test(`${story}: the best option and its action lead, in every language, on a phone and a desktop`, async (t) => {
    for (const lang of LANGS) {
      const page = await answerFor(t, story, lang);
      const decision = await page.locator('eligibility-checker').evaluate((el) => el.decision);
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        const m = await measure(page);
        const where = `${story}, ${lang}, ${viewport.width}×${viewport.height}`;
        assert.ok(m.block.top >= 0 && m.block.bottom <= viewport.height, `${where}: the best-option block ends at ${m.block.bottom} px`);
        assert.ok(m.action.bottom <= viewport.height, `${where}: the primary action ends at ${m.action.bottom} px`);
        if (viewport === PHONE) {
          heights[`${story}-${lang}`] = m.height;
          assert.ok(m.height <= 2 * viewport.height, `${where}: the answer is ${m.height} px tall, more than two screens`);
        }
        await page.screenshot({ path: join(ARTIFACTS, `answer-${story}-${lang}-${viewport.width}.png`), fullPage: true });
      }
      // The best option is the one expected, in the shopper's words.
      const headline = await page.locator('eligibility-checker [part~="best-option"] .headline').textContent();
      assert.ok(headline.includes(words[lang].remedies[best].best), `${story}, ${lang}: the best option reads "${headline}"`);
      // The action goes to whoever owes the remedy.
      const m = await measure(page);
      if (to) {
        assert.ok(m.href?.startsWith(`mailto:${to}?`), `${story}, ${lang}: the action writes to ${to}, not ${m.href}`);
        const body = decodeURIComponent(m.href.split('body=')[1]);
        for (const blank of ['order', 'serial', 'name', 'address']) assert.ok(body.includes(`${words[lang].mail[blank]} ____`), `${story}, ${lang}: the e-mail has a blank for ${blank}`);
        assert.ok(body.includes(words[lang].remedies[best].ask.split('{product}')[0]), `${story}, ${lang}: the e-mail says what is asked`);
      } else {
        // The seller's address is unknown: a letter to copy, with no maker address anywhere in the action.
        assert.equal(m.href, null);
        assert.ok(!m.label.includes('@'));
        assert.equal(m.label, words[lang].ui.copyLetter);
        assert.ok(!(await page.locator('eligibility-checker [part~="best-option"]').textContent()).includes(MAKER), `${story}, ${lang}: the maker's address is offered for the seller's remedy`);
        const open = await page.locator('eligibility-checker [part~="best-option"] a').getAttribute('href');
        assert.match(open, /^mailto:\?subject=/);
      }
      // A "No" never shows "covered until" / "by <date>": no open-period words of a refused assessment.
      const text = await allText(page);
      for (const [id, a] of [['return', decision.return], ['warranty', decision.warranty], ...decision.statutory.map((s) => [s.id, s])]) {
        if (a.outcome === 'eligible') continue;
        const open = words[lang].assessments[id].open.split('{date}')[0].trim();
        const card = await page.locator(`eligibility-checker [part~="${id}"]`).innerText();
        assert.ok(!card.includes(open), `${story}, ${lang}: the refused ${id} says "${open}"`);
      }
      // No clause id or citation id on screen; in any other language no English law name either.
      const ids = [...vocab.clauses.map((c) => c.id), ...vocab.citations.map((c) => c.id)].filter((id) => id.includes('.'));
      assert.deepEqual(ids.filter((id) => text.includes(id)), [], `${story}, ${lang}: clause ids on screen`);
      if (lang !== 'en') {
        const english = vocab.citations.map((c) => c.source).filter((s) => text.includes(s));
        assert.deepEqual(english, [], `${story}, ${lang}: English citations on screen`);
        // "Directive" is French too: the English form is "Directive (EU)" or ".../EU".
        assert.doesNotMatch(text, /\bRegulation\b|\bDirective (\(EU\)|\d{4}\/\d+\/EU)/);
      }
    }
  });
}

test('the page has the whole question list, the country options taken from the engine, and writes the receipt by it', async (t) => {
  const page = await answerFor(t, 'us-return', 'en');
  const seen = await page.locator('eligibility-checker').evaluate((el) => ({ questions: el.shadowRoot.querySelector('eligibility-answer').vocabulary.questions, receipt: el.receipt, answers: el.answers }));
  // vocabulary.js has them (tests/vocabulary_js.rs); the element, all but the country options.
  assert.equal(seen.questions.find((q) => q.id === 'country').options.length, 249);
  assert.deepEqual(seen.questions, vocab.questions);
  assert.equal(seen.receipt, encodeReceipt(seen.answers, vocab.questions));
  assert.deepEqual(page.problems, []);
});

test('a refusal inside the warranty period (liquid damage): what ends it, what can still be done, no "covered until"', async (t) => {
  const page = await answerFor(t, 'us-liquid-damage', 'en');
  const block = await page.locator('eligibility-checker [part~="best-option"]').innerText();
  assert.match(block, /No free return or repair is open/);
  assert.match(block, /Not covered: Water or another liquid\./);
  assert.match(block, /Ask about a paid repair/);
  const text = await allText(page);
  assert.doesNotMatch(text, /covered until/i);
  assert.doesNotMatch(text, /days left/);
  // The cause alone ends the warranty check, so the part is not asked and the
  // period's end (which depends on the part) is not known: no date at all.
  const decision = await page.locator('eligibility-checker').evaluate((el) => el.decision);
  assert.equal(decision.warranty.deadline, null);
  assert.doesNotMatch(text, /would have run until [^\n]*2027/);
});

test('a shop purchase in the EU: the refused withdrawal gives no "tell the seller by"', async (t) => {
  for (const lang of LANGS) {
    const page = await answerFor(t, 'de-shop-warranty', lang);
    const card = await page.locator('eligibility-checker [part~="eu-withdrawal"]').evaluate((el) => el.textContent);
    assert.ok(!card.includes(words[lang].assessments['eu-withdrawal'].open.split('{date}')[0].trim()), `${lang}: ${card}`);
    // No withdrawal period exists for a shop sale (2011/83/EU Art. 9(1)): no date at all, not even as what would have been.
    const decision = await page.locator('eligibility-checker').evaluate((el) => el.decision);
    assert.equal(decision.statutory.find((s) => s.id === 'eu-withdrawal').deadline, null);
    assert.ok(!card.includes(words[lang].ui.wouldHaveRun.split('{date}')[0]), `${lang}: no period, so no date: ${card}`);
  }
});

test('the clause ids stay in the data and the printed view', async (t) => {
  const page = await answerFor(t, 'us-return', 'de');
  const decision = await page.locator('eligibility-checker').evaluate((el) => el.decision);
  assert.equal(decision.return.reasons[0].clause, 'return.window');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const printed = await page.locator('eligibility-checker .screen').innerText();
  assert.ok(printed.includes('(return.window)'), 'the printed view names the clause');
});

test('part names come from the product, and an ended warranty says when it ended', async (t) => {
  // The part question of the headphones: the earphones, nothing of the Mi Band.
  const page = await visit(t, env, `${env.server.url}#product=mi-headphones&seller=mi-com&country=US&receivedDate=2026-09-01&returnReason=defect&cause=defect`, '2026-11-20');
  await page.locator('eligibility-checker form[data-question="part"]').waitFor();
  const options = await page.locator('eligibility-checker form[data-question="part"] .opt').allTextContents();
  assert.ok(options.includes('The earphones'), options.join(' | '));
  assert.ok(!options.some((o) => /Mi Band|sensor/.test(o)), options.join(' | '));
  // A power bank two years on: the part is not asked, and the end date is still said.
  const old = await answerFor(t, 'de-legal-guarantee', 'en');
  const text = await allText(old);
  assert.match(text, /The main unit's cover ended on Monday, August 10, 2026\./);
});

test('what to prepare for a return, and the RMA\'s validity in the policy\'s words', async (t) => {
  const page = await answerFor(t, 'us-return', 'en');
  await allText(page);
  const prepare = await page.locator('eligibility-checker [part~="next-steps"] .prepare').innerText();
  for (const thing of [/order number/, /Proof of purchase/, /serial number/, /original packaging/, /RMA is valid for 30 days/]) assert.match(prepare, thing);
});

test('the copied letter for the seller, in the shopper\'s language', async (t) => {
  const page = await answerFor(t, 'de-legal-guarantee', 'de');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('eligibility-checker [part~="primary-action"]').click();
  await page.locator('eligibility-checker [role=status]').getByText(words.de.ui.letterCopied).waitFor();
  const letter = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(letter, /^Mängelanzeige \(gesetzliche Gewährleistung\): Mi Power Bank/);
  for (const blank of ['Bestellnummer:', 'Seriennummer:', 'Name:', 'Adresse:']) assert.ok(letter.includes(`${blank} ____`), blank);
  assert.ok(!letter.includes(MAKER));
});

test('the progress line never goes up, and the country is picked, not passed', async (t) => {
  const page = await visit(t, env, env.server.url, '2026-11-20');
  const seen = [];
  const answers = { ...SHOPPER, receivedDate: '2026-11-10' };
  for (let id = await page.locator('eligibility-checker form[data-question]').getAttribute('data-question'); id; ) {
    const progress = await page.locator('eligibility-checker [part=progress]').textContent();
    assert.match(progress, /^Question \d+$/);
    seen.push(Number(progress.match(/\d+/)[0]));
    if (id === 'country') {
      // The browser's country is offered, not chosen: Next alone is refused.
      assert.equal(await page.locator('eligibility-checker input[value="US"]').isChecked(), false);
      await page.locator('eligibility-checker button[type=submit]').click();
      await page.locator('eligibility-checker #q-error').getByText('Choose a country from the list.').waitFor();
      // A beginning of a name is enough when only one country has it.
      await page.locator('eligibility-checker input[name=search]').fill('germ');
      await page.locator('eligibility-checker button[type=submit]').click();
      await page.waitForFunction(() => document.querySelector('eligibility-checker').shadowRoot.querySelector('form[data-question]')?.dataset.question !== 'country');
      assert.equal(await page.locator('eligibility-checker').evaluate((el) => el.answers.country), 'DE');
      break;
    }
    await give(page, id, answers[id]);
    id = await page.locator('eligibility-checker form[data-question]').getAttribute('data-question');
  }
  assert.deepEqual(seen, seen.map((_, i) => i + 1), 'one more each question');
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation on the answer screens, every toggle open (${colorScheme})`, async (t) => {
    for (const story of Object.keys(STORIES)) {
      const page = await visit(t, env, env.server.url, STORIES[story].today, { colorScheme, viewport: PHONE });
      await interview(page, { ...SHOPPER, ...STORIES[story].answers });
      await shown(page);
      await axe(page, `${story} (${colorScheme})`);
      await allText(page);
      await axe(page, `${story}, open (${colorScheme})`);
    }
  });
}

test('the answer heights on a phone, written to test-artifacts/answer-heights.json', (t) => {
  assert.equal(Object.keys(heights).length, Object.keys(STORIES).length * LANGS.length, 'every story was measured');
  writeFileSync(join(ARTIFACTS, 'answer-heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
  t.diagnostic(`390×844, details collapsed: ${Object.entries(heights).map(([k, v]) => `${k} ${v} px`).join(', ')}`);
});
