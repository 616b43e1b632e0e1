// Benchmark: phone photos through the content build. Not part of the test run:
//   .ci/build && node tests/bench/photos.mjs [runs]
// Writes a blog of the seed's posts plus 50 posts, each with its own 4032 × 3024 phone
// photo (4 MB, posts/images/forest-path.jpg with a comment of its own so that no two have
// the same bytes) as its cover and in its text; then, with the release command line:
// the first content build (an empty image cache), a rebuild after one post's text was
// edited (the images from the cache), and the same blog's rebuild without its photos (the
// floor). Prints the times (median of `runs` rebuilds) and what the images weigh. Then, in
// headless Chromium on that blog: a draft with 2 new photos dropped (each shrunk in the
// browser), "Publier", the time to the check list (the builder reuses the site's images and
// makes the 2 new ones).
import { execFileSync } from 'node:child_process';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../../site/server.mjs';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = Number(process.argv[2] ?? 3);
const CLI = 'target/release/carnet-site';
const WORK = 'target/bench-photos';
const PHOTOS = 50;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

rmSync(WORK, { recursive: true, force: true });
const photo = readFileSync('posts/images/forest-path.jpg');
for (const [dir, withPhotos] of [['with', true], ['without', false]]) {
  const posts = `${WORK}/${dir}/posts`;
  cpSync('posts', posts, { recursive: true });
  for (let i = 1; i <= PHOTOS; i += 1) {
    const n = String(i).padStart(2, '0');
    if (withPhotos) {
      // A JPEG comment (COM) right after the start: other bytes, the same pixels.
      const comment = Buffer.from(`photo ${n}`);
      const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
      writeFileSync(`${posts}/images/photo-${n}.jpg`, Buffer.concat([photo.subarray(0, 2), segment, photo.subarray(2)]));
    }
    const cover = withPhotos ? `cover: images/photo-${n}.jpg\ncover_alt: Un sentier en forêt\n` : '';
    const image = withPhotos ? `\n![Le même sentier](images/photo-${n}.jpg)\n` : '';
    writeFileSync(`${posts}/photo-${n}.md`,
      `---\ntitle: Promenade ${n}\ndate: 2020-01-${String((i % 28) + 1).padStart(2, '0')}\nauthor: Isabelle\n${cover}---\nUne promenade en forêt, le numéro ${n}.\n${image}\nFin.\n`);
  }
}

function build(dir) {
  const started = process.hrtime.bigint();
  execFileSync(CLI, ['build', '--posts', `${WORK}/${dir}/posts`, '--dist', `${WORK}/${dir}/dist`,
    '--cache', `${WORK}/${dir}/cache`], { stdio: 'pipe' });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function edit(dir, k) {
  appendFileSync(`${WORK}/${dir}/posts/photo-01.md`, `\nUne phrase de plus (${k}).\n`);
}

const first = build('with');
const again = [];
const floor = [];
build('without');
for (let k = 0; k < RUNS; k += 1) {
  edit('with', k);
  again.push(build('with'));
  edit('without', k);
  floor.push(build('without'));
}
const dist = `${WORK}/with/dist/content/images`;
const files = readdirSync(dist);
const size = (f) => statSync(join(dist, f)).size;
const of = (w) => files.filter((f) => f.startsWith('photo-01-') && f.includes(`-${w}.`)).map(size)[0];
console.log(`${PHOTOS} photos of ${(photo.length / 1e6).toFixed(1)} MB (4032 × 3024), on ${RUNS} rebuilds:`);
console.log(`  first content build (empty cache): ${first.toFixed(1)} s`);
console.log(`  rebuild after a text edit: ${median(again).toFixed(2)} s; the same blog without photos: ${median(floor).toFixed(2)} s`);
console.log(`  one photo's files: ${[480, 800, 1000, 1200, 1600, 2400, 'card'].map((w) => `${w}: ${(of(w) / 1000).toFixed(0)} KB`).join(', ')}`);
console.log(`  all ${files.length} image files: ${(files.map(size).reduce((a, b) => a + b, 0) / 1e6).toFixed(1)} MB`);

// The studio: 2 new photos on that blog.
const server = await serve(`${WORK}/with/dist`, '/', { gzip: true });
const browser = await launch();
const studio = [];
for (let k = 0; k < RUNS; k += 1) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}drafts`);
  await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
  await page.getByLabel('Titre', { exact: true }).fill(`Deux photos ${k}`);
  await page.locator('#draft_details summary').click();
  await page.getByLabel('Signature').fill('Isabelle');
  await page.locator('#draft-body').fill('Deux photos.\n\n');
  const dropStarted = Date.now();
  for (const n of ['01', '02']) {
    const bytes = readFileSync(`${WORK}/with/posts/images/photo-${n}.jpg`).toString('base64');
    await page.locator('#draft-body').evaluate((area, [b64, name]) => {
      area.setSelectionRange(area.value.length, area.value.length);
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'image/jpeg' }));
      area.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [bytes, `nouvelle-${k}-${n}.jpg`]);
    await page.waitForFunction((name) => document.querySelector('#draft-body').value.includes(name), `nouvelle-${k}-${n}.jpg`);
  }
  const shrunk = Date.now() - dropStarted;
  const started = Date.now();
  await page.getByRole('link', { name: 'Publier' }).click();
  const list = page.locator('.publish-checklist');
  await list.waitFor({ timeout: 300_000 });
  const run = { shrunk, total: Date.now() - started, load: Number(await list.getAttribute('data-load-ms')), build: Number(await list.getAttribute('data-build-ms')) };
  // The site's download: its kept files (the site's images, the app) fetched, then zipped.
  const zipStarted = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByRole('button', { name: 'Télécharger le site (.zip)' }).click(),
  ]);
  await download.path();
  run.zip = Date.now() - zipStarted;
  studio.push(run);
  await context.close();
}
const fetched = server.log.filter((e) => e.path.startsWith('/content/images/') || e.path.startsWith('/images/'));
console.log(`  the studio, 2 new photos: shrunk in the browser in ${median(studio.map((r) => r.shrunk))} ms; "Publier" to the check list ${median(studio.map((r) => r.total))} ms (builder started and site fetched ${median(studio.map((r) => r.load))} ms, build ${median(studio.map((r) => r.build))} ms); then the site's download ${median(studio.map((r) => r.zip))} ms; image files fetched per run, the download's included: ${(fetched.reduce((a, e) => a + e.bytes, 0) / RUNS / 1e6).toFixed(1)} MB`);
await browser.close();
await server.close();
