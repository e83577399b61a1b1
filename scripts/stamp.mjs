#!/usr/bin/env node
// Writes what tells one build of the page from another, after the engine is
// built (scripts/build.sh runs it; tests run it on a copy to "deploy"):
//   pkg/build.js     the build id (the one compiled into the wasm as
//                    EC_BUILD_ID and returned by its buildId()), a fingerprint
//                    of each word file (one string, language after
//                    language, each in the order of i18n.js's KINDS), and
//                    no inline data (the single-file build writes its own);
//   pkg/precache.js  for sw.js: every file of the page with its SHA-256, and
//                    the name of the cache they go in, made of a hash of them
//                    all, so that a deploy gets a cache of its own.
// `node scripts/stamp.mjs ROOT BUILD_ID`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Not kept by the worker: the worker and its list, the custom-policy
// engine, which a storefront's own policy needs and which is not offline,
// the engine's TypeScript types, and vocabulary.js, the npm package's data,
// whose parts the page's modules carry.
const SKIP = (file) =>
  file === 'sw.js' || file.endsWith('.d.ts') || file === 'pkg/precache.js' || file === 'vocabulary.js' || file.startsWith('pkg-policy/') || file.split('/').some((p) => p.startsWith('.'));

/** The page's files under `root`, as sorted paths with `/`. */
export function pageFiles(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath ?? d.path, d.name)).split(sep).join('/'))
    .filter((f) => !SKIP(f))
    .sort();
}

const sri = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

/** Writes `root`/pkg/build.js and `root`/pkg/precache.js for the build `id`. */
export async function stamp(root, id) {
  if (!/^[\w-]{1,64}$/.test(id)) throw new Error(`stamp: bad build id ${JSON.stringify(id)}`);
  // The fingerprint is the page's own function (the source www/i18n.js, which
  // checks the words it loads; the served copy is bundled); i18n.js imports
  // pkg/build.js, so one must be beside it first.
  const sourceBuildJs = fileURLToPath(new URL('../www/pkg/build.js', import.meta.url));
  if (!existsSync(sourceBuildJs)) writeFileSync(sourceBuildJs, "export const BUILD_ID = null, WORDS = '', INLINE = null;\n");
  const { fingerprint, KINDS, LANGUAGES } = await import(new URL('../www/i18n.js', import.meta.url).href);
  const buildJs = join(root, 'pkg', 'build.js');
  const WORD_FILES = LANGUAGES.flatMap((lang) => KINDS.map((kind) => lang + kind));
  const present = readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  const unlisted = [...present.filter((n) => !WORD_FILES.includes(n)), ...WORD_FILES.filter((n) => !present.includes(n)).map((n) => `no ${n}`)];
  if (unlisted.length) throw new Error(`stamp: ${root}/locales does not hold the word files of www/languages.js (and KINDS, www/i18n.js): ${unlisted.join(', ')}`);
  // One string, without a name for each: measured, zlib -9, the file is 204 B
  // instead of 300 B with {"de":"...","de.extras":"...",...}.
  const words = WORD_FILES.map((name) => fingerprint(readFileSync(join(root, 'locales', `${name}.json`), 'utf8'))).join('');
  // No comments in it: it is part of the first load (what each name holds is
  // said here). BUILD_ID: the id the engine's buildId() returns when it is of
  // the same build; WORDS: each word file's fingerprint, in the order of
  // WORD_FILES; INLINE: the wasm and the words when they ride along (the
  // single-file build writes its own).
  writeFileSync(buildJs, `export const BUILD_ID = ${JSON.stringify(id)};\nexport const WORDS = ${JSON.stringify(words)};\nexport const INLINE = null;\n`);
  const files = {};
  for (const f of pageFiles(root)) files[f] = sri(readFileSync(join(root, f)));
  // The folder's own address is the full page.
  files['./'] = files['index.html'];
  const all = createHash('sha256').update(JSON.stringify(Object.entries(files).sort())).digest('hex').slice(0, 16);
  writeFileSync(
    join(root, 'pkg', 'precache.js'),
    `// Written by scripts/stamp.mjs: what sw.js keeps for build ${id}; every file
// with its SHA-256 (the worker fetches each with it as the integrity), in a
// cache named after them all.
self.PRECACHE = ${JSON.stringify({ cache: `eligibility-checker-${all}`, build: id, files }, null, 1)};
`,
  );
  return { cache: `eligibility-checker-${all}`, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root, id] = process.argv.slice(2);
  const { cache, files } = await stamp(root, id);
  console.log(`stamp: build ${id}, ${Object.keys(files).length} files in ${cache}`);
}
