// A reader who comes back after a post was added downloads only what changed: the pages
// and data files that show the new post. No file of the app (cached as immutable, its
// names hashed) is asked for again, and unchanged pages are revalidated (304, no body).
// The server behaves as a host set up with the README's caching headers (site/server.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../e2e/browser.mjs';
import { isAppFile, serve } from '../../site/server.mjs';


test('after one post is added, a returning reader fetches no app file', async (t) => {
  const server = await serve('target/site/root', '/');
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  // HTTP caching alone, as in a browser without the service worker (tests/e2e/offline.test.mjs).
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // First visit: the home, then a post (the oldest: a new post does not change its page).
  const post = `${server.url}posts/le-metier-qui-n-existe-pas/`;
  await page.goto(server.url);
  await page.evaluate(() => dispatchEvent(new Event('pointerdown'))); // the first gesture starts the app
  await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
  await page.goto(post);
  await page.locator('.post-body').waitFor();
  await page.waitForLoadState('networkidle');
  const firstVisit = server.log.filter((r) => r.status === 200 && isAppFile(r.path));
  assert.ok(firstVisit.some((r) => r.path.endsWith('.wasm')), 'the first visit downloads the app');

  // A post is added and the site deployed; the reader comes back.
  server.setRoot('target/site/added');
  server.log.length = 0;
  await page.goto(server.url);
  await page.evaluate(() => dispatchEvent(new Event('pointerdown'))); // the first gesture starts the app
  await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
  await page.locator('.post-summary h2', { hasText: 'Un nouvel article' }).waitFor();
  await page.goto(post);
  await page.evaluate(() => dispatchEvent(new Event('pointerdown'))); // the first gesture starts the app
  await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
  await page.locator('.post-body').waitFor();
  await page.waitForLoadState('networkidle');

  const downloaded = server.log.filter((r) => r.status === 200);
  const appAgain = server.log.filter((r) => isAppFile(r.path));
  assert.deepEqual(appAgain, [], 'no app file is asked for again');
  assert.ok(
    downloaded.some((r) => r.path === '/'),
    `the home shows the new post, so it is downloaded again: ${JSON.stringify(server.log)}`,
  );
  assert.ok(
    server.log.some((r) => r.path === '/posts/le-metier-qui-n-existe-pas/' && r.status === 304),
    `an unchanged page is revalidated, not downloaded: ${JSON.stringify(server.log)}`,
  );
  const bytes = downloaded.reduce((sum, r) => sum + r.bytes, 0);
  console.log(`returning visit: ${downloaded.length} files downloaded (${bytes} bytes), ${server.log.length - downloaded.length} revalidated`);
  assert.deepEqual(errors, []);
});
