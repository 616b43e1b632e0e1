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
import { BASE, DIST, NNBSP, SHOTS, articleText, openContext, openDetails, pageIn, site } from './harness.mjs';
import { serve } from '../../site/server.mjs';
import { githubMock, routeGitHub } from './github-mock.mjs';

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
  await openDetails(page);
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
      body: 'Bonjour à toutes et à tous !\n\n## Comment\n\nLe studio construit le site lui-même.\n\n',
    });
    // A phone photo: shrunk in the browser, then made at its widths by the builder's Wasm,
    // byte for byte as the command line makes them from the same file.
    const photo = (await readFile(join(POSTS, 'images', 'forest-path.jpg'))).toString('base64');
    await page.locator('#draft-body').evaluate((area, base64) => {
      area.setSelectionRange(area.value.length, area.value.length);
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'Chemin.jpg', { type: 'image/jpeg' }));
      area.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, photo);
    await page.waitForFunction(() => document.querySelector('#draft-body').value.endsWith('![](images/chemin.jpg)'));
    const asked = site.server.log.length;
    await publish(page);

    const checklist = page.locator('.publish-checklist');
    await checklist.waitFor({ timeout: 60_000 });
    // The check list's build fetched the site's sources and no other post's text, image
    // or card: the post's page needs only what the sources say of its neighbours.
    const fetched = site.server.log.slice(asked).map((e) => e.path);
    assert.ok(fetched.some((p) => p.endsWith('/carnet-sources.json')), fetched.join(' '));
    assert.deepEqual(fetched.filter((p) => /\/content\/|\/images\/.+\.(jpg|png|svg)$/.test(p)), []);
    const address = `https://carnet.example${BASE}posts/publie-depuis-le-navigateur/`;
    await checklist.getByText(`«${NNBSP}Publié depuis le navigateur${NNBSP}», à l’adresse ${address}`).waitFor();
    await checklist.getByText(/^La page construite en \d+\sms dans votre navigateur, .* le site en compte 4\.$/).waitFor();
    // The page as built, not the editor's preview: the site's header, the post, typography.
    const built = page.frameLocator('.publish-page iframe');
    await built.locator('article.post h1').getByText('Publié depuis le navigateur').waitFor();
    assert.match(await built.locator('.post-body').innerText(), /Bonjour à toutes et à tous\u202f!/);
    await built.locator('.site-header').waitFor();
    // The link preview as each network shows it, with the card drawn of the post's title
    // (the site does not have it yet: shown from the built file).
    assert.deepEqual(await page.locator('.link-preview figcaption').allInnerTexts(),
      ['Dans les résultats de Google', 'Sur Facebook et LinkedIn', 'Sur X', 'Sur Mastodon']);
    const preview = page.locator('.link-preview.large');
    assert.equal(await preview.locator('.title').innerText(), 'Publié depuis le navigateur');
    assert.equal(await preview.locator('.description').innerText(), 'Un article construit et publié sans outil\u00a0: tout se passe ici\u202f!');
    assert.equal(await preview.locator('.site').innerText(), 'CARNET.EXAMPLE');
    assert.equal(await page.locator('.link-preview.x .domain').innerText(), 'carnet.example');
    assert.equal(await page.locator('.link-preview.x .title').count(), 0, 'X shows the picture and the address only');
    for (const img of await page.locator('.link-preview img').all()) {
      await img.evaluate((i) => i.decode());
      assert.deepEqual(await img.evaluate((i) => [i.naturalWidth, i.naturalHeight, i.src.startsWith('blob:')]), [1200, 630, true]);
    }
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
    assert.deepEqual(await tree(join(work, 'sources')), ['posts/images/chemin.jpg', 'posts/publie-depuis-le-navigateur.md']);
    assert.ok(!(await readFile(join(work, 'sources', 'posts', 'images', 'chemin.jpg'))).includes(Buffer.from('Exif\0\0', 'latin1')),
      'the sources carry the shrunk photo, without its EXIF block');

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

  test('a post the build would refuse says why in words, and offers nothing to send', async (t) => {
    const context = await openContext(t, WIDE);
    const page = await pageIn(context);
    await newDraft(page, {
      title: 'Une image absente',
      body: 'Texte.\n\n![Ce qui manque](images/absente.png)',
    });
    await publish(page);
    const problems = page.locator('.publish-problems');
    await problems.waitFor({ timeout: 60_000 });
    // The draft's own problem is said in words, without its file and line.
    await problems.getByText('L’image «\u202fabsente.png\u202f» n’est pas dans ce brouillon\u00a0: collez-la ou déposez-la dans le texte.').waitFor();
    assert.doesNotMatch(await problems.innerText(), /posts\/|\.md:/);
    assert.equal(await page.getByRole('button', { name: /Télécharger/ }).count(), 0);
    await problems.getByRole('link', { name: 'Retour à l’éditeur' }).waitFor();
    // The editor's preview may have asked for the missing image (whether it did depends on
    // how soon "Publier" was pressed): that is the point of this test, not a fault.
    const missing = (p) => p.includes('images/absente.png');
    context.problems.splice(0, context.problems.length, ...context.problems.filter((p) => !missing(p)));
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

// "Publier sur GitHub", against a local server that answers as GitHub's REST API does, over
// a real git repository holding this site's posts (tests/e2e/github-mock.mjs).
const TOKEN = 'github_pat_11ISABELLE0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDWXYZ';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A repository `isabelle/<name>` holding Carnet.toml and the site's posts. */
async function repository(t, name = 'carnet', { empty = false } = {}) {
  const dir = await scratch(t);
  await cp('Carnet.toml', join(dir, 'Carnet.toml'));
  await cp(POSTS, join(dir, 'posts'), { recursive: true });
  const mock = await githubMock({ owner: 'isabelle', name, token: TOKEN, dir: empty ? undefined : dir });
  t.after(() => mock.close());
  return mock;
}

/** The GitHub destination's form, filled and sent. */
async function sendToGitHub(page, { repository = 'isabelle/carnet', branch = 'main', token } = {}) {
  const form = page.locator('.github-form');
  await form.getByLabel('Dépôt (propriétaire/nom)').fill(repository);
  await form.getByLabel('Branche').fill(branch);
  if (token !== undefined) await form.getByLabel('Jeton d’accès GitHub').fill(token);
  await form.getByRole('button', { name: 'Publier sur GitHub' }).click();
}

/** The draft `title`'s stored publication, if any. */
async function publication(page, title) {
  return page.evaluate((title) => Object.entries(localStorage)
    .filter(([key]) => key.startsWith('carnet.draft.'))
    .map(([, value]) => JSON.parse(value).data)
    .find((draft) => draft.title === title)?.published ?? null, title);
}

/** Forgets the expected error answers of GitHub's API among the page's problems. */
function expectGitHubErrors(context) {
  const theirs = (p) => /^HTTP (401|403|404|409|422) for https:\/\/api\.github\.com\//.test(p);
  context.problems.splice(0, context.problems.length, ...context.problems.filter((p) => !theirs(p)));
}

describe('Publier sur GitHub', () => {
  test('the post and its image in one commit on the branch; the deploy followed until the page answers; the draft marked published', async (t) => {
    const mock = await repository(t);
    const first = mock.head();
    const context = await openContext(t, WIDE);
    await routeGitHub(context, [mock]);
    // The deploy: the repository's posts at the pushed commit, built by the command line.
    const work = await scratch(t);
    const sources = JSON.parse(await readFile(join(DIST, 'carnet-sources.json'), 'utf8'));
    const today = new Date().toISOString().slice(0, 10);
    let deployed = null;
    mock.onPush = (sha) => {
      const run = { id: 7, name: 'Deploy', head_sha: sha, status: 'in_progress', conclusion: null, html_url: 'https://github.com/isabelle/carnet/actions/runs/7' };
      mock.runs.set(sha, [run]);
      setTimeout(() => {
        const checkout = join(work, sha);
        execFileSync('sh', ['-c', `mkdir -p "${checkout}" && git --git-dir "${mock.gitDir}" archive ${sha} posts | tar -x -C "${checkout}"`]);
        execFileSync(CLI, ['build', '--app', APP, '--posts', join(checkout, 'posts'), '--dist', join(checkout, 'dist'),
          '--public-url', BASE, '--today', today], { env: { ...process.env, CARNET_BASE_URL: sources.base_url } });
        deployed = join(checkout, 'dist');
        Object.assign(run, { status: 'completed', conclusion: 'success' });
      }, 1000);
    };
    const slug = 'envoye-sur-github';
    await context.route(`**${BASE}posts/${slug}/`, (route) => (deployed
      ? route.fulfill({ path: join(deployed, 'posts', slug, 'index.html'), contentType: 'text/html; charset=utf-8' })
      : route.continue()));
    // Where the token goes: GitHub's API, and nowhere else.
    const sentTo = new Set();
    const page = await pageIn(context);
    page.on('request', (r) => { if (JSON.stringify(r.headers()).includes(TOKEN)) sentTo.add(new URL(r.url()).origin); });

    await newDraft(page, { title: 'Envoyé sur GitHub', summary: 'Un commit depuis le navigateur.', body: 'Bonjour depuis le studio !\n\n' });
    await page.locator('#draft-body').evaluate((area, png) => {
      area.setSelectionRange(area.value.length, area.value.length);
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'Une Photo.png', { type: 'image/png' }));
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, PNG);
    await page.waitForFunction(() => /!\[\]\(images\/une-photo\.png\)$/.test(document.querySelector('#draft-body').value));
    await publish(page);
    await page.locator('.publish-checklist').waitFor({ timeout: 60_000 });
    // The image was pasted without alt text: the check list says so, and how to give one.
    await page.locator('.publish-checklist .warning')
      .getByText('L’image images/une-photo.png n’a pas de texte alternatif\u00a0: décrivez ce qu’elle montre entre les crochets, ![…](images/une-photo.png), pour les lecteurs qui ne la voient pas.').waitFor();
    // The page as built shows the image, from this visit's copy (it is not on the site yet).
    const shown = page.frameLocator('.publish-page iframe').locator('.post-body img');
    assert.match(await shown.getAttribute('src'), /^blob:/);
    assert.ok(await shown.evaluate((img) => img.decode().then(() => img.naturalWidth === 1)));
    const github = page.locator('.destination.github');
    await github.getByText(/fine-grained.*Contents\s:\sRead and write.*n’est envoyé qu’à api\.github\.com/).waitFor();
    await sendToGitHub(page, { token: TOKEN });

    await github.getByText(/^Ajouté à isabelle\/carnet \(main\) par le commit [0-9a-f]{7}$/).waitFor({ timeout: 30_000 });
    await github.getByText(/^Déploiement en cours…/).waitFor({ timeout: 30_000 });
    await github.getByText(/^En ligne\s!/).waitFor({ timeout: 30_000 });
    assert.equal(await github.getByRole('link', { name: 'Lire l’article' }).getAttribute('href'), `${BASE}posts/${slug}/`);
    // The token is kept, masked, and went nowhere but GitHub's API.
    await github.getByText('Jeton gardé dans ce navigateur\u00a0: github_pat_11ISABELLE0123456789_••••••••WXYZ').waitFor();
    assert.deepEqual([...sentTo], ['https://api.github.com']);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/publish-github.png`, fullPage: true });

    // One commit, on the branch's head, with the post and its image.
    const head = mock.head();
    assert.equal(await github.getByRole('link', { name: head.slice(0, 7) }).getAttribute('href'), `https://github.com/isabelle/carnet/commit/${head}`);
    const commit = mock.git(['cat-file', 'commit', head]);
    assert.match(commit, new RegExp(`^parent ${first}$`, 'm'));
    assert.equal(commit.split('\n').filter((l) => l.startsWith('parent ')).length, 1);
    assert.match(commit, /\n\nPublie «\u00a0Envoyé sur GitHub\u00a0»\n\nDepuis le studio de Carnet\u00a0:\nposts\/envoye-sur-github\.md\nposts\/images\/une-photo\.png$/);
    assert.equal(mock.git(['diff-tree', '--no-commit-id', '--name-status', '-r', first, head]),
      `A\tposts/${slug}.md\nA\tposts/images/une-photo.png`);
    const text = mock.git(['show', `${head}:posts/${slug}.md`]);
    assert.match(text, /^---\n[\s\S]*title: Envoyé sur GitHub\n[\s\S]*---\nBonjour depuis le studio !\n\n!\[\]\(images\/une-photo\.png\)$/);
    assert.equal(execFileSync('git', ['--git-dir', mock.gitDir, 'cat-file', 'blob', `${head}:posts/images/une-photo.png`]).toString('base64'), PNG);
    // The branch was moved by a fast-forward update, never forced.
    const updates = mock.calls.filter((c) => c.method === 'PATCH');
    assert.deepEqual(updates.map((c) => [c.path, c.status, c.force]), [['/repos/isabelle/carnet/git/refs/heads/main', 200, false]]);

    // The token is forgotten in one click: nothing of it is left in the browser.
    await github.getByRole('button', { name: 'Oublier le jeton' }).click();
    await github.getByText(/^Jeton oublié/).waitFor();
    await github.getByLabel('Jeton d’accès GitHub').waitFor();
    assert.ok(!(await page.evaluate(() => JSON.stringify(localStorage))).includes('github_pat_'));

    // The draft stays, marked published.
    assert.equal((await publication(page, 'Envoyé sur GitHub')).url, `${sources.base_url}posts/${slug}/`);
    await page.goto(url('drafts'));
    await page.locator('.draft-item', { hasText: 'Envoyé sur GitHub' }).getByText(/^Publié le .*:/).waitFor();
  });

  test('a branch that moved gets the post on its new head; a file changed meanwhile is never overwritten', async (t) => {
    const mock = await repository(t);
    const context = await openContext(t, WIDE);
    await routeGitHub(context, [mock]);
    const page = await pageIn(context);

    // Someone pushes another post while the studio commits: the commit goes on top of it.
    let theirs = null;
    mock.beforeUpdate = () => {
      mock.beforeUpdate = null;
      theirs = mock.commitOnBranch({ 'posts/ailleurs.md': '---\ntitle: Ailleurs\ndate: 2020-01-01\n---\nTexte.\n' }, 'Un autre article');
    };
    mock.onPush = (sha) => mock.runs.set(sha, [{ id: 8, status: 'completed', conclusion: 'failure', html_url: 'https://github.com/isabelle/carnet/actions/runs/8' }]);
    await newDraft(page, { title: 'Pendant ce temps', body: 'La branche avance.' });
    await publish(page);
    await page.locator('.publish-checklist').waitFor({ timeout: 60_000 });
    await sendToGitHub(page, { token: TOKEN });
    const github = page.locator('.destination.github');
    await github.getByText(/^Ajouté à isabelle\/carnet \(main\) par le commit [0-9a-f]{7}$/).waitFor({ timeout: 30_000 });
    await github.getByText(/^La branche avait avancé entre-temps\s: l’article a été mis par-dessus, sans rien écraser\.$/).waitFor();
    const head = mock.head();
    assert.match(mock.git(['cat-file', 'commit', head]), new RegExp(`^parent ${theirs}$`, 'm'));
    assert.equal(mock.git(['diff-tree', '--no-commit-id', '--name-status', '-r', theirs, head]), 'A\tposts/pendant-ce-temps.md');
    // A deploy that fails is said, with its link; the post is in the repository all the same.
    await github.getByText(/^Le déploiement a échoué \(failure\)/).waitFor({ timeout: 30_000 });
    assert.equal(await github.getByRole('link', { name: 'suivre le déploiement sur GitHub' }).getAttribute('href'), 'https://github.com/isabelle/carnet/actions/runs/8');

    // Someone changes the very post being published: nothing is overwritten.
    mock.onPush = null;
    await newDraft(page, { title: 'Le même fichier', body: 'Ma version.' });
    await publish(page);
    await page.locator('.publish-checklist').waitFor({ timeout: 60_000 });
    mock.beforeUpdate = () => {
      mock.beforeUpdate = null;
      theirs = mock.commitOnBranch({ 'posts/le-meme-fichier.md': '---\ntitle: Le même fichier\ndate: 2020-01-01\n---\nLeur version.\n' }, 'Leur version');
    };
    await sendToGitHub(page);
    await github.getByText(/^Entre-temps, quelqu’un a modifié posts\/le-meme-fichier\.md dans le dépôt\s: rien n’a été écrasé\..*Rien n’a été publié ni perdu\.$/).waitFor({ timeout: 30_000 });
    assert.equal(mock.head(), theirs);
    assert.match(mock.git(['show', `${theirs}:posts/le-meme-fichier.md`]), /Leur version\./);
    assert.equal(await publication(page, 'Le même fichier'), null, 'not marked published');
    expectGitHubErrors(context);
  });

  test('a refused or failed commit says what to do, changes nothing, and goes through on retry', async (t) => {
    const mock = await repository(t);
    const empty = await repository(t, 'vide', { empty: true });
    const before = mock.head();
    let offline = true;
    const context = await openContext(t, WIDE);
    await routeGitHub(context, [mock, empty], async (route) => {
      if (!offline) return false;
      await route.abort('internetdisconnected');
      return true;
    });
    const page = await pageIn(context);
    await newDraft(page, { title: 'Contre vents et marées', body: 'Rien ne se perd.' });
    await publish(page);
    await page.locator('.publish-checklist').waitFor({ timeout: 60_000 });
    const github = page.locator('.destination.github');
    const said = async (pattern) => {
      await github.getByText(pattern).waitFor({ timeout: 30_000 });
      assert.equal(mock.head(), before, `${pattern}: the branch is untouched`);
      assert.equal(await publication(page, 'Contre vents et marées'), null, `${pattern}: not marked published`);
    };

    // What the writer types is checked before anything is sent.
    await sendToGitHub(page, { repository: 'carnet', token: TOKEN });
    await said(/^Indiquez le dépôt sous la forme propriétaire\/nom/);
    await sendToGitHub(page, { token: 'mon mot de passe' });
    await said(/^Ce n’est pas un jeton GitHub/);
    assert.equal(mock.calls.length, 0);

    await sendToGitHub(page, { token: TOKEN });
    await said(/^GitHub n’a pas pu être joint\s: vérifiez votre connexion, puis réessayez\. Rien n’a été publié ni perdu\.$/);
    offline = false;

    await github.getByRole('button', { name: 'Oublier le jeton' }).click();
    await sendToGitHub(page, { token: `${TOKEN.slice(0, -4)}0000` });
    await said(/^GitHub refuse ce jeton \(401\)\s: il est erroné, expiré ou révoqué, et ce navigateur l’a oublié\./);
    // A refused token is forgotten: its field is back for another.
    await github.getByLabel('Jeton d’accès GitHub').waitFor();
    assert.ok(!(await page.evaluate(() => JSON.stringify(localStorage))).includes('github_pat_'));
    await sendToGitHub(page, { repository: 'isabelle/inconnu', token: TOKEN });
    await said(/^Le dépôt isabelle\/inconnu est introuvable \(404\)/);
    await sendToGitHub(page, { branch: 'brouillons' });
    await said(/^Le dépôt isabelle\/carnet n’a pas de branche brouillons \(404\)/);
    await sendToGitHub(page, { repository: 'isabelle/vide' });
    await said(/^Le dépôt isabelle\/vide est vide \(409\)/);
    mock.options.readOnly = true;
    await sendToGitHub(page);
    await said(/^Ce jeton ne peut pas écrire dans isabelle\/carnet \(403\)\s: donnez-lui la permission «\s?Contents\s: Read and write\s?»/);
    mock.options.readOnly = false;
    mock.options.rateLimited = true;
    await sendToGitHub(page);
    await said(/^GitHub limite le nombre d’appels et ce jeton a atteint sa limite pour l’instant/);
    mock.options.rateLimited = false;

    // Each status came from the server as GitHub's documentation has it.
    const statuses = new Set(mock.calls.map((c) => c.status).concat(empty.calls.map((c) => c.status)));
    for (const status of [401, 403, 404, 409]) assert.ok(statuses.has(status), `${status} answered`);

    await sendToGitHub(page);
    await github.getByText(/^Ajouté à isabelle\/carnet \(main\) par le commit [0-9a-f]{7}$/).waitFor({ timeout: 30_000 });
    assert.notEqual(mock.head(), before);
    assert.match(mock.git(['show', `${mock.head()}:posts/contre-vents-et-marees.md`]), /Rien ne se perd\./);
    assert.ok(await publication(page, 'Contre vents et marées'));
    expectGitHubErrors(context);
  });

  test('a published post edited, then another taken down, each in one commit', async (t) => {
    const mock = await repository(t);
    const context = await openContext(t, { ...WIDE, acceptDownloads: true });
    await routeGitHub(context, [mock]);
    // The deploy takes the post down: once it has run, the site no longer serves its page.
    let down = false;
    mock.onPush = (sha) => mock.runs.set(sha, [{ id: 9, status: 'completed', conclusion: 'success', html_url: 'https://github.com/isabelle/carnet/actions/runs/9' }]);
    await context.route(`**${BASE}posts/bienvenue-sur-carnet/`, (route) => (down ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue()));
    const page = await pageIn(context);
    const github = page.locator('.destination.github');
    const published = async () => {
      await page.goto(url('drafts'));
      const list = page.locator('details.published-posts');
      await list.locator('summary').click();
      return list;
    };

    // Edit: the post opens as a draft with its text; published again under its own file.
    let before = mock.head();
    await (await published()).locator('li', { hasText: 'How Carnet is built' }).getByRole('button', { name: 'Modifier' }).click();
    await page.locator('.studio').waitFor();
    assert.equal(await page.getByLabel('Titre', { exact: true }).inputValue(), 'How Carnet is built');
    const body = page.locator('#draft-body');
    assert.match(await body.inputValue(), /^This post is by the team building Carnet/);
    await body.fill(`${await body.inputValue()}\n\nEdited in the studio.`);
    await publish(page);
    await page.locator('.publish-checklist').getByText('Il remplace l’article déjà publié sous le même nom de fichier (posts/how-carnet-is-built.md).').waitFor({ timeout: 60_000 });
    await sendToGitHub(page, { token: TOKEN });
    await github.getByText(/^Ajouté à isabelle\/carnet \(main\) par le commit [0-9a-f]{7}$/).waitFor({ timeout: 30_000 });
    assert.equal(mock.git(['diff-tree', '--no-commit-id', '--name-status', '-r', before, mock.head()]), 'M\tposts/how-carnet-is-built.md');
    const edited = mock.git(['show', `${mock.head()}:posts/how-carnet-is-built.md`]);
    assert.match(edited, /^---\n[\s\S]*date: 2026-11-24\n[\s\S]*lang: en\n[\s\S]*---\nThis post is by the team building Carnet[\s\S]*\n\nEdited in the studio\.$/);
    // Opening it again finds the same draft, not a second one.
    await (await published()).locator('li', { hasText: 'How Carnet is built' }).getByRole('button', { name: 'Modifier' }).click();
    assert.match(await page.locator('#draft-body').inputValue(), /Edited in the studio\.$/);

    // Take down: the site is built without the post, and one commit deletes its file.
    before = mock.head();
    await (await published()).locator('li', { hasText: 'Bienvenue sur Carnet' }).getByRole('button', { name: 'Retirer…' }).click();
    const checklist = page.locator('.publish-checklist');
    await checklist.getByText('«\u202fBienvenue sur Carnet\u202f» sera retiré du site (posts/bienvenue-sur-carnet.md).').waitFor({ timeout: 60_000 });
    await checklist.getByText(/le site en compte 2\.$/).waitFor();
    assert.equal(await page.locator('.publish-page iframe').count(), 0, 'no page to show');
    assert.equal(await page.getByRole('button', { name: 'Télécharger les sources (.zip)' }).count(), 0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le site (.zip)' }).click()]);
    const work = await scratch(t);
    await download.saveAs(join(work, 'site.zip'));
    await unzip(join(work, 'site.zip'), join(work, 'site'));
    const files = await tree(join(work, 'site'));
    assert.ok(files.includes('posts/how-carnet-is-built/index.html') && !files.some((f) => f.startsWith('posts/bienvenue-sur-carnet/')));
    // A folder that holds the site loses the post's files.
    await page.evaluate(async () => {
      const site = await (await navigator.storage.getDirectory()).getDirectoryHandle('site', { create: true });
      const write = async (dir, name) => (await (await dir.getFileHandle(name, { create: true })).createWritable()).close();
      await write(site, 'carnet-sources.json');
      const post = await (await site.getDirectoryHandle('posts', { create: true }))
        .getDirectoryHandle('bienvenue-sur-carnet', { create: true });
      await write(post, 'index.html');
      window.showDirectoryPicker = async () => site;
    });
    await page.getByRole('button', { name: 'Écrire le site dans un dossier…' }).click();
    await page.locator('.folder-written').getByText(/^Le site est écrit dans «\s?site\s?»/).waitFor({ timeout: 60_000 });
    const inFolder = await page.evaluate(async () => {
      const names = [];
      const walk = async (dir, prefix) => {
        for await (const entry of dir.values()) {
          if (entry.kind === 'file') names.push(prefix + entry.name);
          else await walk(entry, `${prefix}${entry.name}/`);
        }
      };
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('site'), '');
      return names.sort();
    });
    assert.deepEqual(inFolder, files, 'the folder holds what the download holds: the post’s files gone');
    mock.beforeUpdate = () => { down = true; };
    await github.getByRole('button', { name: 'Retirer sur GitHub' }).click();
    await github.getByText(/^Ajouté à isabelle\/carnet \(main\) par le commit [0-9a-f]{7}$/).waitFor({ timeout: 30_000 });
    assert.equal(mock.git(['diff-tree', '--no-commit-id', '--name-status', '-r', before, mock.head()]), 'D\tposts/bienvenue-sur-carnet.md');
    assert.match(mock.git(['log', '-1', '--format=%B', mock.head()]), /^Retire «\u00a0Bienvenue sur Carnet\u00a0»/);
    await github.getByText('Retiré\u00a0: le site ne sert plus la page de l’article.').waitFor({ timeout: 30_000 });
    // Changed minds: the same page publishes the post again instead.
    await page.getByRole('button', { name: 'Publier plutôt cette version' }).click();
    await page.locator('.publish-checklist').getByText(/^«\u202fBienvenue sur Carnet\u202f», à l’adresse/).waitFor({ timeout: 60_000 });
    const gone = (p) => p.includes('posts/bienvenue-sur-carnet/') && p.startsWith('HTTP 404');
    context.problems.splice(0, context.problems.length, ...context.problems.filter((p) => !gone(p)));
  });
});
