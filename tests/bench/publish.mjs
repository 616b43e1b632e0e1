// Benchmark: "Publier", the content build in the browser. Not part of the test run:
//   .ci/build && node tests/bench/publish.mjs [runs]
// Builds two sites with the command line — the seed blog (posts/) and 200 generated posts
// (plus the seed's) — serves each on loopback, and for each run, in a fresh browser
// context: writes a draft, presses "Publier", and reads the builder's own timings (its
// Wasm started and the site's files fetched, then the build) from the page, and the time from the click to
// the check list (the worker and its Wasm started, fetched, built, zipped). Prints medians.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../../site/server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const CLI = 'target/release/carnet-site';
const WORK = 'target/bench-publish';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

rmSync(WORK, { recursive: true, force: true });
execFileSync('cargo', ['run', '--quiet', '--release', '--package', 'carnet-content', '--example',
  'generate_posts', '--', `${WORK}/posts-200`, '200']);
cpSync('posts', `${WORK}/posts-200`, { recursive: true });
const sites = [['seed (3 posts)', 'posts'], ['200 posts', `${WORK}/posts-200`]];
const browser = await launch();
for (const [name, posts] of sites) {
  const dist = `${WORK}/${name.split(' ')[0]}`;
  execFileSync(CLI, ['build', '--posts', posts, '--dist', dist]);
  const server = await serve(dist, '/', { gzip: true });
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${server.url}drafts`);
    await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
    await page.getByLabel('Titre', { exact: true }).fill(`Essai ${i}`);
    await page.locator('#draft_details summary').click();
  await page.getByLabel('Signature').fill('Isabelle');
    await page.locator('#draft-body').fill('Un article pour mesurer.\n\n## Titre\n\nTexte.');
    const started = Date.now();
    await page.getByRole('link', { name: 'Publier' }).click();
    const list = page.locator('.publish-checklist');
    await list.waitFor({ timeout: 120_000 });
    const total = Date.now() - started;
    runs.push({
      load: Number(await list.getAttribute('data-load-ms')),
      build: Number(await list.getAttribute('data-build-ms')),
      total,
    });
    await context.close();
  }
  const first = runs[0];
  console.log(`${name}: build ${median(runs.map((r) => r.build))} ms, builder started and site fetched ${median(runs.map((r) => r.load))} ms, click to check list ${median(runs.map((r) => r.total))} ms (median of ${RUNS}; first run ${first.total} ms)`);
  await server.close();
}
await browser.close();
