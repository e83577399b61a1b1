// <eligibility-answer>: the answer screen, fetched just after the first
// question is painted. It decides nothing: it puts the engine's decision into
// words. At the top, one block: the best thing to do now, its last day, and
// one action addressed to whoever owes that remedy (the maker's address for
// the policy's outcomes, the seller for the law's). Below it, collapsed:
// every outcome with its reasons and the texts they cite, what to prepare,
// the letter, the receipt and the answers. The element renders into the
// light DOM, inside <eligibility-checker>'s shadow root, whose styles (and
// `css` below) it uses; its parts are the checker's parts.
//
// Properties: `decision` (what `check` returned), `words` (the checker's
// translator), `answers` (with `asOf`), `receipt`, `link` (the address that
// opens the receipt, or null), `vocabulary`, `presets` (answers the host page
// set), `today`, `headingLevel`, and `loadTexts` (a function that loads the
// texts of the policy's clauses and of the law, `clauses` and `sources`, and
// resolves to the translator with them: the screen asks for them only when the
// shopper opens a toggle that shows one, or prints). Events (bubbling, not composed):
// `change-answer` ({ key }), `check-today`, `start-over`, `announce`
// ({ text }), `print`; and `contact` (composed, cancelable: the host's own
// support instead of the e-mail) when the shopper takes the primary action.
//
// The module also exports what the question screens show once it is loaded:
// `aside` (the answers so far, the receipt box) and the receipt encoder. The
// reader of receipt codes stays in receipt.js, its own file in the built page
// (scripts/bundle.mjs): fetched when the shopper opens the receipt box, never
// in an interview.
import { h } from './dom.js';
import { encodeReceipt } from './receipt.js';

export { encodeReceipt };

const DAY = 86400000;
const utc = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const daysBetween = (from, to) => Math.round((utc(to) - utc(from)) / DAY);
const formats = new WeakMap();

/** The checker's translator, with the dates, numbers and plurals these screens need. */
function more(t) {
  if (!formats.has(t)) {
    const long = new Intl.DateTimeFormat(t.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(t.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(t.locale);
    const plural = new Intl.PluralRules(t.locale);
    const m = {
      ...t,
      date: (iso) => long.format(utc(iso)),
      /** A clause's text; clause ids have dots of their own. */
      clause: (id) => t.words.clauses?.[id] ?? id,
      /** A provision's source in the shopper's language ("Richtlinie (EU) 2019/771, Art. 10"). */
      source: (id) => t.words.sources?.[id] ?? id,
      /** A phrase with plural forms, such as `{ one: '1 day left', other: '{n} days left' }`. */
      count(path, n) {
        const forms = t.lookup(path) ?? {};
        return t.fill(forms[plural.select(n)] ?? forms.other ?? path, { n: number.format(n) });
      },
      /** "12 days left", "today is the last day". */
      left: (days) => (days === 0 ? t.text('ui.lastDay') : m.count('ui.daysLeft', days)),
      /** A part in the words of its product ("The earphones"), else in general words. */
      part: (product, part) => t.words.partsOf?.[product]?.[part] ?? t.text(`options.part.${part}`),
      /** The words for one answer's value; `answers` names the product a part belongs to. */
      value(q, v, answers = {}) {
        if (q.kind === 'yes-no') return t.text(v ? 'ui.yes' : 'ui.no');
        if (q.kind === 'date-or-none' && v === null) return t.text(`questions.${q.id}.none`);
        if (q.kind === 'date' || q.kind === 'date-or-none') return short.format(utc(v));
        if (q.id === 'country') return t.country(v);
        if (q.id === 'part') return m.part(answers.product, v);
        return t.text(`options.${q.id}.${v}`);
      },
    };
    formats.set(t, m);
  }
  return formats.get(t);
}

const MARK = { eligible: '✓', 'not-eligible': '✕', undetermined: '?' };

export const css = `
eligibility-answer{display:block}
.so-far,.open-receipt{margin-top:1.2rem;border-top:1px solid var(--ln);padding-top:.6rem}
.summary{margin:0}
.row{display:flex;flex-wrap:wrap;gap:0 1rem;padding:.45rem 0;border-bottom:1px solid var(--ln)}
dt{flex:1 1 14rem;color:var(--mu)}
dd{flex:1 1 12rem;margin:0;font-weight:600}
dd a,dd .link{font-weight:400;margin-left:.4rem}
.link{background:none;border:0;padding:0;color:var(--a);text-decoration:underline;cursor:pointer}
.best{border:2px solid var(--maybe);border-radius:var(--r);padding:.4rem 1rem .8rem;background:var(--card);margin:.6rem 0}
.best[data-outcome=eligible]{border-color:var(--yes)}
.best[data-outcome=not-eligible]{border-color:var(--no)}
.best .label{margin:.3rem 0 0;color:var(--mu);font-size:.95rem}
.best .headline{margin:.1rem 0 .3rem}
.best .btn{width:100%;margin:.5rem 0 .2rem}
.best .to{margin:.2rem 0;color:var(--mu);font-size:.95rem;overflow-wrap:anywhere}
.cards{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr))}
.card{border:1px solid var(--ln);border-left:6px solid var(--maybe);border-radius:var(--r);padding:.2rem 1rem .6rem;background:var(--card);min-width:0}
.card[data-outcome=eligible]{border-left-color:var(--yes)}
.card[data-outcome=not-eligible]{border-left-color:var(--no)}
.headline{font-size:1.25rem;font-weight:700}
[data-outcome=eligible] .headline{color:var(--yes)}
[data-outcome=not-eligible] .headline{color:var(--no)}
[data-outcome=undetermined] .headline{color:var(--maybe)}
.reasons,.steps,.conditions,.prepare{padding-left:1.2rem}
.checklist{list-style:none;padding:0}
li{margin:.45rem 0}
.checklist label{display:flex;gap:.6rem;align-items:flex-start}
.texts{font-size:.92rem}
.texts p{color:var(--mu);border-left:3px solid var(--ln);padding-left:.6rem}
.more{border-top:1px solid var(--ln);padding:.5rem 0;margin:0}
.more>summary{font-weight:600;padding:.35rem 0}
.letter{white-space:pre-wrap;font:inherit;background:var(--card);border:1px solid var(--ln);border-radius:var(--r);padding:.6rem .8rem;overflow-wrap:anywhere}
.code{font:700 1.3rem/1.4 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.06em;overflow-wrap:anywhere}
.cid{display:none}
@media print{.texts summary,.texts:not(:has(p)){display:none}.cid{display:inline}.card,.best{break-inside:avoid;background:none}}
`;

/** The assessments to show, as [id, assessment]: the policy's two, then the law's. */
export const assessments = (d) => [['return', d.return], ['warranty', d.warranty], ...(d.statutory ?? []).map((s) => [s.id, s])];

// Which next step carries out which assessment's remedy (codes from docs/codes.md).
const STEP_OF = {
  'request-rma': 'return',
  'request-return': 'return',
  'ship-with-rma': 'return',
  'contact-seller': 'return',
  'request-warranty-service': 'warranty',
  'contact-support': 'warranty',
  withdraw: 'eu-withdrawal',
  'claim-legal-guarantee': 'eu-legal-guarantee',
};
// Money back before a repair; within each, the policy's remedy before the
// law's (the legal guarantee outlasts the warranty, the policy's return is
// what the maker's service handles).
const PREFERENCE = ['return', 'eu-withdrawal', 'warranty', 'eu-legal-guarantee'];
// What to have at hand for each remedy (words under `prepare`).
const PREPARE = {
  return: ['order-number', 'proof', 'serial', 'packaging'],
  warranty: ['order-number', 'proof', 'serial', 'photos', 'description', 'backup'],
  'eu-withdrawal': ['order-number', 'packaging'],
  'eu-legal-guarantee': ['order-number', 'proof', 'photos', 'description'],
  'paid-repair': ['proof', 'serial', 'photos', 'description'],
  question: ['order-number', 'proof'],
};

/**
 * The best thing to do now: `{ id, remedy, assessment, step, contact, deadline }`,
 * where `id` is an assessment id, or `paid-repair` / `question` when nothing
 * is open; `remedy` names its words (under `remedies`); `contact` is the address to write to, or null when it is the
 * seller's, which the page does not know.
 */
export function bestOption(d, vocabulary, answers) {
  const all = Object.fromEntries(assessments(d));
  const stepFor = (id) => d.nextSteps.find((s) => STEP_OF[s.code] === id && s.code !== 'contact-seller' && s.code !== 'contact-support');
  for (const id of PREFERENCE) {
    const a = all[id];
    if (a?.outcome !== 'eligible') continue;
    const step = stepFor(id);
    // The law's remedies are owed by the seller: an address only when the
    // engine gives one (the seller is the policy's own shop).
    const contact = step?.contact ?? (id === 'return' || id === 'warranty' ? vocabulary.contact : null);
    // A policy without return numbers asks for the return itself.
    const remedy = step?.code === 'request-return' ? 'return-plain' : id;
    return { id, remedy, assessment: a, step, contact, deadline: step?.date ?? a.deadline };
  }
  // Nothing open: with a problem, a paid repair through the maker's service;
  // with nothing wrong, a question to the maker (and the seller's own terms).
  const id = answers.returnReason === 'changed-mind' ? 'question' : 'paid-repair';
  return { id, remedy: id, assessment: null, step: null, contact: d.nextSteps.find((s) => s.contact)?.contact ?? vocabulary.contact, deadline: null };
}

/** The best option first, then one line per assessment, for screen readers. */
export const headlines = (t, d, vocabulary, answers) => {
  const best = bestOption(d, vocabulary, answers);
  const lines = assessments(d).map(([id, a]) => `${t.text(`assessments.${id}.title`)}: ${t.text(`assessments.${id}.${a.outcome}`)}.`);
  return [`${t.text(`remedies.${best.remedy}.best`)}.`, ...lines].join(' ');
};

/** An assessment's date line; a "No" never says "covered until". */
function deadline(t, id, a, asOf) {
  const iso = a.deadline;
  if (!iso) return null;
  const days = daysBetween(asOf, iso);
  const date = t.date(iso);
  if (days < 0) return t.text(`assessments.${id}.ended`, { date, ago: t.count('ui.daysAgo', -days) });
  if (a.outcome !== 'eligible') return t.text('ui.wouldHaveRun', { date });
  return t.text(`assessments.${id}.open`, { date, left: t.left(days) });
}

/** A reason, condition, step or notice in words, its values formatted. */
function item(t, group, it, questions, answers) {
  const values = {};
  for (const [k, v] of Object.entries(it)) {
    if (k === 'code' || k === 'clause' || v === null || v === undefined) continue;
    const q = questions.find((x) => x.id === k);
    if (k === 'date' || k === 'orderDate') values[k] = t.date(v);
    else if (k === 'period') values[k] = v.months ? t.count('ui.months', v.months) : t.count('ui.days', v.days);
    else if (q) values[k] = t.value(q, v, answers);
    else values[k] = String(v);
  }
  // A code's words may come in variants, richest first: the first whose
  // {placeholders} the item fills is used (a value the engine left out).
  const words = t.lookup(`${group}.${it.code}`) ?? `${group}.${it.code}`;
  const variants = Array.isArray(words) ? words : [words];
  return t.fill(variants.find((w) => [...w.matchAll(/\{(\w+)\}/g)].every((m) => m[1] in values)) ?? variants.at(-1), values);
}

function answerText(t, questions, answers, id) {
  const q = questions.find((x) => x.id === id);
  return q && id in answers ? t.value(q, answers[id], answers) : '';
}

/** The facts and the outcomes as plain text, for the clipboard. */
function summaryText(t, d, questions, answers, receipt, link) {
  const lines = [t.text('ui.title'), t.text('ui.asOf', { date: t.date(answers.asOf) }), ''];
  for (const q of questions) if (q.id in answers && q.id !== 'asOf') lines.push(`${t.text(`questions.${q.id}.title`)} ${answerText(t, questions, answers, q.id)}`);
  for (const [id, a] of assessments(d)) {
    lines.push('', `${t.text(`assessments.${id}.title`)}: ${t.text(`assessments.${id}.${a.outcome}`)}`);
    const line = deadline(t, id, a, answers.asOf);
    if (line) lines.push(line);
    for (const r of a.reasons) lines.push(`- ${item(t, 'reasons', r, questions, answers)}`);
  }
  lines.push(...receiptLines(t, receipt, link));
  return lines.join('\r\n');
}

const receiptLines = (t, receipt, link) => (receipt ? ['', `${t.text('ui.receipt')}: ${receipt}`, ...(link ? [link] : [])] : []);

/**
 * The e-mail or letter for `best`, in the shopper's language: what is asked,
 * the facts, labelled blanks for what the service needs, the next steps, the
 * check's result and the receipt. Returns `{ subject, body }`.
 */
export function letter(t, best, d, questions, answers, receipt, link) {
  const product = answerText(t, questions, answers, 'product');
  const r = (key, values) => t.text(`remedies.${best.remedy}.${key}`, { product, ...values });
  const blank = (label) => `${t.text(`mail.${label}`)} ____________________`;
  const facts = [];
  for (const id of ['receivedDate', 'orderDate', 'seller', 'country']) {
    if (id in answers) facts.push(`${t.text(`questions.${id}.title`)} ${answerText(t, questions, answers, id)}`);
  }
  if (answers.returnReason === 'changed-mind') facts.push(t.text('mail.nothingWrong'));
  else if (answers.cause || answers.part) {
    const what = [answers.part && t.part(answers.product, answers.part), answers.cause && t.text(`options.cause.${answers.cause}`)].filter(Boolean).join(': ');
    facts.push(t.text('mail.problem', { what }));
  }
  if (answers.rmaIssuedOn) facts.push(`${t.text('questions.rmaIssuedOn.some')} ${answerText(t, questions, answers, 'rmaIssuedOn')}`);
  const next = t.lookup(`remedies.${best.remedy}.next`) ?? [];
  const outcome = best.assessment ? `${t.text(`assessments.${best.id}.title`)}: ${t.text(`assessments.${best.id}.eligible`)}` : t.text('ui.nothingOpen');
  const body = [
    t.text('mail.hello'),
    '',
    r('ask'),
    '',
    ...facts,
    '',
    t.text('mail.details'),
    blank('order'),
    blank('serial'),
    blank('name'),
    blank('address'),
    '',
    ...(next.length ? [t.text('mail.next'), ...next.map((s, i) => `${i + 1}. ${t.fill(s, { product })}`), ''] : []),
    t.text('mail.checked', { date: t.date(answers.asOf), outcome }),
    ...receiptLines(t, receipt, link).slice(1),
    '',
    t.text('mail.bye'),
  ];
  return { subject: r('subject'), body: body.join('\r\n') };
}

/** The answers given, each with a change control (not presets: the host page set those). */
function summary(t, questions, answers, presets, change) {
  const rows = questions
    .filter((q) => q.id in answers && q.id !== 'asOf')
    .map((q) => {
      const value = answers[q.id];
      const label = t.text(`questions.${q.id}.title`);
      const [href, go] = change(q.id);
      const attrs = { class: 'no-print', 'aria-label': t.text('ui.changeThis', { question: label }), onclick: (e) => (e.preventDefault(), go()) };
      const control = presets[q.id] !== value && (href ? h('a', { ...attrs, href }, t.text('ui.change')) : h('button', { ...attrs, type: 'button', class: 'link no-print' }, t.text('ui.change')));
      return h('div', { class: 'row' }, h('dt', {}, label), h('dd', {}, h('span', {}, t.value(q, value, answers)), ' ', control));
    });
  return h('dl', { class: 'summary', part: 'summary' }, rows);
}

/**
 * Below a question: the answers so far, and the box that opens a receipt
 * code. `change(id)` gives a change link's `[href, go]`; `fail` shows an
 * error; `openReceipt(code, read)` opens a receipt (`read` as readReceipt
 * gives it); `showAnswers` opens the answers so far (a receipt of another
 * version of the policy, some of whose answers are asked again).
 */
export function aside({ words, questions, answers, presets, asked, showAnswers, change, fail, openReceipt }) {
  const t = more(words);
  const input = h('input', { name: 'receipt', autocomplete: 'off', spellcheck: 'false', 'aria-label': t.text('ui.receipt') });
  const error = h('p', { class: 'error', role: 'alert' });
  const reader = () => import('./receipt.js');
  const open = (e) => {
    e.preventDefault();
    const code = input.value;
    reader().then(
      ({ readReceipt }) => {
        const read = readReceipt(code, questions);
        if (!read) return fail(error, input, t.text('ui.badReceipt'));
        openReceipt(code.trim().toUpperCase(), read);
      },
      () => fail(error, input, t.text('ui.receiptUnavailable')),
    );
  };
  return [
    asked.length > 0 && h('details', { class: 'so-far no-print', open: !!showAnswers }, h('summary', {}, t.text('ui.soFar', { n: asked.length })), summary(t, questions, answers, presets, change)),
    h(
      'details',
      // The reader comes while the shopper types the code.
      { class: 'open-receipt no-print', ontoggle: (e) => e.target.open && reader().catch(() => {}) },
      h('summary', {}, t.text('ui.haveReceipt')),
      h('form', { onsubmit: open }, input, ' ', h('button', { class: 'btn secondary' }, t.text('ui.open')), error),
    ),
  ].filter(Boolean);
}

let printSheet;
/**
 * Prints the checker alone (its print button): while the checker's `states`
 * hold `eligibility-print`, a sheet adopted by the host document hides every
 * other element of the page; both go when printing ends.
 */
export function printAlone(states) {
  const on = 'eligibility-print';
  if (!printSheet) (printSheet = new CSSStyleSheet()).replaceSync(`@media print{body :not(:has(:state(${on})),:state(${on})){display:none!important}}`);
  const others = () => document.adoptedStyleSheets.filter((s) => s !== printSheet);
  document.adoptedStyleSheets = [...others(), printSheet];
  states.add(on);
  addEventListener('afterprint', () => states.delete(on) && (document.adoptedStyleSheets = others()), { once: true });
  print();
}

export class EligibilityAnswer extends HTMLElement {
  decision = null;
  words = null;
  answers = {};
  receipt = null;
  link = null;
  vocabulary = null;
  presets = {};
  today = null;
  headingLevel = 2;
  loadTexts = null;
  #later = []; // [node, make]: make(words) gives what goes into node once the texts are loaded

  constructor() {
    super();
    // `toggle` does not bubble: heard while it goes down to the <details>.
    this.addEventListener('toggle', (e) => e.target.open && this.#later.some(([at]) => at.closest('details') === e.target) && this.#fillTexts().catch(() => {}), true);
  }

  connectedCallback() {
    if (!this.childElementCount) this.render();
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
  }

  /**
   * Loads the texts and puts each where this screen waits for it; when they
   * cannot be had (offline without the worker), an open toggle says so, and
   * the next opening tries again.
   */
  #fillTexts() {
    const later = this.#later;
    if (!later.length) return Promise.resolve();
    return this.loadTexts().then(
      (words) => {
        const w = more(words);
        for (const [at, make] of later.splice(0)) {
          at.querySelector(':scope > .unavailable')?.remove();
          at.append(...[make(w)].flat().filter(Boolean));
        }
      },
      (err) => {
        for (const [at] of later) if (at.matches('details') && !at.querySelector(':scope > .unavailable')) at.append(h('p', { class: 'unavailable' }, this.words.text('ui.textsUnavailable')));
        throw err;
      },
    );
  }

  /** Prints once the texts are in (the printed page shows every toggle open). */
  #print() {
    if (!this.#later.length) return this.#emit('print');
    this.#fillTexts()
      .catch(() => {})
      .then(() => this.isConnected && this.#emit('print'));
  }

  /** Draws the screen from the properties; the checker calls it after setting them. */
  render() {
    if (!this.decision || !this.words || !this.vocabulary) return;
    const d = this.decision;
    const t = more(this.words);
    const answers = this.answers;
    // The texts of the clauses and of the law come on their own (en.texts.json), when first needed.
    this.#later = [];
    const loaded = 'clauses' in t.words || !this.loadTexts;
    const withTexts = (at, make) => (loaded ? at.append(...[make(t)].flat().filter(Boolean)) : this.#later.push([at, make]));
    const { questions } = this.vocabulary;
    const asOf = answers.asOf;
    const n = Math.min(Math.max(this.headingLevel, 1), 5);
    const [lvl, sub] = [`h${n + 1}`, `h${n + 2}`];
    const best = bestOption(d, this.vocabulary, answers);
    const mail = letter(t, best, d, questions, answers, this.receipt, this.link);
    const said = (group, it) => item(t, group, it, questions, answers);
    const copy = (text, done) =>
      navigator.clipboard.writeText(text).then(
        () => this.#emit('announce', { text: t.text(done) }),
        () => this.#emit('announce', { text: t.text('ui.copyFailed') }),
      );
    const button = (label, onclick, part) => h('button', { type: 'button', class: 'btn secondary no-print', part, onclick }, t.text(label));

    // The texts a card's reasons and conditions cite, once each, under one
    // toggle: the policy's two outcomes cite its clauses; the law's rights and
    // the notices cite provisions of law, each named (tests/scenarios.rs holds
    // the engine to that).
    const texts = (items, law) => {
      const ids = [...new Set(items.map((i) => i.clause))];
      if (!ids.length) return null;
      const box = h('details', { class: 'texts' }, h('summary', {}, t.text(law ? 'ui.lawText' : 'ui.policyText')));
      withTexts(box, (w) => ids.map((id) => h('p', {}, law && h('strong', {}, w.source(id), ': '), w.clause(id), ' ', h('small', { class: 'cid' }, `(${id})`))));
      return box;
    };
    const stepsOf = (id) => d.nextSteps.filter((s) => STEP_OF[s.code] === id);
    const card = ([id, a]) =>
      h(
        'article',
        { class: 'card', part: `card ${id}`, 'data-outcome': a.outcome },
        h(sub, {}, t.text(`assessments.${id}.title`)),
        h('p', { class: 'headline', part: 'headline' }, h('span', { 'aria-hidden': 'true' }, MARK[a.outcome]), ' ', t.text(`assessments.${id}.${a.outcome}`)),
        deadline(t, id, a, asOf) && h('p', { class: 'deadline', part: 'deadline' }, deadline(t, id, a, asOf)),
        h('ul', { class: 'reasons' }, a.reasons.map((r) => h('li', {}, h('span', {}, said('reasons', r)), ' ', h('small', { class: 'cid' }, `(${r.clause})`)))),
        a.outcome === 'eligible' && stepsOf(id).length > 0 && h('ul', { class: 'steps' }, stepsOf(id).map((s) => h('li', {}, said('steps', s)))),
        a.conditions.length > 0 && h('ul', { class: 'conditions' }, a.conditions.map((c) => h('li', {}, said('conditions', c)))),
        texts([...a.reasons, ...a.conditions, ...stepsOf(id)], id !== 'return' && id !== 'warranty'),
      );

    const all = assessments(d);
    const notices = d.notices ?? [];
    const conditions = best.assessment?.conditions ?? [];
    const prepare = h('ul', { class: 'prepare' }, PREPARE[best.id].map((k) => h('li', {}, t.text(`prepare.${k}`))));
    if (best.id === 'return') {
      // The return number's validity: its last day once issued, else the policy's own words.
      const shipBy = d.nextSteps.find((s) => s.code === 'ship-with-rma');
      if (shipBy?.date) prepare.append(h('li', {}, t.text('prepare.rma-valid', { date: t.date(shipBy.date) })));
      else {
        // Whether the policy has a clause on it: a custom policy's vocabulary
        // lists its clauses; the default policy's list is not carried, and
        // its texts have one for each of its clauses and for no other
        // (tests/browser/locales.test.mjs).
        const rma = 'return.rma-validity';
        const listed = this.vocabulary.clauses?.some((c) => (c.id ?? c) === rma);
        if (listed !== false) withTexts(prepare, (w) => (listed || rma in (w.words.clauses ?? {})) && h('li', {}, w.clause(rma)));
      }
    }
    const days = best.deadline && daysBetween(asOf, best.deadline);
    const toSeller = !best.contact;
    // The host hears the primary action first, and may take it over (its own support chat).
    const contact = (e) => {
      const detail = { decision: d, answers, receipt: this.receipt, remedy: best.remedy, to: best.contact, subject: mail.subject, body: mail.body };
      const go = this.dispatchEvent(new CustomEvent('contact', { bubbles: true, composed: true, cancelable: true, detail }));
      if (!go) e.preventDefault();
      return go;
    };
    const mailto = `mailto:${best.contact ?? ''}?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.body)}`;
    // Nothing open: what ends it (the repair's reason, or the return's when nothing is wrong).
    const ends = !best.assessment && [d.warranty, d.return].map((a) => a.reasons.at(-1)).find((r) => r && r.code !== 'no-problem-reported');

    const block = h(
      'div',
      { class: 'best', part: 'best-option', 'data-outcome': best.assessment ? 'eligible' : 'not-eligible' },
      h('p', { class: 'label' }, t.text(best.assessment ? 'ui.best' : 'ui.nothingOpen')),
      h('p', { class: 'headline' }, best.assessment && h('span', { 'aria-hidden': 'true' }, `${MARK.eligible} `), t.text(`remedies.${best.remedy}.best`)),
      best.deadline && days >= 0 && h('p', { class: 'when' }, t.text('ui.bestBy', { date: t.date(best.deadline), left: t.left(days) })),
      ends && h('p', { class: 'when' }, said('reasons', ends)),
      toSeller
        ? [
            h('button', { type: 'button', class: 'btn', part: 'primary-action', onclick: (e) => contact(e) && copy(`${mail.subject}\r\n\r\n${mail.body}`, 'ui.letterCopied') }, t.text('ui.copyLetter')),
            h('p', { class: 'to' }, t.text('ui.toSeller'), ' ', h('a', { href: mailto, class: 'no-print', onclick: contact }, t.text('ui.openLetter'))),
          ]
        : [
            h('a', { class: 'btn', part: 'primary-action', href: mailto, onclick: contact }, t.text(`remedies.${best.remedy}.action`)),
            h('p', { class: 'to' }, t.text('ui.to', { contact: best.contact })),
          ],
      !best.assessment && d.return.reasons.some((r) => r.code === 'return-shop-not-covered') && h('p', { class: 'to' }, t.text('ui.shopTerms')),
    );

    const details = (label, part, ...content) => h('details', { class: 'more', part }, h('summary', {}, label), ...content);
    this.replaceChildren(...[
      h(
        'section',
        { class: 'answer', 'aria-labelledby': 'r-title' },
        h(lvl, { id: 'r-title', tabindex: '-1' }, t.text('ui.answer')),
        block,
        h('p', { class: 'asof' }, t.text('ui.asOf', { date: t.date(asOf) }), ' ', asOf !== this.today && button('ui.checkToday', () => this.#emit('check-today'), 'button today')),
      ),
      details(
        t.text('ui.allOutcomes', { n: all.length }),
        'outcomes',
        h('div', { class: 'cards' }, all.slice(0, 2).map(card)),
        all.length > 2 && [h(sub, { class: 'law-title' }, t.text('ui.law')), h('p', { class: 'help' }, t.text('ui.lawNote')), h('div', { class: 'cards' }, all.slice(2).map(card))],
      ),
      notices.length > 0 &&
        details(
          t.text('ui.notices'),
          'notices',
          h('ul', { class: 'reasons' }, notices.map((x) => h('li', {}, said('notices', x), ' ', h('small', { class: 'cid' }, `(${x.clause})`)))),
          texts(notices, true),
        ),
      details(
        t.text('ui.prepare'),
        'next-steps',
        prepare,
        conditions.length > 0 && [
          h(sub, {}, t.text('ui.checklist')),
          h('ul', { class: 'checklist' }, conditions.map((c) => h('li', {}, h('label', {}, h('input', { type: 'checkbox' }), ' ', said('conditions', c))))),
        ],
      ),
      details(t.text(toSeller ? 'ui.letterToSeller' : 'ui.theEmail'), 'letter', h('pre', { class: 'letter' }, `${mail.subject}\r\n\r\n${mail.body}`)),
      h(
        'div',
        { class: 'actions no-print' },
        button('ui.print', () => this.#print(), 'button print'),
        button('ui.copy', () => copy(summaryText(t, d, questions, answers, this.receipt, this.link), 'ui.copied'), 'button copy'),
      ),
      h(
        'section',
        { class: 'receipt', part: 'receipt', 'aria-labelledby': 'c-title' },
        h(sub, { id: 'c-title' }, t.text('ui.receipt')),
        h('p', {}, h('code', { class: 'code' }, this.receipt)),
        h('p', { class: 'help' }, t.text('ui.receiptHelp')),
      ),
      details(
        t.text('ui.yourAnswers'),
        'answers',
        summary(t, questions, answers, this.presets, (key) => [null, () => this.#emit('change-answer', { key })]),
      ),
      h('p', { class: 'actions no-print' }, button('ui.startOver', () => this.#emit('start-over'))),
    ].filter(Boolean));
  }
}

customElements.get('eligibility-answer') ?? customElements.define('eligibility-answer', EligibilityAnswer);
