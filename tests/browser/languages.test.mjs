// French and Italian, end to end: a French shopper whose browser speaks
// French gets the interview and the answer in French (her remedy is the
// EU legal guarantee, with the law cited in French); an Italian shopper who
// picks Italiano in the language picker and changed his mind gets the right
// of withdrawal in Italian. Each question's heading, the buttons, the answer's
// headings, the best option, the dates and the citations are checked against
// the locale files; no English heading or citation shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOPPER, WWW, give, screen, settled, setup, textsIn, visit } from './helpers.mjs';
import { LANGUAGES } from '../../www/languages.js';

// The default policy's vocabulary, as the page ships it (tests/vocabulary_js.rs keeps it the engine's).
const vocab = await import(join(WWW, 'vocabulary.js'));
const file = (name) => JSON.parse(readFileSync(join(WWW, 'locales', `${name}.json`), 'utf8'));
const wordsOf = (l) => {
  const [a, b, c] = [file(l), file(`${l}.extras`), file(`${l}.texts`)];
  return { ...a, ...b, ...c, ui: { ...a.ui, ...b.ui } };
};
const en = wordsOf('en');

const env = setup();

/** Answers every question, checking on each that its heading and buttons are in `words`; returns the ids asked. */
async function interviewIn(page, words, answers) {
  const asked = [];
  for (let id = await screen(page); id !== 'answer'; id = await screen(page)) {
    assert.ok(id in answers, `asked ${id}`);
    const form = page.locator(`eligibility-checker form[data-question="${id}"]`);
    assert.equal(await form.locator('#q-title').textContent(), words.questions[id].title, `${id}: heading`);
    assert.equal(await form.locator('[part~=next]').textContent(), words.ui.next, `${id}: the Next button`);
    assert.equal(await form.locator('[part=progress]').textContent(), words.ui.progress.replace('{n}', asked.length + 1));
    if (asked.length > 0) assert.equal(await form.locator('[part~=back]').textContent(), words.ui.back);
    asked.push(id);
    await give(page, id, answers[id]);
  }
  return asked;
}

/** The answer screen's headings, its best option, and all its text with every toggle open (the texts of the clauses and the law in). */
async function answerScreen(page) {
  await page.locator('eligibility-checker').evaluate((el) => el.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
  await textsIn(page);
  return page.locator('eligibility-checker').evaluate((el) => {
    const root = el.shadowRoot;
    return {
      title: root.querySelector('[part=title]').textContent,
      headings: [...root.querySelectorAll('h1, h2, h3, h4, summary, .label')].map((x) => x.textContent.trim()),
      best: root.querySelector('[part~="best-option"] .headline').textContent,
      action: root.querySelector('[part~="primary-action"]').textContent,
      text: root.querySelector('.screen').innerText,
      lang: el.shadowRoot.querySelector('[lang]')?.lang,
      decision: el.decision,
    };
  });
}

/** Checks what every language's answer screen must have, in `lang`. */
function assertAnswerIn(shown, lang, words, best) {
  assert.equal(shown.lang, lang);
  assert.equal(shown.title, words.ui.title);
  for (const heading of [words.ui.answer, words.ui.best, words.ui.law]) assert.ok(shown.headings.includes(heading), `${lang}: the heading "${heading}" in ${JSON.stringify(shown.headings)}`);
  // No heading is left in English (the words that are the same in both, as "Question", aside).
  const english = new Set(Object.values(en.ui).filter((w) => typeof w === 'string' && !Object.values(words.ui).includes(w)));
  assert.deepEqual(shown.headings.filter((x) => english.has(x)), [], `${lang}: English headings`);
  assert.ok(shown.best.includes(words.remedies[best].best), `${lang}: the best option reads "${shown.best}"`);
  // The law is cited in the shopper's language, never in English.
  const cited = vocab.citations.filter((c) => shown.text.includes(words.sources[c.id]));
  assert.ok(cited.length > 0, `${lang}: no citation in the shopper's language`);
  assert.deepEqual(vocab.citations.map((c) => c.source).filter((s) => shown.text.includes(s)), [], `${lang}: English citations`);
  assert.doesNotMatch(shown.text, /\{\w+\}/, `${lang}: a placeholder is left`);
}

const longDate = (lang, iso) => new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('the language list: every language has its locale files, in the picker by its own name', async (t) => {
  const page = await visit(t, env, env.server.url, '2026-11-20');
  await screen(page);
  const options = await page.locator('eligibility-checker select[part=language] option').evaluateAll((os) => os.map((o) => [o.value, o.textContent, o.lang]));
  assert.deepEqual(options, LANGUAGES.map((l) => [l.code, l.name, l.code]));
});

test('French: a shopper in France whose power bank failed after a year: the legal guarantee, in French', async (t) => {
  const fr = wordsOf('fr');
  // The browser speaks French: the page picks it without being told.
  const page = await visit(t, env, env.server.url, '2026-11-20', { locale: 'fr-FR' });
  const asked = await interviewIn(page, fr, { ...SHOPPER, product: 'mi-power-bank', seller: 'other', country: 'FR', receivedDate: '2025-08-10' });
  assert.ok(asked.includes('country') && asked.includes('receivedDate'), asked.join(', '));
  await settled(page);
  const shown = await answerScreen(page);
  assertAnswerIn(shown, 'fr', fr, 'eu-legal-guarantee');
  // The seller owes the remedy: a letter to copy, in French.
  assert.equal(shown.action, fr.ui.copyLetter);
  const guarantee = shown.decision.statutory.find((s) => s.id === 'eu-legal-guarantee');
  assert.equal(guarantee.outcome, 'eligible');
  assert.equal(guarantee.deadline, '2027-08-10');
  assert.ok(shown.text.includes(longDate('fr', '2027-08-10')), `the deadline in French (${longDate('fr', '2027-08-10')})`);
  assert.match(shown.text, /mardi 10 août 2027/);
  assert.ok(shown.text.includes('Directive (UE) 2019/771, art. 10'), 'the guarantee period cited in French');
  assert.ok(shown.text.includes(fr.assessments['eu-legal-guarantee'].eligible));
});

test('Italian: a shopper in Italy who changed his mind picks Italiano: the right of withdrawal, in Italian', async (t) => {
  const it = wordsOf('it');
  const page = await visit(t, env, env.server.url, '2026-11-20');
  await screen(page);
  await page.locator('eligibility-checker select[part=language]').selectOption('it');
  await page.locator('eligibility-checker #q-title').getByText(it.questions.product.title).waitFor();
  assert.equal(await page.locator('eligibility-checker select[part=language]').getAttribute('aria-label'), it.ui.language);
  const asked = await interviewIn(page, it, { ...SHOPPER, seller: 'other', country: 'IT', receivedDate: '2026-11-12', returnReason: 'changed-mind' });
  assert.ok(asked.includes('returnReason'), asked.join(', '));
  await settled(page);
  const shown = await answerScreen(page);
  assertAnswerIn(shown, 'it', it, 'eu-withdrawal');
  const withdrawal = shown.decision.statutory.find((s) => s.id === 'eu-withdrawal');
  assert.equal(withdrawal.outcome, 'eligible');
  assert.equal(withdrawal.deadline, '2026-11-26');
  assert.match(shown.text, /giovedì 26 novembre 2026/);
  assert.ok(shown.text.includes(it.ui.daysLeft.other.replace('{n}', '6')), 'the days left, in Italian');
  assert.ok(shown.text.includes(it.assessments['eu-withdrawal'].eligible));
  assert.ok(shown.text.includes('Direttiva 2011/83/UE, art. 9, par. 1'), 'the withdrawal period cited in Italian');
  assert.equal(shown.action, it.ui.copyLetter);
});
