// Offline support: every asset is cached on the first visit (the list below,
// and whatever the page reports it loaded, such as wasm-bindgen's generated
// snippets); afterwards each request goes to the network first, so a new
// version shows at once, and falls back to the cache when there is no network.
const CACHE = 'eligibility-checker-1';
const ASSETS = [
  './',
  'index.html',
  'embed.html',
  'page.css',
  'icon.svg',
  'app.js',
  'eligibility-checker.js',
  'engine.js',
  'i18n.js',
  'answers.js',
  'styles.js',
  'pkg/eligibility_checker.js',
  'pkg/eligibility_checker_bg.wasm',
  'locales/en.json',
  'locales/es.json',
  'locales/de.json',
];

// One missing file must not stop the others from being cached.
const keep = (urls) => caches.open(CACHE).then((cache) => Promise.all(urls.map((u) => cache.add(u).catch(() => {}))));

self.addEventListener('install', (event) => {
  event.waitUntil(keep(ASSETS).then(() => self.skipWaiting()));
});

self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.cache) ? event.data.cache.filter((u) => new URL(u).origin === location.origin) : [];
  event.waitUntil(keep(urls).then(() => event.source?.postMessage({ cached: urls.length })));
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
