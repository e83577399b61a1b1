// Offline support for the checker's own folder: exactly the files of one
// build, listed by the build (pkg/precache.js, scripts/stamp.mjs) each with
// its SHA-256, kept in a cache named after them all. Installed all or
// nothing: a file missing, or not the one listed (a deploy half done, an old
// copy), fails the install and the worker in place goes on. A new build's
// worker drops every older cache when it takes over. Only the listed files
// are answered, from that cache; every other request (a storefront's policy,
// the shop's own pages, anything with a query) goes to the network untouched
// and is never stored.
importScripts('pkg/precache.js');

const { cache: CACHE, files: FILES } = self.PRECACHE;
const OWN = new Set(Object.keys(FILES).map((f) => new URL(f, self.registration.scope).href));

self.addEventListener('install', (event) => {
  const requests = Object.entries(FILES).map(([f, integrity]) => new Request(new URL(f, self.registration.scope), { cache: 'no-cache', integrity }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      .catch(async (err) => {
        await caches.delete(CACHE);
        throw err;
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('eligibility-checker-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !OWN.has(request.url.split('#')[0])) return;
  // One entry per address, so the Vary of the server's gzip can be ignored;
  // the query never is (no listed file has one).
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreVary: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
