// End-to-end tests of the prerendered entry pages: readable without JavaScript, with their
// link previews and structured data; adopted by the app without a visible change; deep
// links with or without the final slash, at the root and under a sub-path.
//   E2E_SITE_URL  the public address the site was built for (default https://carnet.example + E2E_BASE)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { BASE, SEED, SEED_TITLE, openContext, openPage, pageIn, site, wake } from './harness.mjs';

const SITE_URL = process.env.E2E_SITE_URL ?? `https://carnet.example${BASE}`;
const url = (path = '') => `${site.server.url}${path}`;

/** The published posts of posts/: slug, title (as written) and language. */
const POSTS = readdirSync('posts')
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const front = readFileSync(`posts/${f}`, 'utf8').split('\n---', 1)[0];
    const field = (name) => front.match(new RegExp(`^${name}: *(.*)$`, 'm'))?.[1]?.replace(/^["']|["']$/g, '');
    return { slug: field('slug') ?? f.slice(0, -3), title: field('title'), lang: field('lang') ?? 'fr', draft: field('draft') === 'true' };
  })
  .filter((p) => !p.draft);

const meta = (page, key) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');

describe('Prerendered pages', () => {
  test('every post reads without JavaScript, with its title, description, link preview and JSON-LD', async (t) => {
    const page = await openPage(t, { javaScriptEnabled: false });
    assert.ok(POSTS.length >= 3);
    for (const post of POSTS) {
      const response = await page.gotoRaw(url(`posts/${post.slug}`));
      assert.equal(response.status(), 200, post.slug);
      assert.equal(page.url(), url(`posts/${post.slug}/`), 'the host serves the directory');
      const h1 = await page.locator('article.post h1').innerText();
      if (post.slug === SEED) assert.equal(h1, SEED_TITLE);
      else assert.equal(h1, post.title);
      const paragraphs = await page.locator('.post-body p').allInnerTexts();
      assert.ok(paragraphs.length >= 2 && paragraphs.join(' ').length > 200, `${post.slug}: the article's text`);
      assert.equal(await page.locator('html').getAttribute('lang'), post.lang);
      assert.equal(await page.title(), `${h1} · Carnet`);
      const canonical = `${SITE_URL}posts/${post.slug}/`;
      assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), canonical);
      assert.equal(await meta(page, 'og:url'), canonical);
      assert.equal(await meta(page, 'og:type'), 'article');
      assert.equal(await meta(page, 'og:title'), h1);
      assert.equal(await meta(page, 'og:locale'), post.lang === 'fr' ? 'fr_FR' : 'en_GB');
      const description = await meta(page, 'description');
      assert.ok(description.length > 30, description);
      assert.equal(await meta(page, 'og:description'), description);
      assert.equal(await meta(page, 'twitter:description'), description);
      const date = await page.locator('.post-header time').getAttribute('datetime');
      assert.equal(await meta(page, 'article:published_time'), date);
      const tags = await page.locator('head meta[property="article:tag"]').evaluateAll((m) => m.map((e) => e.content));
      assert.deepEqual(tags, await page.locator('.post-header .tags li').allInnerTexts());
      const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
      assert.equal(ld['@type'], 'BlogPosting');
      assert.equal(ld.headline, h1);
      assert.equal(ld.datePublished, date);
      assert.equal(ld.url, canonical);
      assert.equal(ld.inLanguage, post.lang);
      // Every page is shared with a raster card of the networks' size (tests/e2e/images.test.mjs
      // fetches them): the cover's, or one drawn of the post's title.
      const cover = await page.locator('figure.cover img').count();
      assert.match(await meta(page, 'og:image'), cover
        ? new RegExp(`^${SITE_URL}content/images/[a-z0-9-]+-card\\.[0-9a-f]{16}\\.(jpg|png)$`)
        : new RegExp(`^${SITE_URL}content/cards/[a-z0-9-]+\\.[0-9a-f]{16}\\.png$`));
      assert.equal(await meta(page, 'twitter:card'), 'summary_large_image');
      assert.equal(await meta(page, 'og:image:alt'),
        cover ? await page.locator('figure.cover img').getAttribute('alt') : h1);
      // The controls that need the app are hidden, not broken.
      assert.equal(await page.locator('.post-actions').isVisible(), false);
      assert.equal(await page.locator('.search-box').isVisible(), false);
    }
  });

  test('the home, tag and archive pages list the posts without JavaScript, and their links work', async (t) => {
    const page = await openPage(t, { javaScriptEnabled: false });
    await page.gotoRaw(url());
    const titles = await page.locator('.post-summary h2').allInnerTexts();
    assert.equal(titles.length, POSTS.length);
    assert.ok(titles.includes(SEED_TITLE));
    assert.equal(await meta(page, 'og:type'), 'website');
    assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), SITE_URL);
    await page.locator('.post-summary h2 a', { hasText: 'métier' }).click();
    await page.locator('article.post .post-body p').first().waitFor();
    await page.locator('.post-header .tags a', { hasText: 'réseaux sociaux' }).click();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Mot-clé\u00a0: réseaux sociaux');
    assert.deepEqual(await page.locator('.post-summary h2').allInnerTexts(), [SEED_TITLE]);
    await page.gotoRaw(url('archive'));
    assert.ok((await page.locator('.archive-list a').allInnerTexts()).includes(SEED_TITLE));
    await page.gotoRaw(url('tags'));
    assert.ok((await page.locator('.tag-index li').count()) >= 5);
    const feed = await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
    assert.equal(feed, `${SITE_URL}feed.xml`);
  });

  test('the app adopts a post without changing its text or moving it, then navigates in place', async (t) => {
    const context = await openContext(t, { viewport: { width: 1000, height: 600 } });
    const page = await pageIn(context);
    // Hold the app back until the reader has scrolled the prerendered page.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    const contentRequests = [];
    page.on('request', (r) => { if (/\/content\/.*\.md$/.test(r.url())) contentRequests.push(r.url()); });
    await page.gotoRaw(url(`posts/${SEED}`), { waitUntil: 'domcontentloaded' });
    await page.locator('#carnet:not([data-ready]) .post-body p').first().waitFor();
    const before = await page.evaluate(() => {
      window.scrollTo({ top: 420, behavior: 'instant' });
      const p = document.querySelectorAll('.post-body p')[3];
      window.sameDocument = true;
      return { text: document.querySelector('article.post').textContent, y: window.scrollY, top: p.getBoundingClientRect().top };
    });
    assert.equal(before.y, 420, 'the page is long enough to scroll');
    await wake(page);
    release();
    await page.waitForSelector('#carnet[data-ready]', { state: 'attached' });
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => {
      const p = document.querySelectorAll('.post-body p')[3];
      return { text: document.querySelector('article.post').textContent, y: window.scrollY, top: p.getBoundingClientRect().top };
    });
    assert.equal(after.text, before.text, 'the article reads the same, character for character');
    assert.equal(after.y, before.y, 'no scroll jump');
    assert.ok(Math.abs(after.top - before.top) < 1, `the text did not move (${before.top} → ${after.top})`);
    assert.deepEqual(contentRequests, [], 'the text came with the page');
    assert.equal(page.url(), url(`posts/${SEED}`), 'the final slash is gone from the address');
    assert.equal(await page.locator('head meta[name=description]').count(), 1);
    // The app is in charge: its buttons work and links navigate without reloading.
    await page.getByRole('button', { name: 'Lire plus tard' }).click();
    assert.equal(await page.getByRole('button', { name: 'Lire plus tard' }).getAttribute('aria-pressed'), 'true');
    await page.locator('.post-header .tags a', { hasText: 'métier' }).click();
    await page.waitForURL(url('tags/metier'));
    await page.getByRole('heading', { level: 1, name: 'Mot-clé\u00a0: métier' }).waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load');
  });

  test('a page loads the app\'s main part and the reading pages\' part, the studio and the renderer only when needed', async (t) => {
    const page = await openPage(t);
    const parts = [];
    page.on('request', (r) => {
      const part = /\/app-[0-9a-f]+\/([^/]+)\.wasm$/.exec(r.url());
      if (part) parts.push(part[1].replace(/_\d{6,}$/, ''));
    });
    const fetched = (name) => parts.filter((p) => p === name).length;
    await page.goto(url(`posts/${SEED}`));
    await page.waitForLoadState('networkidle');
    assert.equal(fetched('carnet_bg'), 1, 'the main part');
    assert.equal(fetched('split_reading_page'), 1, 'the reading pages\' part');
    for (const name of ['split_studio_page', 'split_search_page', 'split_search_engine', 'split_post_renderer']) {
      assert.equal(fetched(name), 0, `${name} is not downloaded on a prerendered post`);
    }
    // Following a link to another reading page needs nothing more.
    const before = parts.length;
    await page.locator('.post-header .tags a', { hasText: 'métier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot-clé\u00a0: métier' }).waitFor();
    assert.equal(parts.length, before, `no download for the tag page (${parts.slice(before)})`);
    // A post that was not prerendered is rendered here: the renderer comes with it.
    await page.locator('.site-header nav a', { hasText: 'Articles' }).click();
    await page.locator('.post-summary h2 a', { hasText: 'How Carnet is built' }).click();
    await page.locator('.post-body p').first().waitFor();
    assert.equal(fetched('split_post_renderer'), 1, 'the renderer, for a post opened in the app');
    // The studio: its part and its styles arrive when the writer opens it.
    await page.locator('.site-header nav a', { hasText: 'Brouillons' }).click();
    await page.getByRole('button', { name: 'Nouveau brouillon' }).waitFor();
    assert.equal(fetched('split_studio_page'), 1);
    assert.equal(await page.locator('head style#studio-style').count(), 1);
    assert.equal(await page.locator('.drafts-actions').evaluate((e) => getComputedStyle(e).display), 'flex');
  });

  test('deep links work with or without the final slash, and pages that are not prerendered still start the app', async (t) => {
    const page = await openPage(t);
    for (const path of ['tags/carnet/', 'tags/carnet', 'archive', `posts/${SEED}/`]) {
      await page.goto(url(path));
      assert.equal(page.url(), url(path.replace(/\/$/, '')), path);
      await page.locator('main h1').first().waitFor();
    }
    await page.goto(url('search?q=metier'));
    await page.locator('.search-result').first().waitFor();
    await page.goto(url('bookmarks'));
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  test('a post can be shared by links, by the system sheet where there is one, or by copying its address', async (t) => {
    const context = await openContext(t, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await pageIn(context);
    const origins = new Set();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto(url(`posts/${SEED}`));
    const share = page.getByRole('complementary', { name: 'Partager cet article' });
    // The post's public address, as its page's canonical link says.
    const address = `${SITE_URL}posts/${SEED}/`;
    const links = await share.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.href]));
    assert.deepEqual(links.map(([name]) => name), ['Facebook', 'LinkedIn', 'X', 'Bluesky', 'E-mail']);
    assert.equal(links[0][1], `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(address)}`);
    assert.ok(links[2][1].includes(`text=${encodeURIComponent(SEED_TITLE)}`), links[2][1]);
    assert.equal(links[4][1], `mailto:?subject=${encodeURIComponent(SEED_TITLE)}&body=${encodeURIComponent(address)}`);
    await share.getByRole('button', { name: 'Copier le lien' }).click();
    await share.getByText('Lien copié.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), address);
    assert.deepEqual([...origins], [new URL(url()).origin], 'nothing is loaded from anywhere else');

    // Where the browser has a share sheet, one button opens it instead of the links.
    const phone = await pageIn(context);
    await phone.addInitScript(() => {
      window.shared = [];
      navigator.share = (data) => { window.shared.push(data); return Promise.resolve(); };
    });
    await phone.goto(url(`posts/${SEED}`));
    const sheet = phone.getByRole('complementary', { name: 'Partager cet article' });
    assert.equal(await sheet.getByRole('link').count(), 0);
    await sheet.getByRole('button', { name: 'Partager' }).click();
    assert.deepEqual(await phone.evaluate(() => window.shared), [{ title: SEED_TITLE, url: address }].map((d) => ({ ...d })));
  });

  test('the navigation marks the same section before and after the app adopts the page', async (t) => {
    const bare = await openPage(t, { javaScriptEnabled: false });
    const live = await openPage(t);
    const current = (page) => page.locator('.site-header nav a[aria-current]').allTextContents();
    for (const [path, expected] of [['', ['Articles']], ['archive', ['Archives']], ['tags', ['Mots-clés']], ['tags/carnet', ['Mots-clés']], [`posts/${SEED}`, []]]) {
      await bare.gotoRaw(url(path));
      await live.goto(url(path));
      assert.deepEqual(await current(bare), expected, `prerendered ${path}`);
      assert.deepEqual(await current(live), expected, `app ${path}`);
    }
    // A filtered list is prerendered as the full first page: hidden until the app is there.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await live.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    await live.gotoRaw(url('?show=later'), { waitUntil: 'domcontentloaded' });
    await live.locator('#carnet:not([data-ready]) .post-list').waitFor({ state: 'attached' });
    assert.equal(await live.locator('.post-list').isVisible(), false);
    release();
    await live.getByText('Rien à lire plus tard pour l’instant', { exact: false }).first().waitFor();
  });
});
