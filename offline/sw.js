// Carnet's service worker: the site read offline. The content build (site/src/offline.rs)
// writes the site's files below and publishes this file as sw.js, at the site's root.
//
// Rules, by request (`rule` below):
// - a file whose name carries a content hash (the app's, `content/`, icons): from the cache,
//   else fetched and kept: it never changes;
// - a page (a navigation): from the network, kept; offline, or when the network takes more
//   than 4 s, the kept copy of that page, else `404.html` (the app, which shows any address
//   and says plainly what it cannot show offline);
// - any other file of the site (data files, images, the manifest): from the network, kept;
//   the kept copy when the network fails or is slow;
// - anything else (other sites, a query like the app's version probe): not touched.
//
// Installing keeps every file the build listed (fetching only those whose revision
// changed). A new version waits until a tab asks for it ("skip-waiting", when the reader
// presses "reload"); the app's files of the version before stay kept, so that a tab still
// running it can fetch its parts.
const SITE = /* the content build writes the site's files here */ null;

const scope = new URL(SITE.scope, location.origin);
// One cache per site: two sites on one host (`/` and `/blog/`) keep apart.
const CACHE = `carnet ${scope.pathname}`;
const REVISION = 'x-carnet-revision';
const STATE = 'carnet-worker-state';
const SLOW = 4000;

/** Which rule answers `request`: 'hashed', 'page', 'fresh', or null (left alone). */
function rule(request) {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  if (request.mode === 'navigate') return 'page';
  if (url.search) return null;
  const path = url.pathname.slice(scope.pathname.length);
  // The worker itself, and the writer's dev server's own (site/serve.mjs: its live reload).
  if (path === 'sw.js' || path.startsWith('__carnet/')) return null;
  if (/^(app-[0-9a-f]+\/|favicon-|icon-|content\/)/.test(path)) return 'hashed';
  return 'fresh';
}

/** The key a page is kept under: its address without `index.html` or a final slash. */
function pageKey(url) {
  const path = new URL(url).pathname.replace(/index\.html$/, '');
  const trimmed = path.length > scope.pathname.length ? path.replace(/\/+$/, '') : scope.pathname;
  return new URL(trimmed, scope).href;
}

/** Where a listed file is fetched from, and kept under. */
function place(path) {
  if (path === 'index.html') return { from: scope.href, key: scope.href };
  if (path.endsWith('/index.html')) {
    const dir = new URL(path.slice(0, -'index.html'.length), scope).href;
    return { from: dir, key: pageKey(dir) };
  }
  const url = new URL(path, scope).href;
  return { from: url, key: url };
}

/** `response` as the cache keeps it: never a redirect (a page served after one). */
async function keepable(response, revision) {
  const headers = new Headers(response.headers);
  if (revision) headers.set(REVISION, revision);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    let queue;
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const [path, revision] = file;
        const { from, key } = place(path);
        const kept = await cache.match(key);
        if (kept && (!revision || kept.headers.get(REVISION) === revision)) continue;
        const response = await fetch(from, { cache: revision ? 'no-cache' : 'default' });
        if (!response.ok) throw new Error(`${from}: HTTP ${response.status}`);
        await cache.put(key, await keepable(response, revision));
      }
    };
    // Six at a time, as a browser fetches from one host; the app's files first, so that no
    // page of this version is kept before the app it starts (an install cut short leaves
    // the pages of the version before).
    const isApp = ([path]) => path.startsWith(`${SITE.app}/`);
    for (const files of [SITE.files.filter(isApp), SITE.files.filter((f) => !isApp(f))]) {
      queue = files.slice();
      await Promise.all(Array.from({ length: 6 }, worker));
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const stateKey = new URL(STATE, scope).href;
    const state = await cache.match(stateKey).then((r) => (r ? r.json() : { apps: [] })).catch(() => ({ apps: [] }));
    // This version's app and the one before, for tabs still running it.
    const apps = [SITE.app, ...state.apps.filter((app) => app !== SITE.app)].slice(0, 2);
    // Post texts: content/<slug>.<hash>.md (content/images/ holds images, kept as they are).
    const isText = (path) => path.startsWith('content/') && path.endsWith('.md');
    const texts = new Set(SITE.files.map(([path]) => path).filter(isText));
    const slugOf = (path) => path.replace(/\.[0-9a-f]+\.md$/, '');
    const current = new Set([...texts].map(slugOf));
    for (const request of await cache.keys()) {
      const path = request.url.slice(scope.href.length);
      const app = /^(app-[0-9a-f]+)\//.exec(path);
      const staleApp = app && !apps.includes(app[1]);
      // A post's text of an older version, when the site lists a newer one.
      const staleText = isText(path) && !texts.has(path) && current.has(slugOf(path));
      if (staleApp || staleText) await cache.delete(request);
    }
    await cache.put(stateKey, new Response(JSON.stringify({ apps })));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/**
 * The network's answer, given as it comes; kept meanwhile (through `event.waitUntil`) when
 * it is a whole one. `null` when the network fails. A keep that fails (a full storage)
 * never costs the reader the answer.
 */
async function fetchAndKeep(event, key) {
  let response;
  try {
    response = await fetch(event.request);
  } catch (e) {
    return null;
  }
  if (response.status === 200 && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE)
      .then(async (cache) => cache.put(key, await keepable(copy)))
      .catch(() => {}));
  }
  return response;
}

/** The network first; the kept copy (or `fallback`'s) when it fails or takes over 4 s. */
async function networkFirst(event, key, fallback) {
  const network = fetchAndKeep(event, key);
  event.waitUntil(network);
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW, 'slow'));
  const first = await Promise.race([network, slow]);
  if (first && first !== 'slow') return first;
  const kept = (await caches.match(key)) || (fallback && (await caches.match(fallback)));
  if (kept) return kept;
  return (await network) || Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  switch (rule(request)) {
    case 'hashed':
      event.respondWith(caches.match(request.url).then((kept) => kept || fetchAndKeep(event, request.url).then((r) => r || Response.error())));
      break;
    case 'page':
      event.respondWith(networkFirst(event, pageKey(request.url), new URL('404.html', scope).href));
      break;
    case 'fresh':
      event.respondWith(networkFirst(event, request.url, null));
      break;
  }
});
