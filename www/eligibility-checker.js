// <eligibility-checker>: interviews the shopper one question at a time and
// shows the engine's decision. It holds no eligibility logic: it asks the
// engine's `questions[0]`, and renders what `check` returns in words from the
// locale files. See docs/page.md for attributes, events, parts and properties.
import init, { check, buildId } from './pkg/eligibility_checker.js';
import { questionsWithoutCountries, contact } from './vocabulary.js';
import { BUILD_ID, INLINE } from './pkg/build.js';
import { LANGUAGES, languageName, pickLanguage, loadErrors, loadWords, translator, mismatch } from './i18n.js';
import { css } from './styles.js';
import { h } from './dom.js';

// The engine, instantiated once however many checkers the page holds (the
// single-file build has the wasm bytes inline), and only with the page of its
// own build: another deploy's engine would apply other rules to these words.
// The wasm's URL is given from here, so that a bundle that moves the glue
// (esbuild) still finds it at pkg/ beside the element, as the custom-policy
// engine's at pkg-policy/ (policy.js).
// Its vocabulary is the default policy's as data (vocabulary.js): the parts
// the page reads (the questions, for the answers so far and the receipt code;
// the contact, for the answer screen, which reads the policy's clauses from
// their texts).
let engine;
const loadEngine = () =>
  (engine ??= init({ module_or_path: INLINE?.wasm ?? new URL('./pkg/eligibility_checker_bg.wasm', import.meta.url) }).then(() => {
    if (buildId() !== BUILD_ID) throw mismatch('the engine');
    return { check, vocabulary: { questions: withCountries(questionsWithoutCountries), contact } };
  }));

/**
 * The questions with the country question's options: the ISO list, which
 * the engine holds and gives with every decision that asks the country, here
 * one on no answers (any real day would do), so that the page does not carry
 * the 249 codes a second time.
 */
function withCountries(questions) {
  const countries = check({ asOf: '2000-01-01' }).questions.find((q) => q.id === 'country')?.options;
  if (!countries) throw new Error('eligibility-checker: the engine asks no country question on no answers');
  return questions.map((q) => (q.id === 'country' ? { ...q, options: countries } : q));
}

/** Today's date in the shopper's own time zone, as `YYYY-MM-DD` (not UTC's). */
function localDate(now = new Date()) {
  const p = (n, w) => String(n).padStart(w, '0');
  return `${p(now.getFullYear(), 4)}-${p(now.getMonth() + 1, 2)}-${p(now.getDate(), 2)}`;
}

// --- The URL fragment, when the host asks for it (`url-state`):
// `#product=mi-band&receivedDate=2026-11-02&physicallyDamaged=no`, each key
// after the element's id and a dot when it has one (`#returns.product=mi-band`);
// the rest of the fragment (`#reviews`) is the host's and is kept as it is.
// Keys keep the order in which they were answered, so Back can drop the last;
// values are typed by the question's kind, and anything else goes to the
// engine as text, to be accepted or refused there.
const toText = (v) => (v === null ? 'none' : v === true ? 'yes' : v === false ? 'no' : String(v));

function fromText(kind, text) {
  if (kind === 'yes-no') return text === 'yes' ? true : text === 'no' ? false : text;
  if (kind === 'date-or-none' && text === 'none') return null;
  return text;
}

/**
 * Splits a fragment into the element's own `[key, text]` pairs (keys after
 * `ns`, the id and a dot; without an id, every `key=value`) and the host's parts.
 */
function splitHash(hash, ns) {
  const own = [];
  const rest = [];
  for (const part of hash.slice(1).split('&').filter(Boolean)) {
    const [[k, v]] = new URLSearchParams(part);
    if (ns ? k.startsWith(ns) : part.includes('=')) own.push([k.slice(ns.length), v]);
    else rest.push(part);
  }
  return { own, rest };
}

/**
 * Reads the element's pairs into `{ answers, receipt, lang, dropped }`: a key that names
 * no question (`kinds`) is left out, in this one pass, and `dropped` says so.
 */
function readFragment(pairs, kinds = {}) {
  const out = { answers: {}, receipt: null, lang: null, dropped: false };
  for (const [key, text] of pairs) {
    if (key === 'receipt') out.receipt = text;
    else if (key === 'lang') out.lang = text;
    else if (Object.hasOwn(kinds, key)) out.answers[key] = fromText(kinds[key], text);
    else out.dropped = key !== 'asOf';
  }
  return out;
}

/** The element's pairs for answers (or a receipt) and a language. */
function writeFragment({ answers = {}, receipt = null, lang = null }) {
  const out = receipt ? [['receipt', receipt]] : Object.entries(answers).filter(([k, v]) => k !== 'asOf' && v !== undefined).map(([k, v]) => [k, toText(v)]);
  if (lang) out.push(['lang', lang]);
  return out;
}

// The marks a page or a bench reads after the fact (docs/page.md): the first
// question in the DOM and answerable, then the first frame that shows it.
const FIRST = 'eligibility-checker:first-question';
const firstQuestionMarks = () => {
  performance.mark(FIRST);
  requestAnimationFrame(() => setTimeout(() => performance.mark(`${FIRST}-painted`)));
};

const PRESETS = { product: 'product', seller: 'seller', country: 'country', 'received-date': 'receivedDate', 'order-date': 'orderDate' };
let sheet;

export class EligibilityChecker extends HTMLElement {
  static observedAttributes = ['lang', 'heading-level', 'url-state', 'policy', 'hide-language', ...Object.keys(PRESETS)];

  #engine = null;
  #extra = null; // eligibility-answer.js, loaded with the rest of the words after the first question
  #answer = null; // its <eligibility-answer>, once shown
  #pending = null;
  #t = null;
  #lang = null;
  #langInUrl = null;
  #answers = {};
  #applied = {}; // the presets the answers were last given
  #wanted = null; // answers set through the `answers` property, taken at the next reading
  #policy = null; // a policy given as an object
  #asOf = null; // fixed by a receipt; otherwise today
  #day = null; // the asOf of the decision on screen: one per decision
  #clock = null; // today as the shopper typed it, when the device's date is unusable
  #timer = 0; // wakes the answer screen at the next local midnight
  #started = 0; // counts starts: a start that a newer one replaced stops
  #error = null;
  #states = this.attachInternals().states ?? new Set(); // :state(error) for the host's styles
  #drafts = {};
  #decision = null;
  #receipt = null;
  #sent = '';
  #notice = '';
  #noticeValues = {}; // the values a notice's words name besides the date
  #interacted = false;
  #lastHash = null;
  #frame;
  #main;
  #live;
  #static; // the first question as the HTML carries it, shown until this element takes over
  #onUrl = () => this.#fromUrl(true);
  #onWake = () => this.#dayChanged();
  #onPrint = (e) => this.#root().querySelectorAll('details').forEach((d) => {
    if (e.type === 'beforeprint') d.dataset.wasOpen = d.open, (d.open = true);
    else d.open = d.dataset.wasOpen === 'true';
  });

  constructor() {
    super();
    // A first question in the HTML comes as this element's shadow root,
    // declared in the page and attached by the parser, with a copy of the
    // styles: it stays on screen until the first render.
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
    this.#main = h('div', { class: 'screen' }, h('p', { class: 'loading' }, '…'));
    this.#live = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
    this.#frame = h('div', { class: 'ec', part: 'container' }, h('div'), this.#main, this.#live);
    this.#static = root.querySelector('.ec-static');
    if (this.#static) this.#frame.hidden = true;
    root.append(this.#frame);
  }

  /**
   * Takes over the static first question (docs/page.md): keeps the choice
   * made on it (and the focus on the question, when it was on the static
   * one), and shows this element's screens instead.
   * True the first time, when there was one.
   */
  #takeOver() {
    const block = this.#static;
    if (!block) return false;
    this.#static = null;
    const form = block.querySelector('form[data-static-question]');
    const id = form?.dataset.staticQuestion;
    const kind = this.#decision?.questions.find((q) => q.id === id)?.kind ?? (this.#engine && this.#kinds()[id]);
    const picked = form?.querySelector('input[name=answer]:checked')?.value;
    const value = picked === 'date' || kind === 'date' ? form.querySelector('input[type=date]')?.value : picked;
    if (kind && value && !(id in this.#drafts)) this.#drafts[id] = fromText(kind, value);
    this.#interacted ||= block.contains(this.shadowRoot.activeElement);
    block.remove();
    this.shadowRoot.querySelector('style')?.remove();
    this.#frame.hidden = false;
    return true;
  }

  /** The latest decision, as `check` returned it (null until the engine is ready). */
  get decision() {
    return this.#decision;
  }

  /** The answers the decision was made on, `asOf` included (presets too). */
  get answers() {
    return this.#full();
  }

  /** Takes these answers instead of the shopper's (an `asOf` fixes the day, as a receipt does). */
  set answers(value) {
    const { asOf = null, ...answers } = value ?? {};
    this.#wanted = [answers, asOf];
    if (this.#engine) this.#fromUrl(false);
  }

  /** Forgets the shopper's answers: the first question again (presets stay). */
  reset() {
    this.#drafts = {};
    this.answers = {};
  }

  /** The policy: its URL (the attribute), or an object given here, validated as a fetched one is. */
  get policy() {
    return this.#policy ?? this.getAttribute('policy');
  }

  set policy(value) {
    const object = value !== null && typeof value === 'object';
    const was = this.getAttribute('policy');
    const had = this.#policy;
    this.#policy = object ? value : null;
    if (object || value == null) this.removeAttribute('policy');
    else this.setAttribute('policy', value);
    // The attribute unchanged: no attributeChangedCallback to apply it.
    if (was === this.getAttribute('policy') && (object || had) && this.#started && this.isConnected) this.#start(true);
  }

  /** The decision receipt code, once the decision is final. */
  get receipt() {
    return this.#receipt;
  }

  /** The language shown: `en`, `es` or `de`. */
  get language() {
    return this.#lang;
  }

  /** Why the checker shows no question or answer, as `{ code, message }`; null otherwise. */
  get error() {
    return this.#error;
  }

  connectedCallback() {
    // Properties set before the element was defined go through the setters.
    for (const key of ['answers', 'policy', ...Object.values(PRESETS)]) {
      if (!Object.hasOwn(this, key)) continue;
      const value = this[key];
      delete this[key];
      this[key] = value;
    }
    addEventListener('popstate', this.#onUrl);
    addEventListener('hashchange', this.#onUrl);
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
    document.addEventListener('visibilitychange', this.#onWake);
    this.#start();
  }

  disconnectedCallback() {
    removeEventListener('popstate', this.#onUrl);
    removeEventListener('hashchange', this.#onUrl);
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
    document.removeEventListener('visibilitychange', this.#onWake);
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name, old, value) {
    // A policy given or changed once started is applied: a fresh start with it.
    if (name === 'policy' && this.#started && this.isConnected && old !== value) return this.#start(true);
    if (!this.#engine || old === value) return;
    if (name === 'lang') this.#setLanguage(this.#langWanted(), false);
    else if (name === 'hide-language') this.#render();
    else this.#fromUrl(false);
  }

  #root() {
    return this.shadowRoot;
  }

  /** `fragment` (one history entry per interview), `history` (one per answer), or null: no URL state. */
  #useUrl() {
    const mode = this.getAttribute('url-state');
    return mode === 'fragment' || mode === 'history' ? mode : null;
  }

  /** What the element's keys in the fragment start with: its id and a dot, or nothing. */
  #ns() {
    return this.id ? `${this.id}.` : '';
  }

  /** The element's own pairs in the fragment, and the host's parts. */
  #split() {
    return splitHash(location.hash, this.#ns());
  }

  /** The element's part of the fragment, as text (what is compared). */
  #mine() {
    return String(new URLSearchParams(this.#split().own));
  }

  /** The fragment with the element's pairs replaced by `pairs`, the host's parts kept. */
  #hash(pairs) {
    const parts = [...this.#split().rest, String(new URLSearchParams(pairs.map(([k, v]) => [this.#ns() + k, v])))].filter(Boolean);
    return parts.length ? `#${parts.join('&')}` : '';
  }

  /** Puts `hash` in the address bar, as a new history entry or in place of the current one. */
  #write(hash, push) {
    const url = hash || location.pathname + location.search;
    if (push) history.pushState({ ecPrev: location.hash }, '', url);
    else history.replaceState(history.state, '', url);
  }

  /**
   * The language asked for: the `lang` attribute, else the nearest
   * ancestor's, else none (the browser's). An empty `lang` (HTML's "unknown")
   * asks no ancestor: the full page's `<html lang="en">` speaks for its
   * static first question, not for the shopper.
   */
  #langWanted() {
    if (this.hasAttribute('lang')) return this.getAttribute('lang') || null;
    return this.parentElement?.closest('[lang]')?.lang || null;
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  #level(plus = 0) {
    const n = Math.min(Math.max(parseInt(this.getAttribute('heading-level'), 10) || 2, 1), 5);
    return `h${n + plus}`;
  }

  #presets() {
    const out = {};
    for (const [attr, key] of Object.entries(PRESETS)) if (this.hasAttribute(attr)) out[key] = this.getAttribute(attr);
    return out;
  }

  /** Today in the shopper's time zone, or as they typed it when the device's date is unusable. */
  #today() {
    return this.#clock ?? localDate();
  }

  /** The answers with the decision's `asOf` (today before the first decision). */
  #full() {
    return { asOf: this.#day ?? this.#asOf ?? this.#today(), ...this.#answers };
  }

  /** Loads the engine and the words, then shows the first screen; `fresh` forgets the answers (another policy). */
  async #start(fresh) {
    const run = ++this.#started;
    this.#engine = this.#decision = this.#receipt = this.#error = null;
    this.#states.delete('error');
    if (fresh) (this.#answers = {}), (this.#drafts = {}), (this.#sent = '');
    this.#main.replaceChildren(h('p', { class: 'loading' }, '…'));
    try {
      const wanted = this.#useUrl() ? readFragment(this.#split().own).lang : null;
      this.#langInUrl = LANGUAGES.includes(wanted) ? wanted : null;
      const [lang, locale] = pickLanguage(navigator.languages ?? [], this.#langInUrl ?? this.#langWanted());
      // A storefront's own policy (docs/policy.md) brings its own engine,
      // loaded only then; `policy=""` is a policy that cannot be had, never the default.
      const policy = this.policy;
      const own = policy !== null && import('./policy.js').then((m) => (typeof policy === 'object' ? m.policyEngine(policy) : m.loadPolicyEngine(policy)));
      const [engine, words] = await Promise.all([own || loadEngine(), loadWords(lang)]);
      if (run !== this.#started) return;
      this.#engine = engine;
      this.#lang = lang;
      this.#t = this.#translator(words, locale);
      this.#fromUrl(false);
      if (!this.#error) this.#emit('ready', { lang });
    } catch (err) {
      if (run !== this.#started) return;
      if (!err?.policy || err.code === 'version-mismatch') return this.#failed(err);
      // The site owner reads the console and the `error` event; the shopper gets a polite word.
      console.error(`eligibility-checker: ${err.message}`);
      const [lang, locale] = pickLanguage(navigator.languages ?? [], this.#langWanted());
      const words = await loadWords(lang, true).catch(() => null);
      if (run !== this.#started) return;
      if (words) this.#t = translator(words, locale);
      const text = this.#say('policyUnavailable', 'This checker is not available right now. Please ask the shop about returns and warranty.');
      this.#problem(err.code, err.message, text, this.#button('reload', () => location.reload(), 'Reload'));
    }
  }

  /** A translator for `words`, with a custom policy's own words over them. */
  #translator(words, locale, lang = this.#lang) {
    return translator(this.#engine?.withWords?.(words, lang) ?? words, locale);
  }

  #kinds() {
    return Object.fromEntries(this.#engine.vocabulary.questions.map((q) => [q.id, q.kind]));
  }

  /**
   * Takes the state from the URL fragment (or from the presets alone).
   * A receipt code in it is read by `reader`, receipt.js's, fetched first
   * (the module map keeps it after the first time); null when that file
   * could not be fetched (the interview goes on without the receipt, saying so).
   */
  #fromUrl(interacted, reader) {
    if (!this.#engine) return;
    if (this.#useUrl() && interacted && this.#mine() === this.#lastHash) return;
    const pairs = this.#useUrl() && this.#split().own;
    const frag = pairs ? readFragment(pairs, pairs.length ? this.#kinds() : {}) : { answers: this.#answers };
    this.#notice = frag.dropped ? 'ui.droppedAnswer' : '';
    this.#asOf = null;
    let answers = frag.answers;
    // A code in the link: its reader (receipt.js, a file of its own) and the answer screen come first.
    if (frag.receipt && reader === undefined) {
      const fetched = import('./receipt.js').then((m) => m.readReceipt, () => null);
      Promise.all([fetched, this.#extra || this.#extras()]).then(
        ([read]) => this.#fromUrl(interacted, read),
        (err) => this.#failed(err),
      );
      return;
    }
    if (frag.receipt) {
      const read = reader?.(frag.receipt, this.#engine.vocabulary.questions);
      if (read) answers = this.#fromReceipt(read);
      else this.#notice = reader ? 'ui.badReceipt' : 'ui.receiptUnavailable';
    }
    if (frag.lang && LANGUAGES.includes(frag.lang) && frag.lang !== this.#lang) {
      this.#langInUrl = frag.lang;
      this.#setLanguage(frag.lang, false);
    }
    if (this.#wanted) [answers, this.#asOf] = this.#wanted;
    this.#wanted = null;
    // The presets win over any answer, and a preset taken back or changed leaves no answer behind.
    const presets = this.#presets();
    const own = Object.fromEntries(Object.entries(answers).filter(([k, v]) => this.#applied[k] !== v));
    this.#applied = presets;
    this.#answers = { ...presets, ...own, ...presets };
    this.#interacted ||= interacted;
    this.#evaluate();
  }

  /**
   * A receipt's answers, its `asOf` kept; one made under another version of
   * the policy (receipt.js) gets a notice naming both versions, and saying
   * so when some of its answers are not in this one (they are asked again).
   */
  #fromReceipt({ answers: { asOf, ...answers }, catalogue, current, missing }) {
    this.#asOf = asOf;
    if (catalogue !== current) {
      this.#notice = missing.length ? 'ui.otherPolicyMissing' : 'ui.otherPolicy';
      this.#noticeValues = { made: catalogue, current };
    }
    return answers;
  }

  /**
   * Asks the engine, for one day: an answer it refuses is dropped (one at a
   * time, so this ends) and the check goes on; what cannot go on ends on a
   * screen with a way forward, never at "…".
   */
  #evaluate() {
    this.#day = this.#asOf ?? this.#today();
    let decision = null;
    while (!decision) {
      try {
        decision = this.#engine.check(this.#full());
      } catch (err) {
        if (err?.field === 'asOf' && this.#asOf) this.#day = this.#asOf = null; // a receipt whose date the engine refuses
        else if (err?.field === 'asOf') return this.#badClock();
        else if (err?.field && Object.hasOwn(this.#answers, err.field)) delete this.#answers[err.field];
        else return this.#failed(err);
        this.#day ??= this.#today();
        this.#notice ||= 'ui.droppedAnswer';
      }
    }
    if (!decision.questions.length && !this.#ready()) {
      this.#main.replaceChildren(h('p', { class: 'loading' }, '…'));
      this.#extras().then(
        () => this.#evaluate(),
        (err) => this.#failed(err),
      );
      return;
    }
    Object.assign(this.#drafts, this.#answers);
    this.#decision = decision;
    this.#receipt = decision.questions.length ? null : this.#extra.encodeReceipt(this.#full(), this.#engine.vocabulary.questions);
    if (this.#useUrl()) {
      const hash = this.#fragment();
      if (hash !== location.hash) this.#write(hash);
      this.#lastHash = this.#mine();
    }
    this.#render();
    const detail = () => ({ decision, answers: this.#full(), receipt: this.#receipt, lang: this.#lang });
    const sent = JSON.stringify([decision, this.#full()]);
    if (sent !== this.#sent) {
      this.#sent = sent;
      this.#emit('eligibility-decision', detail());
      if (this.#receipt) this.#emit('complete', detail());
    }
    this.#emit('decision', detail());
  }

  #fragment(answers = this.#answers) {
    const presets = this.#presets();
    const own = Object.fromEntries(Object.entries(answers).filter(([k, v]) => presets[k] !== v));
    return this.#hash(writeFragment({ answers: own, receipt: answers === this.#answers ? this.#receipt : null, lang: this.#langInUrl }));
  }

  /** The address that opens this receipt again: with URL state on, and on http(s) only. */
  #link() {
    return this.#useUrl() && /^https?:$/.test(location.protocol) ? `${location.origin}${location.pathname}${location.search}${this.#hash([['receipt', this.#receipt]])}` : null;
  }

  /** What the first question does not need (the answer screen and the rest of the words), fetched right after it. */
  #extras() {
    const lang = this.#lang;
    this.#pending ??= Promise.all([import('./eligibility-answer.js'), loadWords(lang, true, !!this.#t?.words.clauses)])
      .then(([view, words]) => {
        if (!this.#extra) {
          const more = new CSSStyleSheet();
          more.replaceSync(view.css);
          this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, more];
        }
        this.#extra = view;
        if (lang === this.#lang) this.#t = this.#translator(words, this.#t.locale);
        if (this.#ready()) this.#main.querySelector('.later')?.replaceWith(...view.aside(this.#asideArgs()));
      })
      .finally(() => (this.#pending = null));
    return this.#pending;
  }

  #ready() {
    return this.#extra && this.#t.words.reasons;
  }

  /**
   * The words with the texts of the policy's clauses and of the law, which
   * the answer screen asks for when the shopper opens one (or prints): its
   * translator from then on. Words of another build ask for a reload.
   */
  #texts() {
    const [lang, locale] = [this.#lang, this.#t.locale];
    if (this.#t.words.clauses) return Promise.resolve(this.#t);
    return loadWords(lang, true, true).then(
      (words) => {
        if (lang !== this.#lang) return this.#translator(words, locale, lang); // a screen the new language replaced
        if (!this.#t.words.clauses) this.#t = this.#translator(words, locale);
        return this.#t;
      },
      (err) => {
        if (err?.code === 'version-mismatch') this.#failed(err);
        throw err;
      },
    );
  }

  /** The words at `ui.<key>`, or `fallback` when there are none (the words did not load). */
  #say(key, fallback = key) {
    return typeof this.#t?.lookup(`ui.${key}`) === 'string' ? this.#t.text(`ui.${key}`) : fallback;
  }

  #button(key, onclick, fallback) {
    return h('button', { type: 'button', class: 'btn', part: `button ${key}`, onclick }, this.#say(key, fallback));
  }

  /**
   * What cannot go on ends here: the words for the shopper and a way forward;
   * the host reads `error` and hears an `error` event, both with the code.
   */
  #problem(code, message, text, ...actions) {
    this.#takeOver();
    this.#decision = null;
    this.#error = { code, message };
    this.#states.add('error');
    this.#main.replaceChildren(h('div', { class: 'problem', part: 'error', 'data-code': code }, h('p', { class: 'error', role: 'alert' }, text), ...actions));
    this.#emit('error', { ...this.#error });
  }

  /** A failure to load or to go on: a version mix asks for a reload; otherwise reload, or start again. */
  #failed(err) {
    console.warn('eligibility-checker:', err);
    const reload = this.#button('reload', () => location.reload(), 'Reload');
    if (err?.code === 'version-mismatch') return this.#problem(err.code, err.message, this.#say('reloadToUpdate', 'A new version of this checker is ready. Reload the page.'), reload);
    const again = this.#engine && this.#t && this.#button('startAgain', () => this.#go({}));
    this.#problem('load-failed', String(err?.message ?? err), this.#say('loadFailed', 'The checker could not start. Reload the page.'), h('div', { class: 'actions' }, again, reload));
  }

  /** The device's date is not one the engine takes (before 1900, after 2999): the shopper types today's. */
  #badClock() {
    const date = h('input', { type: 'date', min: '1900-01-01', max: '2999-12-31', 'aria-label': this.#say('today') });
    const use = () => {
      if (!/^(19|2\d)\d\d-/.test(date.value)) return date.focus();
      this.#clock = date.value;
      this.#fromUrl(false);
    };
    this.#problem('bad-clock', `the device's date ${localDate()} is outside 1900-2999`, this.#say('badClock'), h('p', {}, date), this.#button('useDate', use));
  }

  /** At midnight (or back from sleep), an answer on screen says which day it was for. */
  #dayChanged() {
    clearTimeout(this.#timer);
    if (!this.#decision || this.#decision.questions.length || !this.#ready()) return;
    if (this.#today() !== this.#day && !this.#asOf && this.#notice !== 'ui.dayChanged') {
      this.#notice = 'ui.dayChanged';
      this.#render();
    }
    const now = new Date();
    this.#timer = setTimeout(this.#onWake, new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1) - now + 1000);
  }

  /**
   * Moves to a new set of answers. With `url-state="history"` each is a new
   * history entry (Back a step is the browser's Back); with `fragment`, one
   * entry per interview: its first answer, the rest in its place.
   */
  #go(answers) {
    this.#interacted = true;
    if (!this.#ready()) this.#extras().catch(() => {});
    if (!this.#useUrl()) {
      this.#answers = answers;
      this.#asOf = null;
      this.#notice = '';
      return this.#evaluate();
    }
    this.#move(this.#fragment(answers));
  }

  #move(hash) {
    const perAnswer = this.#useUrl() === 'history';
    if (perAnswer && history.state?.ecPrev === hash) return history.back();
    this.#write(hash, perAnswer || (!this.#mine() && hash !== location.hash));
    this.#lastHash = null;
    this.#fromUrl(true);
  }

  /** The answers without `key` (the shopper changes or takes back that answer). */
  #without(key) {
    const rest = { ...this.#answers };
    delete rest[key];
    return rest;
  }

  async #setLanguage(wanted, explicit) {
    const [lang, locale] = pickLanguage(navigator.languages ?? [], wanted);
    try {
      const words = await loadWords(lang, !!this.#t?.words.reasons, !!this.#t?.words.clauses);
      this.#lang = lang;
      this.#t = this.#translator(words, locale);
    } catch (err) {
      if (err?.code === 'version-mismatch') this.#failed(err);
      return;
    }
    if (explicit) {
      this.#langInUrl = lang;
      if (this.#useUrl()) this.#write(this.#fragment()), (this.#lastHash = this.#mine());
    }
    this.#render(explicit ? 'lang' : null);
    this.#emit('eligibility-language', { lang });
  }

  // --- rendering ------------------------------------------------------------

  #render(focus) {
    const t = this.#t;
    const d = this.#decision;
    if (!d) return; // an error screen stays until the shopper acts
    // The first render after the static question replaces it as it stands: no entrance animation.
    this.#main.classList.toggle('still', this.#takeOver());
    this.#error = null;
    this.#states.delete('error');
    this.#frame.lang = this.#lang;
    const title = h(this.#level(), { class: 'title', part: 'title' }, t.text('ui.title'));
    const langs = h(
      'select',
      { part: 'language', 'aria-label': t.text('ui.language'), onchange: (e) => this.#setLanguage(e.target.value, true) },
      LANGUAGES.map((l) => h('option', { value: l, lang: l, selected: l === this.#lang }, languageName(l))),
    );
    const picker = !this.hasAttribute('hide-language') && h('label', { class: 'lang no-print' }, t.text('ui.language'), ' ', langs);
    this.#frame.firstChild.replaceWith(h('div', { class: 'head', part: 'header' }, title, picker));
    // Intl's formats cost milliseconds to make: only when a notice needs the day.
    const day = () => new Intl.DateTimeFormat(t.locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${this.#day}T00:00Z`));
    const notice = this.#notice && h('p', { class: 'notice', role: 'status' }, t.text(this.#notice, { ...this.#noticeValues, date: day() }));
    const screen = d.questions.length ? this.#questionScreen(d.questions[0]) : [this.#answerScreen()];
    this.#main.replaceChildren(...[notice, ...screen].filter(Boolean));
    if (focus === 'lang') langs.focus();
    else if (this.#interacted) this.#main.querySelector('[tabindex="-1"]')?.focus();
    if (!d.questions.length) this.#announce(this.#extra.headlines(t, d, this.#engine.vocabulary, this.#full())), this.#dayChanged();
    else if (!performance.getEntriesByName(FIRST).length) firstQuestionMarks();
    // Once this screen is painted, fetch the rest.
    if (!this.#ready()) requestAnimationFrame(() => setTimeout(() => this.#extras().catch(() => {})));
  }

  #announce(text) {
    this.#live.textContent = '';
    setTimeout(() => (this.#live.textContent = text), 50);
  }

  #asked() {
    const presets = this.#presets();
    return Object.keys(this.#answers).filter((k) => presets[k] !== this.#answers[k]);
  }

  #questionScreen(q) {
    const t = this.#t;
    const asked = this.#asked();
    // Only what is certain: an answer can open a question or make one moot.
    const n = asked.length + 1;
    const error = h('p', { class: 'error', id: 'q-error', role: 'alert' });
    const help = t.words.questions[q.id]?.help;
    const control = this.#control(q, this.#drafts[q.id]);
    const form = h(
      'form',
      { part: 'question', novalidate: true, 'aria-labelledby': 'q-title', 'data-question': q.id, onsubmit: (e) => this.#submit(e, q, form, error) },
      asked.length === 0 && h('p', { class: 'help intro' }, t.text('ui.intro')),
      h('p', { class: 'progress', part: 'progress' }, t.text('ui.progress', { n })),
      h(this.#level(1), { id: 'q-title', tabindex: '-1' }, t.text(`questions.${q.id}.title`)),
      help && h('p', { class: 'help', id: 'q-help' }, help),
      control,
      error,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'btn', part: 'button next' }, t.text('ui.next')),
        asked.length > 0 && h('button', { type: 'button', class: 'btn secondary', part: 'button back', onclick: () => this.#go(this.#without(asked.at(-1))) }, t.text('ui.back')),
      ),
    );
    // The summary so far and the receipt box come with eligibility-answer.js, just after the first question.
    return [form, ...(this.#ready() ? this.#extra.aside(this.#asideArgs()) : [h('div', { class: 'later' })])];
  }

  #control(q, draft) {
    const t = this.#t;
    const described = t.words.questions[q.id]?.help ? 'q-help q-error' : 'q-error';
    const dateInput = (value, extra) =>
      h('input', { type: 'date', name: 'date', min: '1900-01-01', max: this.#asOf ?? this.#today(), value: value ?? false, 'aria-describedby': described, ...extra });
    if (q.kind === 'date') return h('div', { class: 'field' }, dateInput(draft, { 'aria-labelledby': 'q-title' }));
    const radio = (value, label, checked, extra) =>
      h('label', { class: 'opt', part: 'option' }, h('input', { type: 'radio', name: 'answer', value, checked }), h('span', {}, label), extra);
    if (q.id === 'country') return this.#countryControl(q, draft, radio, described);
    let options;
    if (q.kind === 'yes-no') options = [radio('yes', t.text('ui.yes'), draft === true), radio('no', t.text('ui.no'), draft === false)];
    else if (q.kind === 'date-or-none') {
      const has = typeof draft === 'string';
      const date = dateInput(has ? draft : null, { 'aria-label': t.text(`questions.${q.id}.some`), oninput: () => (date.closest('label').firstChild.checked = true) });
      options = [radio('none', t.text(`questions.${q.id}.none`), draft === null), radio('date', t.text(`questions.${q.id}.some`), has, date)];
    } else options = q.options.map((o) => radio(o, (q.id === 'part' && t.words.partsOf?.[this.#answers.product]?.[o]) || t.text(`options.${q.id}.${o}`), draft === o));
    return h('div', { class: 'options', role: 'radiogroup', 'aria-labelledby': 'q-title', 'aria-describedby': described }, options);
  }

  /**
   * The country: the browser's country is offered as one choice, never
   * passed on unasked, beside a searchable list of every country (a text
   * box with a datalist of their names).
   */
  #countryControl(q, draft, radio, described) {
    const t = this.#t;
    const region = new Intl.Locale(navigator.language || 'en').maximize().region;
    const suggested = q.options.includes(draft) ? draft : q.options.includes(region) ? region : null;
    const names = q.options.map((c) => t.country(c)).sort((a, b) => a.localeCompare(b, t.locale));
    const list = h('datalist', { id: 'q-countries' }, names.map((name) => h('option', { value: name })));
    const search = h('input', { name: 'search', list: 'q-countries', autocomplete: 'off', 'aria-describedby': described, value: draft && draft !== suggested ? t.country(draft) : false });
    if (!suggested) {
      search.setAttribute('aria-labelledby', 'q-title');
      return h('div', { class: 'field' }, search, list);
    }
    search.setAttribute('aria-label', t.text('ui.searchCountry'));
    const other = radio('search', t.text('ui.otherCountry'), false, search);
    search.addEventListener('input', () => (other.firstChild.checked = true));
    const hint = draft === suggested ? null : h('small', { class: 'hint' }, t.text('ui.browserCountry'));
    return h('div', { class: 'options', role: 'radiogroup', 'aria-labelledby': 'q-title', 'aria-describedby': described }, radio(suggested, t.country(suggested), draft === suggested, hint), other, list);
  }

  /** The country code the shopper picked or typed (a name, or a unique beginning of one), else null. */
  #countryPicked(q, form) {
    const picked = form.querySelector('input[name=answer]:checked')?.value;
    if (picked && picked !== 'search') return picked;
    if (form.elements.answer && !picked) return null;
    const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
    const typed = fold(form.elements.search.value);
    if (!typed) return null;
    const named = q.options.map((c) => [c, fold(this.#t.country(c))]);
    const exact = named.find(([c, name]) => name === typed || c.toLowerCase() === typed);
    const starts = named.filter(([, name]) => name.startsWith(typed));
    return exact?.[0] ?? (starts.length === 1 ? starts[0][0] : null);
  }

  async #submit(event, q, form, error) {
    event.preventDefault();
    const t = this.#t;
    if (q.id === 'country') {
      const country = this.#countryPicked(q, form);
      const field = form.elements.search?.value || !form.elements.answer ? form.elements.search : form;
      return country ? this.#go({ ...this.#answers, country }) : this.#fail(error, field, t.text('ui.chooseCountry'));
    }
    const el = form.elements.answer;
    const picked = el instanceof RadioNodeList || el?.type !== 'radio' ? el?.value ?? 'date' : el.checked ? el.value : '';
    const date = form.elements.date;
    let value;
    if (picked === '') return this.#fail(error, form, t.text(q.id === 'country' ? 'ui.chooseCountry' : 'ui.chooseOne'));
    if (q.kind === 'date' || (q.kind === 'date-or-none' && picked === 'date')) {
      if (!date.value) return this.#fail(error, date, t.text('ui.enterDate'));
      value = date.value;
    } else if (q.kind === 'yes-no') value = picked === 'yes';
    else if (q.kind === 'date-or-none') value = null;
    else value = picked;
    const answers = { ...this.#answers, [q.id]: value };
    try {
      this.#engine.check({ ...answers, asOf: this.#asOf ?? this.#today() });
    } catch (err) {
      if (err?.field === q.id) {
        // The error messages come when an answer is first refused, with a storefront policy's words over them;
        // without them (offline, before the worker has kept them), a general one, or the engine's own before the
        // answer screen's words are in.
        const words = await loadErrors(this.#lang).catch(() => ({}));
        const said = this.#translator(words, this.#t.locale).words.errors?.[err.code];
        return this.#fail(error, date ?? form, said ?? this.#say('answerRefused', err.message));
      }
    }
    this.#go(answers);
  }

  /** Shows why an answer can't be taken, and puts the focus where it can be fixed. */
  #fail(error, target, text) {
    const field = target.matches('input, select') ? target : target.querySelector('select, input:checked, input');
    error.textContent = text;
    field?.setAttribute('aria-invalid', 'true');
    field?.focus();
  }

  #questions() {
    return this.#engine.vocabulary.questions;
  }

  /** What the answers so far and the receipt box under a question need. */
  #asideArgs() {
    return {
      words: this.#t,
      questions: this.#questions(),
      answers: this.#answers,
      presets: this.#presets(),
      asked: this.#asked(),
      showAnswers: this.#notice === 'ui.otherPolicyMissing',
      // A change link: where it goes, and what a click does.
      change: (id) => [this.#useUrl() ? this.#fragment(this.#without(id)) || '#' : '#', () => this.#go(this.#without(id))],
      fail: (error, target, text) => this.#fail(error, target, text),
      openReceipt: (code, read) => {
        if (this.#useUrl()) return this.#move(this.#hash(writeFragment({ receipt: code, lang: this.#langInUrl })));
        this.#notice = '';
        this.#answers = this.#fromReceipt(read);
        this.#interacted = true;
        this.#evaluate();
      },
    };
  }

  /** The answer screen: an <eligibility-answer> given the decision and the words (eligibility-answer.js). */
  #answerScreen() {
    if (!this.#answer) {
      const el = (this.#answer = document.createElement('eligibility-answer'));
      el.addEventListener('change-answer', (e) => this.#go(this.#without(e.detail.key)));
      el.addEventListener('check-today', () => this.#go({ ...this.#answers }));
      el.addEventListener('start-over', () => {
        this.#drafts = {};
        this.#go({});
      });
      el.addEventListener('announce', (e) => this.#announce(e.detail.text));
      el.addEventListener('contact', (e) => (e.detail.lang = this.#lang));
      el.addEventListener('print', () => this.#extra.printAlone(this.#states));
      el.loadTexts = () => this.#texts();
    }
    Object.assign(this.#answer, {
      decision: this.#decision,
      words: this.#t,
      answers: this.#full(),
      receipt: this.#receipt,
      link: this.#link(),
      vocabulary: this.#engine.vocabulary,
      presets: this.#presets(),
      today: this.#today(),
      headingLevel: parseInt(this.#level().slice(1), 10),
    });
    this.#answer.render();
    return this.#answer;
  }
}

// Each preset is a property too (`el.receivedDate = '2026-11-02'`), the attribute's value.
for (const [attr, key] of Object.entries(PRESETS)) {
  Object.defineProperty(EligibilityChecker.prototype, key, {
    get() {
      return this.getAttribute(attr);
    },
    set(value) {
      if (value == null) this.removeAttribute(attr);
      else this.setAttribute(attr, value);
    },
  });
}

customElements.get('eligibility-checker') ?? customElements.define('eligibility-checker', EligibilityChecker);
