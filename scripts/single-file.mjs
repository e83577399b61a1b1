#!/usr/bin/env node
// Writes dist/eligibility-checker.html: the whole checker in one file that
// works opened from disk (file://) and offline. The page's ES modules are
// bundled by esbuild into one minified inline module script (the answer
// screen too, which the served page fetches after the first question), the
// wasm and every locale file ride along in it (as the INLINE of
// pkg/build.js: no global the host page's elements could shadow by id), and
// the served page.css becomes an inline style; the body is the served
// index.html's, the static first question included (with the element's
// styles in its shadow root). The Content-Security-Policy stays strict: the
// script and the styles are allowed by their SHA-256 hashes, nothing is
// fetched. Run by `make build` after
// scripts/bundle.mjs has written dist/www/: `node scripts/single-file.mjs`.
import { buildSync } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { MINIFY, ROOT, SITE, WWW, cspHash as sha256 } from './bundle.mjs';
import { LANGUAGES } from '../www/languages.js';

const OUT = join(ROOT, 'dist', 'eligibility-checker.html');
const ENTRY = 'app.js';
const WASM = 'pkg/eligibility_checker_bg.wasm';

const read = (path, enc = 'utf8') => {
  try {
    return readFileSync(join(SITE, path), enc);
  } catch (err) {
    throw new Error(`single-file: cannot read dist/www/${path} (${err.code}); run \`make build\` first`);
  }
};

/** The modules reachable from www/`entry` as one minified module, with pkg/build.js as `buildJs`. */
function bundleOne(entry, buildJs) {
  // A copy of the sources with this file's own pkg/build.js (esbuild's
  // synchronous build, which build() must stay, takes no plugins).
  const dir = mkdtempSync(join(tmpdir(), 'ec-single-'));
  try {
    cpSync(WWW, dir, { recursive: true, filter: (f) => !f.endsWith('.wasm') && !f.includes('pkg-policy') && !f.includes('locales') });
    writeFileSync(join(dir, 'pkg', 'build.js'), buildJs);
    // The custom-policy engine stays out (a file opened from disk has no policy="URL" to load).
    const result = buildSync({ ...MINIFY, entryPoints: [join(dir, entry)], external: ['./pkg-policy/*'], write: false, logLevel: 'error' });
    return result.outputFiles[0].text.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- the page ----------------------------------------------------------------

const asScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Writes the single file; returns its path. */
export function build() {
  const wasm = read(WASM, null).toString('base64');
  const words = (name) => JSON.parse(read(`locales/${name}.json`));
  const locales = Object.fromEntries(
    LANGUAGES.map(({ code: l }) => {
      // The interview's words, the answer screen's, the texts of the clauses and the law, and the error messages.
      const [interview, answer, texts, errors] = [words(l), words(`${l}.extras`), words(`${l}.texts`), words(`${l}.errors`)];
      return [l, { ...interview, ...answer, ...texts, ...errors, ui: { ...interview.ui, ...answer.ui } }];
    }),
  );
  // Everything the checker needs, so that this file works from disk and offline.
  const BUILD = 'pkg/build.js';
  const NONE = 'export const INLINE = null;';
  const stamped = read(BUILD);
  if (!stamped.includes(NONE)) throw new Error(`single-file: dist/www/${BUILD} has no line "${NONE}"`);
  const inline = `export const INLINE = { wasm: Uint8Array.from(atob(${asScript(wasm)}), (c) => c.charCodeAt(0)), locales: ${asScript(locales)} };`;
  const script = bundleOne(ENTRY, stamped.replace(NONE, () => inline));
  const style = read('page.css');
  const index = read('index.html');
  const body = /<body>([\s\S]*)<\/body>/.exec(index)[1];
  const title = /<title>([^<]*)<\/title>/.exec(index)[1];
  // The element's styles in its first question's shadow root, in the body.
  const styles = [style, ...[...body.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1])];
  const icon = `data:image/svg+xml,${encodeURIComponent(read('icon.svg').trim())}`;
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${[...new Set(styles)].map(sha256).join(' ')}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="icon" href="${icon}">
<style>${style}</style>
<script type="module">${script}</script>
</head>
<body>${body}</body>
</html>
`;
  if (html.split('</script>').length !== 2) throw new Error('single-file: a module contains "</script>"');
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, html);
  console.log(`single-file: wrote ${relative(process.cwd(), OUT)} (${html.length} bytes)`);
  return OUT;
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) build();
