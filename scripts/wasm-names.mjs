#!/usr/bin/env node
// Renames, in a wasm-bindgen glue and its types, the module's imports and
// exports as binaryen's `--minify-imports-and-exports-and-modules` renamed
// them in the wasm (run by scripts/build.sh, which passes the mapping that
// wasm-opt prints): `node scripts/wasm-names.mjs MAPPING PKG_DIR`.
//
// wasm-bindgen names each import after what it does and a hash of it
// (`__wbg_ownKeys_c9890d5405932253`, module `./eligibility_checker_bg.js`),
// and each name is written twice, in the wasm and in the glue's imports
// object; hashes do not compress. Measured on the page's module, gzip -9:
// the wasm 33,218 -> 32,565 B and the glue (minified) 2,453 -> 2,025 B.
//
// The glue's own exports (`check`, `buildId`, ...) keep their names; what
// changes is the module's raw exports that `init()` resolves to (its
// `InitOutput`), which the glue alone calls.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAME = 'eligibility_checker';

/** `text` with every match of `pattern` replaced; throws when there is none and `required`. */
function swap(text, pattern, to, required, what) {
  const out = text.replace(pattern, to);
  if (required && out === text) throw new Error(`wasm-names: ${what}: ${pattern} not found`);
  return out;
}

/** Rewrites the glue and the types in `pkg` after `mapping` (wasm-opt's JSON). */
export function rename(mapping, pkg) {
  const { imports, exports } = mapping;
  const glueFile = join(pkg, `${NAME}.js`);
  const typesFile = join(pkg, `${NAME}.d.ts`);
  const wasmTypesFile = join(pkg, `${NAME}_bg.wasm.d.ts`);
  let glue = readFileSync(glueFile, 'utf8');
  let types = readFileSync(typesFile, 'utf8');
  let wasmTypes = readFileSync(wasmTypesFile, 'utf8');

  // Imports: the keys of the glue's imports object, and the module's name.
  for (const [, from, to] of imports) {
    glue = swap(glue, new RegExp(`^(\\s+)${from}:`, 'm'), `$1${to}:`, true, `${glueFile}, import`);
  }
  const moduleNames = [...new Set(imports.map(([module]) => module))];
  if (moduleNames.length !== 1) throw new Error(`wasm-names: expected the imports of one module, got ${moduleNames.join(', ')}`);
  const [module] = moduleNames;
  // binaryen names the one module `a`, as the first import.
  glue = swap(glue, `"${module}": import0`, '"a": import0', true, `${glueFile}, module`);

  // Exports: the glue's `wasm.name` calls, and the raw exports' types.
  for (const [from, to] of exports) {
    glue = swap(glue, new RegExp(`\\bwasm\\.${from}\\b`, 'g'), `wasm.${to}`, false);
    types = swap(types, new RegExp(`(\\n\\s+readonly )${from}:`), `$1${to}:`, false);
    wasmTypes = swap(wasmTypes, new RegExp(`(\\nexport const )${from}:`), `$1${to}:`, false);
  }
  // Every call into the module must now be by a new name: a glue that
  // reached an export some other way would fail only when that path runs.
  const named = new Set(exports.map(([, to]) => to));
  const stale = [...glue.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]).filter((n) => !named.has(n));
  if (stale.length) throw new Error(`wasm-names: ${glueFile} still calls ${[...new Set(stale)].join(', ')}`);
  for (const [from] of exports) {
    if (glue.includes(`'${from}'`) || glue.includes(`"${from}"`)) throw new Error(`wasm-names: ${glueFile} names the export ${from} as a string`);
  }
  writeFileSync(glueFile, glue);
  writeFileSync(typesFile, types);
  writeFileSync(wasmTypesFile, wasmTypes);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [mappingFile, pkg] = process.argv.slice(2);
  if (!mappingFile || !pkg) throw new Error('usage: node scripts/wasm-names.mjs MAPPING PKG_DIR');
  rename(JSON.parse(readFileSync(mappingFile, 'utf8')), pkg);
}
