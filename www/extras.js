// What the element does not need for the first question, fetched right after
// it: the answer screen (every assessment side by side, the policy's return
// and warranty then the rights the law gives, the reasons with the clause or
// provision they cite, the next steps, the checklist, the notices, the
// decision receipt), the summary of answers with its change links, and the
// box that opens a receipt. It decides nothing: it puts the engine's decision
// into words. `v` is what the element hands over (see `#view()` there).
import { encodeReceipt, decodeReceipt } from './receipt.js';

export { encodeReceipt, decodeReceipt };

const DAY = 86400000;
const utc = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const formats = new WeakMap();

/** The element's translator, with the dates, numbers and plurals these screens need. */
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
      /** A phrase with plural forms, such as `{ one: '1 day left', other: '{n} days left' }`. */
      count(path, n) {
        const forms = t.lookup(path) ?? {};
        return t.fill(forms[plural.select(n)] ?? forms.other ?? path, { n: number.format(n) });
      },
      /** The words for one answer's value. */
      value(q, v) {
        if (q.kind === 'yes-no') return t.text(v ? 'ui.yes' : 'ui.no');
        if (q.kind === 'date-or-none' && v === null) return t.text(`questions.${q.id}.none`);
        if (q.kind === 'date' || q.kind === 'date-or-none') return short.format(utc(v));
        if (q.id === 'country') return t.country(v);
        return t.text(`options.${q.id}.${v}`);
      },
    };
    formats.set(t, m);
  }
  return formats.get(t);
}

const MARK = { eligible: '✓', 'not-eligible': '✕', undetermined: '?' };

export const css = `
.so-far,.open-receipt{margin-top:1.2rem;border-top:1px solid var(--ln);padding-top:.6rem}
.summary{margin:0}
.row{display:flex;flex-wrap:wrap;gap:0 1rem;padding:.45rem 0;border-bottom:1px solid var(--ln)}
dt{flex:1 1 14rem;color:var(--mu)}
dd{flex:1 1 12rem;margin:0;font-weight:600}
dd a{font-weight:400;margin-left:.4rem}
.cards{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr))}
.card{border:1px solid var(--ln);border-left:6px solid var(--maybe);border-radius:var(--r);padding:.2rem 1rem .6rem;background:var(--card);min-width:0}
.card[data-outcome=eligible]{border-left-color:var(--yes)}
.card[data-outcome=not-eligible]{border-left-color:var(--no)}
.headline{font-size:1.25rem;font-weight:700}
[data-outcome=eligible] .headline{color:var(--yes)}
[data-outcome=not-eligible] .headline{color:var(--no)}
[data-outcome=undetermined] .headline{color:var(--maybe)}
.reasons,.steps{padding-left:1.2rem}
.checklist{list-style:none;padding:0}
li{margin:.45rem 0}
.checklist label{display:flex;gap:.6rem;align-items:flex-start}
.clause{font-size:.92rem}
.clause p{color:var(--mu);border-left:3px solid var(--ln);padding-left:.6rem}
.code{font:700 1.3rem/1.4 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.06em;overflow-wrap:anywhere}
@media print{.clause summary{display:none}.card{break-inside:avoid;background:none}}
`;

/** The assessments to show, as [id, assessment]: the policy's two, then the law's. */
export const assessments = (d) => [['return', d.return], ['warranty', d.warranty], ...(d.statutory ?? []).map((s) => [s.id, s])];

/** One line per assessment, for screen readers. */
export const headlines = (t, d) => assessments(d).map(([id, a]) => `${t.text(`assessments.${id}.title`)}: ${t.text(`assessments.${id}.${a.outcome}`)}.`).join(' ');

/** "until Saturday 30 January 2027, 41 days left" or "ended on ..., 3 days ago", in the assessment's words. */
function deadline(t, id, iso, asOf) {
  const days = Math.round((utc(iso) - utc(asOf)) / DAY);
  const date = t.date(iso);
  if (days < 0) return t.text(`assessments.${id}.ended`, { date, ago: t.count('ui.daysAgo', -days) });
  return t.text(`assessments.${id}.open`, { date, left: days === 0 ? t.text('ui.lastDay') : t.count('ui.daysLeft', days) });
}

/** A reason, condition, step or notice in words, its values formatted. */
function item(t, group, it, questions) {
  const values = {};
  for (const [k, v] of Object.entries(it)) {
    if (k === 'code' || k === 'clause' || v === null || v === undefined) continue;
    const q = questions.find((x) => x.id === k);
    if (k === 'date' || k === 'orderDate') values[k] = t.date(v);
    else if (k === 'period') values[k] = v.months ? t.count('ui.months', v.months) : t.count('ui.days', v.days);
    else if (q) values[k] = t.value(q, v);
    else values[k] = String(v);
  }
  // A code's words may come in variants, richest first: the first whose
  // {placeholders} the item fills is used (a value the engine left out).
  const words = t.lookup(`${group}.${it.code}`) ?? `${group}.${it.code}`;
  const variants = Array.isArray(words) ? words : [words];
  return t.fill(variants.find((w) => [...w.matchAll(/\{(\w+)\}/g)].every((m) => m[1] in values)) ?? variants.at(-1), values);
}

const answerText = (v, id) => {
  const q = v.questions.find((x) => x.id === id);
  return q && id in v.answers ? more(v.t).value(q, v.answers[id]) : '';
};

/** The facts and the outcome as plain text, for the email and the clipboard. */
export function summaryText(v) {
  const { decision, asOf, questions, receipt } = v;
  const t = more(v.t);
  const lines = [t.text('ui.title'), t.text('ui.asOf', { date: t.date(asOf) }), ''];
  for (const q of questions) if (q.id in v.answers) lines.push(`${t.text(`questions.${q.id}.title`)} ${answerText(v, q.id)}`);
  for (const [id, a] of assessments(decision)) {
    lines.push('', `${t.text(`assessments.${id}.title`)}: ${t.text(`assessments.${id}.${a.outcome}`)}`);
    if (a.deadline) lines.push(deadline(t, id, a.deadline, asOf));
    for (const r of a.reasons) lines.push(`- ${item(t, 'reasons', r, questions)} (${r.clause})`);
  }
  if (receipt) {
    lines.push('', `${t.text('ui.receipt')}: ${receipt}`);
    if (/^https?:$/.test(location.protocol)) lines.push(`${location.origin}${location.pathname}${v.link(receipt)}`);
  }
  return lines.join('\r\n');
}

/** The nodes of the answer screen. */
export function answerScreen(v) {
  const { h, decision: d, asOf, questions } = v;
  const t = more(v.t);
  const [lvl, sub] = [v.level(1), v.level(2)];
  // A clause of the policy, or a provision of law (a citation, with its source).
  const law = Object.fromEntries((v.citations ?? []).map((c) => [c.id, c.source]));
  const clause = (id) =>
    h('details', { class: 'clause' }, h('summary', {}, id in law ? t.text('ui.lawText', { source: law[id] }) : t.text('ui.policyText', { id })), h('p', {}, t.clause(id)));
  const said = (group, it) => [h('span', {}, item(t, group, it, questions)), clause(it.clause)];
  const card = ([id, a]) =>
    h(
      'article',
      { class: 'card', part: `card ${id}`, 'data-outcome': a.outcome },
      h(sub, {}, t.text(`assessments.${id}.title`)),
      h('p', { class: 'headline', part: 'headline' }, h('span', { 'aria-hidden': 'true' }, MARK[a.outcome]), ' ', t.text(`assessments.${id}.${a.outcome}`)),
      a.deadline && h('p', { class: 'deadline', part: 'deadline' }, deadline(t, id, a.deadline, asOf)),
      h('ul', { class: 'reasons' }, a.reasons.map((r) => h('li', {}, said('reasons', r)))),
    );
  const conditions = assessments(d).flatMap(([, a]) => a.conditions);
  const notices = d.notices ?? [];
  const rights = assessments(d).slice(2);
  // The step's own address, else the policy's support address.
  const contact = d.nextSteps.find((s) => s.contact)?.contact ?? v.contact;
  const subject = t.text('ui.mailSubject', { product: answerText(v, 'product') });
  const body = `${t.text('ui.mailHello')}\r\n\r\n${summaryText(v)}\r\n\r\n${t.text('ui.mailBye')}`;
  const copy = () =>
    navigator.clipboard.writeText(summaryText(v)).then(
      () => v.announce(t.text('ui.copied')),
      () => v.announce(t.text('ui.copyFailed')),
    );
  const button = (label, onclick, part) => h('button', { type: 'button', class: 'btn secondary no-print', part, onclick }, t.text(label));
  return [
    h(
      'section',
      { class: 'answer', 'aria-labelledby': 'r-title' },
      h(lvl, { id: 'r-title', tabindex: '-1' }, t.text('ui.answer')),
      h('p', { class: 'asof' }, t.text('ui.asOf', { date: t.date(asOf) }), ' ', asOf !== v.today && button('ui.checkToday', v.checkToday, 'button today')),
      h('div', { class: 'cards' }, assessments(d).slice(0, 2).map(card)),
    ),
    // The rights the law gives beside the policy, in a section of their own
    // and said to be information, not advice.
    (rights.length > 0 || notices.length > 0) &&
      h(
        'section',
        { class: 'law', part: 'law', 'aria-labelledby': 'l-title' },
        h(lvl, { id: 'l-title' }, t.text('ui.law')),
        h('p', { class: 'help' }, t.text('ui.lawNote')),
        rights.length > 0 && h('div', { class: 'cards' }, rights.map(card)),
        notices.length > 0 && h('div', { class: 'notices' }, h(sub, { id: 'o-title' }, t.text('ui.notices')), h('ul', { class: 'reasons' }, notices.map((n) => h('li', {}, said('notices', n))))),
      ),
    h(
      'section',
      { class: 'next', part: 'next-steps', 'aria-labelledby': 'n-title' },
      h(lvl, { id: 'n-title' }, t.text('ui.nextSteps')),
      h('ol', { class: 'steps' }, d.nextSteps.map((s) => h('li', {}, said('steps', s)))),
      conditions.length > 0 && [
        h(sub, {}, t.text('ui.checklist')),
        h('ul', { class: 'checklist' }, conditions.map((c) => h('li', {}, h('label', {}, h('input', { type: 'checkbox' }), ' ', item(t, 'conditions', c, questions)), clause(c.clause)))),
      ],
      h(
        'div',
        { class: 'actions no-print' },
        contact && h('a', { class: 'btn', part: 'button email', href: `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` }, t.text('ui.email')),
        button('ui.print', () => print(), 'button print'),
        button('ui.copy', copy, 'button copy'),
      ),
    ),
    h(
      'section',
      { class: 'receipt', part: 'receipt', 'aria-labelledby': 'c-title' },
      h(lvl, { id: 'c-title' }, t.text('ui.receipt')),
      h('p', {}, h('code', { class: 'code' }, v.receipt)),
      h('p', { class: 'help' }, t.text('ui.receiptHelp')),
    ),
    h('section', { class: 'answers', 'aria-labelledby': 's-title' }, h(lvl, { id: 's-title' }, t.text('ui.yourAnswers')), summary(v)),
    h('p', { class: 'actions no-print' }, button('ui.startOver', v.startOver)),
  ].filter(Boolean);
}

/** The answers given, each with a change link (not presets: the host page set those). */
function summary(v) {
  const { h } = v;
  const t = more(v.t);
  const rows = v.questions
    .filter((q) => q.id in v.answers)
    .map((q) => {
      const value = v.answers[q.id];
      const label = t.text(`questions.${q.id}.title`);
      const [href, go] = v.change(q.id);
      const change = v.presets[q.id] !== value && h('a', { href, class: 'no-print', 'aria-label': t.text('ui.changeThis', { question: label }), onclick: (e) => (e.preventDefault(), go()) }, t.text('ui.change'));
      return h('div', { class: 'row' }, h('dt', {}, label), h('dd', {}, h('span', {}, t.value(q, value)), ' ', change));
    });
  return h('dl', { class: 'summary', part: 'summary' }, rows);
}

/** Below a question: the answers so far, and the box that opens a receipt code. */
export function aside(v) {
  const { t, h } = v;
  const input = h('input', { name: 'receipt', autocomplete: 'off', spellcheck: 'false', 'aria-label': t.text('ui.receipt') });
  const error = h('p', { class: 'error', role: 'alert' });
  const open = (e) => {
    e.preventDefault();
    const answers = decodeReceipt(input.value, v.questions);
    if (!answers) return v.fail(error, input, t.text('ui.badReceipt'));
    v.openReceipt(input.value.trim().toUpperCase(), answers);
  };
  return [
    v.asked.length > 0 && h('details', { class: 'so-far no-print' }, h('summary', {}, t.text('ui.soFar', { n: v.asked.length })), summary(v)),
    h(
      'details',
      { class: 'open-receipt no-print' },
      h('summary', {}, t.text('ui.haveReceipt')),
      h('form', { onsubmit: open }, input, ' ', h('button', { class: 'btn secondary' }, t.text('ui.open')), error),
    ),
  ].filter(Boolean);
}
