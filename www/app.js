// The full page's entry (index.html): the element, the document's language,
// and the offline cache, set up after the first decision so that it never
// slows the first load. A storefront that embeds the element loads
// eligibility-checker.js alone: no worker of ours in a host's site.
import './eligibility-checker.js';
import { INLINE } from './pkg/build.js';

// The page's <html lang="en"> is its static first question's; the element's
// empty lang makes it follow the browser instead, and the page takes the
// element's language from its first screen on.
const follow = (e) => e.detail?.lang && (document.documentElement.lang = e.detail.lang);
document.addEventListener('ready', follow);
document.addEventListener('eligibility-language', follow);
document.addEventListener(
  'eligibility-decision',
  (e) => {
    document.documentElement.lang = e.detail.lang;
    // Not from disk, nor in the single-file build (everything is inline there).
    if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http') || INLINE) return;
    // Its scope is this folder, the checker's own files, never the site above it.
    navigator.serviceWorker
      .register(new URL('./sw.js', import.meta.url), { scope: new URL('./', import.meta.url).href, updateViaCache: 'none' })
      .then(() => navigator.serviceWorker.ready)
      .then(() => (document.documentElement.dataset.offline = 'ready'))
      .catch((err) => console.warn('offline cache:', err));
  },
  { once: true },
);
