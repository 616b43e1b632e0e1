// The blog offline, with its service worker (offline/sw.js) in a real Chromium: after one
// visit, every page reads with the network gone; a page that needs what is not kept says
// so and comes back by itself; a new deploy is offered to an open tab without mixing two
// versions of the app or reloading the studio under the writer's text; Chromium finds the
// blog installable.
//
// "Offline" is both Chromium's offline mode (`context.setOffline`: the page's requests
// fail, `navigator.onLine` is false) and the server cutting every connection: Chromium's
// offline mode does not reach the requests the worker makes itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { BASE, DIST, SHOTS, SEED, SEED_TITLE, articleText, openContext, pageIn, site } from './harness.mjs';

/** The next deploy of the site: a post added, the app in another directory (.ci/test). */
const NEXT = process.env.E2E_NEXT ?? `${DIST}-next`;
const url = (path = '') => `${site.server.url}${path}`;

/** A first visit with the service worker: resolves once it keeps the site and runs the page. */
async function firstVisit(t) {
  const context = await openContext(t, { serviceWorkers: 'allow', viewport: { width: 1300, height: 900 } });
  t.after(() => site.server.setDown(false));
  const page = await pageIn(context);
  await page.goto(url());
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  return { context, page };
}

async function setOffline(context, offline) {
  site.server.setDown(offline);
  await context.setOffline(offline);
}

/** The name of the cache the worker keeps the site in. */
const CACHE = `carnet ${BASE}`;

test('after one visit, the whole blog reads offline, and says plainly what it does not keep', async (t) => {
  const { context, page } = await firstVisit(t);
  await setOffline(context, true);

  // Another post, through the app.
  await page.locator('.post-summary h2 a', { hasText: 'Le métier' }).click();
  assert.match(await articleText(page), /Bonjour à toutes et à tous/);
  await page.locator('.post-actions .offline-kept', { hasText: 'Disponible hors ligne' }).waitFor();

  // The same page reloaded: the page the build wrote, from the worker.
  await page.reload();
  assert.equal(await page.locator('article.post h1').innerText(), SEED_TITLE);
  assert.match(await articleText(page), /métier qui n’existe pas encore/);

  // Pages the build did not write (search, read later, my data, the studio) are the app's
  // page (404.html), kept too.
  await page.goto(url('search?q=r%C3%A9seaux'));
  await page.locator('.search-results li', { hasText: 'Le métier' }).first().waitFor();

  await page.goto(url('tags'));
  await page.locator('a', { hasText: 'réseaux sociaux' }).first().click();
  await page.locator('.post-summary h2', { hasText: 'Le métier' }).waitFor();
  await page.goto(url('archive'));
  await page.locator('a', { hasText: 'How Carnet is built' }).waitFor();

  await page.goto(url(`posts/${SEED}`));
  await page.getByRole('button', { name: /lire plus tard/i }).click();
  await page.goto(url('bookmarks'));
  await page.locator('.post-summary h2', { hasText: 'Le métier' }).waitFor();

  await page.goto(url('my-data'));
  const kept = await page.locator('.offline-kept').innerText();
  assert.match(kept, /^Le site occupe [\d\s,.]+\s(octets|ko|Mo).* dans ce navigateur, pour la lecture hors ligne\s: 3 articles se lisent sans réseau\.$/);

  await page.goto(url('drafts'));
  await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
  await page.locator('#draft-body').fill('Écrit dans l’avion.');
  await page.waitForFunction(() => document.querySelector('.save-status')?.dataset.status === 'saved');

  // A post this browser does not keep (its files taken out of the cache): said plainly,
  // then shown by itself once the network is back.
  await page.evaluate(async ({ cache, paths }) => {
    const kept = await caches.open(cache);
    for (const path of paths) assert(await kept.delete(new URL(path, document.baseURI).href), path);
    function assert(ok, path) { if (!ok) throw new Error(`${path} was not kept`); }
  }, { cache: CACHE, paths: ['data/posts/bienvenue-sur-carnet.json'] });
  await page.goto(url());
  await page.locator('.post-summary h2 a', { hasText: 'Bienvenue sur Carnet' }).click();
  const notice = page.getByRole('alert');
  await notice.filter({ hasText: 'Vous êtes hors ligne, et cette page n’est pas gardée dans ce navigateur.' }).waitFor();
  assert.equal(await page.locator('header').first().isVisible(), true, 'the rest of the page is there');
  await setOffline(context, false);
  assert.match(await articleText(page), /Un blog sans serveur/);
  assert.equal(await notice.count(), 0);
});

test('Chromium finds the blog installable: its manifest, icons and service worker', async (t) => {
  const { context, page } = await firstVisit(t);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  const data = JSON.parse(manifest.data);
  assert.equal(data.name, 'Carnet');
  assert.equal(data.start_url, BASE);
  assert.equal(data.scope, BASE);
  assert.equal(data.display, 'standalone');
  for (const icon of data.icons) {
    const response = await page.request.get(new URL(icon.src, manifest.url).href);
    assert.equal(response.status(), 200, icon.src);
  }
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // An incognito context (each test's own) is the one thing Chromium may hold against it.
  const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  assert.deepEqual(errors, []);
});

test('a new deploy while tabs are open: offered, never mixed, never reloaded under the writer', async (t) => {
  assert.ok(existsSync(NEXT), `${NEXT}: the next deploy, built by .ci/test`);
  const { context, page: reader } = await firstVisit(t);
  t.after(() => site.server.setRoot(DIST));
  const old = await reader.evaluate(() => window.carnetApp);

  // The writer, in another tab, with text typed.
  const writer = await pageIn(context);
  await writer.goto(url('drafts'));
  await writer.getByRole('button', { name: 'Nouveau brouillon' }).click();
  await writer.locator('#draft-body').fill('Pas encore publié, et pas perdu.');
  await writer.evaluate(() => { window.sameDocument = true; });

  // The site is deployed again; the tabs look for it (as when they come back to view).
  site.server.setRoot(NEXT);
  for (const page of [reader, writer]) {
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  }
  for (const page of [reader, writer]) {
    await page.getByRole('status').filter({ hasText: 'Une nouvelle version du site est arrivée.' }).waitFor({ timeout: 60_000 });
  }

  // The reader's tab runs its own version still: a part it had not fetched yet (search)
  // comes from that version, which the host no longer has.
  await reader.getByRole('searchbox', { name: 'Rechercher' }).fill('métier');
  await reader.locator('.search-results li', { hasText: 'Le métier' }).first().waitFor();
  assert.equal(await reader.evaluate(() => window.carnetApp), old);
  const next = (await import('node:fs')).readdirSync(NEXT).find((f) => f.startsWith('app-'));
  assert.notEqual(next, old);

  // The reader asks for the new version: her tab reloads onto it.
  await Promise.all([
    reader.waitForEvent('load'),
    reader.getByRole('button', { name: 'Recharger' }).click(),
  ]);
  await reader.waitForFunction((next) => window.carnetApp === next, next);
  // The worker keeps both versions' app: the other tab runs the old one still.
  const apps = await reader.evaluate(async (cache) => {
    const keys = await (await caches.open(cache)).keys();
    return [...new Set(keys.map((r) => /\/(app-[0-9a-f]+)\//.exec(r.url)?.[1]).filter(Boolean))].sort();
  }, CACHE);
  assert.deepEqual(apps, [old, next].sort());
  await reader.goto(url());
  await reader.locator('.post-summary h2', { hasText: 'Un nouvel article' }).waitFor();
  assert.equal(await reader.locator('#carnet-update').isVisible(), false);

  // The writer's tab was not reloaded under her: the same page, her text in it.
  assert.equal(await writer.evaluate(() => window.sameDocument), true);
  assert.equal(await writer.locator('#draft-body').inputValue(), 'Pas encore publié, et pas perdu.');
  // Its version's parts are still kept, now that the new worker runs: it searches (a part
  // it had not fetched), and comes back to her draft.
  await writer.getByRole('searchbox', { name: 'Rechercher' }).fill('métier');
  await writer.locator('.search-results li', { hasText: 'Le métier' }).first().waitFor();
  await writer.goBack();
  await writer.locator('#draft-body').waitFor();
  assert.deepEqual(await writer.evaluate(() => [window.sameDocument, window.carnetApp]), [true, old]);
  assert.equal(await writer.locator('#draft-body').inputValue(), 'Pas encore publié, et pas perdu.');
  // When she asks, it reloads, with her text saved.
  await Promise.all([
    writer.waitForEvent('load'),
    writer.getByRole('button', { name: 'Recharger' }).click(),
  ]);
  await writer.locator('#draft-body').waitFor();
  assert.equal(await writer.locator('#draft-body').inputValue(), 'Pas encore publié, et pas perdu.');
  assert.equal(await writer.evaluate(() => window.carnetApp), next);
});

test('between two visits: the posts published since are "Nouveau", a post read and changed since is marked, in the browser only', async (t) => {
  assert.ok(existsSync(NEXT), `${NEXT}: the next deploy, built by .ci/test`);
  const context = await openContext(t, { acceptDownloads: true });
  t.after(() => site.server.setRoot(DIST));
  const origin = new URL(site.server.url).origin;
  const elsewhere = [];
  context.on('request', (r) => { if (!r.url().startsWith(origin) || r.method() !== 'GET') elsewhere.push(`${r.method()} ${r.url()}`); });
  const page = await pageIn(context);

  // First visit: the home, then the seed post, read to the end (marked read).
  await page.goto(url());
  await page.goto(url(`posts/${SEED}`));
  await page.getByRole('button', { name: 'Marquer comme lu' }).click();
  await page.waitForFunction((slug) => JSON.parse(localStorage.getItem('carnet.seen') || '{}').data?.texts?.[slug], SEED);
  await page.goto(url());
  assert.equal(await page.locator('.mark').count(), 0, 'nothing is new on a first visit');

  // She comes back an hour later (her last visit, as stored, moved an hour back), after a
  // deploy that added a post and edited the one she read.
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('carnet.seen'));
    stored.data.active -= 60 * 60 * 1000;
    localStorage.setItem('carnet.seen', JSON.stringify(stored));
  });
  site.server.setRoot(NEXT);
  await page.goto(url());
  const added = page.locator('.post-summary', { hasText: 'Un nouvel article' });
  await added.locator('.mark.new', { hasText: 'Nouveau' }).waitFor();
  const seed = page.locator('.post-summary', { hasText: 'Le métier' });
  await seed.locator('.mark.updated', { hasText: 'Mis à jour depuis votre lecture' }).waitFor();
  assert.equal(await page.locator('.mark.new').count(), 1, 'only the post published since');
  assert.equal(await page.locator('.mark.updated').count(), 1);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/marks.png` });

  // The filter of the new posts.
  await page.getByRole('link', { name: /^Nouveaux\s1$/ }).click();
  await page.waitForURL(/\?show=new$/);
  await page.locator('.post-summary').first().waitFor();
  assert.deepEqual(await page.locator('.post-summary h2').allInnerTexts(), ['Un nouvel article']);

  // In the post, what changed is marked: the edited paragraph and the added one.
  await page.goto(url());
  await seed.locator('h2 a').click();
  await page.getByRole('status').filter({ hasText: 'Mis à jour depuis votre lecture' }).waitFor();
  const changed = await page.locator('.post-body [data-changed]').allInnerTexts();
  assert.deepEqual(changed, ['Bon ben finalement je n’ai aucun regret.', 'Un paragraphe ajouté depuis votre lecture.']);
  if (SHOTS) {
    await page.locator('.post-body [data-changed]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/changed.png` });
  }

  // It survives "My data"'s export, into another browser.
  await page.goto(url('my-data'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter mes données' }).click(),
  ]);
  const file = await download.path();
  const other = await openContext(t);
  const there = await pageIn(other);
  await there.goto(url());
  assert.equal(await there.locator('.mark').count(), 0);
  await there.goto(url('my-data'));
  await there.locator('input[type=file]').setInputFiles(file);
  await there.locator('.import-preview').getByRole('button', { name: 'Importer' }).click();
  await there.locator('.outcome .done').waitFor();
  await there.goto(url());
  await there.locator('.post-summary', { hasText: 'Un nouvel article' }).locator('.mark.new').waitFor();
  await there.locator('.post-summary', { hasText: 'Le métier' }).locator('.mark.updated').waitFor();

  assert.deepEqual(elsewhere, [], 'nothing of it leaves the browser');
});
