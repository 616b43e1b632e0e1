// A static file server that behaves like GitHub Pages: files are served from `root` under
// the URL prefix `base` ("/" or "/blog/"), a directory serves its index.html (a path to a
// directory without its final slash is redirected to it, 301), and any unknown path gets
// the site's 404.html with status 404.
import { createServer } from 'node:http';
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
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(root, path) {
  const full = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
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
    return (await stat(join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '')))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Starts the server on a free loopback port; resolves to { url, requests, close }. With
 * `gzip`, text and Wasm are sent compressed to browsers that accept it, as hosts do.
 */
export async function serve(root, base = '/', { gzip = false } = {}) {
  const requests = [];
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    requests.push(path);
    const inSite = path.startsWith(base) ? path.slice(base.length) : null;
    if (inSite && !inSite.endsWith('/') && (await isDirectory(root, inSite))) {
      const query = new URL(req.url, 'http://x').search;
      res.writeHead(301, { location: `${path}/${query}` });
      res.end();
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
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') && !/^image\/(png|jpeg)/.test(headers['content-type'])) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        body = compressed.get(file);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(status, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
