#!/usr/bin/env bash
# Runs the wasm-bindgen tests in Node or in headless Chromium:
# scripts/test-wasm.sh node|browser. Two runs each: tests/wasm_boundary.rs
# with the default features (the page's module), then tests/wasm_policy.rs
# with `--features policy` (the custom-policy exports). The same tests run in
# both places: the files set no `wasm_bindgen_test_configure!`, and the runner
# picks the browser when WASM_BINDGEN_USE_BROWSER is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# The default of 20 s per test is short for the fuzz loop in a debug build.
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-300}
TARGET_DIR=${CARGO_TARGET_DIR:-target}

# Each suite as cargo's arguments; the policy one also fails if its file
# compiled to nothing (it is `#![cfg(feature = "policy")]`).
SUITES=("--test wasm_boundary" "--test wasm_policy --features policy")

# run_suite LOG ARGS: one suite, its output also in LOG; fails when no test ran.
run_suite() {
  local log=$1 args=$2
  echo "test-wasm: cargo test --target wasm32-unknown-unknown $args"
  # shellcheck disable=SC2086 # ARGS is split on purpose
  cargo test --target wasm32-unknown-unknown $args 2>&1 | tee "$log"
  if ! grep -Eq '^test result: ok\. [1-9]' "$log"; then
    echo "test-wasm: no test ran for '$args'" >&2
    exit 1
  fi
}

mkdir -p "$TARGET_DIR"
case "${1:-}" in
  node)
    for args in "${SUITES[@]}"; do
      run_suite "$TARGET_DIR/wasm-node-test.log" "$args"
    done
    ;;
  browser)
    export WASM_BINDGEN_USE_BROWSER=1
    export CHROMEDRIVER=/usr/bin/chromedriver
    # The runner itself adds headless, no-sandbox (we are root) and
    # disable-dev-shm-usage; these keep Chromium off the closed network.
    export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$TARGET_DIR/webdriver.json"
    cat >"$WASM_BINDGEN_TEST_WEBDRIVER_JSON" <<'JSON'
{ "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": [
  "disable-gpu", "disable-quic", "no-first-run", "disable-background-networking",
  "disable-component-update", "disable-sync", "disable-default-apps" ] } }
JSON
    for args in "${SUITES[@]}"; do
      log="$TARGET_DIR/wasm-browser-test.log"
      run_suite "$log" "$args"
      # Guard against a runner that silently falls back to Node.
      if ! grep -q '^Running headless tests in Chrome' "$log"; then
        echo "test-wasm: '$args' did not run in headless Chromium" >&2
        exit 1
      fi
    done
    ;;
  *)
    echo "usage: $0 node|browser" >&2
    exit 2
    ;;
esac
