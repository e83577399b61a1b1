// The entry module of index.html and embed.html: defines the element, keeps
// the document's language in step with it, and sets up the offline cache once
// the first decision is on screen, so that caching never competes with the
// first load.
import './eligibility-checker.js';

document.addEventListener('eligibility-language', (e) => (document.documentElement.lang = e.detail.lang));
document.addEventListener(
  'eligibility-decision',
  (e) => {
    document.documentElement.lang = e.detail.lang;
    // Not from disk, and not in the single-file build (which carries the wasm inline).
    if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http') || globalThis.eligibilityCheckerWasm) return;
    navigator.serviceWorker.addEventListener('message', (m) => m.data?.cached && (document.documentElement.dataset.offline = 'ready'));
    navigator.serviceWorker
      .register(new URL('./sw.js', import.meta.url))
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // What this page loaded, generated names included, for the worker to keep.
        const loaded = performance.getEntriesByType('resource').map((r) => r.name);
        registration.active.postMessage({ cache: [location.href.split('#')[0], ...loaded].filter((u) => u.startsWith(location.origin)) });
      })
      .catch((err) => console.warn('offline cache:', err));
  },
  { once: true },
);
