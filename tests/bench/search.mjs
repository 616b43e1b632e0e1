// Benchmark: search on 2,000 generated posts of about 800 words, in headless Chromium,
// against a release build of that corpus. Not part of the test run:
//   cargo run -p carnet-content --example generate_posts -- target/large-posts
//   CARNET_POSTS=$PWD/target/large-posts .ci/build --dist target/site/large
//   node tests/bench/search.mjs target/site/large
// Prints the index file's size (raw, gzip -9), the time to download and read it on
// loopback, and the time of each keystroke's query as the app measures it (performance
// entries named `carnet-search`): median, 95th percentile, average and worst per query,
// over several runs.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../../site/server.mjs';

const DIST = process.argv[2] ?? 'target/site/large';
const RUNS = 5;
const QUERIES = ['réseaux soc', 'metier', 'running brow', 'communauté veille'];

const file = readdirSync(DIST).find((f) => /^search\.[0-9a-f]+\.txt$/.test(f));
const raw = readFileSync(`${DIST}/${file}`);
console.log(`index ${file}: ${(raw.length / 1024).toFixed(0)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(0)} KB gzip -9`);

const server = await serve(DIST, '/');
const browser = await launch();
const loads = [];
const perQuery = Object.fromEntries(QUERIES.map((q) => [q, []]));
for (let run = 0; run < RUNS; run += 1) {
  const page = await browser.newPage({ locale: 'fr-FR' });
  await page.goto(server.url);
  await page.locator('.post-list').waitFor();
  // The home page is prerendered: its search box works once the app has taken it over.
  await page.evaluate(() => dispatchEvent(new Event('pointerdown'))); // the reader's first gesture starts the app
  await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
  const box = page.locator('#search-box');
  await box.focus();
  await page.waitForFunction(() => performance.getEntriesByName('carnet-search-index').length > 0);
  loads.push(await page.evaluate(() => performance.getEntriesByName('carnet-search-index')[0].duration));
  for (const query of QUERIES) {
    await box.fill('');
    await page.evaluate(() => performance.clearMeasures('carnet-search'));
    await box.pressSequentially(query);
    await page.locator('.result-count, .no-results').first().waitFor();
    await page.waitForTimeout(200);
    const times = await page.evaluate(() => performance.getEntriesByName('carnet-search').map((e) => e.duration));
    perQuery[query].push(...times);
  }
  await page.close();
}
await browser.close();
await server.close();

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const median = (xs) => quantile(xs, 0.5);
console.log(`index download and read, loopback: median ${median(loads).toFixed(0)} ms over ${RUNS} runs`);
for (const [query, times] of Object.entries(perQuery)) {
  const avg = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`query "${query}": ${times.length} keystroke queries, median ${median(times).toFixed(2)} ms, 95th percentile ${quantile(times, 0.95).toFixed(2)} ms, average ${avg.toFixed(2)} ms, worst ${Math.max(...times).toFixed(2)} ms`);
}
