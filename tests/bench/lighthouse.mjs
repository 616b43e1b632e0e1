// Benchmark: Lighthouse (mobile defaults: Moto G Power, slow 4G and 4× CPU, simulated) on
// the seed post and the home page. Not part of the test run:
//   .ci/build && node tests/bench/lighthouse.mjs [runs]
// Builds the site from posts/ into target/bench/lighthouse for the address it is served
// at (so that its canonical links are this host's), serves it with gzip as any host has
// it, and prints for each page the four scores and the paint and layout figures, median
// over the runs. Runs Debian's Chromium, headless, with the flags that keep it offline.
import { execFileSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../../site/server.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const PORT = 8093;
const DIST = 'target/bench/lighthouse';
const SITE = `http://127.0.0.1:${PORT}/`;

execFileSync('target/release/carnet-site', ['build', '--dist', DIST], {
  env: { ...process.env, CARNET_BASE_URL: SITE },
  stdio: 'inherit',
});
const server = await serve(DIST, '/', { gzip: true, port: PORT });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
  ],
});

const PAGES = { post: 'posts/le-metier-qui-n-existe-pas/', 'photo post': 'posts/how-carnet-is-built/', home: '' };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const rows = [];
for (const [name, path] of Object.entries(PAGES)) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { lhr } = await lighthouse(`${SITE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const score = (c) => Math.round(lhr.categories[c].score * 100);
    const audit = (a) => lhr.audits[a].numericValue;
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    runs.push({
      performance: score('performance'), accessibility: score('accessibility'),
      'best-practices': score('best-practices'), seo: score('seo'),
      fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'), tbt: audit('total-blocking-time'), failed,
      images: lhr.audits['network-requests'].details.items
        .filter((r) => r.resourceType === 'Image').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      bytes: audit('total-byte-weight'),
    });
  }
  const m = (k) => median(runs.map((r) => r[k]));
  rows.push(`| ${name} | ${m('performance')} / ${m('accessibility')} / ${m('best-practices')} / ${m('seo')} | ${(m('fcp') / 1000).toFixed(2)} s | ${(m('lcp') / 1000).toFixed(2)} s | ${m('cls').toFixed(3)} | ${m('tbt').toFixed(0)} ms | ${(m('images') / 1000).toFixed(0)} KB / ${(m('bytes') / 1000).toFixed(0)} KB | ${[...new Set(runs.flatMap((r) => r.failed))].join(', ') || '—'} |`);
}
await chrome.kill();
await server.close();
console.log(`Lighthouse ${RUNS} runs each (mobile defaults), medians:`);
console.log('| page | performance / accessibility / best practices / SEO | FCP | LCP | CLS | TBT | images / all bytes | failed audits |');
console.log('|---|---|---:|---:|---:|---:|---:|---|');
for (const row of rows) console.log(row);
