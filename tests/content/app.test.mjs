// The app is built once, whatever the posts: every file of the app (its directory
// app-<hash>/, its stylesheet and icon) is byte for byte the same in sites built from
// different posts and settings (see .ci/test): the seed blog at the root and under /blog/,
// the seed blog with one post edited (its app built again, with those posts), with one
// post added, and 2,000 generated posts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isAppFile } from '../../site/server.mjs';

const SITES = ['root', 'blog', 'edited', 'added', 'large'].map((name) => `target/site/${name}`);
const APPS = ['target/app/release', 'target/app/edited'];

/** Every file under `dir`, as paths relative to it. */
function files(dir, prefix = '') {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = join(prefix, name);
    return statSync(join(dir, path)).isDirectory() ? files(dir, path) : [path];
  });
}


/** The app's files of a site or app directory: path → bytes. */
function appFiles(dir) {
  return new Map(files(dir).filter(isAppFile).sort().map((path) => [path, readFileSync(join(dir, path))]));
}

test('every app file is the same in every site, whatever its posts', () => {
  const reference = appFiles(APPS[0]);
  assert.ok([...reference.keys()].some((p) => p.endsWith('.wasm')), 'the app has its Wasm');
  assert.ok(reference.size > 10, `the app has its parts: ${[...reference.keys()]}`);
  for (const dir of [...APPS.slice(1), ...SITES]) {
    const other = appFiles(dir);
    assert.deepEqual([...other.keys()], [...reference.keys()], `${dir}: the same files`);
    for (const [path, bytes] of reference) {
      assert.ok(bytes.equals(other.get(path)), `${dir}/${path} differs`);
    }
  }
});

test('the sites compared do differ in their posts', () => {
  const text = (site, path) => readFileSync(join(site, path), 'utf8');
  const [root, , edited, added, large] = SITES;
  assert.notEqual(text(root, 'data/posts/bienvenue-sur-carnet.json'), text(edited, 'data/posts/bienvenue-sur-carnet.json'));
  assert.ok(files(added).includes('posts/un-nouvel-article/index.html'));
  assert.ok(!files(root).includes('posts/un-nouvel-article/index.html'));
  assert.ok(files(large).filter((p) => p.startsWith('data/posts/')).length >= 2000);
  // Every page starts the same app.
  const start = (site, page) => text(site, page).match(/app-[0-9a-f]+\/carnet\.js/)[0];
  assert.equal(start(root, 'index.html'), start(large, 'posts/post-0001/index.html'));
  assert.equal(start(root, '404.html'), start(edited, 'index.html'));
});
