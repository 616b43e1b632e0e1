// End-to-end tests of the reading site, in headless Chromium, against a release build
// served as GitHub Pages would serve it. Run by .ci/test once per public URL:
//   E2E_DIST=<dist dir> E2E_BASE=</ or /blog/> node --test tests/e2e/
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import {
  BASE, NBSP, NNBSP, SEED, SEED_TITLE, SHOTS, articleText, openPage, site,
} from './harness.mjs';

describe(`Carnet served at ${BASE}`, () => {
  test('the home page lists every post, newest first, with dates in their own language', async (t) => {
    const page = await openPage(t);
    const response = await page.goto(site.server.url);
    assert.equal(response.status(), 200);
    const items = page.locator('.post-list > li');
    await items.first().waitFor();
    const titles = await page.locator('.post-summary h2').allInnerTexts();
    assert.deepEqual(titles, ['Bienvenue sur Carnet', 'How Carnet is built', SEED_TITLE]);

    const seed = items.nth(2);
    assert.equal(await seed.locator('article').getAttribute('lang'), 'fr');
    assert.equal(await seed.locator('time').innerText(), `9${NBSP}juin${NBSP}2016`);
    assert.equal(await seed.locator('time').getAttribute('datetime'), '2016-06-09');
    assert.match(await seed.locator('.reading-time').innerText(), /^\d+\u00a0min de lecture$/);
    assert.match(await seed.locator('.summary').innerText(), /le métier qui n’existe pas encore\u202f!/);
    assert.deepEqual(await seed.locator('.tags li').allInnerTexts(), [
      'community management', 'métier', 'réseaux sociaux', 'numérique',
    ]);
    const english = items.nth(1);
    assert.equal(await english.locator('article').getAttribute('lang'), 'en');
    assert.equal(await english.locator('time').innerText(), `24${NBSP}November${NBSP}2026`);
    assert.match(await english.locator('.reading-time').innerText(), /min read$/);

    assert.equal(await page.title(), 'Carnet');
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.match(await page.locator('meta[name=description]').getAttribute('content'), /Isabelle/);
    if (SHOTS) {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    }
  });

  test('clicking the seed post shows her text, title, date and author', async (t) => {
    const page = await openPage(t);
    await page.goto(site.server.url);
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.waitForURL(`${site.server.url}posts/${SEED}`);
    await checkSeedPost(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/post.png` });
  });

  test('a reload on the deep link shows the same post', async (t) => {
    const page = await openPage(t);
    const response = await page.goto(`${site.server.url}posts/${SEED}`);
    // A post has its own prerendered page (the host redirects to its directory).
    assert.equal(response.status(), 200);
    await checkSeedPost(page);
    await page.reload();
    await checkSeedPost(page);
  });

  test('an unknown slug and an unknown path show the 404 page', async (t) => {
    const page = await openPage(t);
    for (const path of [`posts/nope`, `nothing/here`]) {
      await page.goto(`${site.server.url}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
      assert.equal(await page.title(), 'Page introuvable · Carnet');
      assert.equal(await page.locator('article').count(), 0);
      await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
      await page.waitForURL(site.server.url);
      await page.locator('.post-list').waitFor();
    }
  });

  test('an English post sets the page language and its own labels', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.server.url}posts/how-carnet-is-built`);
    const text = await articleText(page);
    assert.match(text, /By The Carnet team/);
    assert.match(text, /24\u00a0November\u00a02026/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('article.post').getAttribute('lang'), 'en');
    // Code blocks keep their language; footnotes and task lists render.
    assert.equal(await page.locator('.post-body pre code').first().getAttribute('class'), 'language-yaml');
    assert.equal(await page.locator('.post-body input[type=checkbox]').count(), 3);
    await page.locator('.footnote-ref a').click();
    await page.waitForURL(/#fn:1$/);
    assert.match(await page.locator('h1').innerText(), /How Carnet is built/);
  });

  test('previous and next links walk through the posts', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.server.url}posts/how-carnet-is-built`);
    await page.locator('.post-body').waitFor();
    await page.locator('.post-nav a.older').click();
    await page.waitForURL(`${site.server.url}posts/${SEED}`);
    await checkSeedPost(page);
    assert.equal(await page.locator('.post-nav a.older').count(), 0, 'the oldest post has no older link');
    await page.locator('.post-nav a.newer').click();
    await page.waitForURL(`${site.server.url}posts/how-carnet-is-built`);
    await page.locator('.post-body').waitFor();
  });

  test('a heading anchor links to its section and keeps the post on screen', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.server.url}posts/bienvenue-sur-carnet`);
    const heading = page.locator('.post-body h2').first();
    await heading.waitFor();
    assert.equal(await heading.getAttribute('id'), 'un-blog-sans-serveur');
    await heading.locator('a.heading-anchor').click();
    await page.waitForURL(`${site.server.url}posts/bienvenue-sur-carnet#un-blog-sans-serveur`);
    assert.equal(await page.locator('h1').innerText(), 'Bienvenue sur Carnet');
    // Opening such a link in a new tab scrolls to the section once the text has arrived.
    const fresh = await openPage(t);
    await fresh.goto(`${site.server.url}posts/bienvenue-sur-carnet#et-ensuite`);
    await fresh.locator('#et-ensuite').waitFor();
    await fresh.waitForFunction(() => document.getElementById('et-ensuite').getBoundingClientRect().top < innerHeight);
    assert.ok(await fresh.evaluate(() => scrollY > 0), 'the page scrolled down to the section');
  });

  test('images come from posts/images, lazily, with their alt text, under the public URL', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.server.url}posts/bienvenue-sur-carnet`);
    const inline = page.locator('.post-body img');
    await inline.waitFor();
    assert.equal(await inline.getAttribute('loading'), 'lazy');
    // Sizes measured at build time reserve the image's room before it arrives.
    assert.deepEqual([await inline.getAttribute('width'), await inline.getAttribute('height')], ['640', '360']);
    assert.equal(await inline.getAttribute('alt'), 'Un carnet ouvert, une page écrite, un crayon posé à côté');
    await inline.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.post-body img').naturalWidth > 0);
    assert.equal(await inline.evaluate((img) => new URL(img.src).pathname), `${BASE}images/carnet.svg`);
    const cover = page.locator('.cover img');
    await page.waitForFunction(() => document.querySelector('.cover img').naturalWidth > 0);
    assert.equal(await cover.getAttribute('alt'), 'Un carnet ouvert, une page écrite, un crayon posé à côté');
    assert.deepEqual([await cover.getAttribute('width'), await cover.getAttribute('height')], ['640', '360']);
  });

  test('a post body is downloaded once, when first opened, from under the public URL', async (t) => {
    const page = await openPage(t);
    await page.goto(site.server.url);
    await page.locator('.post-list').waitFor();
    const bodies = () => site.server.requests.filter((p) => p.startsWith(`${BASE}content/${SEED}.`));
    const before = bodies().length;
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.locator('.post-body').waitFor();
    assert.equal(bodies().length, before + 1);
    await page.locator('.site-name').click();
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.locator('.post-body').waitFor();
    assert.equal(bodies().length, before + 1, 'the second visit is served from memory');
  });

  test('a post whose text cannot be downloaded says so and can be retried', async (t) => {
    const page = await openPage(t);
    let offline = true;
    await page.route('**/content/**', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    // Opened from the home page: a post's own page comes with its text, this does not.
    await page.goto(site.server.url);
    await page.getByRole('link', { name: SEED_TITLE }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /n’a pas pu être chargé/);
    assert.equal(await page.locator('article.post h1').innerText(), SEED_TITLE, 'the rest of the page is there');
    offline = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await checkSeedPost(page);
  });

  test('the page fits a 360 px screen and follows the dark colour scheme', async (t) => {
    const page = await openPage(t, { viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
    await page.goto(`${site.server.url}posts/how-carnet-is-built`);
    await page.locator('.post-body').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(23, 22, 20)');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/post-dark-360.png` });
  });

  test('the skip link moves focus to the main content', async (t) => {
    const page = await openPage(t);
    await page.goto(site.server.url);
    await page.locator('.post-list').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    assert.equal(page.url(), site.server.url);
  });
});

async function checkSeedPost(page) {
  const text = await articleText(page);
  assert.equal(await page.locator('article.post h1').innerText(), SEED_TITLE);
  assert.match(text, /Par Isabelle/);
  assert.match(text, /9\u00a0juin\u00a02016/);
  assert.match(text, /Bonjour à toutes et à tous,/);
  // French typography: the "!" can never wrap to a line of its own.
  assert.match(text, /J’ai déjà en tête de faire… le métier qui n’existe pas encore\u202f!/);
  assert.match(text, /tout comme le métier auquel sans doute je rêvais 🙂/);
  assert.match(text, /Bien à vous,\s+Isabelle$/);
  const credit = page.locator('.photo-credit');
  assert.equal(await credit.count(), 1);
  assert.equal(await credit.innerText(), 'Le métier qui n’existe pas – Crédit photo izart.fr');
  assert.equal((text.match(/izart\.fr/g) ?? []).length, 1, 'the photo credit appears once');
  assert.equal(await page.title(), `${SEED_TITLE} · Carnet`);
  assert.equal(
    await page.locator('meta[name=description]').getAttribute('content'),
    `J’ai déjà en tête de faire… le métier qui n’existe pas encore${NNBSP}!`,
  );
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('article.post').getAttribute('lang'), 'fr');
}
