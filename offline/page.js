// Reading offline, in the page (copied into the app as offline.js, loaded when the app
// starts): registers the site's service worker (sw.js, see offline/sw.js) once the page
// works (the app's root has `data-ready`) and the browser is idle — its install fetches
// the app's files, which must not compete with those the page needs —, offers a new
// version of the site once its files are kept, and tells the app what this browser keeps
// (window.carnetOffline, read by src/offline.rs, at once).
//
// A new version never replaces the one a tab runs: the tab shows "a new version is
// here — reload" (#carnet-update, which the content build puts in every page) and
// reloads only when the reader presses it; a writer's text in the studio is saved as the
// page goes (src/studio/editor/autosave.rs). Until then the tab fetches its own version's
// parts, which the worker keeps.
const sw = navigator.serviceWorker;
const base = new URL('./', document.baseURI);
const cacheName = `carnet ${base.pathname}`;

window.carnetOffline = {
  /** Whether every file of `paths` (from the site's root) is kept in this browser. */
  async kept(paths) {
    if (!self.caches || !(await caches.has(cacheName))) return false;
    const cache = await caches.open(cacheName);
    const found = await Promise.all(paths.map((path) => cache.match(new URL(path, base).href)));
    return found.every(Boolean);
  },
  /** What the site keeps in this browser: `{ bytes, posts }` (posts readable offline). */
  async usage() {
    const estimate = navigator.storage && navigator.storage.estimate ? await navigator.storage.estimate() : {};
    let posts = 0;
    if (self.caches && (await caches.has(cacheName))) {
      const keys = await (await caches.open(cacheName)).keys();
      // A post's text is content/<slug>.<hash>.md (content/images/ holds its images).
      const texts = new Set(keys.map((r) => new URL(r.url).pathname)
        .filter((p) => p.startsWith(`${base.pathname}content/`) && p.endsWith('.md')));
      posts = texts.size;
    }
    return { bytes: estimate.usage || 0, posts };
  },
};

// Once the page works, when the browser is idle.
const settled = new Promise((resolve) => {
  const ready = () => document.querySelector('#carnet[data-ready]');
  const idle = () => (window.requestIdleCallback || setTimeout)(resolve);
  if (ready()) return idle();
  new MutationObserver((_, observer) => {
    if (!ready()) return;
    observer.disconnect();
    idle();
  }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
});

if (sw) {
  const banner = document.getElementById('carnet-update');
  let asked = false;
  const offer = (registration) => {
    if (!banner || !sw.controller) return;
    banner.hidden = false;
    banner.querySelector('button').onclick = () => {
      asked = true;
      // The version waiting now; none if another tab has started it already.
      if (registration.waiting) registration.waiting.postMessage('skip-waiting');
      else location.reload();
    };
  };
  sw.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
  settled.then(() => sw.register(new URL('sw.js', base), { scope: base.pathname })).then((registration) => {
    // None where the browser blocks service workers (some automated browsers).
    if (!registration) return;
    const watch = (worker) => worker && worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(registration);
    });
    if (registration.waiting) offer(registration);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // Has the site been deployed again? When the tab comes back to view, when the network
    // does, and every half hour.
    const check = () => registration.update().catch(() => {});
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
    addEventListener('online', check);
    setInterval(check, 30 * 60 * 1000);
  }, () => {});
}
