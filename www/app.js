// The pages' entry: the element, the document's language, and the offline
// cache, set up after the first decision so that it never slows the first load.
import './eligibility-checker.js';

document.addEventListener('eligibility-language', (e) => (document.documentElement.lang = e.detail.lang));
document.addEventListener(
  'eligibility-decision',
  (e) => {
    document.documentElement.lang = e.detail.lang;
    // Not from disk, nor in the single-file build.
    if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http') || globalThis.eligibilityCheckerWasm) return;
    navigator.serviceWorker
      .register(new URL('./sw.js', import.meta.url))
      .then(() => navigator.serviceWorker.ready)
      .then(() => (document.documentElement.dataset.offline = 'ready'))
      .catch((err) => console.warn('offline cache:', err));
  },
  { once: true },
);
