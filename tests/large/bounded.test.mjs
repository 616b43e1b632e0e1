// Bounded downloads on a site of 2,000 generated posts: a page downloads the metadata of
// the posts it shows, not of every post. For the home, a post page and a tag page, every
// file the browser fetched besides the app's own is read, and the posts it names counted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, site } from '../e2e/harness.mjs';
import { isAppFile } from '../../site/server.mjs';

const url = (path = '') => `${site.server.url}${path}`;

/**
 * Opens `path` in a fresh browser, waits until the app is ready and the network quiet;
 * returns the files it fetched besides the app's, with their size and the posts they name.
 */
async function visit(t, path) {
  const page = await openPage(t);
  const fetched = [];
  page.on('response', async (response) => {
    if (isAppFile(response.url()) || response.status() !== 200) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const slugs = new Set(body.toString('utf8').match(/post-\d{4}/g) ?? []);
    fetched.push({ url: response.url(), bytes: body.length, slugs });
  });
  await page.goto(url(path));
  await page.waitForLoadState('networkidle');
  return fetched;
}

const named = (fetched) => new Set(fetched.flatMap((f) => [...f.slugs]));
const bytes = (fetched) => fetched.reduce((sum, f) => sum + f.bytes, 0);

describe('2,000 posts: what a page downloads is bounded', () => {
  test('a post page: its own record and its neighbours, nothing of the other posts', async (t) => {
    const fetched = await visit(t, 'posts/post-1000/');
    assert.deepEqual([...named(fetched)].sort(), ['post-0999', 'post-1000', 'post-1001']);
    assert.ok(bytes(fetched) < 60_000, `${bytes(fetched)} bytes: ${fetched.map((f) => f.url)}`);
    console.log(`post page: ${fetched.length} files, ${bytes(fetched)} bytes besides the app`);
  });

  test('the home: the first page of posts only', async (t) => {
    const fetched = await visit(t);
    assert.equal(named(fetched).size, 20, [...named(fetched)].join(' '));
    assert.ok(bytes(fetched) < 120_000, `${bytes(fetched)} bytes`);
    console.log(`home: ${fetched.length} files, ${bytes(fetched)} bytes besides the app`);
  });

  test('a tag page: its first page of posts only', async (t) => {
    const page = await openPage(t);
    await page.goto(url('tags/'));
    const tag = await page.locator('.tag-index a').first().getAttribute('href');
    const fetched = await visit(t, tag.replace(/^\//, ''));
    assert.ok(named(fetched).size <= 20, [...named(fetched)].join(' '));
    assert.ok(bytes(fetched) < 120_000, `${bytes(fetched)} bytes`);
    console.log(`tag page: ${fetched.length} files, ${bytes(fetched)} bytes besides the app`);
  });
});
