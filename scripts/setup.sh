#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing, so a
# second run installs nothing. Made for a fresh Debian machine where we are
# root; prints one line per item.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

say() { printf '  %-26s %s\n' "$1" "$2"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- Rust toolchain: the one rust-toolchain.toml pins --------------------------
# rustup installs it, with the wasm32 target and rustfmt/clippy, the first time
# cargo runs here; say which one it is, so that a log tells what built it.
# (rustup >= 1.28 installs nothing by itself when RUSTUP_AUTO_INSTALL=0.)
if ! rustc --version >/dev/null 2>&1; then
  rustup toolchain install >/dev/null
fi
say rustc "$(rustc --version)"

# --- wasm32 target -----------------------------------------------------------
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say wasm32-unknown-unknown present
else
  rustup target add wasm32-unknown-unknown >/dev/null
  say wasm32-unknown-unknown installed
fi

# --- rustfmt and clippy: `make test` checks the format and the lints ---------
for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$component"; then
    say "$component" present
  else
    rustup component add "$component" >/dev/null
    say "$component" installed
  fi
done

# --- wasm-bindgen CLI: exactly the crate's version ---------------------------
# The CLI and the crate share a data format that changes between versions, so
# the version comes from Cargo.lock, never from a guess.
if [ ! -f Cargo.lock ]; then
  cargo generate-lockfile --quiet
fi
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
  echo "setup: no wasm-bindgen crate in Cargo.lock" >&2
  exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" = "$want" ]; then
  say "wasm-bindgen-cli $want" present
else
  # Not --locked: the CLI's own Cargo.lock pins webpki-roots 1.0.11 (through
  # ureq 3.5.0), which the registry this machine reaches does not hold, so
  # `cargo install --locked wasm-bindgen-cli --version 0.2.130` stops at
  # "failed to select a version for the requirement `webpki-roots = \"^1.0.10\"`"
  # (tried again for issue 12). Without it cargo picks 1.0.10, which builds.
  cargo install --quiet --force wasm-bindgen-cli --version "$want"
  have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
  if [ "$have" != "$want" ]; then
    echo "setup: installed wasm-bindgen-cli $want but 'wasm-bindgen --version' says '$have'" \
      "($(command -v wasm-bindgen)); put $CARGO_BIN first on PATH" >&2
    exit 1
  fi
  say "wasm-bindgen-cli $want" installed
fi

# --- Node packages -----------------------------------------------------------
# npm writes node_modules/.package-lock.json when it installs: an empty or
# half-removed folder is not an installation.
installed=node_modules/.package-lock.json
if [ -f "$installed" ] && { [ ! -f package-lock.json ] || [ ! package-lock.json -nt "$installed" ]; }; then
  say "node packages" present
else
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  else
    npm install --no-audit --no-fund --loglevel=error >/dev/null
  fi
  # npm keeps its record's time when nothing changed; mark it newer than the lock.
  touch "$installed"
  say "node packages" installed
fi

# --- Chromium and ChromeDriver, from Debian ----------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium, chromedriver" present
else
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq >/dev/null
  as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  say "chromium, chromedriver" installed
fi

# The browser the page's tests run in: Debian's, whatever version the mirror
# has today, so every run says which one it was.
say chromium "$(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown')"
