#!/usr/bin/env node
// Writes the npm package `eligibility-checker` from the built www/ tree and
// npm/ (the package's own files: README, Node entries, CLI, element types):
// `node scripts/package.mjs [--out dist/npm]`, run by `make package` after
// `make build`. The folder is also the flat self-host folder: served as it
// is, `<script type="module" src=".../eligibility-checker.js">` works from any
// static host, because every file keeps its place relative to the element
// (the element finds its engine, wasm and locales through import.meta.url).
//
// Which files of www/ go in is found, not listed: the modules the element
// imports, followed from file to file (static imports, `import('./x.js')`,
// `new URL('x', import.meta.url)`), the two engines' folders (both
// listed, so that either can be imported alone), their types and wasm,
// and every locale. The full page's own files (index.html, app.js, sw.js,
// page.css, ...) are imported by none of these and stay out.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// The page as built and served (scripts/bundle.mjs): bundled, minified modules.
const WWW = join(ROOT, 'dist', 'www');
const OWN = join(ROOT, 'npm');
const ELEMENT = 'eligibility-checker.js';
const ENGINES = { engine: 'pkg', 'policy-engine': 'pkg-policy' };
/**
 * The default policy's vocabulary as data, which the package's own
 * engine.js (npm/) gives as `vocabulary()`: the page's wasm module does not
 * carry the function, and the element bundles only the parts it reads.
 */
const VOCABULARY = 'vocabulary.js';
const GLUE = 'eligibility_checker.js';
const WASM = 'eligibility_checker_bg.wasm';

// `from './x'`, `import './x'`, `import('./x')`, `new URL('x', import.meta.url)`.
const REFERENCES = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

class PackageError extends Error {}

/** The path of every www/ file in `folder`, recursively, relative to www/. */
function filesUnder(folder) {
  const out = [];
  for (const entry of readdirSync(join(WWW, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** The www/ files the package carries, relative to www/, sorted. */
export function wwwFiles() {
  const entries = [ELEMENT, VOCABULARY, ...Object.values(ENGINES).map((dir) => `${dir}/${GLUE}`)];
  for (const file of entries) {
    if (!existsSync(join(WWW, file))) throw new PackageError(`www/${file} is missing: run \`make build\` first`);
  }
  const found = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (found.has(file)) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(join(WWW, file), 'utf8');
    for (const pattern of REFERENCES) {
      for (const [, spec] of text.matchAll(pattern)) {
        const isImport = !pattern.source.startsWith('new URL');
        if (isImport && !/^\.{1,2}\//.test(spec)) throw new PackageError(`www/${file} imports '${spec}': the package has no dependencies, so only relative imports can be shipped`);
        const target = relative(WWW, resolve(WWW, dirname(file), spec)).split(sep).join('/');
        if (target.startsWith('..')) throw new PackageError(`www/${file} refers to '${spec}', outside www/`);
        if (!existsSync(join(WWW, target))) throw new PackageError(`www/${file} refers to '${spec}', which the build did not write (www/${target})`);
        queue.push(target);
      }
    }
  }
  // The types of every module that has them (the engines' .d.ts, the wasm's).
  for (const file of [...found]) {
    for (const types of [file.replace(/\.js$/, '.d.ts'), `${file}.d.ts`, file.replace(/\.wasm$/, '.wasm.d.ts')]) {
      if (types !== file && existsSync(join(WWW, types))) found.add(types);
    }
  }
  for (const dir of Object.values(ENGINES)) {
    if (!found.has(`${dir}/${WASM}`)) throw new PackageError(`www/${dir}/${GLUE} does not load www/${dir}/${WASM}: the glue is not wasm-bindgen's --target web`);
  }
  for (const file of filesUnder('locales')) if (file.endsWith('.json')) found.add(file);
  return [...found].sort();
}

/** The package's own files (npm/), relative to npm/. */
function ownFiles(folder = '') {
  const out = [];
  for (const entry of readdirSync(join(OWN, folder), { withFileTypes: true })) {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...ownFiles(path));
    else out.push(path);
  }
  return out;
}

/** `version` and `description` of the [package] table of Cargo.toml. */
function cargoPackage() {
  const toml = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const table = /^\[package\]\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml)?.[1] ?? '';
  const field = (name) => new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm').exec(table)?.[1];
  const version = field('version');
  if (!version) throw new PackageError('Cargo.toml has no [package] version');
  return { version, description: field('description'), license: field('license') };
}

/** The package.json for `files` (every path in the package). */
export function manifest(files) {
  const cargo = cargoPackage();
  // The default policy's engine is the package's own engine.js (the glue
  // and `vocabulary()`); the custom-policy one is its glue as it is.
  const engine = (dir, node, entry = `${dir}/${GLUE}`) => ({
    [`./${node}`]: {
      types: `./${entry.replace(/\.js$/, '.d.ts')}`,
      node: `./node/${node}.js`,
      default: `./${entry}`,
    },
    [`./${node}/node`]: { types: `./node/${node}.d.ts`, default: `./node/${node}.js` },
    [`./${node}/wasm`]: `./${dir}/${WASM}`,
  });
  const element = { types: './eligibility-checker.d.ts', default: `./${ELEMENT}` };
  const pkg = {
    name: 'eligibility-checker',
    version: cargo.version,
    description: cargo.description,
    license: cargo.license ?? 'MIT OR Apache-2.0',
    type: 'module',
    exports: {
      '.': element,
      './element': element,
      ...engine('pkg', 'engine', 'engine.js'),
      ...engine('pkg-policy', 'policy-engine'),
      './locales/*': './locales/*',
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
    },
    types: './eligibility-checker.d.ts',
    // The element described for editors and tools (the Custom Elements Manifest).
    customElements: './custom-elements.json',
    bin: { 'eligibility-checker': './bin/eligibility-checker.mjs' },
    // The top-level files and folders; npm adds package.json, README and LICENSE-* itself.
    files: [...new Set(files.map((f) => f.split('/')[0]))].filter((f) => f !== 'package.json').sort(),
    engines: { node: '>=20' },
    keywords: ['returns', 'warranty', 'eligibility', 'web-component', 'custom-element', 'webassembly'],
  };
  // Every path the manifest names must be in the package.
  const named = [pkg.types, pkg.customElements, ...Object.values(pkg.bin), ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))];
  for (const path of named) {
    if (!path.includes('*') && !files.includes(path.slice(2))) throw new PackageError(`package.json names ${path}, which is not in the package`);
  }
  return pkg;
}

/** Writes the package to `out` (emptied first); returns its file list. */
export function writePackage(out) {
  const www = wwwFiles();
  const own = ownFiles();
  const top = ['LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md'].filter((f) => existsSync(join(ROOT, f)));
  const clash = own.find((f) => www.includes(f) || top.includes(f));
  if (clash) throw new PackageError(`npm/${clash} and www/${clash} (or the repository's) would be the same file in the package`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const copy = (from, file) => {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    cpSync(join(from, file), join(out, file));
  };
  for (const file of www) copy(WWW, file);
  for (const file of own) copy(OWN, file);
  for (const file of top) copy(ROOT, file);
  const files = [...www, ...own, ...top, 'package.json'].sort();
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest(files), null, 2)}\n`);
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--out');
  const out = resolve(i > 0 ? process.argv[i + 1] : join(ROOT, 'dist/npm'));
  try {
    const files = writePackage(out);
    const bytes = files.reduce((n, f) => n + statSync(join(out, f)).size, 0);
    console.log(`package: ${files.length} files, ${bytes} bytes in ${relative(process.cwd(), out) || '.'}/`);
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    console.error(`package: ${err.message}`);
    process.exit(1);
  }
}
