// Benchmark: "Publier", the content build in the browser. Not part of the test run:
//   .ci/build && node tests/bench/publish.mjs [runs]
// Builds two sites with the command line — the seed blog (posts/) and 2,000 generated posts
// (tests/large's settings, as .ci/test builds them) — serves each on loopback with gzip, and
// for each run, in a fresh browser context: writes a draft, presses "Publier", and measures
// the time from the click to the check list, the requests and the bytes the site sent
// meanwhile (the builder's code apart: a browser that published once has it cached), and
// the builder's own timings (started and fetched, then built). Then, once per site, the
// site's download (.zip): from the click to the file. Prints medians.
//   BENCH_CLI=path/to/carnet-site BENCH_APP=path/to/app node tests/bench/publish.mjs
// measures another build of Carnet (an earlier commit's) on the same posts.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../../site/server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const CLI = process.env.BENCH_CLI ?? 'target/release/carnet-site';
const APP = process.env.BENCH_APP ?? 'target/app/release';
const WORK = 'target/bench-publish';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${Math.round(bytes / 1000)} KB`;
// The builder's code: its script and Wasm, in the app's directory.
const builderCode = (path) => /\/app-[0-9a-f]+\/(builder\.js|carnet_builder)/.test(path);

rmSync(WORK, { recursive: true, force: true });
const large = `${WORK}/posts-2000`;
if (!existsSync('target/large-posts')) {
  execFileSync('cargo', ['run', '--quiet', '--release', '--package', 'carnet-content', '--example',
    'generate_posts', '--', 'target/large-posts']);
}
cpSync('target/large-posts', large, { recursive: true });
const sites = [
  ['seed (3 posts)', 'posts', 'Carnet.toml'],
  ['2,000 posts', large, 'tests/large/Carnet.toml'],
];
const browser = await launch();
for (const [name, posts, config] of sites) {
  const dist = `${WORK}/${name.split(' ')[0].replace(',', '')}`;
  execFileSync(CLI, ['build', '--app', APP, '--posts', posts, '--config', config, '--dist', dist]);
  const server = await serve(dist, '/', { gzip: true });
  const write = async (page, title) => {
    await page.goto(`${server.url}drafts`);
    await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await page.locator('#draft-body').fill('Un article pour mesurer.\n\n## Titre\n\nTexte.');
  };
  // Presses "Publier" and waits for the check list: what it took.
  const publish = async (page) => {
    const asked = server.log.length;
    const started = Date.now();
    await page.getByRole('link', { name: 'Publier' }).click();
    const list = page.locator('.publish-checklist');
    await list.waitFor({ timeout: 300_000 });
    const total = Date.now() - started;
    const sent = server.log.slice(asked);
    const site = sent.filter((e) => !builderCode(e.path));
    return {
      total,
      requests: site.length,
      bytes: site.reduce((sum, e) => sum + e.bytes, 0),
      code: sent.filter((e) => builderCode(e.path)).reduce((sum, e) => sum + e.bytes, 0),
      load: Number(await list.getAttribute('data-load-ms')),
      build: Number(await list.getAttribute('data-build-ms')),
    };
  };
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // No service worker: every byte counted comes from the network (the worker of a
    // browser that read the blog would answer some requests from what it keeps).
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await write(page, `Essai ${i}`);
    runs.push(await publish(page));
    if (i === RUNS - 1) {
      // The site's download, from this check list.
      const asked = server.log.length;
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.getByRole('button', { name: 'Télécharger le site (.zip)' }).click(),
      ]);
      await download.path();
      const sent = server.log.slice(asked).filter((e) => !builderCode(e.path));
      console.log(`${name}: site download ${Date.now() - started} ms, ${sent.length} requests, ${kb(sent.reduce((s, e) => s + e.bytes, 0))}`);
    }
    await context.close();
  }
  const m = (key) => median(runs.map((r) => r[key]));
  console.log(`${name}: click to check list ${m('total')} ms (first run ${runs[0].total} ms), ${m('requests')} requests, ${kb(m('bytes'))} of the site's files (and ${kb(m('code'))} of the builder's code, cached after a first publication); builder started and files fetched ${m('load')} ms, build ${m('build')} ms (median of ${RUNS})`);
  await server.close();
}
await browser.close();
