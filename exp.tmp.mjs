import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serve } from './scripts/serve.mjs';
const html = readFileSync('dist/www/index.html', 'utf8');
const page = (body, type='text/html; charset=utf-8') => (req, res, headers) => res.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
const routes = {
  '/static.html': page(html.replace(/<script[^>]*><\/script>\n?/g, '').replace(/<link rel="(modulepreload|preload)"[^>]*>\n?/g, '')),
  '/deferred.html': page(html.replace('src="app.js"', 'src="deferred.js"')),
  '/deferred.js': page("requestAnimationFrame(() => setTimeout(() => import('./app.js')));", 'text/javascript'),
};
const server = await serve({ root: 'dist/www', port: 0, routes });
const url = `http://127.0.0.1:${server.address().port}/`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const res = {};
for (let i = 0; i < 9; i++) for (const p of ['static.html', '', 'deferred.html']) {
  const c = await b.newContext({ serviceWorkers: 'block' });
  const pg = await c.newPage();
  const cdp = await c.newCDPSession(pg);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await pg.goto(url + p, { waitUntil: 'networkidle' });
  const t = await pg.evaluate(() => [performance.getEntriesByName('first-contentful-paint')[0]?.startTime, performance.getEntriesByName('eligibility-checker:first-question')[0]?.startTime]);
  (res[p || 'index'] ??= []).push(t);
  await c.close();
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
for (const [k, v] of Object.entries(res)) console.log(k, 'fcp', Math.round(med(v.map((x) => x[0]))), 'interactive', Math.round(med(v.map((x) => x[1] ?? NaN))), JSON.stringify(v.map(x=>Math.round(x[0]))));
await b.close(); server.close();
