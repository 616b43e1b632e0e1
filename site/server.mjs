// A static file server that behaves like GitHub Pages with the caching headers the README
// recommends: files are served from `root` under the URL prefix `base` ("/" or "/blog/"),
// a directory serves its index.html (a path to a directory without its final slash is
// redirected to it, 301), and any unknown path gets the site's 404.html with status 404.
//
// Caching, as a host configured from the README would do it: files with a content hash
// in their name (the app's directory app-<hash>/, favicon-<hash>.svg, icon-<size>-<hash>.png,
// content/<slug>.<hash>.md) are `immutable` for a year; everything else is `no-cache`
// and carries an ETag (from its bytes), so that a browser revalidates it and gets
// `304 Not Modified` when it has not changed.
//
// The tests' server (tests/e2e) and the writer's (site/serve.mjs, with `live`: every HTML
// page gets a few lines that reload it when the site is rebuilt).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Whether `path` (relative to the site root, or a URL or URL path) is one of the app's own
 * files: its directory app-<hash>/ or favicon-<hash>.svg.
 */
export function isAppFile(path) {
  return /(^|\/)(app-[0-9a-f]+\/|favicon-[0-9a-f]+\.svg$)/.test(path);
}

/** Whether the file at `path` (relative to the site root) has a content hash in its name. */
export function immutable(path) {
  return isAppFile(path) || /^icon-.*-[0-9a-f]+\.png$/.test(path) || path.startsWith('content/');
}

/** Where the live-reload page listens for rebuilds, and its script (a file of its own:
 * the pages' Content Security Policy runs no inline script the build did not write). */
const EVENTS = '/__carnet/events';
const LIVE = '/__carnet/live.js';
const LIVE_CODE = `new EventSource('${EVENTS}').onmessage = () => location.reload();\n`;
const LIVE_SCRIPT = `<script src="${LIVE}"></script>`;

function inRoot(root, path) {
  return join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
}

async function fileFor(root, path) {
  const full = inRoot(root, path);
  try {
    const info = await stat(full);
    if (info.isFile()) return full;
    if (info.isDirectory()) {
      const index = join(full, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {}
  return null;
}

async function isDirectory(root, path) {
  try {
    return (await stat(inRoot(root, path))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Starts the server on a free loopback port (or `port`); resolves to { url, requests,
 * log, reload, setRoot, close }. `requests` lists the paths asked for; `log` each answer
 * ({ path, status, bytes }: bytes sent in the body). With `gzip`, text and Wasm are sent
 * compressed to browsers that accept it, as hosts do. With `live`, HTML pages reload when
 * `reload()` is called. `setRoot(dir)` serves another directory from then on (a deploy).
 * `setDown(true)` cuts every connection as it comes, as a host out of reach (the offline
 * tests: Chromium's offline mode does not reach a service worker's own requests).
 */
export async function serve(root, base = '/', { gzip = false, live = false, port = 0 } = {}) {
  const requests = [];
  const log = [];
  const listeners = new Set();
  let down = false;
  const server = createServer(async (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url, 'http://x');
    const path = url.pathname;
    if (live && path === EVENTS) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (live && path === LIVE) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(LIVE_CODE);
      return;
    }
    requests.push(path);
    const inSite = path.startsWith(base) ? path.slice(base.length) : null;
    if (inSite && !inSite.endsWith('/') && (await isDirectory(root, inSite))) {
      res.writeHead(301, { location: `${path}/${url.search}` });
      res.end();
      log.push({ path, status: 301, bytes: 0 });
      return;
    }
    let file = inSite !== null ? await fileFor(root, inSite) : null;
    let status = 200;
    if (!file) {
      file = join(root, '404.html');
      status = 404;
    }
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (live && type.startsWith('text/html')) {
        body = Buffer.from(body.toString('utf8').replace('</body>', `${LIVE_SCRIPT}</body>`));
      }
      const relative = file.slice(root.length).replace(/^[/\\]+/, '').replaceAll('\\', '/');
      const headers = { 'content-type': type };
      if (status === 200 && immutable(relative) && !live) {
        headers['cache-control'] = 'public, max-age=31536000, immutable';
      } else {
        headers['cache-control'] = 'no-cache';
        headers.etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        if (status === 200 && req.headers['if-none-match'] === headers.etag) {
          res.writeHead(304, headers);
          res.end();
          log.push({ path, status: 304, bytes: 0 });
          return;
        }
      }
      if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') && !/^image\/(png|jpeg|webp|gif)/.test(type)) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(status, headers);
      res.end(body);
      log.push({ path, status, bytes: body.length });
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      log.push({ path, status: 404, bytes: 9 });
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    requests,
    log,
    reload: () => listeners.forEach((res) => res.write('data: reload\n\n')),
    setRoot: (dir) => { root = dir; },
    setDown: (value) => { down = value; },
    close: () => {
      listeners.forEach((res) => res.end());
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
