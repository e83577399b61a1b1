# eligibility-checker: build, serve and test. `make serve` and `make test`
# install what they need by themselves (see scripts/setup.sh).

PORT ?= 8080
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

.PHONY: setup build package serve test bench clean

setup:
	@echo "setup:"
	@scripts/setup.sh

build: setup
	@scripts/build.sh

# The npm package, also the flat self-host folder (docs/embedding.md): dist/npm/.
package: build
	node scripts/package.mjs --out dist/npm
	cd dist && npm pack ./npm --pack-destination . --silent

# Serves the page as built (dist/www/, written by scripts/bundle.mjs from www/).
serve: build
ifneq ($(wildcard scripts/serve.mjs),)
	node scripts/serve.mjs --port $(PORT) --root dist/www
else
	node -e "$$SERVE_FALLBACK" $(PORT) dist/www
endif

# Every test, in order; the first failure stops the run.
test: build
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features policy --all-targets -- -D warnings
	cargo test
	scripts/test-wasm.sh node
	scripts/test-wasm.sh browser
	scripts/node-tests.sh tests/js
	scripts/node-tests.sh tests/browser
	scripts/node-tests.sh tests/package
	scripts/size-budget.sh

bench: build
ifneq ($(wildcard bench/run.mjs),)
	node bench/run.mjs
else
	@echo "bench: no bench/run.mjs yet"
endif

clean:
	rm -rf www/pkg www/pkg-policy dist test-artifacts
	cargo clean

# A static server for www/ until scripts/serve.mjs exists: loopback only,
# no directory listings, and the MIME types the page needs (.wasm above all).
define SERVE_FALLBACK
const http = require('http'), fs = require('fs'), path = require('path');
const [port, dir] = process.argv.slice(1), root = path.resolve(dir);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript',
  '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png' };
http.createServer((req, res) => {
  let file;
  try { file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)); }
  catch { res.writeHead(400).end(); return; }
  if (file.endsWith(path.sep)) file = path.join(file, 'index.html');
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  });
}).listen(port, '127.0.0.1', () => console.log(`serving ${dir}/ on http://127.0.0.1:${port}/`));
endef
export SERVE_FALLBACK
