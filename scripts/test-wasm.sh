#!/usr/bin/env bash
# Runs the wasm-bindgen tests (tests/wasm_boundary.rs) in Node or in headless
# Chromium: scripts/test-wasm.sh node|browser. The same tests run in both: the
# file sets no `wasm_bindgen_test_configure!`, and the runner picks the browser
# when WASM_BINDGEN_USE_BROWSER is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# The default of 20 s per test is short for the fuzz loop in a debug build.
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-300}
TARGET_DIR=${CARGO_TARGET_DIR:-target}

case "${1:-}" in
  node)
    exec cargo test --target wasm32-unknown-unknown --test wasm_boundary
    ;;
  browser)
    export WASM_BINDGEN_USE_BROWSER=1
    export CHROMEDRIVER=/usr/bin/chromedriver
    # The runner itself adds headless, no-sandbox (we are root) and
    # disable-dev-shm-usage; these keep Chromium off the closed network.
    export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$TARGET_DIR/webdriver.json"
    mkdir -p "$TARGET_DIR"
    cat >"$WASM_BINDGEN_TEST_WEBDRIVER_JSON" <<'EOF'
{ "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": [
  "disable-gpu", "disable-quic", "no-first-run", "disable-background-networking",
  "disable-component-update", "disable-sync", "disable-default-apps" ] } }
EOF
    log="$TARGET_DIR/wasm-browser-test.log"
    cargo test --target wasm32-unknown-unknown --test wasm_boundary 2>&1 | tee "$log"
    # Guard against a runner that silently falls back to Node.
    if ! grep -q '^Running headless tests in Chrome' "$log"; then
      echo "test-wasm: the tests did not run in headless Chromium" >&2
      exit 1
    fi
    ;;
  *)
    echo "usage: $0 node|browser" >&2
    exit 2
    ;;
esac
