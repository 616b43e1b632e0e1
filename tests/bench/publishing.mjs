// Benchmark: how soon a reader sees a post, Carnet against the floor and Docsify.
// Not part of the test run:
//   .ci/build && node tests/bench/publishing.mjs [dist] [runs]
// Serves three sites on loopback, gzip on as any host has it:
//   - floor:   the post's text (its title and body, as Carnet renders them) in minimal
//              HTML, with no stylesheet and no script: the least any site can send;
//   - carnet:  Carnet's release build (dist/);
//   - app only: the same without its prerendered pages (the post comes from 404.html and
//              the app, as before issue 6), to show what prerendering changes;
//   - docsify: a Docsify 5 site (the npm package, no CDN) over the same Markdown.
// For each, interleaved, in a fresh browser context each time: the time from navigation to
// the post's first paragraph being in the page, the first contentful paint and the bytes
// that had arrived by then, and the bytes transferred until the page is idle; on loopback, then throttled (1.6 Mbit/s down, 750 kbit/s up, 150 ms latency,
// CPU 4× slower, through the DevTools protocol). Prints medians and ratios, and for Carnet
// the time until the app has taken the page over.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../../site/server.mjs';

const DIST = process.argv[2] ?? 'dist';
const RUNS = Number(process.argv[3] ?? 7);
const SLUG = 'le-metier-qui-n-existe-pas';
const FIRST = 'Bonjour à toutes et à tous';
const WORK = 'target/bench';

// The three sites.
rmSync(WORK, { recursive: true, force: true });
const floor = `${WORK}/floor`;
mkdirSync(`${floor}/posts/${SLUG}`, { recursive: true });
cpSync(`${DIST}/images`, `${floor}/images`, { recursive: true });
const built = readFileSync(`${DIST}/posts/${SLUG}/index.html`, 'utf8');
const heading = built.match(/<article[^>]*>[\s\S]*?<h1>([\s\S]*?)<\/h1>/)[1];
const text = built.match(/<div class="post-body">([\s\S]*?)<\/div>(?:<!>)*<\/article>/)[1];
writeFileSync(`${floor}/posts/${SLUG}/index.html`, `<!doctype html>
<html lang="fr">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="/">
<title>${heading}</title>
<h1>${heading}</h1>
${text}
`);

const appOnly = `${WORK}/app-only`;
cpSync(DIST, appOnly, { recursive: true });
rmSync(`${appOnly}/posts`, { recursive: true });

const docsify = `${WORK}/docsify`;
mkdirSync(`${docsify}/posts`, { recursive: true });
cpSync('node_modules/docsify/dist', `${docsify}/vendor`, { recursive: true });
const markdown = readFileSync(`posts/${SLUG}.md`, 'utf8');
const [, front, body] = markdown.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
const title = front.match(/^title: (.*)$/m)[1];
writeFileSync(`${docsify}/posts/${SLUG}.md`, `# ${title}\n\n${body}`);
writeFileSync(`${docsify}/README.md`, `# Carnet\n\n[${title}](posts/${SLUG})\n`);
writeFileSync(`${docsify}/index.html`, `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Carnet</title>
    <link rel="stylesheet" href="vendor/themes/core.min.css">
  </head>
  <body>
    <div id="app"></div>
    <script>window.$docsify = { name: 'Carnet', homepage: 'README.md' };</script>
    <script src="vendor/docsify.min.js"></script>
  </body>
</html>
`);

const servers = {
  floor: await serve(floor, '/', { gzip: true }),
  carnet: await serve(DIST, '/', { gzip: true }),
  'app only': await serve(appOnly, '/', { gzip: true }),
  docsify: await serve(docsify, '/', { gzip: true }),
};
const address = {
  floor: `${servers.floor.url}posts/${SLUG}/`,
  carnet: `${servers.carnet.url}posts/${SLUG}/`,
  'app only': `${servers['app only'].url}posts/${SLUG}`,
  docsify: `${servers.docsify.url}#/posts/${SLUG}`,
};

const PROFILES = {
  loopback: null,
  throttled: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpu: 4 },
};

/** One cold visit: ms to the first paragraph and to the first paint, bytes by then and in all, ms until Carnet's app is ready. */
async function visit(browser, site, profile) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1000, height: 800 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  if (profile) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  await tab.addInitScript((first) => {
    // A reader who touches the page as soon as it shows (a first visit starts the app at
    // the first gesture): the app's figures are its soonest.
    addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => dispatchEvent(new Event('pointerdown')))));
    const seen = () => [...document.querySelectorAll('p')].some((p) => p.textContent.includes(first));
    new MutationObserver((_, observer) => {
      if (window.firstParagraph === undefined && seen()) {
        window.firstParagraph = performance.now();
      }
      const root = document.getElementById('carnet');
      if (root && root.hasAttribute('data-ready') && window.takenOver === undefined) {
        window.takenOver = performance.now();
      }
      if (window.firstParagraph !== undefined && (window.takenOver !== undefined || !document.querySelector('script[type=module]'))) {
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.paint = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  }, FIRST);
  await tab.goto(address[site], { waitUntil: 'networkidle', timeout: 120_000 });
  await tab.waitForFunction(() => window.firstParagraph !== undefined, null, { timeout: 60_000 });
  if (site !== 'floor' && site !== 'docsify') await tab.waitForFunction(() => window.takenOver !== undefined, null, { timeout: 60_000 });
  await tab.waitForFunction(() => window.paint !== undefined, null, { timeout: 60_000 });
  const times = await tab.evaluate(() => {
    // What had arrived when the text painted: the page, and what ended before the paint.
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const before = entries.filter((e) => e.entryType === 'navigation' || e.responseEnd <= window.paint);
    return { first: window.firstParagraph, paint: window.paint, app: window.takenOver, early: before.reduce((n, e) => n + e.transferSize, 0) };
  });
  await context.close();
  return { ...times, bytes };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const browser = await launch();
const results = {};
for (const [name, profile] of Object.entries(PROFILES)) {
  results[name] = { floor: [], carnet: [], 'app only': [], docsify: [] };
  for (let run = 0; run < RUNS; run += 1) {
    for (const site of Object.keys(results[name])) {
      results[name][site].push(await visit(browser, site, profile));
    }
  }
}
await browser.close();
for (const server of Object.values(servers)) await server.close();

console.log(`${RUNS} runs each, interleaved; medians. Time: navigation → first paragraph in the page.`);
console.log('| profile | site | first paragraph | first paint | bytes by then | bytes in all | vs floor | vs Docsify | app ready |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, sites] of Object.entries(results)) {
  const first = (site) => median(sites[site].map((r) => r.first));
  for (const site of Object.keys(sites)) {
    const t = first(site);
    const kb = median(sites[site].map((r) => r.bytes)) / 1024;
    const paint = median(sites[site].map((r) => r.paint));
    const early = median(sites[site].map((r) => r.early)) / 1024;
    const app = sites[site][0].app !== undefined ? `${median(sites[site].map((r) => r.app)).toFixed(0)} ms` : '';
    console.log(`| ${name} | ${site} | ${t.toFixed(0)} ms | ${paint.toFixed(0)} ms | ${early.toFixed(1)} KB | ${kb.toFixed(0)} KB | ${(t / first('floor')).toFixed(2)}× | ${(t / first('docsify')).toFixed(2)}× | ${app} |`);
  }
}
