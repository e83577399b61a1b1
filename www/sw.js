// Offline support: every asset is cached on the first visit (the list below,
// and every module these import, so that wasm-bindgen's generated snippets are
// found whatever their names); afterwards each request goes to the network
// first, so a new version shows at once, and falls back to the cache when
// there is no network.
const CACHE = 'eligibility-checker-1';
const ASSETS = [
  './',
  'index.html',
  'embed.html',
  'page.css',
  'embed.css',
  'icon.svg',
  'app.js',
  'eligibility-checker.js',
  'i18n.js',
  'languages.js',
  'receipt.js',
  'policy.js',
  'eligibility-answer.js',
  'dom.js',
  'styles.js',
  'pkg/eligibility_checker.js',
  'pkg/eligibility_checker_bg.wasm',
];
// Both locale files of each language in languages.js (its `code: 'xx'` lines).
const locales = () =>
  fetch('languages.js', { cache: 'no-cache' })
    .then((r) => r.text())
    .then((list) => [...list.matchAll(/code: '([a-z-]+)'/g)].flatMap(([, l]) => [`locales/${l}.json`, `locales/${l}.extras.json`]))
    .catch(() => []);

const IMPORTS = /(?:\bfrom|\bimport)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

// Caches `urls` and, for scripts, what they import; one missing file must
// not keep the others out.
async function keep(urls) {
  const cache = await caches.open(CACHE);
  const queue = urls.map((u) => new URL(u, location).href);
  const seen = new Set();
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) continue;
      await cache.put(url, response.clone());
      if (url.endsWith('.js')) for (const m of (await response.text()).matchAll(IMPORTS)) queue.push(new URL(m[1], url).href);
    } catch {
      // Offline during install: the next visit tries again.
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(locales().then((more) => keep([...ASSETS, ...more])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
