#!/usr/bin/env bash
# Builds the engine to WebAssembly and writes the page's module to www/pkg/:
# cargo -> wasm-bindgen (--target web) -> wasm-opt -Oz -> a load check, then
# the single-file page when its script exists. Run by `make build`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

PKG=www/pkg
NAME=eligibility_checker
WASM="$PKG/${NAME}_bg.wasm"
# The npm package's wasm-opt (version 132). Debian's binaryen 108 breaks
# wasm-bindgen's output: the page dies in __wbindgen_init_externref_table.
WASM_OPT=node_modules/.bin/wasm-opt
# The features rustc 1.95 enables for wasm32-unknown-unknown by default
# (`rustc --print cfg --target wasm32-unknown-unknown`); without them wasm-opt
# rejects the module (memory.fill needs bulk memory). Browsers have them all.
WASM_FEATURES=(--enable-bulk-memory --enable-multivalue --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext)

cargo build --quiet --release --target wasm32-unknown-unknown --lib
wasm-bindgen --target web --out-dir "$PKG" \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/$NAME.wasm"
"$WASM_OPT" -Oz "${WASM_FEATURES[@]}" "$WASM" -o "$WASM"

# The optimised module must still instantiate and answer, as the page uses it.
node --input-type=module -e "
  import { readFileSync } from 'node:fs';
  const glue = await import('./$PKG/$NAME.js');
  await glue.default({ module_or_path: readFileSync('$WASM') });
  if (typeof glue.check !== 'function') throw new Error('no check() export');
  glue.check({ asOf: '2026-01-15' });
"

if [ -f scripts/single-file.mjs ]; then
  node scripts/single-file.mjs
fi

size_row() {
  printf '  %-32s %9s %9s\n' "$1" "$(wc -c <"$1")" "$(gzip -9 -c "$1" | wc -c)"
}
printf '  %-32s %9s %9s\n' file bytes gzip
size_row "$WASM"
size_row "$PKG/$NAME.js"
if [ -f dist/eligibility-checker.html ]; then size_row dist/eligibility-checker.html; fi
