// End-to-end tests of the drafts studio: autosave that loses nothing, two tabs on one
// draft, a full storage, export and import of Markdown files, untrusted content, undo.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openContext, openDetails, openPage, pageIn, site } from './harness.mjs';

const url = (path = '') => `${site.server.url}${path}`;
const WIDE = { viewport: { width: 1300, height: 900 } };

/** Creates a draft from the drafts page; returns its editor URL. */
async function newDraft(page) {
  await page.goto(url('drafts'));
  await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
  await page.locator('.studio').waitFor();
  return page.url();
}

const body = (page) => page.locator('#draft-body');
const status = (page) => page.locator('.save-status');
const storedDraft = (page, id) => page.evaluate((id) => JSON.parse(localStorage.getItem(`carnet.draft.${id}`))?.data, id);
const idOf = (editorUrl) => editorUrl.split('/').pop();

async function waitSaved(page) {
  await page.waitForFunction(() => document.querySelector('.save-status')?.dataset.status === 'saved');
}

describe('Drafts studio', () => {
  test('a writer\'s studio opens with the connection gone: its parts came in the background', async (t) => {
    const context = await openContext(t, WIDE);
    const page = await pageIn(context);
    const editor = await newDraft(page);
    await body(page).fill('Écrit dans le train.');
    await waitSaved(page);
    // Next visit, on a post: the studio's parts come once the app runs, unasked.
    const parts = [];
    page.on('request', (r) => { if (/\/app-[0-9a-f]+\/.+\.wasm$/.test(r.url())) parts.push(r.url()); });
    await page.goto(url('posts/le-metier-qui-n-existe-pas'));
    await page.waitForLoadState('networkidle');
    assert.ok(parts.some((p) => p.includes('split_studio_page')), 'the studio\'s part');
    await context.setOffline(true);
    await page.locator('.site-header nav a', { hasText: 'Brouillons' }).click();
    await page.locator('.draft-list a', { hasText: 'Sans titre' }).first().click();
    await page.waitForURL(editor);
    assert.equal(await body(page).inputValue(), 'Écrit dans le train.');
  });

  test('a draft typed and reloaded at once keeps every character', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Écrire sans perdre');
    const text = 'Première ligne, avec des accents : é à ù ç… et un emoji 🙂\n\nDeuxième paragraphe !';
    await body(page).click();
    await page.keyboard.type(text);
    await page.reload();
    await body(page).waitFor();
    assert.equal(await body(page).inputValue(), text);
    assert.equal(await page.getByLabel('Titre', { exact: true }).inputValue(), 'Écrire sans perdre');
    await waitSaved(page);
  });

  test('closing the page mid-typing loses nothing', async (t) => {
    const context = await openContext(t, WIDE);
    const page = await pageIn(context);
    const editor = await newDraft(page);
    await body(page).click();
    await page.keyboard.type('Tapé juste avant de fermer');
    await page.close({ runBeforeUnload: true });
    const again = await pageIn(context);
    await again.goto(editor);
    await body(again).waitFor();
    assert.equal(await body(again).inputValue(), 'Tapé juste avant de fermer');
  });

  test('the same draft edited in two tabs: the conflict is shown and both texts survive', async (t) => {
    const context = await openContext(t, WIDE);
    const one = await pageIn(context);
    const editor = await newDraft(one);
    const id = idOf(editor);
    await body(one).fill('Texte commun');
    await waitSaved(one);
    const two = await pageIn(context);
    // The second tab's clock is held while the first saves, so that its autosave (0.4 s
    // after typing) cannot come first, however slow the machine.
    await two.clock.install();
    await two.goto(editor);
    await body(two).waitFor();
    assert.equal(await body(two).inputValue(), 'Texte commun');

    // The second tab has unsaved text when the first saves its own.
    await two.clock.pauseAt(await two.evaluate(() => Date.now() + 1000));
    await body(two).fill('Version du deuxième onglet');
    await body(one).fill('Version du premier onglet');
    await one.getByLabel('Titre', { exact: true }).focus(); // blur: saves at once
    await one.waitForFunction((id) => JSON.parse(localStorage.getItem(`carnet.draft.${id}`)).data.body === 'Version du premier onglet', id);
    await two.clock.resume();
    const alert = two.locator('.conflict');
    await alert.getByText(/modifié dans un autre onglet/).waitFor();
    assert.equal(await body(two).inputValue(), 'Version du deuxième onglet', 'the editor keeps its text');
    assert.equal((await storedDraft(two, id)).body, 'Version du premier onglet', 'nothing was written over the other tab');
    const revisions = await two.evaluate((id) => JSON.parse(localStorage.getItem(`carnet.revisions.${id}`)).data.list, id);
    assert.ok(revisions.some((r) => r.reason === 'conflict-copy' && r.draft.body === 'Version du deuxième onglet'));

    // Keeping it: this text becomes the draft, the other one a revision; the first tab follows.
    await alert.getByRole('button', { name: 'Garder ma version' }).click();
    await waitSaved(two);
    assert.equal((await storedDraft(two, id)).body, 'Version du deuxième onglet');
    await one.waitForFunction(() => document.querySelector('#draft-body').value === 'Version du deuxième onglet');
    await two.getByText('Historique').click();
    const history = two.locator('.history li');
    await history.first().waitFor();
    const entries = await history.allInnerTexts();
    assert.ok(entries.some((e) => /Version remplacée lors d’un conflit/.test(e)), entries.join('\n'));
    // The replaced text can be brought back.
    await history.filter({ hasText: 'Version remplacée' }).getByRole('button', { name: 'Restaurer cette version' }).click();
    assert.equal(await body(two).inputValue(), 'Version du premier onglet');
    await waitSaved(two);
    assert.equal((await storedDraft(two, id)).body, 'Version du premier onglet');
  });

  test('two tabs saving one draft at the same instant: one saves, the other shows the conflict, no text is lost, sixteen times over', async (t) => {
    const context = await openContext(t, WIDE);
    const one = await pageIn(context);
    const editor = await newDraft(one);
    const id = idOf(editor);
    await body(one).fill('Départ');
    await waitSaved(one);
    const two = await pageIn(context);
    const tabs = [one, two];
    const settled = (page) => page.waitForFunction(() => ['saved', 'conflict'].includes(document.querySelector('.save-status')?.dataset.status));
    let kept = 'Départ';
    for (let i = 0; i < 16; i += 1) {
      await Promise.all(tabs.map((page) => page.goto(editor)));
      await Promise.all(tabs.map((page) => body(page).waitFor()));
      for (const page of tabs) assert.equal(await body(page).inputValue(), kept, `try ${i}: the saved text is what a reload shows`);
      const texts = [`Premier onglet, essai ${i}`, `Deuxième onglet, essai ${i}`];
      // Each tab types its text and keeps the field: the autosave waits…
      await Promise.all(tabs.map((page, k) => page.evaluate((text) => {
        const area = document.querySelector('#draft-body');
        area.focus();
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, texts[k])));
      // …then both leave the field at the same instant, which saves at once in each.
      await Promise.all(tabs.map((page) => page.evaluate(() => document.querySelector('#draft-body').blur())));
      await Promise.all(tabs.map(settled));
      const statuses = await Promise.all(tabs.map((page) => status(page).getAttribute('data-status')));
      assert.deepEqual([...statuses].sort(), ['conflict', 'saved'], `try ${i}: ${statuses}`);
      const winner = statuses.indexOf('saved');
      kept = texts[winner];
      assert.equal((await storedDraft(one, id)).body, kept, `try ${i}`);
      const revisions = await one.evaluate((id) => JSON.parse(localStorage.getItem(`carnet.revisions.${id}`)).data.list, id);
      assert.ok(
        revisions.some((r) => r.reason === 'conflict-copy' && r.draft.body === texts[1 - winner]),
        `try ${i}: the other tab's text is kept as a revision`,
      );
    }
  });

  test('a claim that was never written (its tab closed in between) does not block the draft', async (t) => {
    const page = await openPage(t, WIDE);
    const editor = await newDraft(page);
    const id = idOf(editor);
    await body(page).fill('Premier jet');
    await waitSaved(page);
    // As a tab leaves it when it closes between claiming revision 50 and writing it, a minute ago.
    await page.evaluate((id) => new Promise((resolve, reject) => {
      const open = indexedDB.open('carnet', 1);
      open.onsuccess = () => {
        const tx = open.result.transaction('draft-revisions', 'readwrite');
        tx.objectStore('draft-revisions').put([50, Date.now() - 60_000], id);
        tx.oncomplete = resolve;
        tx.onerror = reject;
      };
      open.onerror = reject;
    }), id);
    await page.reload();
    await body(page).fill('Deuxième jet');
    await waitSaved(page);
    assert.equal((await storedDraft(page, id)).body, 'Deuxième jet');
    assert.equal(await page.locator('.conflict').count(), 0);
  });

  test('with storage turned off, the studio says so, not that it is full', async (t) => {
    const context = await openContext(t, WIDE);
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    const page = await pageIn(context);
    await page.goto(url('drafts'));
    await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
    await page.getByText('Le brouillon n’a pas pu être créé\u00a0: ce navigateur ne laisse pas Carnet écrire (stockage désactivé dans ses réglages, ou navigation privée).').waitFor();
    assert.equal(await page.getByText(/plein/).count(), 0);
  });

  test('with the storage full, typing says so plainly, keeps the text, and harms no saved draft', async (t) => {
    const page = await openPage(t, WIDE);
    const first = await newDraft(page);
    await body(page).fill('Un premier brouillon, déjà enregistré');
    await waitSaved(page);
    const before = await storedDraft(page, idOf(first));
    const second = await newDraft(page);
    await body(page).fill('Début');
    await waitSaved(page);

    // Fill localStorage to its quota.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; i += 1) {
        try {
          localStorage.setItem(`filler.${i}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    await body(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' et la suite');
    await page.getByText(/Non enregistré\s*: le stockage de ce navigateur est plein/).waitFor();
    assert.equal(await status(page).getAttribute('data-status'), 'failed');
    assert.equal(await body(page).inputValue(), 'Début et la suite', 'the text stays in the editor');
    assert.deepEqual(await storedDraft(page, idOf(first)), before, 'the other draft is intact');
    assert.equal((await storedDraft(page, idOf(second))).body, 'Début', 'the last saved text is intact');

    // Room again: the next change is saved.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
    await page.keyboard.type('.');
    await waitSaved(page);
    assert.equal((await storedDraft(page, idOf(second))).body, 'Début et la suite.');
  });

  test('a draft exports as a post file with the front matter posts/ uses', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Mon métier : community manager');
    await openDetails(page);
    await page.getByLabel('Signature').fill('Isabelle');
    await page.getByLabel('Mots-clés, séparés par des virgules').fill('réseaux sociaux, métier');
    await page.getByLabel('Résumé').fill('Ce que je fais, en vrai.');
    await body(page).fill('Bonjour à toutes et à tous,\n\n## Une journée\n\nTexte.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en .md' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'mon-metier-community-manager.md');
    const file = await readFile(await download.path(), 'utf8');
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(file, [
      '---',
      'title: "Mon métier : community manager"',
      `date: ${today}`,
      'author: Isabelle',
      'tags: [réseaux sociaux, métier]',
      'summary: Ce que je fais, en vrai.',
      'lang: fr',
      '---',
      'Bonjour à toutes et à tous,',
      '',
      '## Une journée',
      '',
      'Texte.',
      '',
    ].join('\n'));
  });

  test('a publication date in the future schedules the post: said in the editor and the list, written in the file', async (t) => {
    const page = await openPage(t, WIDE);
    const editor = await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Pour Noël');
    await body(page).fill('Joyeux Noël.');
    await openDetails(page);
    await page.getByLabel('Signature').fill('Isabelle');
    const date = page.getByLabel('Date de publication');
    assert.equal(await page.locator('#date-hint').innerText(), 'Vide\u00a0: la date du jour de l’export.');
    await date.fill('2099-12-24');
    const scheduled = 'Programmé\u00a0: publié le 24\u00a0décembre\u00a02099, à la première construction du site ce jour-là';
    await page.locator('#date-hint').getByText(scheduled).waitFor();
    await waitSaved(page);
    await page.goto(url('drafts'));
    await page.locator('.draft-item', { hasText: 'Pour Noël' }).locator('.scheduled').getByText(scheduled).waitFor();
    await page.goto(editor);
    await openDetails(page);
    assert.equal(await date.inputValue(), '2099-12-24');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en .md' }).click(),
    ]);
    assert.match(await readFile(await download.path(), 'utf8'), /^date: 2099-12-24$/m);
    // A date that has come is no longer scheduled.
    await date.fill('2016-06-09');
    assert.equal(await page.locator('#date-hint').innerText(), '');
  });

  test('a heading in the text never takes an id of the page: "## Date hint" leaves the date field its hint', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await body(page).fill('## Date hint\n\nTexte.\n\n## Publish title\n\n## Main\n\nEncore.');
    await page.locator('.pane.preview h2', { hasText: 'Main' }).waitFor();
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(repeated, [], `ids given twice: ${repeated}`);
    assert.ok(ids.includes('date-hint-2'), `the heading took another id: ${ids}`);
    await openDetails(page);
    const described = await page.getByLabel('Date de publication').getAttribute('aria-describedby');
    assert.equal(await page.locator(`[id="${described}"]`).innerText(), 'Vide\u00a0: la date du jour de l’export.');
  });

  test('an exported file imports back identical, whatever YAML makes of its characters', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    const title = 'Le hashtag\u00a0#metoo\u2028: « suite »\uffff';
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await openDetails(page);
    await page.getByLabel('Signature').fill('- Isabelle');
    await page.getByLabel('Mots-clés, séparés par des virgules').fill('yes, [crochets], a: b');
    await body(page).fill('Texte.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en .md' }).click(),
    ]);
    const file = await readFile(await download.path(), 'utf8');
    assert.match(file, /^title: "Le hashtag\u00a0#metoo\\u2028: « suite »\\uffff"$/m, file);
    await page.goto(url('drafts'));
    await page.locator('input[type=file]').setInputFiles({ name: 'retour.md', mimeType: 'text/markdown', buffer: Buffer.from(file) });
    await page.locator('.studio').waitFor();
    assert.equal(await page.getByLabel('Titre', { exact: true }).inputValue(), title);
    assert.equal(await page.getByLabel('Signature').inputValue(), '- Isabelle');
    assert.equal(await page.getByLabel('Mots-clés, séparés par des virgules').inputValue(), 'yes, [crochets], a: b');
  });

  test('an imported file cannot run anything in the preview', async (t) => {
    const context = await openContext(t, WIDE);
    await context.addInitScript(() => { window.pwned = false; });
    const page = await pageIn(context);
    await page.goto(url('drafts'));
    const hostile = [
      '---',
      'title: "<script>window.pwned = true</script>Piégé"',
      'author: Quelqu’un',
      '---',
      '<script>window.pwned = true</script>',
      '',
      '<img src=x onerror="window.pwned = true">',
      '',
      '[clique](javascript:window.pwned=true) et <a href="javascript:window.pwned=true">là</a>',
      '',
      '<iframe src="javascript:window.pwned=true"></iframe>',
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'piege.md', mimeType: 'text/markdown', buffer: Buffer.from(hostile) });
    await page.locator('.studio').waitFor();
    const preview = page.locator('.pane.preview');
    await preview.locator('.post-body p').first().waitFor();
    assert.equal(await preview.locator('script, iframe, img[onerror], [href^="javascript"]').count(), 0);
    for (const link of await preview.locator('.post-body a').all()) await link.click();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.pwned), false);
    assert.match(await preview.innerText(), /<script>window.pwned = true<\/script>/, 'shown as text');
    assert.equal(await page.getByLabel('Signature').inputValue(), 'Quelqu’un');
  });

  test('a Markdown file dropped on the drafts page becomes a draft, front matter read', async (t) => {
    const page = await openPage(t, WIDE);
    await page.goto(url('drafts'));
    await page.locator('.drafts-page').waitFor();
    const file = '---\ntitle: Déposé\ntags: [un, deux]\nlang: en\n---\nHello *world*.\n';
    const data = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'depose.md', { type: 'text/markdown' }));
      return transfer;
    }, file);
    await page.dispatchEvent('.drafts-page', 'drop', { dataTransfer: data });
    await page.locator('.studio').waitFor();
    assert.equal(await page.getByLabel('Titre', { exact: true }).inputValue(), 'Déposé');
    assert.equal(await page.getByLabel('Mots-clés, séparés par des virgules').inputValue(), 'un, deux');
    assert.equal(await page.getByLabel('Langue de l’article').inputValue(), 'en');
    assert.equal(await page.locator('.pane.preview .post-body em').innerText(), 'world');
  });

  test('a bad Markdown file is refused with its line, and no draft is made', async (t) => {
    const page = await openPage(t);
    await page.goto(url('drafts'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'bad.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitle: ok\ncolour: red\n---\nText'),
    });
    await page.getByText(/^Ce fichier n’a pas pu être importé \(line 3: unknown field `colour`, expected one of .*\)\. Aucun brouillon n’a été créé\.$/).waitFor();
    assert.equal(await page.locator('.draft-item').count(), 0);
    // Malformed YAML the build would refuse is refused here too.
    await page.locator('input[type=file]').setInputFiles({
      name: 'flow.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitle: ok\ntags: [a: [b, c]\n---\nText'),
    });
    await page.getByText(/^Ce fichier n’a pas pu être importé \(line [34]: /).waitFor();
    assert.equal(await page.locator('.draft-item').count(), 0);
    // A file that is not Markdown at all is not read as one.
    await page.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
    await page.getByText('Ce fichier n’a pas pu être importé (photo.png). Aucun brouillon n’a été créé.').waitFor();
    assert.equal(await page.locator('.draft-item').count(), 0);
  });

  test('a deleted draft comes back with undo, and from the recently deleted list', async (t) => {
    const page = await openPage(t);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('À garder');
    await waitSaved(page);
    await page.getByRole('link', { name: 'Tous les brouillons' }).click();
    const item = page.locator('.draft-item').filter({ hasText: 'À garder' });
    await item.getByRole('button', { name: 'Supprimer' }).click();
    assert.equal(await item.count(), 0);
    await page.getByRole('button', { name: 'Annuler la suppression' }).click();
    await item.waitFor();

    await item.getByRole('button', { name: 'Supprimer' }).click();
    await page.reload();
    const deleted = page.locator('.recently-deleted li').filter({ hasText: 'À garder' });
    await deleted.waitFor();
    await deleted.getByRole('button', { name: 'Restaurer' }).click();
    await item.waitFor();
    await item.getByRole('button', { name: 'Supprimer' }).click();
    await deleted.getByRole('button', { name: 'Supprimer définitivement' }).click();
    assert.equal(await page.locator('.recently-deleted').count(), 0);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('carnet.draft.'))), []);
  });

  test('shortcuts and the toolbar act on the selection, and Ctrl+Z undoes them', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await body(page).fill('un mot ici');
    await body(page).evaluate((el) => el.setSelectionRange(3, 6));
    await page.keyboard.press('Control+B');
    assert.equal(await body(page).inputValue(), 'un **mot** ici');
    await page.keyboard.press('Control+Z');
    assert.equal(await body(page).inputValue(), 'un mot ici');
    await body(page).evaluate((el) => el.setSelectionRange(3, 6));
    await page.getByRole('button', { name: 'Lien' }).click();
    assert.equal(await body(page).inputValue(), 'un [mot](https://) ici');
    assert.equal(await body(page).evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd)), 'https://');
    await page.keyboard.press('Control+Alt+2');
    assert.equal(await body(page).inputValue(), '## un [mot](https://) ici');
    await page.locator('.pane.preview h2').getByText('un mot ici').waitFor();
  });

  test('a pasted image is not stored: the text points to images/, the writer is told why', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await body(page).click();
    await body(page).evaluate((area) => {
      const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([png], 'Ma Photo.PNG', { type: 'image/png' }));
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    });
    await page.getByText(/Image «\u202fma-photo\.png\u202f»\u00a0: elle n’est pas gardée dans le navigateur/).waitFor();
    assert.equal(await body(page).inputValue(), '![](images/ma-photo.png)');
    const src = await page.locator('.pane.preview img').getAttribute('src');
    assert.match(src, /^blob:/, 'the preview shows it for this visit');
    const stored = await page.evaluate(() => Object.values(localStorage).join(''));
    assert.ok(!stored.includes('iVBOR') && stored.length < 5000, 'no image data in localStorage');
  });

  test('a dropped 4 MB phone photo is shrunk before it is kept: upright, 2,400 px, its position gone', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Une photo');
    await openDetails(page);
    await page.getByLabel('Signature').fill('Isabelle');
    await body(page).click();
    const original = await readFile('posts/images/forest-path.jpg');
    assert.ok(original.length > 3_900_000 && original.includes(Buffer.from('Exif\0\0', 'latin1')));
    await body(page).evaluate((area, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'Sentier en forêt.JPG', { type: 'image/jpeg' }));
      area.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, original.toString('base64'));
    // What was done, in her words.
    await page.getByText(/^«\u202fsentier-en-foret\.jpg\u202f»\u00a0: 4,0\u00a0Mo → [01],\d\u00a0Mo, position retirée\. /).waitFor();
    assert.equal(await body(page).inputValue(), '![](images/sentier-en-foret.jpg)');
    const preview = page.locator('.pane.preview img');
    await page.waitForFunction(() => document.querySelector('.pane.preview img')?.naturalWidth > 0);
    assert.deepEqual(await preview.evaluate((img) => [img.naturalWidth, img.naturalHeight]), [2400, 1800]);
    // What any destination gets (here the export, beside the .md): the shrunk photo.
    const downloads = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Exporter en .md' }).click();
    for (let i = 0; i < 50 && downloads.length < 2; i++) await page.waitForTimeout(100);
    const image = downloads.find((d) => d.suggestedFilename() === 'sentier-en-foret.jpg');
    assert.ok(image, downloads.map((d) => d.suggestedFilename()).join(', '));
    const bytes = await readFile(await image.path());
    assert.ok(bytes.length < 2_000_000, `${bytes.length} bytes`);
    assert.ok(!bytes.includes(Buffer.from('Exif\0\0', 'latin1')), 'no EXIF block');
    assert.ok(bytes[0] === 0xff && bytes[1] === 0xd8, 'a JPEG');
  });

  test('a narrow screen has Write and Preview tabs; "View as a post" shows the post layout', async (t) => {
    const page = await openPage(t, { viewport: { width: 400, height: 800 } });
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Un essai : voir');
    await openDetails(page);
    await page.getByLabel('Signature').fill('Isabelle');
    await body(page).fill('Du *texte*.');
    assert.ok(await body(page).isVisible());
    assert.ok(!(await page.locator('.pane.preview').isVisible()));
    await page.getByRole('tab', { name: 'Aperçu' }).click();
    assert.ok(await page.locator('.pane.preview').isVisible());
    assert.ok(!(await body(page).isVisible()));
    await page.getByRole('link', { name: 'Voir comme un article' }).click();
    await page.locator('article.post .post-body em').waitFor();
    assert.equal(await page.locator('article.post h1').innerText(), 'Un essai\u00a0: voir');
    assert.match(await page.locator('article.post .byline').innerText(), /^Par Isabelle · /);
    await page.getByRole('link', { name: 'Retour à l’éditeur' }).click();
    await body(page).waitFor();
  });

  test('drafts travel in the "My data" export', async (t) => {
    const page = await openPage(t);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Voyageur');
    await waitSaved(page);
    await page.goto(url('my-data'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter mes données' }).click(),
    ]);
    const file = await readFile(await download.path(), 'utf8');
    assert.deepEqual(JSON.parse(file).drafts.map((d) => d.title), ['Voyageur']);

    const elsewhere = await openPage(t);
    await elsewhere.goto(url('my-data'));
    await elsewhere.locator('input[type=file]').setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await elsewhere.locator('.import-preview').getByText('Brouillons\u00a0: 1 nouveau, 0 remplacé (le texte d’ici est gardé dans ses révisions), 0 inchangé.', { exact: false }).waitFor();
    await elsewhere.locator('.import-preview').getByRole('button', { name: 'Importer' }).click();
    await elsewhere.locator('.outcome .done').waitFor();
    await elsewhere.goto(url('drafts'));
    await elsewhere.locator('.draft-item').getByText('Voyageur').waitFor();
  });

  test('an import shows what it will change first, can be cancelled, and keeps a replaced text as a revision', async (t) => {
    const page = await openPage(t);
    const editor = await newDraft(page);
    const id = idOf(editor);
    await page.getByLabel('Titre', { exact: true }).fill('Carnet de route');
    await body(page).fill('Le texte écrit ici.');
    await waitSaved(page);
    await page.goto(url('my-data'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter mes données' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    // The same draft, edited later elsewhere, and a draft this browser does not have.
    const later = { ...exported.drafts[0], body: 'Le texte du fichier.', updated: exported.drafts[0].updated + 60_000 };
    const other = { ...exported.drafts[0], id: 'zz9', title: 'Venu du fichier', body: 'Autre.' };
    const input = page.locator('input[type=file]');
    const pick = (drafts) => input.setInputFiles({
      name: 'carnet.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, drafts })),
    });
    const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('carnet.')).sort()
      .map((k) => [k, localStorage.getItem(k)]));
    const before = await stored();

    // A misspelt field below the top level, or the same draft twice: refused, naming the place.
    await pick([{ ...later, Body: later.body, body: undefined }]);
    await page.locator('.outcome .refused').getByText(/drafts\[0\]: unknown field `Body`/).waitFor();
    await pick([later, later]);
    await page.locator('.outcome .refused').getByText(/drafts\[1\]: the id/).waitFor();
    assert.deepEqual(await stored(), before);

    // The preview says what will change; cancelling changes nothing.
    await pick([later, other]);
    const preview = page.locator('.import-preview');
    await preview.getByText(/Brouillons\u00a0: 1 nouveau, 1 remplacé \(le texte d’ici est gardé dans ses révisions\), 0 inchangé\./).waitFor();
    assert.deepEqual(await stored(), before, 'nothing is written before the go');
    await preview.getByRole('button', { name: 'Annuler' }).click();
    await page.locator('.outcome .done').getByText('Importation annulée\u00a0: rien n’a été modifié.').waitFor();
    assert.equal(await preview.count(), 0);
    assert.deepEqual(await stored(), before);

    // Confirmed: the file's text replaces this one, which stays in the draft's history.
    await pick([later, other]);
    await preview.getByRole('button', { name: 'Importer' }).click();
    await page.locator('.outcome .done').getByText(/Données importées/).waitFor();
    assert.equal((await storedDraft(page, id)).body, 'Le texte du fichier.');
    assert.equal((await storedDraft(page, 'zz9')).title, 'Venu du fichier');
    await page.goto(editor);
    assert.equal(await body(page).inputValue(), 'Le texte du fichier.');
    await page.getByText('Historique').click();
    const kept = page.locator('.history li').filter({ hasText: 'Version remplacée par une importation' });
    await kept.waitFor();
    await kept.getByRole('button', { name: 'Restaurer cette version' }).click();
    assert.equal(await body(page).inputValue(), 'Le texte écrit ici.');
    await waitSaved(page);
  });
});
