// Photos as readers get them: a phone downloads the width its screen needs and nothing of
// the original, no published file carries the place a photo was taken, and every page is
// shared with a picture the social networks show (tests/e2e/harness.mjs for the setup).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BASE, DIST, SEED, openPage, site } from './harness.mjs';

const PHOTO_POST = 'how-carnet-is-built';
/** The post's photo as the writer's phone took it: 4032 × 3024, 4 MB, with its position. */
const ORIGINAL = 'posts/images/forest-path.jpg';

/** The photo's files a page fetched, with the bytes sent for each. */
function photoDownloads(since) {
  return site.server.log.slice(since)
    .filter((e) => e.path.startsWith(`${BASE}content/images/forest-path-`));
}

/** Opens the photo post in a viewport of `width` at `scale` and waits for its cover. */
async function openPhotoPost(t, width, height, scale) {
  const page = await openPage(t, { viewport: { width, height }, deviceScaleFactor: scale });
  const since = site.server.log.length;
  await page.goto(`${site.server.url}posts/${PHOTO_POST}`);
  await page.waitForFunction(() => document.querySelector('.cover img')?.complete
    && document.querySelector('.cover img').naturalWidth > 0);
  return { page, since };
}

/** The width and height of a PNG or JPEG from its bytes. */
function rasterSize(bytes) {
  if (bytes.subarray(0, 8).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))) {
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  }
  assert.ok(bytes[0] === 0xff && bytes[1] === 0xd8, 'a JPEG');
  for (let at = 2; at < bytes.length;) {
    const marker = bytes[at + 1];
    if (marker === 0xc0 || marker === 0xc2) return [bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5)];
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  throw new Error('no frame header');
}

async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

describe(`Photos, served at ${BASE}`, () => {
  test('a phone downloads only the width its screen needs; the cover is fetched first, never lazily', async (t) => {
    // A 412 px wide phone at 2.6 device pixels per CSS pixel: the column is 372 px wide,
    // 967 device pixels.
    const { page, since } = await openPhotoPost(t, 412, 915, 2.6);
    const cover = page.locator('.cover img');
    assert.equal(await cover.getAttribute('fetchpriority'), 'high');
    assert.equal(await cover.getAttribute('loading'), null);
    assert.deepEqual([await cover.getAttribute('width'), await cover.getAttribute('height')], ['4032', '3024']);
    // The file the browser picked (its naturalWidth is in CSS pixels: the column's width).
    const shown = await cover.evaluate((img) => new URL(img.currentSrc).pathname);
    assert.match(shown, /\/content\/images\/forest-path-1000\.[0-9a-f]{16}\.jpg$/);
    // Every image of the post offers its widths.
    const images = page.locator('article.post img');
    assert.ok(await images.count() >= 2);
    for (const img of await images.all()) {
      assert.match(await img.getAttribute('srcset'), /forest-path-480\.[0-9a-f]+\.jpg 480w, .* 2400w$/);
    }
    // The text's copy, lower down, is the same file: fetched once.
    await page.locator('.post-body img').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.post-body img').naturalWidth > 0);
    const downloads = photoDownloads(since);
    assert.deepEqual(downloads.map((d) => d.path), [new URL(await cover.evaluate((i) => i.currentSrc)).pathname]);
    const bytes = downloads.reduce((sum, d) => sum + d.bytes, 0);
    assert.ok(bytes <= 150_000, `the phone's photo weighs ${bytes} bytes`);
    assert.ok(!site.server.requests.some((p) => p.endsWith('images/forest-path.jpg')), 'the original is not served');
  });

  test('a 1280 px laptop gets the 800 px file', async (t) => {
    const { page, since } = await openPhotoPost(t, 1280, 800, 1);
    const shown = await page.locator('.cover img').evaluate((img) => new URL(img.currentSrc).pathname);
    assert.match(shown, /\/content\/images\/forest-path-800\.[0-9a-f]{16}\.jpg$/);
    const bytes = photoDownloads(since).reduce((sum, d) => sum + d.bytes, 0);
    assert.ok(bytes > 20_000 && bytes <= 400_000, `the laptop's photo weighs ${bytes} bytes`);
  });

  test('no published file carries a photo\'s EXIF block, its position included', async () => {
    const original = await readFile(ORIGINAL);
    const exif = Buffer.from('Exif\0\0', 'latin1');
    // The writer's photo has its position (a GPS directory, tag 0x8825, in its EXIF block)…
    const exifAt = original.indexOf(exif);
    assert.ok(exifAt > 0 && original.subarray(exifAt, exifAt + 200).includes(Buffer.from([0x88, 0x25])));
    let photos = 0;
    for await (const file of filesUnder(DIST)) {
      // The app's code names EXIF (its decoder does): only the site's own files are data.
      if (/\/app-[0-9a-f]+\//.test(file)) continue;
      const bytes = await readFile(file);
      assert.ok(!bytes.includes(exif), `${file} has an EXIF block`);
      if (/\.(jpe?g|webp|png|gif)$/.test(file)) photos += 1;
    }
    // …and the site has its files, none of them with it.
    assert.ok(photos >= 7, `${photos} image files`);
  });

  test('every page is shared with a 1200×630 picture served by the site', async (t) => {
    const page = await openPage(t);
    const meta = (name) => page.locator(`head meta[property="${name}"], head meta[name="${name}"]`).first().getAttribute('content');
    const cards = new Set();
    for (const path of [`posts/${PHOTO_POST}`, `posts/${SEED}`, '', 'tags/', 'archive/']) {
      await page.gotoRaw(`${site.server.url}${path}`);
      assert.equal(await meta('twitter:card'), 'summary_large_image', path);
      const url = new URL(await meta('og:image'));
      assert.match(url.pathname, new RegExp(`^${BASE}content/(images|cards)/`), `${path}: ${url}`);
      const response = await page.request.get(`${site.server.url}${url.pathname.slice(BASE.length)}`);
      assert.equal(response.status(), 200);
      const bytes = await response.body();
      assert.deepEqual(rasterSize(bytes), [1200, 630], path);
      assert.deepEqual([await meta('og:image:width'), await meta('og:image:height')], ['1200', '630']);
      assert.equal(await meta('og:image:type'), response.headers()['content-type'].split(';')[0]);
      assert.ok((await meta('og:image:alt')).length > 0);
      assert.equal(await meta('twitter:image'), url.href);
      cards.add(url.pathname);
      if (path === `posts/${SEED}`) {
        // A post without a cover: a card drawn of its title, which it says in words.
        assert.match(url.pathname, /\/content\/cards\/[a-z0-9-]+\.[0-9a-f]{16}\.png$/);
        assert.equal(await meta('og:image:alt'), await page.locator('h1').textContent());
      }
    }
    // The photo post's picture is its cover's, the seed's drawn of its title, the others the
    // site's.
    assert.equal(cards.size, 3);
  });
});
