// Words. The locale files hold them, keyed by the engine's codes, question
// ids, option ids and clause ids; country names come from Intl, and so do the
// dates, numbers and plurals that extras.js formats. Each file must be the one
// of this build (pkg/build.js has its fingerprint): words of another deploy,
// beside this engine, would say another rule.
import { WORDS, INLINE } from './pkg/build.js';

import { LANGUAGES as LIST } from './languages.js';

export const LANGUAGES = LIST.map((l) => l.code);

/**
 * A language's word files, `locales/<lang><kind>.json`: its interview's,
 * its answer screen's, its texts and its error messages. pkg/build.js's
 * WORDS holds their fingerprints, eight hex digits each, one after the
 * other: language after language as LANGUAGES lists them, and in each,
 * these in this order (scripts/stamp.mjs).
 */
export const KINDS = ['', '.extras', '.texts', '.errors'];
export const languageName = (code) => LIST.find((l) => l.code === code)?.name;

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

/** FNV-1a over the text's UTF-16 code units, as scripts/stamp.mjs computes it. */
export function fingerprint(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The error of files from two builds: the element asks for a reload. */
export const mismatch = (what) => Object.assign(new Error(`${what} is from another version of the checker`), { code: 'version-mismatch' });

/** The words of `lang` of the kind at `kind` in KINDS. */
function loadFile(lang, kind) {
  const name = lang + KINDS[kind];
  if (!loaded.has(name)) {
    const words = fetch(new URL(`./locales/${name}.json`, import.meta.url))
      .then((r) => {
        if (!r.ok) throw new Error(`locale ${name}: ${r.status}`);
        return r.text();
      })
      .then((text) => {
        const at = 8 * (LANGUAGES.indexOf(lang) * KINDS.length + kind);
        if (fingerprint(text) !== WORDS.slice(at, at + 8)) throw mismatch(`locales/${name}.json`);
        return JSON.parse(text);
      });
    words.catch(() => loaded.delete(name));
    loaded.set(name, words);
  }
  return loaded.get(name);
}

/**
 * Loads a language's words: those of the interview (`en.json`); with `all`
 * also the rest (`en.extras.json`: the answer screen, the summary), which
 * the first question does not wait for; and with `texts` too the texts of
 * the policy's clauses and of the law (`en.texts.json`: `clauses`,
 * `sources`), which only an opened "what the policy says" (or a print)
 * needs. The single-file build carries them all inline.
 */
export function loadWords(lang, all = false, texts = false) {
  const inlined = INLINE?.locales[lang];
  if (inlined) return Promise.resolve(inlined);
  const files = [loadFile(lang, 0), all && loadFile(lang, 1), all && texts && loadFile(lang, 2)];
  return Promise.all(files).then(([a, b, c]) => (b ? { ...a, ...b, ...c, ui: { ...a.ui, ...b.ui } } : a));
}

/**
 * A language's error messages (`en.errors.json`: `errors`, by the engine's
 * error codes), which only an answer the engine refuses needs: fetched then,
 * not in an interview that has none.
 */
export const loadErrors = (lang) => Promise.resolve(INLINE?.locales[lang] ?? loadFile(lang, 3));

/** A translator bound to one locale's words and Intl formats. */
export function translator(words, locale) {
  // Made when first asked (the country question): its start-up costs tens of ms.
  let regions;
  const lookup = (path) => path.split('.').reduce((o, k) => o?.[k], words);
  const fill = (text, values = {}) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  return {
    words,
    locale,
    lookup,
    fill,
    /** The words at `path` (dots between keys), with `{name}` filled from `values`. */
    text(path, values) {
      const w = lookup(path);
      return typeof w === 'string' ? fill(w, values) : path;
    },
    country: (code) => (regions ??= new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })).of(code),
  };
}
