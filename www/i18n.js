// Words and formats. The locale files hold the words, keyed by the engine's
// codes, question ids, option ids and clause ids; dates, numbers, plurals and
// country names come from Intl.

export const LANGUAGES = ['en', 'es', 'de'];

const loaded = new Map();

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

/** Loads one locale file (or takes it from the single-file build). */
export function loadWords(lang) {
  if (!loaded.has(lang)) {
    const inlined = globalThis.eligibilityCheckerLocales?.[lang];
    loaded.set(
      lang,
      inlined
        ? Promise.resolve(inlined)
        : fetch(new URL(`./locales/${lang}.json`, import.meta.url)).then((r) => {
            if (!r.ok) throw new Error(`locale ${lang}: ${r.status}`);
            return r.json();
          }),
    );
    loaded.get(lang).catch(() => loaded.delete(lang));
  }
  return loaded.get(lang);
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
    /** A deadline of `kind` (return, warranty) as "until Saturday 30 January 2027, 41 days left" or "ended on ..., 3 days ago". */
    deadline(kind, iso, asOf) {
      const days = daysBetween(asOf, iso);
      const date = t.date(iso);
      if (days < 0) return t.text(`deadlines.${kind}.ended`, { date, ago: t.count('ui.daysAgo', -days) });
      return t.text(`deadlines.${kind}.open`, { date, left: days === 0 ? t.text('ui.lastDay') : t.count('ui.daysLeft', days) });
    },
    /** A reason, condition or step in words, its values formatted. */
    item(group, item, questions) {
      const byId = (id) => questions.find((q) => q.id === id);
      const values = {};
      for (const [k, v] of Object.entries(item)) {
        if (k === 'code' || k === 'clause' || v === null || v === undefined) continue;
        if (k === 'date' || k === 'orderDate') values[k] = t.date(v);
        else if (k === 'period') values[k] = v.months ? t.count('ui.months', v.months) : t.count('ui.days', v.days);
        else if (k === 'country') values[k] = t.country(v);
        else if (byId(k)) values[k] = t.value(byId(k), v);
        else values[k] = String(v);
      }
      // A code's words may come in variants, richest first; the first whose
      // {placeholders} the item fills is used (values the engine left out).
      const words = lookup(`${group}.${item.code}`);
      const variants = Array.isArray(words) ? words : [words ?? `${group}.${item.code}`];
      const fits = variants.find((v) => [...v.matchAll(/\{(\w+)\}/g)].every((m) => m[1] in values)) ?? variants.at(-1);
      return fill(fits, values);
    },
  };
  return t;
}
