// What reading offline costs a reader: for a built site, what the service worker keeps once
// she has visited it (files, bytes as kept, posts readable offline), how long it takes to
// keep it all after the first page, and the space the browser counts for the site.
//
//   .ci/build && node tests/bench/offline.mjs target/site/root [runs=3]
//
// The server sends gzip as hosts do (the bytes kept are the files' own, uncompressed).
import { launch } from '../e2e/browser.mjs';
import { serve } from '../../site/server.mjs';

const dist = process.argv[2] ?? 'target/site/root';
const runs = Number(process.argv[3] ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(dist, '/', { gzip: true });
const browser = await launch();
const results = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(server.url);
  const start = Date.now();
  await page.evaluate(() => dispatchEvent(new Event('pointerdown'))); // the app starts, and registers the worker
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 300_000 });
  const ms = Date.now() - start;
  const kept = await page.evaluate(async () => {
    const cache = await caches.open('carnet /');
    let bytes = 0;
    const keys = await cache.keys();
    for (const key of keys) bytes += (await (await cache.match(key)).arrayBuffer()).byteLength;
    const posts = keys.filter((k) => /\/content\//.test(k.url)).length;
    const usage = (await navigator.storage.estimate()).usage;
    return { files: keys.length, bytes, posts, usage };
  });
  results.push({ ms, ...kept });
  await context.close();
}
await browser.close();
await server.close();
const first = results[0];
console.log(`${dist}: ${first.files} files kept, ${(first.bytes / 1e6).toFixed(2)} MB, ${first.posts} posts readable offline;`
  + ` kept ${median(results.map((r) => r.ms))} ms after the app started (median of ${runs});`
  + ` the browser counts ${(first.usage / 1e6).toFixed(2)} MB for the site`);
