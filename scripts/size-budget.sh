#!/usr/bin/env bash
# Fails when the optimised wasm module, gzipped, is over the budget: the page
# loads it on a shopper's phone before it can ask anything.
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET_GZIP_KIB=35
WASM=www/pkg/eligibility_checker_bg.wasm

if [ ! -f "$WASM" ]; then
  echo "size-budget: $WASM is missing; run 'make build' first" >&2
  exit 1
fi
gzip_bytes=$(gzip -9 -c "$WASM" | wc -c)
budget_bytes=$((BUDGET_GZIP_KIB * 1024))
if [ "$gzip_bytes" -gt "$budget_bytes" ]; then
  echo "size-budget: $WASM is $gzip_bytes bytes gzipped, over the budget of $budget_bytes ($BUDGET_GZIP_KIB KiB)" >&2
  exit 1
fi
echo "size-budget: $WASM is $gzip_bytes bytes gzipped, within $budget_bytes ($BUDGET_GZIP_KIB KiB)"
