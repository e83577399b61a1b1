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
    navigator.serviceWorker
      .register(new URL('./sw.js', import.meta.url))
      .then(() => navigator.serviceWorker.ready)
      .then(() => (document.documentElement.dataset.offline = 'ready'))
      .catch((err) => console.warn('offline cache:', err));
  },
  { once: true },
);
