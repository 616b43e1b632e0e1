// End-to-end tests of the ways into the posts besides the home page: tags and the archive.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED, SEED_TITLE, openPage, site } from './harness.mjs';

const url = (path = '') => `${site.server.url}${path}`;

describe('Tags and archive', () => {
  test('a tag of a post leads to the posts with that tag, under an accent-free URL', async (t) => {
    const page = await openPage(t);
    await page.goto(url(`posts/${SEED}`));
    await page.locator('.post-body').waitFor();
    await page.locator('.post-header .tags').getByRole('link', { name: 'réseaux sociaux' }).click();
    await page.waitForURL(url('tags/reseaux-sociaux'));
    await page.getByRole('heading', { level: 1, name: 'Mot-clé\u00a0: réseaux sociaux' }).waitFor();
    assert.deepEqual(await page.locator('.post-summary h2').allInnerTexts(), [SEED_TITLE]);
    assert.equal(await page.title(), 'Mot-clé\u00a0: réseaux sociaux · Carnet');
    // A shared tag lists every post that has it, newest first, after a reload too.
    await page.goto(url('tags/carnet'));
    await page.reload();
    await page.locator('.post-list').waitFor();
    assert.deepEqual(await page.locator('.post-summary h2').allInnerTexts(), ['Bienvenue sur Carnet', 'How Carnet is built']);
    assert.match(await page.locator('.tag-count').innerText(), /^2\u00a0articles/);
  });

  test('the tags page lists every tag with its number of posts; an unknown tag is a 404', async (t) => {
    const page = await openPage(t);
    await page.goto(url('tags'));
    const items = page.locator('.tag-index li');
    await items.first().waitFor();
    const texts = await items.allInnerTexts();
    assert.equal(texts.length, 8);
    assert.ok(texts.includes('carnet 2\u00a0articles'), texts.join(' | '));
    assert.ok(texts.includes('réseaux sociaux 1\u00a0article'), texts.join(' | '));
    assert.deepEqual(texts.map((x) => x.split(' ')[0]).slice(0, 3), ['à', 'about', 'carnet'], 'alphabetical, accents ignored (« à propos » is « a propos »)');
    await page.goto(url('tags/nothing-here'));
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
  });

  test('the archive groups posts by year and month, in the reader’s language', async (t) => {
    const page = await openPage(t);
    await page.goto(url('archive'));
    await page.locator('.archive-year').first().waitFor();
    assert.deepEqual(await page.locator('.archive-year h2').allInnerTexts(), ['2026', '2016']);
    assert.deepEqual(await page.locator('.archive-year h3').allInnerTexts(), ['novembre', 'juin']);
    const first = page.locator('.archive-year').first();
    assert.deepEqual(await first.locator('li a').allInnerTexts(), ['Bienvenue sur Carnet', 'How Carnet is built']);
    assert.equal(await page.locator('.archive-year').nth(1).locator('li').textContent(), `9 ${SEED_TITLE}`);
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.locator('.post-body').waitFor();

    const english = await openPage(t, { locale: 'en-GB' });
    await english.goto(url('archive'));
    await english.locator('.archive-year h3').first().waitFor();
    assert.deepEqual(await english.locator('.archive-year h3').allInnerTexts(), ['November', 'June']);
    assert.equal(await english.getByRole('heading', { level: 1 }).innerText(), 'ARCHIVE');
  });
});
