// The entry module of index.html and embed.html: defines the element, keeps
// the document's language in step with it, and installs the service worker
// once the first decision is on screen, so that caching never competes with
// the first load.
import './eligibility-checker.js';

document.addEventListener('eligibility-language', (e) => (document.documentElement.lang = e.detail.lang));
document.addEventListener(
  'eligibility-decision',
  (e) => {
    document.documentElement.lang = e.detail.lang;
    if ('serviceWorker' in navigator && location.protocol !== 'file:') {
      navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch((err) => console.warn('offline cache:', err));
    }
  },
  { once: true },
);
