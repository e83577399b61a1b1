// Private and locked down: the server sends the same policy as the meta tag,
// the policy stops inline script and eval, no cookie is set, no request leaves
// the origin, and the page's code writes dynamic text only as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHOPPER, WWW, interview, openAt, screen, setup, shown, visit } from './helpers.mjs';

const env = setup();

test('the server sends the meta tag policy as a header, and wasm as application/wasm', async () => {
  const html = readFileSync(join(WWW, 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  assert.match(meta, /default-src 'none'/);
  assert.match(meta, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(meta, /'unsafe-inline'|'unsafe-eval'|\*/);
  for (const path of ['', 'embed.html', 'app.js', 'locales/en.json']) {
    const res = await fetch(`${env.server.url}${path}`);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-security-policy'), meta, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  }
  assert.equal((await fetch(`${env.server.url}pkg/eligibility_checker_bg.wasm`)).headers.get('content-type'), 'application/wasm');
  assert.equal((await fetch(`${env.server.url}..%2f..%2fetc%2fpasswd`)).status, 403);
  assert.equal((await fetch(`${env.server.url}nothing-here.js`)).status, 404);
  assert.equal(readFileSync(join(WWW, 'embed.html'), 'utf8').includes(meta), true, 'embed.html carries the same policy');
});

test('the policy holds: inline script and eval are refused, no cookie, nothing leaves the origin', async (t) => {
  const p = await openAt(env.browser, env.server.url, '2026-11-20');
  t.after(() => p.context().close());
  await interview(p, { ...SHOPPER, receivedDate: '2026-11-10' });
  await shown(p);
  const tried = await p.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
    const img = new Image();
    img.src = 'https://example.com/pixel.png';
    // A string timer is eval, run by the page itself (code evaluated from
    // here through the DevTools protocol is exempt from the policy).
    setTimeout('window.__timer = true');
    await new Promise((r) => setTimeout(r, 200));
    return { inline: window.__inline ?? false, timer: window.__timer ?? false, violations, cookie: document.cookie };
  });
  assert.equal(tried.inline, false, 'an inline script ran');
  assert.equal(tried.timer, false, 'a string timer ran');
  for (const d of ['script-src-elem', 'script-src', 'img-src']) assert.ok(tried.violations.includes(d), `${d} not reported: ${tried.violations}`);
  assert.equal(tried.cookie, '');
  assert.deepEqual(await p.context().cookies(), []);
  // The violations above were provoked; everything else is clean.
  const rest = p.problems.filter((m) => !/CSP violation|Content Security Policy|pixel\.png/.test(m));
  assert.deepEqual(rest, []);
});

test('dynamic text goes in as text: no innerHTML, eval or document.write in the page code', () => {
  // The sources (www/) and what is served, bundled and minified (dist/www/).
  for (const [dir, least] of [[join(ROOT, 'www'), 6], [WWW, 4]]) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    assert.ok(files.length >= least, dir);
    for (const f of files) {
      const src = readFileSync(join(dir, f), 'utf8');
      assert.doesNotMatch(src, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, `${dir}/${f}`);
    }
  }
});

test('no request outside the origin on the storefront page either', async (t) => {
  const p = await openAt(env.browser, `${env.server.url}embed.html`, '2026-11-20');
  t.after(() => p.context().close());
  assert.equal(await screen(p), 'returnReason');
  await interview(p, { ...SHOPPER, receivedDate: '2026-11-10' });
  await shown(p);
  assert.deepEqual(p.problems, []);
});
