// What every end-to-end test file shares: one server for the built site, one headless
// Chromium, and pages that fail the test on any error. Settings come from the environment:
//   E2E_DIST  the built site (default dist/)
//   E2E_BASE  the public URL it was built for, "/" or "/blog/"
//   E2E_SCREENSHOTS  a directory to save screenshots in, for the README
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { serve } from '../../site/server.mjs';

export const DIST = process.env.E2E_DIST ?? 'dist';
export const BASE = process.env.E2E_BASE ?? '/';
export const SHOTS = process.env.E2E_SCREENSHOTS;
export const NNBSP = '\u202f';
export const NBSP = '\u00a0';
export const SEED = 'le-metier-qui-n-existe-pas';
export const SEED_TITLE = `«${NNBSP}Le métier qui n’existe pas${NNBSP}»`;

/** The running server (`url`, `requests`) and browser, set up before the tests. */
export const site = { server: null, browser: null };

before(async () => {
  site.server = await serve(DIST, BASE);
  site.browser = await launch();
});

after(async () => {
  await site.browser?.close();
  await site.server?.close();
});

/**
 * A fresh browser context (its own storage), closed when the test ends. The site's service
 * worker is blocked unless `serviceWorkers: 'allow'` is asked (tests/e2e/offline.test.mjs):
 * the other tests see the site as a first visit, and as a browser without one.
 */
export async function openContext(t, options = {}) {
  const context = await site.browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block', ...options });
  context.javaScript = options.javaScriptEnabled;
  const problems = [];
  context.problems = problems;
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, [], 'a page logged errors');
  });
  return context;
}

/**
 * A new page in `context` that fails the test on any uncaught error, console error or
 * failed download. A page itself may come with status 404: that is how the host serves
 * 404.html.
 */
/**
 * The reader's first gesture on `page` (a pointer pressed): on a first visit of a
 * prerendered page, the app starts then (see bundle/start.js).
 */
export async function wake(page) {
  await page.evaluate(() => dispatchEvent(new Event('pointerdown')));
}

export async function pageIn(context) {
  const page = await context.newPage();
  // A page may be prerendered: after loading one, make the reader's first gesture (the app
  // starts then on a first visit) and wait until the app has adopted the page and applied
  // the reader's state (its root gets `data-ready`), so that its buttons work. `gotoRaw`
  // does neither.
  page.gotoRaw = page.goto.bind(page);
  const reloadRaw = page.reload.bind(page);
  const takenOver = () => page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
  if (context.javaScript !== false) {
    page.goto = async (...args) => { const r = await page.gotoRaw(...args); await wake(page); await takenOver(); return r; };
    page.reload = async (...args) => { const r = await reloadRaw(...args); await wake(page); await takenOver(); return r; };
  }
  const problems = context.problems;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Failed downloads are reported below, with their URL.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    // A post's or a tag's data file that is not there is how the app learns that the post
    // or tag does not exist (it shows the 404 page): not an error of the page.
    const unknown = r.status() === 404 && /\/data\/(posts|tags)\//.test(new URL(r.url()).pathname);
    if (r.status() >= 400 && r.request().resourceType() !== 'document' && !unknown) {
      problems.push(`HTTP ${r.status()} for ${r.url()}`);
    }
  });
  return page;
}

/** A fresh page in a context of its own. */
export async function openPage(t, options = {}) {
  return pageIn(await openContext(t, options));
}

/** The text of the article once its body is there. */
export async function articleText(page) {
  await page.locator('.post-body').waitFor();
  return page.locator('article.post').innerText();
}

/** Unfolds the editor's "Détails de l’article" (signature, tags, date, summary, cover…). */
export async function openDetails(page) {
  const details = page.locator('#draft_details');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}
