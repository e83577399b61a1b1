// Every word the page can need, in every language: each question, option,
// reason, condition, step, error and clause id that the engine's vocabulary()
// lists has words in every language of www/languages.js, with the same
// {placeholders} and keys as English.
// Countries are named by Intl.DisplayNames, so each must have a real name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW } from './helpers.mjs';
import { LANGUAGES } from '../../www/languages.js';

// The default policy's vocabulary, as the page ships it (tests/vocabulary_js.rs keeps it the engine's).
const vocab = await import(join(WWW, 'vocabulary.js'));
const LANGS = LANGUAGES.map((l) => l.code);
// The policy's two assessments and the law's.
const ASSESSMENTS = vocab.assessments;
// A language's words come in four files: the first question's, the answer
// screen's, the texts of the clauses and the law, which only an opened
// toggle needs (the answer screen fetches them then), and the error
// messages, which only an answer the engine refuses needs.
const file = (name) => JSON.parse(readFileSync(join(WWW, 'locales', `${name}.json`), 'utf8'));
const TEXTS = ['clauses', 'sources'];
const words = Object.fromEntries(
  LANGS.map((l) => {
    const [interview, answer, texts, errors] = [file(l), file(`${l}.extras`), file(`${l}.texts`), file(`${l}.errors`)];
    for (const k of Object.keys(answer)) if (k !== 'ui') assert.ok(!(k in interview), `${l}: ${k} in both files`);
    for (const k of Object.keys(answer.ui)) assert.ok(!(k in interview.ui), `${l}: ui.${k} in both files`);
    assert.deepEqual(Object.keys(texts).sort(), TEXTS, `${l}.texts.json holds the clauses and the sources, nothing else`);
    for (const k of TEXTS) assert.ok(!(k in interview) && !(k in answer), `${l}: ${k} outside ${l}.texts.json`);
    assert.deepEqual(Object.keys(errors), ['errors'], `${l}.errors.json holds the error messages, nothing else`);
    assert.ok(!('errors' in interview) && !('errors' in answer) && !('errors' in texts), `${l}: errors outside ${l}.errors.json`);
    return [l, { ...interview, ...answer, ...texts, ...errors, ui: { ...interview.ui, ...answer.ui } }];
  }),
);

/** Every key the page looks up for the engine's vocabulary. */
function needed() {
  const keys = [];
  for (const q of vocab.questions) {
    if (q.id === 'asOf') continue;
    keys.push(`questions.${q.id}.title`);
    if (q.kind === 'date-or-none') keys.push(`questions.${q.id}.none`, `questions.${q.id}.some`);
    if (q.kind === 'choice' && q.id !== 'country') for (const o of q.options) keys.push(`options.${q.id}.${o}`);
  }
  for (const [group, codes] of [['reasons', vocab.reasons], ['conditions', vocab.conditions], ['steps', vocab.steps], ['errors', vocab.errors]]) {
    for (const c of codes) keys.push(`${group}.${c}`);
  }
  for (const c of vocab.notices ?? []) keys.push(`notices.${c}`);
  for (const c of [...vocab.clauses, ...(vocab.citations ?? [])]) keys.push(`clauses.${c.id ?? c}`);
  // Each provision of law is named in the shopper's language ("Richtlinie (EU) 2019/771, Art. 10").
  for (const c of vocab.citations ?? []) keys.push(`sources.${c.id}`);
  for (const id of ASSESSMENTS) for (const w of ['title', 'eligible', 'not-eligible', 'undetermined', 'open', 'ended']) keys.push(`assessments.${id}.${w}`);
  return keys;
}

const lookup = (obj, path) => {
  const [group, ...rest] = path.split('.');
  if (group === 'clauses' || group === 'sources') return obj[group]?.[rest.join('.')];
  return rest.reduce((o, k) => o?.[k], obj[group]);
};
// Words the page carries ahead of the engine change that brings the code
// (issue 11: a shopper who changed their mind reports no problem); once the
// engine lists it, it is checked like every other code.
const UPCOMING = ['reasons.no-problem-reported'].filter((k) => !vocab.reasons.includes(k.split('.')[1]));
const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

test('each locale file is of a language in the list, and each language has its four files', () => {
  const files = readdirSync(join(WWW, 'locales')).filter((f) => f.endsWith('.json')).sort();
  assert.deepEqual(files, LANGS.flatMap((l) => [`${l}.errors.json`, `${l}.extras.json`, `${l}.json`, `${l}.texts.json`]).sort());
  assert.equal(LANGS[0], 'en', 'English, the fallback, comes first');
  assert.equal(new Set(LANGS).size, LANGS.length);
  for (const { code, name } of LANGUAGES) assert.ok(/^[a-z]{2,3}$/.test(code) && name.trim(), `${code}: ${name}`);
});

test('the vocabulary lists every kind of code', () => {
  assert.ok(vocab.questions.length >= 14, 'questions');
  for (const k of ['reasons', 'conditions', 'steps', 'errors', 'clauses']) assert.ok(vocab[k].length > 0, k);
});

for (const lang of LANGS) {
  test(`${lang}: words for every question, option, code and clause`, () => {
    const ok = (w) => (Array.isArray(w) ? w.length > 0 && w.every(ok) : typeof w === 'string' && w.trim() !== '');
    const missing = needed().filter((k) => !ok(lookup(words[lang], k)));
    assert.deepEqual(missing, [], `${lang}.json lacks words for these`);
  });

  test(`${lang}: no words for codes the engine does not have`, () => {
    const known = new Set(needed());
    const extra = [];
    for (const group of ['reasons', 'conditions', 'steps', 'errors', 'notices', 'clauses', 'sources', 'assessments']) {
      for (const k of Object.keys(words[lang][group] ?? {})) {
        if (UPCOMING.includes(`${group}.${k}`)) continue;
        if (group === 'assessments' ? !ASSESSMENTS.includes(k) : !known.has(`${group}.${k}`)) extra.push(`${group}.${k}`);
      }
    }
    assert.deepEqual(extra, [], 'stale words');
  });

  test(`${lang}: the same placeholders as English, and the same keys`, () => {
    // Arrays are variants of one phrase: index by position, like keys.
    const flat = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, `${p}${k}/`) : [[`${p}${k}`, v]]));
    const en = new Map(flat(words.en));
    const here = new Map(flat(words[lang]));
    assert.deepEqual([...here.keys()].sort(), [...en.keys()].sort());
    for (const [k, v] of en) assert.equal(placeholders(here.get(k)), placeholders(v), `${lang} ${k}`);
  });

  test(`${lang}: every country option has a name`, () => {
    const country = vocab.questions.find((q) => q.id === 'country');
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    const unnamed = country.options.filter((c) => !names.of(c) || names.of(c) === c);
    assert.deepEqual(unnamed, []);
  });
}
