#!/usr/bin/env node
// Writes dist/eligibility-checker.html: the whole checker in one file that
// works opened from disk (file://) and offline. The page's ES modules are
// joined into one inline module script (each module keeps its own scope),
// the wasm and every locale file ride along in it (as the INLINE of
// pkg/build.js, a module like the others: no global the host page's
// elements could shadow by id), and page.css becomes
// an inline style. The Content-Security-Policy stays strict: the script and
// the style are allowed by their SHA-256 hashes, nothing is fetched.
// Run by `make build` after the wasm is built: `node scripts/single-file.mjs`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../www/languages.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WWW = join(ROOT, 'www');
const OUT = join(ROOT, 'dist', 'eligibility-checker.html');
const ENTRY = 'app.js';
const WASM = 'pkg/eligibility_checker_bg.wasm';

const read = (path, enc = 'utf8') => {
  try {
    return readFileSync(join(WWW, path), enc);
  } catch (err) {
    throw new Error(`single-file: cannot read www/${path} (${err.code}); run \`make build\` first`);
  }
};

// --- joining ES modules ------------------------------------------------------
// Handles the forms that the page's modules and wasm-bindgen's `--target web`
// glue use, and refuses anything else rather than guess.

const IMPORT = /^import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?(?:from\s+)?(['"])(\.{1,2}\/[^'"]+)\3;?[ \t]*$/gm;
const DYNAMIC = /\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g;
const EXPORT_DECL = /^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\};?[ \t]*$/gm;
const EXPORT_DEFAULT = /^export\s+default\s+/gm;

const names = (list) =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split(/\s+as\s+/));

function collect(path, seen = new Map(), replaced = {}) {
  if (seen.has(path)) return seen;
  const source = replaced[path] ?? read(path);
  const deps = [];
  for (const m of source.matchAll(IMPORT)) deps.push(posix.join(posix.dirname(path), m[4]));
  for (const m of source.matchAll(DYNAMIC)) deps.push(posix.join(posix.dirname(path), m[2]));
  for (const dep of deps) collect(dep, seen, replaced);
  seen.set(path, source); // after its dependencies: the map's order is a valid load order
  return seen;
}

function wrap(path, source, ids) {
  const exported = [];
  let body = source.replace(IMPORT, (_, def, list, q, spec) => {
    const id = ids.get(posix.join(posix.dirname(path), spec));
    const parts = [];
    if (def) parts.push(`default: ${def}`);
    for (const [from, to] of names(list ?? '')) parts.push(to ? `${from}: ${to}` : from);
    return parts.length ? `const { ${parts.join(', ')} } = ${id};` : '';
  });
  body = body.replace(DYNAMIC, (_, q, spec) => `Promise.resolve(${ids.get(posix.join(posix.dirname(path), spec))})`);
  body = body.replace(EXPORT_DECL, (_, kind, name) => {
    exported.push(`${name}: ${name}`);
    return `${kind} ${name}`;
  });
  body = body.replace(EXPORT_LIST, (_, list) => {
    for (const [local, as] of names(list)) exported.push(`${as ?? local}: ${local}`);
    return '';
  });
  body = body.replace(EXPORT_DEFAULT, () => {
    exported.push('default: __default');
    return 'const __default = ';
  });
  const left = /^\s*(import|export)\b[^(]/m.exec(body);
  if (left) throw new Error(`single-file: www/${path}: cannot join this statement: ${body.slice(left.index, left.index + 80).trim()}`);
  return `// www/${path}\nconst ${ids.get(path)} = (() => {\n${body}\nreturn { ${exported.join(', ')} };\n})();\n`;
}

/** The modules reachable from `entry`, joined; `replaced` maps a path to the source used in its place. */
export function joinModules(entry, replaced = {}) {
  const modules = collect(entry, new Map(), replaced);
  const ids = new Map([...modules.keys()].map((p, i) => [p, `__module${i}`]));
  return [...modules].map(([path, source]) => wrap(path, source, ids)).join('\n');
}

// --- the page ----------------------------------------------------------------

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const asScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Writes the single file; returns its path. */
export function build() {
  const wasm = read(WASM, null).toString('base64');
  const words = (name) => JSON.parse(read(`locales/${name}.json`));
  const locales = Object.fromEntries(
    LANGUAGES.map(({ code: l }) => {
      const [interview, answer] = [words(l), words(`${l}.extras`)];
      return [l, { ...interview, ...answer, ui: { ...interview.ui, ...answer.ui } }];
    }),
  );
  // Everything the checker needs, so that this file works from disk and offline.
  const BUILD = 'pkg/build.js';
  const NONE = 'export const INLINE = null;';
  const stamped = read(BUILD);
  if (!stamped.includes(NONE)) throw new Error(`single-file: www/${BUILD} has no line "${NONE}"`);
  const inline = `export const INLINE = { wasm: Uint8Array.from(atob(${asScript(wasm)}), (c) => c.charCodeAt(0)), locales: ${asScript(locales)} };`;
  const script = joinModules(ENTRY, { [BUILD]: stamped.replace(NONE, () => inline) });
  const style = read('page.css');
  const icon = `data:image/svg+xml,${encodeURIComponent(read('icon.svg').trim())}`;
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  const index = read('index.html');
  const body = /<body>([\s\S]*)<\/body>/.exec(index)[1];
  const title = /<title>([^<]*)<\/title>/.exec(index)[1];
  const html = `<!doctype html>
<html>
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
