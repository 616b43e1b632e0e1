// End-to-end tests of "Publier": the studio builds the site with a draft in the browser
// (the builder's Wasm, in a Web Worker, on the files this very site publishes), shows the
// page as built and its link preview, and hands over the site and its sources as .zip
// files. The browser's build must be the command line's, byte for byte; the downloaded
// site must serve the new post; a post the build refuses, or a site out of reach, must
// say so and lose nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, DIST, NNBSP, SHOTS, articleText, openContext, pageIn, site } from './harness.mjs';
import { serve } from '../../site/server.mjs';

const url = (path = '') => `${site.server.url}${path}`;
const WIDE = { viewport: { width: 1300, height: 900 } };
const POSTS = process.env.E2E_POSTS ?? 'posts';
const CLI = 'target/release/carnet-site';
const APP = process.env.E2E_APP ?? 'target/app/release';

async function newDraft(page, { title, body, summary = '' }) {
  await page.goto(url('drafts'));
  await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
  await page.locator('.studio').waitFor();
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Signature').fill('Isabelle');
  await page.getByLabel('Mots-clés, séparés par des virgules').fill('publication, navigateur');
  if (summary) await page.getByLabel('Résumé').fill(summary);
  await page.locator('#draft-body').fill(body);
}

async function publish(page) {
  await page.getByRole('link', { name: 'Publier' }).click();
  await page.locator('.publish').waitFor();
}

async function unzip(file, dir) {
  await mkdir(dir, { recursive: true });
  execFileSync('python3', ['-m', 'zipfile', '-e', file, dir]);
}

/** Every file under `dir`, relative, sorted. */
async function tree(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1))
    .sort();
}

async function scratch(t) {
  const dir = await mkdtemp(join(tmpdir(), 'carnet-publish-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('Publier', () => {
  test('the site built in the browser is the command line\'s, byte for byte, and its download serves the new post', async (t) => {
    const context = await openContext(t, { ...WIDE, acceptDownloads: true });
    const page = await pageIn(context);
    await newDraft(page, {
      title: 'Publié depuis le navigateur',
      summary: 'Un article construit et publié sans outil : tout se passe ici !',
      body: 'Bonjour à toutes et à tous !\n\n## Comment\n\nLe studio construit le site lui-même.',
    });
    await publish(page);

    const checklist = page.locator('.publish-checklist');
    await checklist.waitFor({ timeout: 60_000 });
    const address = `https://carnet.example${BASE}posts/publie-depuis-le-navigateur/`;
    await checklist.getByText(`«${NNBSP}Publié depuis le navigateur${NNBSP}», à l’adresse ${address}`).waitFor();
    await checklist.getByText(/^Le site\s: 4 articles, \d+ pages, \d+ fichiers, construit en \d+\sms/).waitFor();
    // The page as built, not the editor's preview: the site's header, the post, typography.
    const built = page.frameLocator('.publish-page iframe');
    await built.locator('article.post h1').getByText('Publié depuis le navigateur').waitFor();
    assert.match(await built.locator('.post-body').innerText(), /Bonjour à toutes et à tous\u202f!/);
    await built.locator('.site-header').waitFor();
    const preview = page.locator('.link-preview');
    assert.equal(await preview.locator('.title').innerText(), 'Publié depuis le navigateur');
    assert.equal(await preview.locator('.description').innerText(), 'Un article construit et publié sans outil\u00a0: tout se passe ici\u202f!');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/publish.png`, fullPage: true });

    const work = await scratch(t);
    const save = async (name) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      const file = join(work, download.suggestedFilename());
      await download.saveAs(file);
      return file;
    };
    const siteZip = await save('Télécharger le site (.zip)');
    const sourcesZip = await save('Télécharger les sources (.zip)');
    await page.locator('.publish-done').waitFor();
    assert.match(siteZip, /site-\d{4}-\d{2}-\d{2}\.zip$/);
    assert.match(sourcesZip, /posts-publie-depuis-le-navigateur\.zip$/);
    await unzip(siteZip, join(work, 'browser'));
    await unzip(sourcesZip, join(work, 'sources'));
    assert.deepEqual(await tree(join(work, 'sources')), ['posts/publie-depuis-le-navigateur.md']);

    // The command line, from the same posts plus the draft's file, the same day.
    await cp(POSTS, join(work, 'posts'), { recursive: true });
    await cp(join(work, 'sources', 'posts'), join(work, 'posts'), { recursive: true });
    const sources = JSON.parse(await readFile(join(DIST, 'carnet-sources.json'), 'utf8'));
    const today = new Date().toISOString().slice(0, 10);
    execFileSync(CLI, ['build', '--app', APP, '--posts', join(work, 'posts'), '--dist', join(work, 'cli'),
      '--public-url', BASE, '--today', today], { env: { ...process.env, CARNET_BASE_URL: sources.base_url } });
    const files = await tree(join(work, 'cli'));
    assert.deepEqual(await tree(join(work, 'browser')), files);
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(work, 'cli', file)), readFile(join(work, 'browser', file))]);
      assert.ok(a.equals(b), `${file} differs between the command line and the browser`);
    }
    assert.ok(files.length > 60, `the whole site (${files.length} files)`);

    // The downloaded site, on a host: the new post reads, and the home lists it.
    const host = await serve(join(work, 'browser'), BASE);
    t.after(() => host.close());
    const reader = await pageIn(await openContext(t));
    await reader.goto(`${host.url}posts/publie-depuis-le-navigateur/`);
    assert.match(await articleText(reader), /Le studio construit le site lui-même\./);
    await reader.goto(host.url);
    await reader.locator('.post-list a', { hasText: 'Publié depuis le navigateur' }).waitFor();
  });

  test('a post the build would refuse shows each problem at its line, and offers nothing to send', async (t) => {
    const context = await openContext(t, WIDE);
    const page = await pageIn(context);
    await newDraft(page, {
      title: 'Une image absente',
      body: 'Texte.\n\n![Ce qui manque](images/absente.png)',
    });
    await publish(page);
    const problems = page.locator('.publish-problems');
    await problems.waitFor({ timeout: 60_000 });
    await problems.getByText(/^posts\/une-image-absente\.md:\d+\s:/).waitFor();
    assert.match(await problems.innerText(), /images\/absente\.png/);
    assert.equal(await page.getByRole('button', { name: /Télécharger/ }).count(), 0);
    await problems.getByRole('link', { name: 'Retour à l’éditeur' }).waitFor();
    // The editor's preview asked for the missing image: that is the point of this test.
    const missing = context.problems.filter((p) => p.includes('images/absente.png'));
    assert.ok(missing.length > 0);
    context.problems.splice(0, context.problems.length, ...context.problems.filter((p) => !missing.includes(p)));
  });

  test('a site out of reach says so, loses nothing, and builds on retry', async (t) => {
    const context = await openContext(t, WIDE);
    const page = await pageIn(context);
    await newDraft(page, { title: 'Par mauvais temps', body: 'Le réseau flanche.' });
    await context.route('**/carnet-sources.json', (route) => route.abort('internetdisconnected'));
    // The failed fetch is what this test is about.
    const problems = context.problems.length;
    await publish(page);
    const failed = page.locator('.publish-failed');
    await failed.getByText(/Les fichiers du site n’ont pas pu être chargés \(carnet-sources\.json\).*Rien n’a été publié ni perdu\./).waitFor({ timeout: 60_000 });
    context.problems.splice(problems);
    await context.unroute('**/carnet-sources.json');
    await failed.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('.publish-checklist').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Retour à l’éditeur' }).click();
    assert.equal(await page.locator('#draft-body').inputValue(), 'Le réseau flanche.');
  });

  test('into folders: the post into the repository, the site in place; a wrong folder is refused', async (t) => {
    const context = await openContext(t, WIDE);
    // The folder dialog cannot be answered in a headless browser: it hands over folders of
    // the site's private file system instead, which have the very same API.
    await context.addInitScript(() => {
      window.showDirectoryPicker = async () => {
        const root = await navigator.storage.getDirectory();
        return root.getDirectoryHandle(window.nextFolder, { create: true });
      };
    });
    const page = await pageIn(context);
    await newDraft(page, { title: 'Écrit dans mes dossiers', body: 'Texte.' });
    await publish(page);
    await page.locator('.publish-checklist').waitFor({ timeout: 60_000 });
    // Picks the folder `name` (made with `holds`: a posts/ folder, or a file of notes).
    const pick = async (name, button, holds = '') => {
      await page.evaluate(async ([name, holds]) => {
        const root = await navigator.storage.getDirectory();
        const folder = await root.getDirectoryHandle(name, { create: true });
        if (holds === 'posts/') await folder.getDirectoryHandle('posts', { create: true });
        if (holds === 'notes.txt') {
          const writer = await (await folder.getFileHandle('notes.txt', { create: true })).createWritable();
          await writer.write('mes notes');
          await writer.close();
        }
        window.nextFolder = name;
      }, [name, holds]);
      await page.getByRole('button', { name: button }).click();
    };
    const read = (path) => page.evaluate(async (path) => {
      let dir = await navigator.storage.getDirectory();
      const parts = path.split('/');
      const name = parts.pop();
      for (const part of parts) dir = await dir.getDirectoryHandle(part);
      return (await (await dir.getFileHandle(name)).getFile()).text();
    }, path);
    const count = (path) => page.evaluate(async (path) => {
      const walk = async (dir) => {
        let n = 0;
        for await (const entry of dir.values()) n += entry.kind === 'file' ? 1 : await walk(entry);
        return n;
      };
      return walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(path));
    }, path);
    const said = page.locator('.folder-written');

    await pick('vrac', 'Écrire dans le dépôt du site…');
    await said.getByText(/«\s?vrac\s?» n’a pas de dossier posts\/.*Rien n’a été écrit\./).waitFor();
    assert.equal(await count('vrac'), 0);
    await pick('depot', 'Écrire dans le dépôt du site…', 'posts/');
    await said.getByText(/^Écrit dans «\s?depot\s?»\s: posts\/ecrit-dans-mes-dossiers\.md\. Validez/).waitFor();
    assert.match(await read('depot/posts/ecrit-dans-mes-dossiers.md'), /^---\ntitle: Écrit dans mes dossiers\ndate: \d{4}-\d{2}-\d{2}\nauthor: Isabelle\n/);

    await pick('autre', 'Écrire le site dans un dossier…', 'notes.txt');
    await said.getByText(/«\s?autre\s?» contient des fichiers qui ne sont pas un site Carnet/).waitFor();
    assert.equal(await count('autre'), 1);
    await pick('site', 'Écrire le site dans un dossier…');
    const done = said.getByText(/^Le site est écrit dans «\s?site\s?» \((\d+) fichiers\)\.$/);
    await done.waitFor({ timeout: 60_000 });
    const files = Number((await done.innerText()).match(/\((\d+) fichiers/)[1]);
    assert.equal(await count('site'), files);
    assert.match(await read('site/posts/ecrit-dans-mes-dossiers/index.html'), /<h1>Écrit dans mes dossiers<!>/);
    // A Carnet site's folder is written again in place.
    await pick('site', 'Écrire le site dans un dossier…');
    await done.waitFor();
  });
});
