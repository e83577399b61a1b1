#!/usr/bin/env bash
# Fails when an optimised wasm module, gzipped, is over its budget:
# - www/pkg/: the page's module (check, buildId), 26 KiB: 26,117 B since
#   the data that no code reads any longer is zeroed (scripts/wasm-panics.mjs
#   --zero). Before: 27 KiB (26,844 B) once its panics trapped at once
#   (scripts/wasm-panics.mjs), 29 KiB
#   (29,191 B) once binaryen's relooper rebuilt its control flow
#   (scripts/build.sh), 29,471 B
#   once the crates' paths in its panic locations were short and it went
#   through -Oz once more after the short names. Before, all on 30
#   November 2026: 29.5 KiB (29,542 B) once it left the default policy's
#   vocabulary to data (www/vocabulary.js), 32 KiB (32,584 B) once it was built without
#   reference types and with short import and export names, 34 KiB (33,927 B)
#   once its default policy became static data, 38 KiB until then. Every
#   shopper's phone loads it before the page can ask anything.
# - www/pkg-policy/: the custom-policy module (`--features policy`: also
#   vocabulary, defaultPolicy, validatePolicy, Checker), 71 KiB: 72,549 B
#   since the data that no code reads any longer is zeroed. Before: 72 KiB
#   (73,467 B) once its panics trapped at once, 73 KiB (74,386 B) once it went
#   through -Oz again after the short names, 73.5 KiB (74,582 B)
#   once it was built at the page module's opt-level 2 rather than "z"
#   (scripts/build.sh), 76 KiB (76,397 B) once it was built without
#   reference types and with short names, 80 KiB until then. Loaded instead,
#   only by a storefront's <eligibility-checker policy="URL">.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
# budget WASM BYTES WHAT
budget() {
  local wasm=$1 budget_bytes=$2 what=$3
  if [ ! -f "$wasm" ]; then
    echo "size-budget: $wasm ($what) is missing; run 'make build' first" >&2
    status=1
    return
  fi
  local gzip_bytes kib
  kib=$(awk -v b="$budget_bytes" 'BEGIN { printf "%g", b / 1024 }')
  gzip_bytes=$(gzip -9 -c "$wasm" | wc -c)
  if [ "$gzip_bytes" -gt "$budget_bytes" ]; then
    echo "size-budget: $wasm ($what) is $gzip_bytes bytes gzipped, over the budget of $budget_bytes ($kib KiB)" >&2
    status=1
  else
    echo "size-budget: $wasm ($what) is $gzip_bytes bytes gzipped, within $budget_bytes ($kib KiB)"
  fi
}

budget www/pkg/eligibility_checker_bg.wasm $((26 * 1024)) "the page's module"
budget www/pkg-policy/eligibility_checker_bg.wasm $((71 * 1024)) "the custom-policy module, only for policy=\"URL\""
exit "$status"
