// End-to-end tests of a part of the app that cannot be fetched (offline, a flaky network, a
// new deploy): the page says why and offers a way back, the rest of the app keeps working,
// and the page comes back by itself once the part can be had.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED, openContext, pageIn, site } from './harness.mjs';

const url = (path = '') => `${site.server.url}${path}`;
const part = (name) => new RegExp(`/app-[0-9a-f]+/split_${name}\\.wasm$`);

/** A context whose pages may fail to fetch parts. */
const context = (t) => openContext(t);

/**
 * Forgets the errors a failed part logs (the parts' loader writes them to the console,
 * the browser reports the failed downloads): they are what these tests cause.
 */
function forgive(ctx) {
  const expected = (p) => /console error: .*(Failed to fetch|WebAssembly|wasm)|HTTP 404 for .*\/split_/i.test(p);
  ctx.problems.splice(0, ctx.problems.length, ...ctx.problems.filter((p) => !expected(p)));
}

/** Makes requests for `name`'s part fail, as on a broken network, until the returned function is called. */
async function block(ctx, name) {
  const pattern = part(name);
  const handler = (route) => route.abort('internetdisconnected');
  await ctx.route(pattern, handler);
  return () => ctx.unroute(pattern, handler);
}

const unavailable = (page) => page.locator('main .part-unavailable');
const nav = (page, name) => page.locator('.site-header nav a', { hasText: name });

describe('A part of the app that cannot be fetched', () => {
  test('the studio\'s part blocked: the page says so, the rest works, "try again" brings it', async (t) => {
    const ctx = await context(t);
    const unblock = await block(ctx, 'studio_page');
    const page = await pageIn(ctx);
    await page.goto(url());
    await nav(page, 'Brouillons').click();
    await unavailable(page).getByText('Cette page n’a pas pu être chargée (la connexion a flanché).', { exact: false }).waitFor();
    assert.equal(await unavailable(page).getAttribute('data-why'), 'flaky');
    // The header, other pages and the reader's state keep working.
    await nav(page, 'Mots-clés').click();
    await page.getByRole('heading', { level: 1, name: 'Mots-clés' }).waitFor();
    await page.locator('.site-header nav a', { hasText: 'Articles' }).click();
    await page.locator('.post-list').waitFor();
    await page.locator('.post-summary').first().getByRole('button', { name: /Lire plus tard/ }).click();
    assert.match(await page.evaluate(() => localStorage.getItem('carnet.bookmarks')), /"posts":\{"[a-z-]+":\d+\}/);
    // Still blocked: the page says so again; unblocked, "try again" shows the page in place.
    await nav(page, 'Brouillons').click();
    await unavailable(page).waitFor();
    await unblock();
    await unavailable(page).getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('button', { name: 'Nouveau brouillon' }).waitFor();
    assert.equal(await unavailable(page).count(), 0);
    forgive(ctx);
  });

  test('offline, search typed in the header says so, and comes back by itself with the network', async (t) => {
    const ctx = await context(t);
    const page = await pageIn(ctx);
    await page.goto(url());
    await ctx.setOffline(true);
    const box = page.getByRole('searchbox', { name: 'Rechercher' });
    await box.fill('metier');
    await page.waitForURL(url('search?q=metier'));
    await unavailable(page).getByText(/la connexion semble coupée\. Elle s’affichera d’elle-même au retour du réseau/).waitFor();
    assert.equal(await unavailable(page).getAttribute('data-why'), 'offline');
    // The rest of the app: another page whose part is here.
    await nav(page, 'Archives').click();
    await page.locator('main h1').waitFor();
    await page.goBack();
    await unavailable(page).waitFor();
    await ctx.setOffline(false);
    await page.locator('.search-result').first().waitFor();
    assert.equal(await unavailable(page).count(), 0);
    forgive(ctx);
  });

  test('the search engine blocked: the search page says so and tries again', async (t) => {
    const ctx = await context(t);
    const unblock = await block(ctx, 'search_engine');
    const page = await pageIn(ctx);
    await page.goto(url('search?q=metier'));
    const failed = page.locator('main .load-error');
    await failed.getByText('La recherche n’a pas pu se charger.', { exact: false }).waitFor();
    await unblock();
    await failed.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('.search-result').first().waitFor();
    forgive(ctx);
  });

  test('after a new deploy, a tab that misses a part offers to reload rather than mix versions', async (t) => {
    const ctx = await context(t);
    const page = await pageIn(ctx);
    await page.goto(url());
    // The host now serves another build: this tab's files are gone, its pages name another app.
    const gone = (route) => route.fulfill({ status: 404, body: 'Not found' });
    await ctx.route(/\/app-[0-9a-f]+\/split_studio_page\.wasm$/, gone);
    await ctx.route(/\?carnet-version=\d+$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/app-[0-9a-f]{16}/g, 'app-00000000000000ff');
      await route.fulfill({ response, body: html });
    });
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await nav(page, 'Brouillons').click();
    const message = unavailable(page);
    await message.getByText('Le site a été mis à jour depuis l’ouverture de cet onglet', { exact: false }).waitFor();
    assert.equal(await message.getAttribute('data-why'), 'redeployed');
    assert.ok(!requested.some((p) => p.includes('app-00000000000000ff')), 'no file of another version is fetched');
    // Reloading loads one whole version (here, the host's again).
    await ctx.unroute(/\/app-[0-9a-f]+\/split_studio_page\.wasm$/, gone);
    await Promise.all([page.waitForEvent('load'), message.getByRole('button', { name: 'Recharger la page' }).click()]);
    await page.getByRole('button', { name: 'Nouveau brouillon' }).waitFor();
    forgive(ctx);
  });

  test('a prerendered post whose part cannot be fetched reads as it is, says its buttons wait, then comes alive', async (t) => {
    const ctx = await context(t);
    const unblock = await block(ctx, 'post_page');
    const page = await pageIn(ctx);
    await page.gotoRaw(url(`posts/${SEED}`));
    await page.evaluate(() => dispatchEvent(new Event('pointerdown')));
    const waiting = page.locator('#carnet-waiting');
    await waiting.getByText(/Pas de connexion\u00a0: cette page se lit telle quelle/).waitFor();
    assert.ok((await page.locator('.post-body').innerText()).length > 1000, 'the text is there');
    assert.equal(await page.locator('#carnet[data-ready]').count(), 0);
    await unblock();
    await waiting.getByRole('button', { name: 'Réessayer' }).click();
    await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
    assert.equal(await waiting.count(), 0);
    await page.getByRole('button', { name: 'Marquer comme lu' }).click();
    assert.match(await page.evaluate(() => localStorage.getItem('carnet.reading')), /"read":true/);
    forgive(ctx);
  });
});
