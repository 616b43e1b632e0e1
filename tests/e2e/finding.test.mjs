// End-to-end tests of the ways into the posts besides the home page: tags, the archive
// and search.
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

    // The interface speaks the browser's language until the reader chooses the other.
    const english = await openPage(t, { locale: 'en-GB' });
    await english.goto(url('archive'));
    await english.locator('.archive-year h3', { hasText: 'November' }).waitFor();
    assert.deepEqual(await english.locator('.archive-year h3').allInnerTexts(), ['November', 'June']);
    assert.equal(await english.getByRole('heading', { level: 1 }).innerText(), 'ARCHIVE');
    await english.getByRole('button', { name: 'Français' }).click();
    await english.locator('.archive-year h3', { hasText: 'novembre' }).waitFor();
    assert.deepEqual(await english.locator('.archive-year h3').allInnerTexts(), ['novembre', 'juin']);
  });
});

describe('Search', () => {
  const indexRequests = () => site.server.requests.filter((p) => /\/data\/search\.txt$/.test(p));

  test('"metier" finds the seed post and highlights "métier"; the index comes only when searching', async (t) => {
    const page = await openPage(t);
    await page.goto(url());
    await page.locator('.post-list').waitFor();
    const before = indexRequests().length;
    await page.waitForTimeout(300);
    assert.equal(indexRequests().length, before, 'the home page does not download the index');
    const box = page.getByRole('searchbox', { name: 'Rechercher' });
    // The cursor in the box brings the index and the search page's part, before any letter.
    const part = page.waitForRequest(/\/app-[0-9a-f]+\/split_search_page\.wasm$/);
    await box.focus();
    await part;
    await box.fill('metier');
    await page.waitForURL(url('search?q=metier'));
    const first = page.locator('.search-result').first();
    await first.waitFor();
    assert.equal(indexRequests().length, before + 1, 'one download of the index');
    assert.equal(await first.locator('h2').innerText(), SEED_TITLE);
    assert.deepEqual(await first.locator('h2 mark').allInnerTexts(), ['métier']);
    // The passage comes from the post's text, with every form of the word marked.
    await first.locator('.snippet mark').first().waitFor();
    const marks = await first.locator('.snippet mark').allInnerTexts();
    assert.ok(marks.length >= 1 && marks.every((m) => /^m[ée]tiers?$/i.test(m)), marks.join(', '));
    assert.match(await page.locator('.result-count').innerText(), /^\d+\u00a0résultats?$/);
    await box.press('End');
    await box.pressSequentially(' com');
    await page.waitForURL(url('search?q=metier%20com'));
    await page.locator('.search-result h2', { hasText: 'métier' }).waitFor();
    assert.ok((await page.locator('.search-result .snippet mark').allInnerTexts()).some((m) => /^com/i.test(m)), 'the last word as a prefix');
    await first.locator('h2 a').click();
    await page.locator('.post-body').waitFor();
    assert.equal(page.url(), url(`posts/${SEED}`));
    await page.goBack();
    await page.waitForURL(url('search?q=metier%20com'));
    assert.equal(await box.inputValue(), 'metier com');
  });

  test('"/" puts the cursor in the search box, except while typing in a field', async (t) => {
    const page = await openPage(t);
    await page.goto(url(`posts/${SEED}`));
    await page.locator('.post-body').waitFor();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-box');
    assert.equal(await page.locator('#search-box').inputValue(), '', 'the slash is not typed');
    await page.keyboard.type('réseaux');
    await page.waitForURL(/search\?q=r%C3%A9seaux$/);
    await page.locator('.search-result').first().waitFor();
    // Typed on the way to "sociaux" (indexed as its stem, "social"): still found.
    await page.keyboard.type(' sociau');
    await page.waitForURL(/search\?q=r%C3%A9seaux%20sociau$/);
    await page.locator('.search-result h2', { hasText: 'métier' }).waitFor();
    assert.ok((await page.locator('.search-result .snippet mark').allInnerTexts()).some((m) => m === 'sociaux'));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('réseaux');
    await page.waitForURL(/search\?q=r%C3%A9seaux$/);
    await page.keyboard.type('/');
    assert.equal(await page.locator('#search-box').inputValue(), 'réseaux/', 'in a field, "/" is a character');
  });

  test('/search?q=reseaux shows results after a reload; a word found nowhere gets a suggestion', async (t) => {
    const page = await openPage(t);
    await page.goto(url('search?q=reseaux'));
    await page.reload();
    await page.locator('.search-result').first().waitFor();
    assert.equal(await page.locator('.search-result h2').first().innerText(), SEED_TITLE);
    assert.equal(await page.locator('#search-box').inputValue(), 'reseaux');
    assert.equal(await page.title(), 'Rechercher · reseaux · Carnet');
    await page.goto(url('search?q=resaux%20sociaus'));
    await page.locator('.no-results').waitFor();
    assert.equal(await page.locator('.no-results').innerText(), 'Aucun article ne contient «\u202fresaux sociaus\u202f».');
    await page.locator('.suggestion').getByRole('link', { name: 'réseaux sociaux' }).click();
    await page.waitForURL(url('tags/reseaux-sociaux'));
  });

  test('when the index cannot be downloaded, the reader is told and can try again', async (t) => {
    const page = await openPage(t);
    await page.route(/\/data\/search\.txt$/, (route) => route.abort());
    await page.goto(url('search?q=carnet'));
    await page.getByRole('alert').filter({ hasText: 'La recherche n’a pas pu se charger' }).waitFor();
    await page.unroute(/\/data\/search\.txt$/);
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('.search-result').first().waitFor();
    assert.deepEqual(await page.locator('.search-result h2').allInnerTexts(), ['Bienvenue sur Carnet', 'How Carnet is built']);
  });
});
