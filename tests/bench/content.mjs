// The content build and what readers download, at three sizes of blog (the seed blog,
// 2,000 and 20,000 generated posts), and the writer's loop in the dev server.
//
//   .ci/build && node tests/bench/content.mjs [runs=3]
//
// For each size: the content build's time (median of `runs`, the first into an empty
// directory, then rebuilding over it) and peak memory, as the command line reports them;
// the bytes a first visit downloads (gzip) for the home, a post page and a tag page, all
// of it and besides the app (whose files every page shares and hosts cache forever); then
// the bytes a returning reader downloads after one post is added (home then the post page).
// Last, the time from saving a post to its open page showing the change in the dev
// server (site/serve.mjs), median of five saves.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { launch } from '../e2e/browser.mjs';
import { isAppFile, serve } from '../../site/server.mjs';

const runs = Number(process.argv[2] ?? 3);
const cli = 'target/release/carnet-site';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function generate(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'carnet-content', '--example', 'generate_posts', '--', dir, String(count)]);
}

/** Runs the content build; returns its own report: build time (ms) and peak memory (MB). */
function build(posts, dist, config) {
  const out = execFileSync(cli, ['build', '--posts', posts, '--config', config, '--dist', dist], { encoding: 'utf8' });
  const [, read, built] = out.match(/read in (\d+) ms, built in (\d+) ms/);
  const memory = Number(out.match(/peak memory (\d+) MB/)?.[1]);
  return { ms: Number(read) + Number(built), memory };
}

/** The bytes (gzip) a fresh browser downloads for `path`: all, and besides the app. */
async function firstVisit(browser, server, path) {
  server.log.length = 0;
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.evaluate(() => dispatchEvent(new Event('pointerdown'))); // the reader's first gesture starts the app
  await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  await context.close();
  const all = server.log.reduce((sum, r) => sum + r.bytes, 0);
  const content = server.log.filter((r) => !isAppFile(r.path)).reduce((sum, r) => sum + r.bytes, 0);
  return { all, content };
}

/** A returning reader after one post is added to `posts`: the bytes of the second visit. */
async function returning(browser, posts, dist, config, post) {
  const added = `${dist}-posts-added`;
  rmSync(added, { recursive: true, force: true });
  cpSync(posts, added, { recursive: true });
  writeFileSync(`${added}/zz-nouveau.md`, '---\ntitle: Un nouvel article\ndate: 2030-01-01\nauthor: Isabelle\n---\nIl vient d’arriver.\n');
  build(added, `${dist}-added`, config);
  const server = await serve(dist, '/', { gzip: true });
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const visit = async () => {
    for (const path of ['', post]) {
      await page.goto(server.url + path);
      await page.evaluate(() => dispatchEvent(new Event('pointerdown'))); // the reader's first gesture starts the app
      await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
      await page.waitForLoadState('networkidle');
    }
  };
  await visit();
  server.setRoot(`${dist}-added`);
  server.log.length = 0;
  await visit();
  await context.close();
  await server.close();
  const downloaded = server.log.filter((r) => r.status === 200);
  return {
    bytes: downloaded.reduce((sum, r) => sum + r.bytes, 0),
    files: downloaded.length,
    app: downloaded.filter((r) => isAppFile(r.path)).length,
    revalidated: server.log.filter((r) => r.status === 304).length,
  };
}

/** Save → reload in the dev server, median of five saves of a post. */
async function devLoop(browser) {
  const posts = 'target/bench-content/dev-posts';
  rmSync(posts, { recursive: true, force: true });
  cpSync('posts', posts, { recursive: true });
  const port = 8187;
  const server = spawn('node', ['site/serve.mjs', '--port', String(port)], {
    env: { ...process.env, CARNET_POSTS: posts },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('is served on') && resolve()));
  const page = await (await browser.newContext()).newPage();
  await page.goto(`http://127.0.0.1:${port}/posts/le-metier-qui-n-existe-pas/`);
  await page.locator('.post-body').waitFor();
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(300);
    const marker = `Ajout numéro ${i} ${Date.now()}`;
    const started = performance.now();
    appendFileSync(`${posts}/le-metier-qui-n-existe-pas.md`, `\n${marker}\n`);
    await page.locator('.post-body', { hasText: marker }).waitFor({ timeout: 10_000 });
    times.push(performance.now() - started);
  }
  server.kill();
  return median(times);
}

mkdirSync('target/bench-content', { recursive: true });
// The generated blogs have no images: their settings name none (tests/large/Carnet.toml).
const sizes = [
  ['seed blog (3 posts)', 'posts', 0, 'Carnet.toml'],
  ['2,000 posts', 'target/bench-content/posts-2000', 2000, 'tests/large/Carnet.toml'],
  ['20,000 posts', 'target/bench-content/posts-20000', 20000, 'tests/large/Carnet.toml'],
];
const browser = await launch();
const rows = [];
for (const [name, posts, count, config] of sizes) {
  if (count) generate(posts, count);
  const dist = `target/bench-content/site-${count || 3}`;
  rmSync(dist, { recursive: true, force: true });
  const fresh = build(posts, dist, config);
  const again = [];
  for (let i = 0; i < runs; i++) again.push(build(posts, dist, config));
  const post = count ? 'posts/post-0100/' : 'posts/le-metier-qui-n-existe-pas/';
  const tag = count ? `tags/${JSON.parse(readFileSync(`${dist}/data/tags.json`, 'utf8'))[0].slug}/` : 'tags/reseaux-sociaux/';
  const server = await serve(dist, '/', { gzip: true });
  const visits = {};
  for (const [label, path] of [['home', ''], ['post', post], ['tag', tag]]) {
    visits[label] = await firstVisit(browser, server, path);
  }
  await server.close();
  const back = await returning(browser, posts, dist, config, post);
  rows.push({ name, fresh, again: median(again.map((a) => a.ms)), memory: Math.max(fresh.memory, ...again.map((a) => a.memory)), visits, back });
  console.error(`${name}: done`);
}
const dev = await devLoop(browser);
await browser.close();

const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
console.log('| blog | content build, empty dist / rebuild | peak memory | home | post page | tag page | returning reader after one post added |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const v = (x) => `${kb(x.all)} (${kb(x.content)})`;
  console.log(`| ${r.name} | ${r.fresh.ms} ms / ${r.again} ms | ${r.memory} MB | ${v(r.visits.home)} | ${v(r.visits.post)} | ${v(r.visits.tag)} | ${kb(r.back.bytes)} in ${r.back.files} files, ${r.back.app} app files, ${r.back.revalidated} revalidated |`);
}
console.log(`\nSave → reload in the dev server: ${Math.round(dev)} ms (median of 5).`);
