#!/usr/bin/env bash
# Runs Node's test runner on a folder when the folder exists, and fails when
# it finds no test there: a renamed file must not turn the suite into a no-op.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$1
if [ ! -d "$dir" ]; then
  echo "node-tests: no $dir/, skipped"
  exit 0
fi
mkdir -p target
log="target/node-tests-$(basename "$dir").log"
node --test --test-reporter=spec "$dir/" 2>&1 | tee "$log"
if ! grep -aEq '^[^ ]+ tests [1-9]' "$log"; then
  echo "node-tests: node --test found no test in $dir/ (names like *.test.mjs)" >&2
  exit 1
fi
