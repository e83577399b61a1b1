#!/usr/bin/env node
// A tiny static server for the page: no dependencies, loopback only, the
// right MIME types (application/wasm included), gzip when the browser takes
// it, and the same Content-Security-Policy as the page's meta tag, sent as a
// header. `node scripts/serve.mjs --port 8080 --root www`; port 0 picks a
// free one. Tests import `serve()` directly, and may add `routes`: a
// function of a path, answering it as the rest of a site would (a redirect,
// a private page), for the paths that the files do not hold.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** The policy in the meta tag of `root`/index.html: one policy, two carriers. */
export function pagePolicy(root) {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error(`${root}/index.html has no Content-Security-Policy meta tag`);
  return m[1];
}

/**
 * Starts the server; resolves to the listening `http.Server`. `routes[path]`,
 * when there is one, answers that path: `(req, res, headers)`.
 */
export function serve({ root = 'www', port = 8080, host = '127.0.0.1', routes = {} } = {}) {
  const base = resolve(root);
  const policy = pagePolicy(base);
  const server = createServer(async (req, res) => {
    const headers = {
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
      // Static files for any origin: a storefront on another origin loads
      // the element, its wasm and its locales from here (docs/embedding.md).
      'Access-Control-Allow-Origin': '*',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (Object.hasOwn(routes, path)) return routes[path](req, res, headers);
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = MIME[extname(file)] ?? 'application/octet-stream';
      headers['Content-Type'] = type;
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !/image\/png/.test(type)) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const server = await serve({ root: arg('root', 'www'), port: Number(arg('port', 8080)), host: arg('host', '127.0.0.1') });
  const { address, port } = server.address();
  console.log(`Serving ${arg('root', 'www')} on http://${address}:${port}/ (Ctrl-C to stop)`);
}
