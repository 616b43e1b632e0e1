// End-to-end tests on a site of 2,000 generated posts (see .ci/test): the home and tag pages
// a page at a time, with page URLs that survive a reload, and search on a large index.
//   E2E_DIST   the built site (target/site/large)
//   E2E_POSTS  the generated posts it was built from (target/large-posts)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, site } from '../e2e/harness.mjs';

const POSTS = process.env.E2E_POSTS ?? 'target/large-posts';
const url = (path = '') => `${site.server.url}${path}`;

/** The title of generated post `n` (post 1999 is the newest), as the site shows it. */
function title(n) {
  const file = readFileSync(`${POSTS}/post-${String(n).padStart(4, '0')}.md`, 'utf8');
  return JSON.parse(file.match(/^title: (".*")$/m)[1]);
}

const titles = (page) => page.locator('.post-summary h2').allInnerTexts();

describe('2,000 posts', () => {
  test('the home page lists 20 posts a page, with page links that survive a reload', async (t) => {
    const page = await openPage(t);
    await page.goto(url());
    await page.locator('.post-list').waitFor();
    const first = await titles(page);
    assert.equal(first.length, 20);
    assert.equal(first[0], title(1999), 'newest first');
    assert.equal(await page.locator('.pager [aria-current=page]').innerText(), 'Page 1 sur 100');
    assert.equal(await page.locator('.pager .prev').count(), 0);
    await page.locator('.pager').getByRole('link', { name: 'Page suivante' }).click();
    await page.waitForURL(url('?page=2'));
    await page.locator('.post-summary h2', { hasText: title(1979) }).first().waitFor();
    const second = await titles(page);
    assert.deepEqual([second.length, second[0], second[19]], [20, title(1979), title(1960)]);
    await page.reload();
    await page.locator('.post-list').waitFor();
    assert.deepEqual(await titles(page), second, 'the same page after a reload');
    assert.equal(await page.locator('.pager [aria-current=page]').innerText(), 'Page 2 sur 100');
    await page.locator('.pager').getByRole('link', { name: 'Page précédente' }).click();
    await page.waitForURL(url());
    assert.deepEqual(await titles(page), first);
    // The last page, and a page past the end (shown as the last one).
    await page.goto(url('?page=100'));
    await page.locator('.post-list').waitFor();
    assert.equal((await titles(page)).at(-1), title(0), 'the oldest post ends the last page');
    await page.goto(url('?page=999'));
    await page.locator('.post-list').waitFor();
    assert.equal(await page.locator('.pager [aria-current=page]').innerText(), 'Page 100 sur 100');
  });

  test('a filter keeps its pages: unread posts, page 2', async (t) => {
    const page = await openPage(t);
    await page.goto(url('?show=unread'));
    await page.locator('.post-list').waitFor();
    await page.locator('.pager').getByRole('link', { name: 'Page suivante' }).click();
    await page.waitForURL(url('?show=unread&page=2'));
    await page.locator('.post-summary h2', { hasText: title(1979) }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: /^Non lus/ }).getAttribute('aria-current'), 'page');
    // Choosing another filter starts at its first page.
    assert.equal(await page.getByRole('link', { name: /^Tous/ }).getAttribute('href'), new URL(url()).pathname);
  });

  test('a tag page with hundreds of posts goes page by page too', async (t) => {
    const page = await openPage(t);
    await page.goto(url('tags/reseaux-sociaux?page=3'));
    await page.reload();
    await page.locator('.post-list').waitFor();
    assert.equal((await titles(page)).length, 20);
    const current = await page.locator('.pager [aria-current=page]').innerText();
    const [, count] = current.match(/^Page 3 sur (\d+)$/) ?? [];
    assert.ok(Number(count) > 3, current);
    // Both spellings of the tag are one tag.
    const listed = await page.locator('.tag-count').innerText();
    assert.match(listed, /^\d+\u00a0articles/);
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await page.waitForURL(url('tags/reseaux-sociaux?page=4'));
  });

  test('search answers on 2,000 posts, ten results at a time', async (t) => {
    const page = await openPage(t);
    await page.goto(url());
    await page.locator('.post-list').waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher' }).pressSequentially('réseaux soc');
    await page.waitForURL(/search\?q=r%C3%A9seaux%20soc$/);
    // Each result shows once its post's record has come: wait for the tenth.
    await page.locator('.search-result').nth(9).waitFor();
    const count = Number((await page.locator('.result-count').innerText()).match(/^(\d+)/)[1]);
    assert.ok(count > 20, `${count} results`);
    assert.equal(await page.locator('.search-results > li').count(), 10, 'ten at a time');
    await page.getByRole('button', { name: 'Plus de résultats' }).click();
    await page.locator('.search-result').nth(19).waitFor();
    assert.equal(await page.locator('.search-result').count(), 20);
    const marked = await page.locator('.search-result').first().locator('mark').allInnerTexts();
    assert.ok(marked.some((m) => /^soc/i.test(m)), marked.join(', '));
    // A match in a tag shows as the tag.
    const first = page.locator('.search-result').first();
    const text = (await first.innerText()).toLowerCase();
    assert.ok(text.includes('réseau') || text.includes('reseau'), text);
  });
});
