#!/usr/bin/env node
// Writes the page as it is served, dist/www/, from the readable sources in
// www/ and the engine that scripts/build.sh has built into www/pkg*/ (run by
// build.sh: `node scripts/bundle.mjs [BUILD_ID]`, by default the engine's). docs/page.md, "The built
// page", describes the layout:
//   eligibility-checker.js   the element with all that the first question
//                            needs (i18n, styles, dom), one minified module;
//                            it imports only the engine's glue and
//                            pkg/build.js, and later eligibility-answer.js
//                            (policy.js for policy="URL", receipt.js for
//                            a receipt code);
//   app.js                   the full page's entry, with the element and
//                            the engine's glue in it (CARRIES);
//   eligibility-answer.js, policy.js   minified the same way;
//                            each module then goes through terser (TERSER);
//   vocabulary.js            the default policy's vocabulary as data, for
//                            the npm package's engine (the element bundles
//                            the parts it reads; the worker does not keep it);
//   receipt.js               the receipt codec on its own, for the code's
//                            reader (`import()`ed when a code is opened);
//                            its encoder is bundled into
//                            eligibility-answer.js, which every answer needs;
//   index.html, embed.html   with the first question in the HTML, rendered
//                            here from the engine's first `questions` entry
//                            and the default language's words, as the
//                            element's declarative shadow root with the
//                            element's own styles (styles.js) in it;
//   page.css                 the page's own styles, minified;
//   pkg/, pkg-policy/, locales/, sw.js, embed.css, icon.svg   as built or
//                            as written (the glues and word files minified);
//   pkg/build.js, pkg/precache.js   written last, by scripts/stamp.mjs.
import { build, transform } from 'esbuild';
import { minify } from 'terser';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stamp } from './stamp.mjs';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const WWW = join(ROOT, 'www');
/** The folder that is served: `make serve`, the tests, the npm package. */
export const SITE = join(ROOT, 'dist', 'www');

const GLUE = 'pkg/eligibility_checker.js';
const BUILD = './pkg/build.js';
/** Every module the page loads on its own; each is one minified file. */
const ENTRIES = ['eligibility-checker.js', 'eligibility-answer.js', 'policy.js', 'receipt.js', 'vocabulary.js', 'app.js'];
/**
 * Imports that stay imports of another file of the site. The engines' glues
 * stay in pkg/ and pkg-policy/ beside their wasm (minified there): a
 * storefront that bundles the npm package finds the wasm as the glue says
 * (docs/embedding.md), and the custom-policy engine is loaded only for it.
 */
const SEPARATE = new Set([BUILD, `./${GLUE}`, './pkg-policy/eligibility_checker.js', './eligibility-checker.js', './eligibility-answer.js', './policy.js']);
/**
 * Modules bundled into the files that import them statically, and left their
 * own file where they are imported with `import()`: what a whole interview
 * needs of receipt.js (the encoder) comes with the answer screen, and its
 * reader only when a receipt code is opened.
 */
const DEFERRED = new Set(['./receipt.js']);
const GLUES = [GLUE, 'pkg-policy/eligibility_checker.js'];
const COPIED = ['sw.js', 'embed.css', 'icon.svg', 'pkg', 'pkg-policy'];
const PAGES = ['index.html', 'embed.html'];
/**
 * The pages that carry page.css inline: no stylesheet to fetch before the
 * first paint (`node bench/run.mjs --only=page`, the same rounds: first
 * question painted 108 -> 76 ms, interactive 130 -> 123 ms). Every page's
 * Content-Security-Policy allows that style by its hash, so that the site has
 * one policy (scripts/serve.mjs sends it as a header); embed.html stays a
 * storefront's page as a storefront writes it, with its stylesheets.
 */
const INLINE_CSS = new Set(['index.html']);
/** The language of the HTML and of the question in it. */
const DEFAULT_LANG = 'en';

/** A CSP source that allows exactly `text` (a script or a style) by its SHA-256. */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** esbuild options shared by the site and the single file. */
export const MINIFY = { bundle: true, minify: true, format: 'esm', target: 'es2022', legalComments: 'none', logLevel: 'warning' };

/**
 * Terser's second pass over each module esbuild has bundled and minified:
 * its names, given by how often each is used, compress better. Measured,
 * gzip -9: app.js 9,298 -> 9,152 B, eligibility-answer.js 7,156 -> 6,965 B,
 * the glue 2,548 -> 2,432 B, eligibility-checker.js 9,144 -> 8,987 B; most of
 * it is the names (mangling alone gave 9,163, 6,986 and 2,488 B). Then
 * function expressions that use no `this` as arrows, and as methods in
 * object literals (`unsafe_arrows`, `unsafe_methods`: unsafe only for a
 * function called with `new` or read for its `prototype`, which no
 * function of the page is): app.js 9,993 -> 9,965 B, eligibility-answer.js
 * 6,957 -> 6,953 B, the glue 1,956 -> 1,932 B.
 */
const TERSER = { module: true, ecma: 2022, compress: { passes: 2, unsafe_arrows: true, unsafe_methods: true }, mangle: true, format: { comments: false } };

/** Rewrites the module at `file` with terser's second pass. */
async function shrink(file) {
  const { code } = await minify(readFileSync(file, 'utf8'), TERSER);
  writeFileSync(file, code);
}

/**
 * What an entry carries of the files that stay apart for the others: the
 * full page's entry has the element and the engine's glue in it, so
 * index.html fetches two modules less (it preloads pkg/build.js, the wasm
 * and the words). Measured, gzip -9: app.js and the glue 9,149 + 2,022 B apart,
 * 10,791 B together (terser names the two as one).
 */
const CARRIES = { 'app.js': new Set(['./eligibility-checker.js', `./${GLUE}`]) };

/** `text` (CSS) minified by esbuild. */
const minifyCss = async (text) => (await transform(text, { loader: 'css', minify: true })).code.trim();

/** A module's styles: `export const css = \`...\`;` (styles.js, eligibility-answer.js), without `${}` in them. */
const CSS_EXPORT = /export const css = `([^`$]*)`;/;

/**
 * Leaves `SEPARATE` imports, and `import()`s of `DEFERRED`, as they are
 * written (all the page's modules sit in one folder); and minifies the
 * styles a module exports (CSS_EXPORT) as CSS, which esbuild and terser
 * leave as they are, a string. Measured, zlib -9: eligibility-answer.js
 * 6,957 -> 6,941 B.
 */
const separate = (entry) => ({
  name: 'separate-files',
  setup(b) {
    b.onLoad({ filter: /\/www\/[^/]+\.js$/ }, async ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const styles = CSS_EXPORT.exec(source);
      if (!styles) return undefined;
      const css = await minifyCss(styles[1]);
      return { contents: source.replace(styles[0], () => `export const css = ${JSON.stringify(css)};`), loader: 'js' };
    });
    const apart = (path, kind) => (SEPARATE.has(path) && !CARRIES[entry]?.has(path)) || (kind === 'dynamic-import' && DEFERRED.has(path));
    if (STYLES_FROM_PAGE[entry]) {
      b.onResolve({ filter: /^\.\/styles\.js$/ }, () => ({ path: 'styles.js', namespace: 'page-styles' }));
      b.onLoad({ filter: /.*/, namespace: 'page-styles' }, () => ({ contents: stylesFromPage(STYLES_FROM_PAGE[entry]), loader: 'js' }));
    }
    b.onResolve({ filter: /^\.\// }, ({ path, kind }) => (apart(path, kind) ? { path, external: true } : undefined));
  },
});

/**
 * The entries whose page carries the element's styles (styles.js) itself,
 * and that page: index.html has them in the declarative shadow root of its
 * first question (`withStaticQuestion`), where that question wears them, and
 * app.js reads them from there instead of carrying its own copy. Measured,
 * zlib -9 (`node --test tests/browser/budget.test.mjs`): app.js 12,140 ->
 * 10,962 B. eligibility-checker.js, which storefronts load, keeps its own
 * copy, and so does the single file (scripts/single-file.mjs bundles the
 * sources).
 */
const STYLES_FROM_PAGE = { 'app.js': 'index.html' };

/** The module that stands for styles.js in an entry of STYLES_FROM_PAGE: the styles as `page` carries them. */
const stylesFromPage = (page) => `const s = document.querySelector('eligibility-checker')?.shadowRoot?.querySelector('style');
if (!s) throw new Error(${JSON.stringify(`this module is ${page}'s own (the element's styles come from its first question); a storefront loads eligibility-checker.js`)});
export const css = s.textContent;`;

// --- The first question, in HTML --------------------------------------------

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** `tag(name, attrs, ...children)`: markup, with every text and attribute escaped. */
const tag = (name, attrs, ...children) =>
  `<${name}${Object.entries(attrs)
    .filter(([, v]) => v !== false && v !== undefined)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escape(v)}"`))
    .join('')}>${children.flat().filter(Boolean).join('')}${['input'].includes(name) ? '' : `</${name}>`}`;
const text = (s) => escape(s);

// The element's attributes that preset an answer (as in eligibility-checker.js).
const PRESETS = { product: 'product', seller: 'seller', country: 'country', 'received-date': 'receivedDate', 'order-date': 'orderDate' };

/**
 * The first question the element would show for `attrs` (its attributes),
 * as static markup: the same classes as the element's, so the element's
 * styles dress it alike; no ids the element uses, no `data-question`.
 * The element takes it over (docs/page.md, "The first question in the HTML").
 */
export function staticQuestion(engine, words, languages, attrs) {
  const presets = Object.fromEntries(Object.entries(PRESETS).filter(([a]) => a in attrs).map(([a, key]) => [key, attrs[a]]));
  const q = engine.check({ asOf: new Date().toISOString().slice(0, 10), ...presets }).questions[0];
  if (!q) throw new Error(`bundle: the engine asks no question for ${JSON.stringify(presets)}`);
  const say = (path, values = {}) => {
    const w = path.split('.').reduce((o, k) => o?.[k], words);
    if (typeof w !== 'string') throw new Error(`bundle: locales/${DEFAULT_LANG}.json has no ${path}`);
    return w.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  };
  const level = Math.min(Math.max(parseInt(attrs['heading-level'], 10) || 2, 1), 5);
  const help = words.questions[q.id]?.help;
  const radio = (value, label, extra = '') => tag('label', { class: 'opt' }, tag('input', { type: 'radio', name: 'answer', value }), tag('span', {}, text(label)), extra);
  const date = (label) => tag('input', { type: 'date', name: 'date', min: '1900-01-01', 'aria-label': label });
  let control;
  if (q.kind === 'date') control = tag('div', { class: 'field' }, date(say(`questions.${q.id}.title`)));
  else if (q.kind === 'yes-no') control = [radio('yes', say('ui.yes')), radio('no', say('ui.no'))];
  else if (q.kind === 'date-or-none') control = [radio('none', say(`questions.${q.id}.none`)), radio('date', say(`questions.${q.id}.some`), date(say(`questions.${q.id}.some`)))];
  else if (q.id === 'country') throw new Error('bundle: a first question on the country has no static form (its names come from Intl in the browser)');
  else control = q.options.map((o) => radio(o, say(`options.${q.id}.${o}`)));
  if (Array.isArray(control)) control = tag('div', { class: 'options', role: 'radiogroup', 'aria-label': say(`questions.${q.id}.title`) }, control);
  const select = tag('select', { 'aria-label': say('ui.language') }, languages.map((l) => tag('option', { value: l.code, lang: l.code, selected: l.code === DEFAULT_LANG }, text(l.name))));
  return tag(
    'div',
    { class: 'ec ec-static', lang: DEFAULT_LANG },
    tag('div', { class: 'head' }, tag(`h${level}`, { class: 'title' }, text(say('ui.title'))), tag('label', { class: 'lang no-print' }, text(say('ui.language')), ' ', select)),
    tag(
      'form',
      { 'data-static-question': q.id, 'aria-label': say(`questions.${q.id}.title`) },
      tag('p', { class: 'help intro' }, text(say('ui.intro'))),
      tag('p', { class: 'progress' }, text(say('ui.progress', { n: 1 }))),
      tag(`h${level + 1}`, { tabindex: '-1' }, text(say(`questions.${q.id}.title`))),
      help && tag('p', { class: 'help' }, text(help)),
      control,
      // Shown only where no script runs (page.css: `scripting: none`): what the checker needs to go on.
      tag('p', { class: 'error needs-js' }, 'This checker needs JavaScript and WebAssembly to answer. Turn them on, or ask the shop about returns and warranty.'),
      // Disabled until the element takes over: a press would submit to nowhere.
      tag('div', { class: 'actions' }, tag('button', { type: 'submit', class: 'btn', disabled: true }, text(say('ui.next')))),
    ),
  );
}

/** The attributes of the first `<eligibility-checker>` in `html`, and where its tag ends. */
function checkerTag(html) {
  const m = /<eligibility-checker([^>]*)>/.exec(html);
  if (!m) throw new Error('bundle: no <eligibility-checker> in the page');
  const attrs = Object.fromEntries([...m[1].matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, v ?? '']));
  return { attrs, end: m.index + m[0].length };
}

/**
 * `html` with the static first question inside its `<eligibility-checker>`,
 * as the element's declarative shadow root (`<template
 * shadowrootmode="open">`): the parser attaches it, with `css` (the
 * element's styles, minified) in a `<style>` of its own, so the question
 * paints as the element's does, `:host` rules and all, before any script
 * runs; the element renders into that same root. Measured, zlib -9
 * (`node --test tests/browser/budget.test.mjs`): the full page's index.html
 * 2,774 -> 2,609 B and app.js 10,016 -> 9,994 B, against the styles twice
 * in index.html (a copy scoped to the question in the page's style, and the
 * styles as written in an inert template for app.js) and a `<slot>` for
 * the question in the light DOM.
 */
export function withStaticQuestion(html, engine, words, languages, css) {
  const { attrs, end } = checkerTag(html);
  if (!html.startsWith('</eligibility-checker>', end)) throw new Error('bundle: <eligibility-checker> in the page is not empty');
  if (css.includes('</style')) throw new Error('bundle: styles.js contains "</style"');
  const root = `<template shadowrootmode="open"><style>${css}</style>${staticQuestion(engine, words, languages, attrs)}</template>`;
  return `${html.slice(0, end)}${root}${html.slice(end)}`;
}

/**
 * `html` with `style` (page.css) and `css` (the element's styles, in its
 * first question's shadow root) allowed by their hashes in its `style-src`
 * (every page has both, so that the site has one policy), and, when
 * `inline`, `style` in place of its page.css link.
 */
function withPageStyle(html, style, css, page, inline) {
  const link = '<link rel="stylesheet" href="page.css">';
  const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/;
  if (!html.includes(link) || !csp.test(html)) throw new Error(`bundle: www/${page} has no "${link}" or no style-src 'self' in its Content-Security-Policy`);
  if (style.includes('</style')) throw new Error('bundle: page.css contains "</style"');
  const allowed = html.replace(csp, `$1 ${cspHash(style)} ${cspHash(css)}`);
  return inline ? allowed.replace(link, () => `<style>${style}</style>`) : allowed;
}

// --- The site ----------------------------------------------------------------

/** Writes SITE (or `out`) for the build `id` (by default the engine's); returns stamp()'s answer. */
export async function bundle(id, { www = WWW, out = SITE } = {}) {
  const glue = await import(pathToFileURL(join(www, GLUE)).href);
  glue.initSync({ module: readFileSync(join(www, 'pkg', 'eligibility_checker_bg.wasm')) });
  id ??= glue.buildId();
  const words = JSON.parse(readFileSync(join(www, 'locales', `${DEFAULT_LANG}.json`), 'utf8'));
  const { LANGUAGES } = await import(pathToFileURL(join(www, 'languages.js')).href);
  const { css } = await import(pathToFileURL(join(www, 'styles.js')).href);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'locales'), { recursive: true });
  for (const entry of ENTRIES) {
    await build({ ...MINIFY, entryPoints: [join(www, entry)], outfile: join(out, entry), plugins: [separate(entry)] });
    await shrink(join(out, entry));
  }
  for (const f of COPIED) cpSync(join(www, f), join(out, f), { recursive: true });
  for (const f of GLUES) {
    await build({ ...MINIFY, entryPoints: [join(www, f)], outfile: join(out, f), allowOverwrite: true });
    await shrink(join(out, f));
  }
  for (const f of readdirSync(join(www, 'locales')).filter((f) => f.endsWith('.json'))) {
    writeFileSync(join(out, 'locales', f), JSON.stringify(JSON.parse(readFileSync(join(www, 'locales', f), 'utf8'))));
  }
  const elementCss = await minifyCss(css);
  const style = await minifyCss(readFileSync(join(www, 'page.css'), 'utf8'));
  writeFileSync(join(out, 'page.css'), style);
  for (const page of PAGES) {
    const html = withStaticQuestion(readFileSync(join(www, page), 'utf8'), glue, words, LANGUAGES, elementCss);
    writeFileSync(join(out, page), withPageStyle(html, style, elementCss, page, INLINE_CSS.has(page)));
  }
  return stamp(out, id);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { cache, files } = await bundle(process.argv[2]);
  console.log(`bundle: dist/www/, ${Object.keys(files).length} files in ${cache}`);
}
