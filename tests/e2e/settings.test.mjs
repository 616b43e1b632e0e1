// End-to-end tests of the reader's settings: interface language, theme and text size,
// remembered, and applied before the first paint.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED, openContext, pageIn, site } from './harness.mjs';

const url = (path = '') => `${site.server.url}${path}`;
const DARK_BG = 'rgb(23, 22, 20)';
const LIGHT_BG = 'rgb(251, 250, 247)';

/** A page that records the background of the very first frame it paints. */
async function watchedPage(t, options) {
  const context = await openContext(t, options);
  await context.addInitScript(() => {
    requestAnimationFrame(() => {
      window.firstFrame = {
        background: getComputedStyle(document.documentElement).backgroundColor,
        fontSize: getComputedStyle(document.documentElement).fontSize,
      };
    });
  });
  return pageIn(context);
}

describe('Reader settings', () => {
  test('switching the interface to English is remembered; posts keep their language', async (t) => {
    const page = await watchedPage(t, { locale: 'fr-FR' });
    await page.goto(url());
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Latest posts' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(await page.locator('.site-header nav a').allInnerTexts(), ['Posts', 'Archive', 'Tags', 'Read later', 'Drafts']);
    await page.reload();
    await page.getByRole('heading', { name: 'Latest posts' }).waitFor();
    await page.goto(url(`posts/${SEED}`));
    await page.locator('.post-body').waitFor();
    assert.equal(await page.locator('article.post').getAttribute('lang'), 'fr', 'the post stays French');
    assert.match(await page.locator('.byline').innerText(), /^Par Isabelle/);
    assert.equal(await page.locator('.post-actions .read-toggle').innerText(), 'Mark as read');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('button', { name: 'Marquer comme lu' }).waitFor();
  });

  test('a dark theme chosen on a light system is there from the first painted frame', async (t) => {
    const page = await watchedPage(t, { colorScheme: 'light' });
    await page.goto(url());
    await page.locator('.post-list').waitFor();
    assert.equal((await page.evaluate(() => window.firstFrame)).background, LIGHT_BG);
    await page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Sombre' }).click();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), DARK_BG);
    await page.reload();
    await page.locator('.post-list').waitFor();
    assert.equal((await page.evaluate(() => window.firstFrame)).background, DARK_BG, 'no flash of the light theme');
    assert.equal(
      await page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Sombre' }).getAttribute('aria-pressed'),
      'true',
    );
    // "Système" follows the system again.
    await page.getByRole('button', { name: 'Système' }).click();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), LIGHT_BG);
  });

  test('a light theme chosen on a dark system, and a larger text, are applied before the first paint', async (t) => {
    const page = await watchedPage(t, { colorScheme: 'dark' });
    await page.goto(url());
    await page.locator('.post-list').waitFor();
    assert.equal((await page.evaluate(() => window.firstFrame)).background, DARK_BG);
    await page.getByRole('button', { name: 'Clair' }).click();
    await page.getByRole('group', { name: 'Taille du texte' }).getByRole('button', { name: 'Grande' }).click();
    await page.reload();
    await page.locator('.post-list').waitFor();
    const first = await page.evaluate(() => window.firstFrame);
    assert.equal(first.background, LIGHT_BG);
    assert.equal(first.fontSize, '18.4px', '115 % of 16 px');
  });
});
