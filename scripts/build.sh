#!/usr/bin/env bash
# Builds the engine to WebAssembly, twice, each time cargo -> panics that
# trap at once (scripts/wasm-panics.mjs) -> wasm-bindgen (--target web) ->
# wasm-opt (-Oz and more, WASM_OPT_FLAGS) -> short import and export names
# (scripts/wasm-names.mjs) -> the data no code reads any longer zeroed, and
# the data in one segment (scripts/wasm-panics.mjs --zero) -> a load check:
#   www/pkg/         the page's module, default features (check, buildId;
#                    the default policy's vocabulary is data, www/vocabulary.js);
#   www/pkg-policy/  the custom-policy module, `--features policy` (also
#                    vocabulary, defaultPolicy, validatePolicy, Checker), which
#                    the page loads only for <eligibility-checker policy="URL">.
# Both carry one build id (EC_BUILD_ID, a hash of every source of the build).
# Then scripts/bundle.mjs writes the page as it is served, dist/www/ (bundled,
# minified modules, the first question in the HTML; docs/page.md), and
# scripts/stamp.mjs writes the build id, with a fingerprint of each word file,
# to its pkg/build.js, and the service worker's list of files to its
# pkg/precache.js. Then the single-file page, and the sizes. Run by
# `make build`. The default module is built first, so a failure in the policy
# build is reported as that.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

NAME=eligibility_checker
TARGET_DIR=${CARGO_TARGET_DIR:-target}
# The policy build has its own target dir: cargo unifies features per build
# and writes the cdylib under one name, so sharing a dir would overwrite (and
# relink) one module with the other on every build.
POLICY_TARGET_DIR=$TARGET_DIR/policy
# The npm package's wasm-opt (version 132). Debian's binaryen 108 breaks
# wasm-bindgen's output: the page dies in __wbindgen_init_externref_table.
WASM_OPT=node_modules/.bin/wasm-opt
# The features rustc 1.95 enables for wasm32-unknown-unknown by default
# (`rustc --print cfg --target wasm32-unknown-unknown`); without them wasm-opt
# rejects the module (memory.fill needs bulk memory). Browsers have them all.
WASM_FEATURES=(--enable-bulk-memory --enable-multivalue --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext)

# -Oz, run until it shrinks no more (--converge), without the `producers`
# section (tool names and versions, no use to the page), and told that the
# first KiB of memory is never touched (--low-memory-unused), so it may fold
# constant offsets into loads and stores: rustc puts the data above 1 MiB and
# the stack grows down from there, so only a stack within 1 KiB of overflow
# would reach it. Measured on the page's module, gzipped: -Oz alone 40,504 B,
# with these 39,743 B.
WASM_OPT_FLAGS=(-Oz --converge --strip-producers --low-memory-unused)

# The build id: a hash of everything the page is built from, so any change
# gives a new one. The engine reads it at compile time (option_env!), and
# cargo rebuilds the crate when it changes.
EC_BUILD_ID=$(find src www Cargo.toml Cargo.lock rust-toolchain.toml -type f \
  ! -path 'www/pkg/*' ! -path 'www/pkg-policy/*' -print0 2>/dev/null |
  LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
export EC_BUILD_ID

# build_module OUT_DIR TARGET_DIR EXPORT... [-- CARGO_ARG...]: builds, binds,
# optimises and load-checks one module; each EXPORT must be a function.
build_module() {
  local pkg=$1 target_dir=$2 exports=() cargo_args=()
  shift 2
  while [ $# -gt 0 ] && [ "$1" != -- ]; do exports+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  cargo_args=("$@")
  local wasm="$pkg/${NAME}_bg.wasm"

  cargo build --quiet --release --target wasm32-unknown-unknown --lib \
    --target-dir "$target_dir" ${cargo_args[@]+"${cargo_args[@]}"}
  # A fresh folder, so no file of an earlier build (a snippet) lingers.
  rm -rf "$pkg"
  # Every panic traps at once, without formatting a message that nothing
  # shows (scripts/wasm-panics.mjs), written to a folder of its own: cargo's
  # output keeps the names that the step reads. Measured, zlib -9 as
  # tests/browser/budget.test.mjs counts: the page's module 29,223 ->
  # 27,231 B, check() as fast (14.7 us either way); the custom-policy
  # module, GNU gzip, 74,385 -> 73,467 B, validating the 10,000-part policy
  # of `node bench/validate-policy.mjs` as fast (44-47 ms either way).
  local linked="$target_dir/wasm32-unknown-unknown/release"
  mkdir -p "$linked/panics-trap"
  node scripts/wasm-panics.mjs "$linked/$NAME.wasm" "$linked/panics-trap/$NAME.wasm"
  # The glue passes strings with TextEncoder's encodeInto, which every
  # browser the page runs in has (`--encode-into always`), without a test
  # for it and a fallback written in JavaScript. Measured, zlib -9: the
  # glue, bundled and minified, 2,462 -> 2,420 B.
  wasm-bindgen --target web --encode-into always --out-dir "$pkg" "$linked/panics-trap/$NAME.wasm"
  "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" ${RELOOP[@]+"${RELOOP[@]}"} "${WASM_FEATURES[@]}" "$wasm" -o "$wasm"
  # Then short names for the module's imports and exports, on their own run
  # (under --converge the pass would run again on its own output and print
  # another mapping), and the same names in the glue and its types; then
  # -Oz once more, which finds a little to shrink after the renaming.
  # Measured, zlib -9: the page's module 29,516 -> 29,493 B, the
  # custom-policy module 75,391 -> 75,263 B (ordering the functions by calls
  # too gave the page's 29,476 B, but the custom-policy module 75,799 B).
  local names
  names=$(mktemp)
  "$WASM_OPT" "${WASM_FEATURES[@]}" --minify-imports-and-exports-and-modules -Oz ${RELOOP[@]+"${RELOOP[@]}"} "$wasm" -o "$wasm" >"$names"
  node scripts/wasm-names.mjs "$names" "$pkg"
  rm -f "$names"
  # Then the read-only data that no code of the module refers to any longer
  # is zeroed (scripts/wasm-panics.mjs, `--zero`): above all the messages and
  # file names of the panics that trap at once, which wasm-opt cannot remove
  # (to it, the data is opaque bytes). The linker's relocations, in cargo's
  # output, say where each static lies and how code reaches it. Measured,
  # zlib -9 as tests/browser/budget.test.mjs counts: the page's module
  # 27,231 -> 26,424 B (55 statics, 1,745 B zeroed); the custom-policy
  # module, GNU gzip, 73,467 -> 72,549 B. Their code is the same byte for
  # byte, so check() and validatePolicy run as before.
  # The same step then writes the data back as one segment, from its first
  # byte that is not zero to its last: wasm-opt's memory packing splits it at
  # every run of zeros (55 segments in the page's module), which saves raw
  # bytes, but gzip packs a run of zeros in a few bits and each segment's
  # address and length cost it more. The memory the module starts with is
  # the same. Measured, zlib -9: the page's module 26,424 -> 26,179 B (raw
  # 63,268 -> 63,655 B); the custom-policy module, GNU gzip, 72,549 -> 72,299 B.
  node scripts/wasm-panics.mjs --zero "$wasm" "$linked/$NAME.wasm"

  # The optimised module must still instantiate and answer, as the page uses it.
  EXPORTS="${exports[*]}" node --input-type=module -e "
    import { readFileSync } from 'node:fs';
    const glue = await import('./$pkg/$NAME.js');
    await glue.default({ module_or_path: readFileSync('$wasm') });
    for (const name of process.env.EXPORTS.split(' ')) {
      if (typeof glue[name] !== 'function') throw new Error('$pkg: no ' + name + '() export');
    }
    glue.check({ asOf: '2026-01-15' });
    if (glue.buildId() !== process.env.EC_BUILD_ID) throw new Error('$pkg: buildId() is ' + glue.buildId() + ', not ' + process.env.EC_BUILD_ID);
    if (glue.Checker) {
      const checker = new glue.Checker(glue.defaultPolicy());
      checker.check({ asOf: '2026-01-15' });
      checker.free();
    }
  "
}

# Says which module failed; not `if ! build_module`, which would turn off
# `set -e` inside the function.
building=
trap 'rc=$?; if [ $rc -ne 0 ] && [ -n "$building" ]; then echo "build: FAILED: $building" >&2; fi' EXIT

# Both modules are built without reference types, which rustc enables for
# wasm32 by default: wasm-bindgen then keeps the JavaScript values the
# module holds in an array of the glue's instead of a wasm table of
# externrefs, and both modules come out smaller and check() faster. Measured
# (gzip -9, the glue minified; check() over bench/answers.json in Node,
# median of 15 rounds of 1,000): the page's module 33,914 -> 33,216 B with
# its glue 2,388 -> 2,535 B, check() 16.7 -> 14.9 µs; the custom-policy
# module 77,738 -> 77,077 B.
NO_REFERENCE_TYPES='"-Ctarget-feature=-reference-types"'

# LLVM's inlining threshold at 50 (225 at opt-level 2), for both modules.
# The page's module comes out smaller with check() as fast. Measured, gzip -9:
# 34,597 -> 33,914 B, check() 15.8 -> 15.5 µs (`node bench/run.mjs
# --only=js`); before the policy was static data, thresholds 0/50/75/100/400
# gave 37,592/37,284/37,524/38,009/41,386 B against 38,531.
# Then 40 for the page's module (PAGE_INLINE_THRESHOLD, below), once its
# panics trapped at once: zlib -9, 30/35/40/45/50 gave
# 26,190/26,217/26,089/26,112/26,152 B, and check() was 0.4 to 1 % slower at
# 40 than at 50 (14.69 against 14.63 us, 14.83 against 14.69, bench/answers.json
# in Node, the median of 15 rounds of 1,000, the two alternated): 0.1 us a
# decision, one decision an answer. The custom-policy module keeps 50: its
# validatePolicy is within 10 % of the 50 ms it aims at.
# The linker keeps its relocations in cargo's output (`--emit-relocs`: the
# `linking` and `reloc.*` sections): where each static lies, and every place
# that holds an address derived from one. scripts/wasm-panics.mjs reads them
# to find the data that no code reads once the panics trap, and removes them
# before wasm-bindgen; the code and data are the same as without them.
LINK_RELOCATIONS='"-Clink-arg=--emit-relocs"'
RUSTFLAGS_WASM_LIST="$NO_REFERENCE_TYPES, $LINK_RELOCATIONS"

# The crates' sources, wherever cargo keeps them, named from their own folder:
# the panics' locations that the modules carry say `chrono-0.4.45/src/...`,
# not `/root/.cargo/registry/src/index.crates.io-.../chrono-0.4.45/src/...`,
# so the modules' bytes do not depend on the build machine's CARGO_HOME (the
# standard library's paths are already `/rustc/<commit>/...`). `cargo fetch`
# of the wasm build's crates first, so that the folders exist on a machine's
# first build too (as the build itself would fetch them). Measured,
# zlib -9 as tests/browser/budget.test.mjs counts: the page's module
# 29,558 -> 29,516 B.
cargo fetch --quiet --target wasm32-unknown-unknown
for src in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  if [ -d "$src" ]; then RUSTFLAGS_WASM_LIST+=", \"--remap-path-prefix=${src}=\""; fi
done
# The flags of a module whose LLVM inlining threshold is $1.
rustflags_wasm() { echo "target.wasm32-unknown-unknown.rustflags=[\"-Cllvm-args=-inline-threshold=$1\", $RUSTFLAGS_WASM_LIST]"; }
PAGE_INLINE_THRESHOLD=40
POLICY_INLINE_THRESHOLD=50

# The page's module also has its control flow flattened and rebuilt by
# binaryen's relooper, then -Oz again, after each of the two runs above:
# gzip finds more in what comes out, and check() is as fast. Measured,
# zlib -9 as tests/browser/budget.test.mjs counts: 29,493 -> 29,223 B,
# check() 14.98 -> 14.97 us (bench/answers.json in Node, the median of 15
# rounds of 1,000). Not for the custom-policy module: it came out 520 B
# smaller, but validated the 10,000-part policy of
# `node bench/validate-policy.mjs` in 43-46 ms instead of 42-43.
RELOOP=(--flatten --rereloop -Oz)
building="the default module, www/pkg/"
echo "build: $building"
build_module www/pkg "$TARGET_DIR" check -- --config "$(rustflags_wasm $PAGE_INLINE_THRESHOLD)"
RELOOP=()
building="the custom-policy module, www/pkg-policy/ (--features policy; www/pkg/ is built)"
echo "build: $building"
# The release profile's opt-level 2, as the page's module: it was "z" while
# that measured smaller, and no longer does. Measured on 30 November 2026
# (before wasm-opt's short names; gzip -9; `node bench/validate-policy.mjs`,
# a policy of 10,000 parts): "z" 77,077 B and 73-76 ms; 2 with the
# threshold at 50, 71,305 B and 56-60 ms; the same with the validator's
# word groups built at once and its sets sized once (src/validate/), 75,440 B
# and 44-47 ms, within the 50 ms the benchmark aims at.
build_module www/pkg-policy "$POLICY_TARGET_DIR" \
  check vocabulary defaultPolicy validatePolicy Checker -- --features policy --config "$(rustflags_wasm $POLICY_INLINE_THRESHOLD)"
building=

# The page as it is served, dist/www/: the modules bundled and minified by
# esbuild, the first question in the HTML, then stamped (build id, word
# fingerprints, the worker's list). Then the single file, from it.
node scripts/bundle.mjs "$EC_BUILD_ID"
node scripts/single-file.mjs

size_row() {
  printf '  %-44s %9s %9s\n' "$1" "$(wc -c <"$1")" "$(gzip -9 -c "$1" | wc -c)"
}
printf '  %-44s %9s %9s\n' file bytes gzip
# What the full page fetches, in order (embed.html: eligibility-checker.js
# instead of app.js), then what a policy="URL" adds.
for file in index.html page.css app.js eligibility-checker.js pkg/$NAME.js pkg/build.js \
  pkg/${NAME}_bg.wasm locales/en.json eligibility-answer.js locales/en.extras.json locales/en.texts.json \
  policy.js pkg-policy/$NAME.js pkg-policy/${NAME}_bg.wasm; do
  size_row "dist/www/$file"
done
size_row dist/eligibility-checker.html
