// End-to-end tests of one view layer: every kind of prerendered page is adopted by the app
// (hydrated), not rendered again: the nodes the reader sees before the app starts are the
// ones it keeps, the text does not change, nothing is said in the console — with a fresh
// reader, and with a reader's state applied after (English interface on a French site,
// read marks and bookmarks, dark mode).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SEED, openContext, pageIn, site, wake } from './harness.mjs';

const url = (path = '') => `${site.server.url}${path}`;

/** One page of each kind the build prerenders. */
const PAGES = [['home', ''], ['post', `posts/${SEED}`], ['tags', 'tags'], ['tag', 'tags/carnet'], ['archive', 'archive']];

/** A reader who read the seed post, keeps it for later, reads in dark mode and in English. */
const STORED = {
  'carnet.reading': { version: 1, data: { posts: { [SEED]: { read: true, updated: 1 } } } },
  'carnet.bookmarks': { version: 1, data: { posts: { [SEED]: 1 } } },
};

/**
 * Opens `path` with the app held back, marks the header and the first paragraph (or list
 * item) of the page, lets the app start, and returns what was seen before and after and
 * what the console said.
 */
async function adopt(t, path, { settings, stored } = {}) {
  const context = await openContext(t);
  const page = await pageIn(context);
  const said = [];
  // What Playwright says when it blocks the service worker (the harness does) is not the app's.
  const blocked = /^Service Worker registration blocked by Playwright/;
  page.on('console', (m) => {
    if ((m.type() === 'warning' || m.type() === 'error') && !blocked.test(m.text())) said.push(`${m.type()}: ${m.text()}`);
  });
  if (settings || stored) {
    await page.addInitScript(([settings, stored]) => {
      if (sessionStorage.getItem('set')) return;
      sessionStorage.setItem('set', '1');
      for (const [key, value] of Object.entries(stored ?? {})) localStorage.setItem(key, JSON.stringify(value));
      if (settings) localStorage.setItem('carnet.settings', JSON.stringify({ version: 1, data: settings }));
    }, [settings, stored]);
  }
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.gotoRaw(url(path), { waitUntil: 'domcontentloaded' });
  const before = await page.evaluate(() => {
    const first = document.querySelector('main :is(.post-body p, .post-list li, .tag-index li, .archive-list li)');
    window.marked = { header: document.querySelector('.site-header'), first, main: document.querySelector('main') };
    return { text: document.getElementById('carnet').innerText, first: first?.textContent };
  });
  await wake(page);
  release();
  await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
  const after = await page.evaluate(() => ({
    text: document.getElementById('carnet').innerText,
    kept: Object.fromEntries(Object.entries(window.marked).map(([name, node]) => [name, node !== null && node.isConnected])),
  }));
  return { page, before, after, said };
}

describe('One view layer: the app adopts the prerendered page', () => {
  for (const [kind, path] of PAGES) {
    test(`${kind}: the nodes the reader sees are kept, the text is the same, nothing is said`, async (t) => {
      const { page, before, after, said } = await adopt(t, path);
      assert.ok(before.first, `${kind} has a first item`);
      assert.deepEqual(after.kept, { header: true, first: true, main: true }, 'the same nodes');
      assert.equal(after.text, before.text, 'the same visible text');
      assert.deepEqual(said, []);
      // The app is in charge: a link navigates without loading a page.
      await page.evaluate(() => { window.sameDocument = true; });
      await page.locator('.site-header nav a', { hasText: 'Archives' }).click();
      await page.getByRole('heading', { level: 1, name: 'Archives' }).waitFor();
      assert.equal(page.url(), url('archive'));
      assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load');
    });
  }

  test('a reader\'s marks, bookmarks and dark mode are applied after adoption, on the same nodes', async (t) => {
    for (const [kind, path] of PAGES) {
      const { page, after, said } = await adopt(t, path, { settings: { theme: 'dark' }, stored: STORED });
      assert.deepEqual(after.kept, { header: true, first: true, main: true }, `${kind}: the same nodes`);
      assert.deepEqual(said, [], kind);
      assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
      assert.equal(await page.getByRole('button', { name: 'Sombre' }).getAttribute('aria-pressed'), 'true');
      if (kind === 'post') {
        assert.equal(await page.locator('.post-actions .bookmark-toggle').getAttribute('aria-pressed'), 'true');
        await page.getByRole('button', { name: 'Marquer comme non lu' }).waitFor();
      }
      if (kind === 'home') {
        const seed = page.locator('.post-summary', { has: page.locator(`a[href="${BASE}posts/${SEED}"]`) });
        assert.match(await seed.locator('.reading-status').textContent(), /Lu$/);
        assert.match(await page.locator('.filters a', { hasText: 'Lire plus tard' }).textContent(), /1$/);
      }
      await page.close();
    }
  });

  test('an English interface on a French site is applied after adoption, without a warning', async (t) => {
    for (const [kind, path] of PAGES) {
      const { page, said } = await adopt(t, path, { settings: { lang: 'en' } });
      assert.deepEqual(said, [], kind);
      await page.locator('.site-header nav a', { hasText: 'Archive' }).first().waitFor();
      assert.equal(await page.locator('.site-header nav a').first().textContent(), 'Posts');
      await page.close();
    }
  });
});

describe('When the app starts', () => {
  test('a first visit reads without the app until the reader\'s first gesture; a button pressed before it is ready is pressed again', async (t) => {
    const context = await openContext(t);
    const page = await pageIn(context);
    const wasm = [];
    page.on('request', (r) => { if (/\.wasm$/.test(r.url())) wasm.push(r.url()); });
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.gotoRaw(url(`posts/${SEED}`));
    await page.waitForTimeout(500);
    assert.deepEqual(wasm, [], 'no app file before a gesture');
    // The reader presses "Read later" at once: the app starts, and the press is kept.
    const button = page.locator('.post-actions .bookmark-toggle');
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    // The post page's part is asked for beside the main Wasm (still held back here), not
    // once the main Wasm runs.
    const part = () => wasm.some((u) => /\/split_post_page\.wasm$/.test(u));
    for (let i = 0; i < 50 && !part(); i += 1) await page.waitForTimeout(100);
    assert.ok(part(), `the post page's part requested with the main Wasm: ${wasm.join(', ')}`);
    release();
    await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('.post-actions .bookmark-toggle').getAttribute('aria-pressed') === 'true');
    assert.ok(wasm.length > 0);
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('carnet.bookmarks')).data.posts);
    assert.deepEqual(Object.keys(kept), [SEED], 'pressed once, kept once');
  });

  test('a returning reader\'s page, a page that is not prerendered and a list asked for another page start the app at once', async (t) => {
    const context = await openContext(t);
    const page = await pageIn(context);
    for (const path of ['search?q=carnet', '?page=1']) {
      await page.gotoRaw(url(path));
      await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
    }
    await page.evaluate(() => localStorage.setItem('carnet.settings', JSON.stringify({ version: 1, data: { theme: 'dark' } })));
    await page.gotoRaw(url(`posts/${SEED}`));
    await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
  });
});

describe('The reader on a phone', () => {
  const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

  test('the post\'s text starts in the upper half of the screen; the menu unfolds before the app and folds after a link', async (t) => {
    const context = await openContext(t, PHONE);
    const page = await pageIn(context);
    await page.gotoRaw(url(`posts/${SEED}`));
    const top = await page.locator('.post-body p').first().evaluate((p) => p.getBoundingClientRect().top);
    assert.ok(top < 844 / 2, `the first paragraph starts at ${top} px of 844`);
    const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
    assert.ok(header < 80, `the banner is one line (${header} px)`);
    const archive = page.locator('.site-menu nav a', { hasText: 'Archives' });
    assert.equal(await archive.isVisible(), false, 'the links are folded');
    // Before the app: the browser unfolds the menu itself.
    await page.getByRole('button', { name: 'Menu' }).click();
    await archive.waitFor();
    await page.keyboard.press('Escape');
    await archive.waitFor({ state: 'hidden' });
    // With the app: a link followed navigates in the app and folds the menu.
    await wake(page);
    await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
    await page.evaluate(() => { window.sameDocument = true; });
    await page.getByRole('button', { name: 'Menu' }).click();
    await archive.click();
    await page.getByRole('heading', { level: 1, name: 'Archives' }).waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load');
    assert.equal(await archive.isVisible(), false, 'the menu folded');
  });

  test('an English-speaking browser gets the English interface on the French site, without a layout shift, until the reader chooses', async (t) => {
    const context = await openContext(t, { ...PHONE, locale: 'en-US' });
    await context.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
        .observe({ type: 'layout-shift', buffered: true });
    });
    const page = await pageIn(context);
    await page.gotoRaw(url(`posts/${SEED}`));
    assert.equal(await page.locator('.post-actions .bookmark-toggle').innerText(), 'Lire plus tard', 'as built');
    await wake(page);
    await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
    await page.getByRole('button', { name: 'Read later' }).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
    // The switch wins, and is remembered.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('button', { name: 'Lire plus tard' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Lire plus tard' }).waitFor();
  });

  test('the service worker is registered once the page works', async (t) => {
    const context = await openContext(t, { serviceWorkers: 'allow' });
    await context.addInitScript(() => {
      const sw = navigator.serviceWorker;
      const register = sw.register.bind(sw);
      sw.register = (...args) => {
        window.registered = { ready: document.querySelector('#carnet[data-ready]') !== null };
        return register(...args);
      };
    });
    const page = await pageIn(context);
    await page.goto(url(`posts/${SEED}`));
    await page.waitForFunction(() => window.registered, null, { timeout: 30_000 });
    assert.deepEqual(await page.evaluate(() => window.registered), { ready: true });
  });
});
