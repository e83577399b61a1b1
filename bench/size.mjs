// Bytes, gzipped (-9) one file at a time as a static host would serve them:
// the engine's wasm and glue (with the snippets wasm-bindgen writes beside it), and the peer's minified browser bundle, built
// here with esbuild in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { BENCH, GLUE, PKG, WASM, NotMeasured, gzipBytes } from './common.mjs';

/** The JavaScript files of www/pkg/: the glue and any snippets it imports. */
function glueFiles(dir = PKG) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return glueFiles(file);
    return entry.name.endsWith('.js') ? [file] : [];
  });
}

export function engineSizes() {
  if (!fs.existsSync(WASM) || !fs.existsSync(GLUE)) throw new NotMeasured("www/pkg/ is not built: run 'make build'");
  const wasm = fs.readFileSync(WASM);
  const glue = glueFiles().map((file) => fs.readFileSync(file));
  return {
    wasm: { raw: wasm.length, gzip: gzipBytes(wasm) },
    glue: { files: glue.length, raw: glue.reduce((n, b) => n + b.length, 0), gzip: glue.reduce((n, b) => n + gzipBytes(b), 0) },
  };
}

/** json-rules-engine alone, and with the rule set and facts of peer.mjs, minified for browsers. */
export async function peerSizes() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new NotMeasured('esbuild is not installed (npm ci: it is in package.json)');
  }
  const bundle = async (contents) => {
    const result = await esbuild.build({
      stdin: { contents, resolveDir: BENCH, sourcefile: 'entry.mjs' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      legalComments: 'none',
      write: false,
      logLevel: 'silent',
    });
    const code = Buffer.from(result.outputFiles[0].contents);
    return { raw: code.length, gzip: gzipBytes(code) };
  };
  const pkg = JSON.parse(fs.readFileSync(path.join(BENCH, '..', 'node_modules', 'json-rules-engine', 'package.json'), 'utf8'));
  return {
    version: pkg.version,
    esbuild: esbuild.version,
    library: await bundle("export { Engine } from 'json-rules-engine';"),
    withRules: await bundle("export { createPeer } from './peer.mjs';"),
  };
}
