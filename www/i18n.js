// Words and formats. The locale files hold the words, keyed by the engine's
// codes, question ids, option ids and clause ids; dates, numbers, plurals and
// country names come from Intl.

export const LANGUAGES = ['en', 'es', 'de'];

/** The first of the shopper's languages that the page speaks, as `[lang, locale]`. */
export function pickLanguage(preferred, wanted) {
  const tags = [wanted, ...preferred].filter(Boolean);
  for (const tag of tags) {
    const lang = tag.toLowerCase().split('-')[0];
    if (LANGUAGES.includes(lang)) {
      // Keep the shopper's own regional format (en-GB, de-AT) for that language.
      const regional = preferred.find((p) => p.toLowerCase().split('-')[0] === lang);
      return [lang, regional ?? lang];
    }
  }
  return ['en', 'en'];
}

const loaded = new Map();

function loadFile(name) {
  if (!loaded.has(name)) {
    const words = fetch(new URL(`./locales/${name}.json`, import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`locale ${name}: ${r.status}`);
      return r.json();
    });
    words.catch(() => loaded.delete(name));
    loaded.set(name, words);
  }
  return loaded.get(name);
}

/**
 * Loads a language's words: those of the interview (`en.json`), and with
 * `all` also those of the answer screen (`en.answer.json`), which the first
 * question does not wait for. The single-file build carries them all inline.
 */
export function loadWords(lang, all = false) {
  const inlined = globalThis.eligibilityCheckerLocales?.[lang];
  if (inlined) return Promise.resolve(inlined);
  return Promise.all([loadFile(lang), all && loadFile(`${lang}.answer`)]).then(([a, b]) => (b ? { ...a, ...b, ui: { ...a.ui, ...b.ui } } : a));
}

const DAY = 86400000;
const utc = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/** Days from `from` to `to`, both `YYYY-MM-DD` calendar dates. */
export const daysBetween = (from, to) => Math.round((utc(to) - utc(from)) / DAY);

/** A translator bound to one locale's words and Intl formats. */
export function translator(words, locale) {
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const plural = new Intl.PluralRules(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });

  const lookup = (path) => path.split('.').reduce((o, k) => o?.[k], words);
  const fill = (text, values = {}) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

  const t = {
    words,
    locale,
    lookup,
    fill,
    /** The words at `path` (dots between keys), with `{name}` filled from `values`. */
    text(path, values) {
      const w = lookup(path);
      return typeof w === 'string' ? fill(w, values) : path;
    },
    /** A clause's text; clause ids have dots of their own. */
    clause: (id) => words.clauses?.[id] ?? id,
    /** A phrase with plural forms, such as `{ one: '1 day left', other: '{n} days left' }`. */
    count(path, n) {
      const forms = lookup(path) ?? {};
      return fill(forms[plural.select(n)] ?? forms.other ?? path, { n: number.format(n) });
    },
    date: (iso) => long.format(utc(iso)),
    shortDate: (iso) => short.format(utc(iso)),
    country: (code) => regions.of(code),
    /** The words for one answer's value. */
    value(q, v) {
      if (q.kind === 'yes-no') return t.text(v ? 'ui.yes' : 'ui.no');
      if (q.kind === 'date-or-none' && v === null) return t.text(`questions.${q.id}.none`);
      if (q.kind === 'date' || q.kind === 'date-or-none') return t.shortDate(v);
      if (q.id === 'country') return t.country(v);
      return t.text(`options.${q.id}.${v}`);
    },
  };
  return t;
}
