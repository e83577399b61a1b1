// The languages the page speaks: one line each, the code (ISO 639-1, as in
// `lang` attributes and locale file names) and the language's name in itself,
// as the language picker shows it. Adding a language is its two locale files
// (`locales/xx.json`, `locales/xx.extras.json`) plus its line here; the page,
// the service worker and the single-file build all read this list
// (docs/i18n.md). English comes first: it is the fallback.
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
  { code: 'it', name: 'Italiano' },
];
