// End-to-end tests of the reader's state kept in localStorage: read/unread, resume
// position, progress, bookmarks, several tabs, bad or missing storage, export and import.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { SEED, SEED_TITLE, openContext, openPage, pageIn, site } from './harness.mjs';

const READING = 'carnet.reading';
const BOOKMARKS = 'carnet.bookmarks';
/** A phone-sized window: the seed post is several screens long in it. */
const PHONE = { viewport: { width: 390, height: 640 } };

const url = (path = '') => `${site.server.url}${path}`;

async function openPost(page, slug = SEED) {
  await page.goto(url(`posts/${slug}`));
  await page.locator('.post-body p').first().waitFor();
}

async function openHome(page, query = '') {
  await page.goto(url(query));
  await page.locator('.post-list, .empty').first().waitFor();
}

/** The text of the post's block at the top edge of the window: the one being read. */
function topBlock(page) {
  return page.evaluate(() =>
    [...document.querySelector('.post-body').children]
      .find((el) => el.getBoundingClientRect().bottom > 0)?.textContent);
}

/** Scrolls to `share` (0 to 1) of the scrollable height and waits for the frame. */
async function scrollTo(page, share) {
  await page.evaluate(async (share) => {
    const top = Math.round((document.documentElement.scrollHeight - innerHeight) * share);
    scrollTo({ top, behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, share);
}

/** The stored reading state of `slug`, once it satisfies `ready`. */
async function storedReading(page, slug, ready = () => true) {
  // Polled from here: `ready` cannot be sent into the page as code (its Content Security
  // Policy refuses to evaluate strings).
  const stored = () => page.evaluate(([key, slug]) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data?.posts?.[slug] ?? null, [READING, slug]);
  for (let waited = 0; waited < 30_000; waited += 50) {
    const state = await stored();
    if (state && ready(state)) return state;
    await page.waitForTimeout(50);
  }
  throw new Error(`the reading state of ${slug} never got ready: ${JSON.stringify(await stored())}`);
}

/** What the reading status of a list item says. */
async function status(item) {
  return (await item.locator('.reading-status').textContent()).trim();
}

/** The home page's list item of the post titled `title`. */
function listItem(page, title = SEED_TITLE) {
  return page.locator('.post-list > li').filter({ has: page.getByRole('link', { name: title }) });
}

describe('Reading state', () => {
  test('a post left half-way reopens at the same paragraph, with a notice and a way back to the top', async (t) => {
    const page = await openPage(t, PHONE);
    await openPost(page);
    assert.equal(await page.locator('.resume-notice p').count(), 0, 'nothing to resume on a first visit');
    await scrollTo(page, 0.5);
    const reading = await topBlock(page);
    assert.ok(reading.length > 20, 'the top of the screen is in the text');
    const state = await storedReading(page, SEED, (s) => s.position);
    assert.equal(state.read ?? false, false);

    await page.reload();
    const notice = page.locator('.resume-notice');
    await notice.getByText('Reprendre là où vous en étiez').waitFor();
    assert.equal(await topBlock(page), reading);
    const bar = page.getByRole('progressbar', { name: 'Progression de la lecture' });
    const shown = Number(await bar.getAttribute('aria-valuenow'));
    assert.ok(shown > 20 && shown < 100, `the progress bar shows ${shown} %`);

    await notice.getByRole('button', { name: 'Revenir au début' }).click();
    await page.waitForFunction(() => scrollY === 0);
    assert.equal(await notice.locator('p').count(), 0, 'the notice is gone');
  });

  test('the same paragraph comes back after the window is resized', async (t) => {
    const page = await openPage(t, { viewport: { width: 1200, height: 700 } });
    await openHome(page);
    await page.getByRole('link', { name: SEED_TITLE }).first().click();
    await page.locator('.post-body p').first().waitFor();
    await scrollTo(page, 0.6);
    const reading = await topBlock(page);
    const wideY = await page.evaluate(() => scrollY);
    // Leaving the post (here with the Back button) saves the spot at once.
    await page.goBack();
    await page.locator('.post-list').waitFor();
    await storedReading(page, SEED, (s) => s.position);

    await page.setViewportSize({ width: 360, height: 700 });
    await page.getByRole('link', { name: SEED_TITLE }).first().click();
    await page.locator('.resume-notice').getByText('Reprendre là où vous en étiez').waitFor();
    assert.equal(await topBlock(page), reading);
    const narrowY = await page.evaluate(() => scrollY);
    // The paragraph moved down the page as the text reflowed: a saved pixel offset would
    // have opened elsewhere.
    assert.ok(narrowY - wideY > 100, `the spot followed the text (${wideY} px → ${narrowY} px)`);
  });

  test('reaching the end marks the post read on the home list, and it can be marked unread', async (t) => {
    const page = await openPage(t, PHONE);
    await openHome(page);
    const item = listItem(page);
    assert.equal(await status(item), 'Non lu');
    assert.equal(await item.locator('article.unread').count(), 1);

    await openPost(page);
    await scrollTo(page, 1);
    await storedReading(page, SEED, (s) => s.read);
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '100');
    assert.equal(await page.locator('.read-toggle').innerText(), 'Marquer comme non lu');

    await openHome(page);
    assert.equal(await status(item), '✓ Lu');
    assert.equal(await item.locator('article.unread').count(), 0);
    // The unread filter leaves it out, and its URL survives a reload.
    await page.getByRole('link', { name: /^Non lus/ }).click();
    await page.waitForURL(/\?show=unread$/);
    await page.reload();
    await page.locator('.post-list').waitFor();
    const current = page.locator('.filters a[aria-current=page]');
    assert.equal(await current.count(), 1);
    assert.match(await current.innerText(), /^Non lus 2$/);
    assert.equal(await listItem(page).count(), 0);
    assert.equal(await page.locator('.post-list > li').count(), 2);

    // Marked unread by hand, it is back.
    await openPost(page);
    await page.getByRole('button', { name: 'Marquer comme non lu' }).click();
    await page.getByRole('button', { name: 'Marquer comme lu' }).waitFor();
    await openHome(page, '?show=unread');
    assert.equal(await listItem(page).count(), 1);
  });

  test('a post started and not finished opens the home page, with how far the reader got', async (t) => {
    const page = await openPage(t, PHONE);
    await openHome(page);
    assert.equal(await page.locator('.continue-reading').count(), 0, 'nothing started yet');
    await openPost(page);
    await scrollTo(page, 0.4);
    const state = await storedReading(page, SEED, (s) => s.position);
    await openHome(page);
    const section = page.locator('.continue-reading');
    assert.equal(await section.getByRole('heading').innerText(), 'REPRENDRE LA LECTURE');
    assert.deepEqual(await section.getByRole('link').allInnerTexts(), [SEED_TITLE]);
    const percent = Math.round(state.progress * 100);
    assert.equal(await status(section), `${percent}\u202f% lu`);
    assert.equal(await status(listItem(page)), `${percent}\u202f% lu`);
    // The section comes first on the page.
    const order = await page.evaluate(() =>
      document.querySelector('.continue-reading').compareDocumentPosition(document.querySelector('.post-list')));
    assert.ok(order & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);
  });

  test('a bookmarked post is on the "Lire plus tard" page after a reload', async (t) => {
    const page = await openPage(t);
    await openHome(page);
    const toggle = listItem(page).getByRole('button', { name: /Lire plus tard/ });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');

    await page.goto(url('bookmarks'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Lire plus tard' }).waitFor();
    await page.locator('.post-list').waitFor();
    assert.deepEqual(await page.locator('.post-summary h2').allInnerTexts(), [SEED_TITLE]);
    assert.equal(await page.title(), 'Lire plus tard · Carnet');

    // The post page shows the toggle pressed; pressing it again empties the list.
    await openPost(page);
    const onPost = page.locator('.post-actions').getByRole('button', { name: 'Lire plus tard' });
    assert.equal(await onPost.getAttribute('aria-pressed'), 'true');
    await page.getByRole('link', { name: 'Lire plus tard' }).click();
    await page.locator('.post-list').waitFor();
    await page.locator('.post-summary').getByRole('button', { name: /Lire plus tard/ }).click();
    await page.getByText('Rien à lire plus tard pour l’instant.').waitFor();
  });

  test('two tabs stay in step without a reload', async (t) => {
    const context = await openContext(t);
    const one = await pageIn(context);
    const two = await pageIn(context);
    await openHome(one);
    await openHome(two);
    await listItem(one).getByRole('button', { name: /Lire plus tard/ }).click();
    await two.waitForFunction((title) => [...document.querySelectorAll('.post-summary')]
      .find((a) => a.querySelector('h2').textContent === title)
      ?.querySelector('.bookmark-toggle').getAttribute('aria-pressed') === 'true', SEED_TITLE);
    assert.equal(await two.locator('.filters a').nth(2).locator('.count').innerText(), '1');

    // Read in one tab, read in the other.
    await openPost(one);
    await one.getByRole('button', { name: 'Marquer comme lu' }).click();
    await listItem(two).locator('.reading-status').getByText('Lu').waitFor();
    // And both tabs' changes are kept: a bookmark made in the second tab does not undo
    // the first tab's.
    await listItem(two, 'How Carnet is built').getByRole('button', { name: /Lire plus tard/ }).click();
    await openHome(one, '?show=later');
    assert.equal(await one.locator('.post-list > li').count(), 2);
  });

  test('writes are throttled while scrolling, and there are none when nothing changed', async (t) => {
    const context = await openContext(t, PHONE);
    await context.addInitScript(() => {
      window.carnetWrites = 0;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'carnet.reading') window.carnetWrites += 1;
        return setItem.call(this, key, value);
      };
    });
    const page = await pageIn(context);
    await openPost(page);
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => carnetWrites), 0, 'opening a post writes nothing');

    // Into the text (however tall the header is at this width): one write.
    await page.evaluate(() => document.querySelector('.post-body').children[1].scrollIntoView({ behavior: 'instant' }));
    await storedReading(page, SEED, (s) => s.position);
    await page.waitForTimeout(1500);
    const before = await page.evaluate(() => carnetWrites);
    assert.equal(before, 1);

    // 40 small scroll steps, a frame apart; at most one write a second may follow.
    const start = Date.now();
    for (let i = 1; i <= 40; i += 1) {
      await page.mouse.wheel(0, 12);
      await page.waitForTimeout(16);
    }
    const seconds = (Date.now() - start) / 1000;
    await page.waitForTimeout(1500);
    const writes = (await page.evaluate(() => carnetWrites)) - before;
    assert.ok(writes >= 1 && writes <= Math.ceil(seconds) + 1, `${writes} writes for 40 scroll steps in ${seconds} s`);
    const total = before + writes;

    // Scroll events that do not move the reader write nothing.
    await page.evaluate(() => { for (let i = 0; i < 20; i += 1) dispatchEvent(new Event('scroll')); });
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => carnetWrites), total);
  });
});

describe('Bad or missing storage', () => {
  const garbage = {
    'corrupted JSON': '{"version":1,"data":{"posts":',
    'a value of the wrong shape': '{"version":1,"data":{"posts":{"x":{"progress":"lots","updated":1}}}}',
    'another kind of value': '[1,2,3]',
  };
  for (const [what, value] of Object.entries(garbage)) {
    test(`${what} under each Carnet key: the site renders, says so, and keeps the value aside`, async (t) => {
      const page = await openPage(t);
      await openHome(page);
      await page.evaluate(([keys, value]) => keys.forEach((k) => localStorage.setItem(k, value)),
        [[READING, BOOKMARKS], value]);
      await page.reload();
      await page.locator('.post-list').waitFor();
      assert.equal(await page.locator('.post-summary').count(), 3, 'every post is listed');
      const notice = page.locator('.notice');
      await notice.first().waitFor();
      assert.match(await notice.first().innerText(), /illisibles.*mises de côté, pas effacées/s);
      const kept = await page.evaluate(() => Object.keys(localStorage)
        .filter((k) => k.startsWith('carnet.set-aside.'))
        .map((k) => [k.replace(/\.\d+$/, ''), localStorage.getItem(k)]).sort());
      assert.deepEqual(kept, [['carnet.set-aside.bookmarks', value], ['carnet.set-aside.reading', value]]);

      // The site works on: a bookmark is saved in a fresh value.
      await listItem(page).getByRole('button', { name: /Lire plus tard/ }).click();
      const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), BOOKMARKS);
      assert.deepEqual(Object.keys(stored.data.posts), [SEED]);
      // The notice can be dismissed, and "Mes données" counts what was set aside.
      await page.getByRole('link', { name: 'Mes données' }).first().click();
      await page.locator('.data-summary').waitFor();
      assert.match(await page.locator('.data-summary').innerText(), /mises de côté\s+2/);
      assert.equal(await page.locator('.notice').count(), 1, 'one notice, whatever the number of keys');
      await page.locator('.notice').getByRole('button', { name: 'Fermer' }).click();
      assert.equal(await page.locator('.notice').count(), 0);
    });
  }

  test('data from a newer Carnet is set aside, not misread', async (t) => {
    const page = await openPage(t);
    await openHome(page);
    const newer = '{"version":7,"data":{"whatever":true}}';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [READING, newer]);
    await page.reload();
    await page.locator('.notice').waitFor();
    assert.match(await page.locator('.notice').innerText(), /version plus récente de Carnet/);
    const kept = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('carnet.set-aside.reading.'))?.[1]);
    assert.equal(kept, newer);
  });

  test('without storage (private mode, disabled) the site works for the visit and says it will forget', async (t) => {
    const context = await openContext(t);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    const page = await pageIn(context);
    await openHome(page);
    await page.locator('.notice').getByText(/ne laisse pas Carnet enregistrer votre lecture/).waitFor();
    const toggle = listItem(page).getByRole('button', { name: /Lire plus tard/ });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true', 'the bookmark holds for the visit');
    await page.getByRole('link', { name: 'Lire plus tard' }).first().click();
    assert.deepEqual(await page.locator('.post-summary h2').allInnerTexts(), [SEED_TITLE]);
  });

  // The browser refuses a write because its storage is full, or because storage is turned
  // off: the reader is told which, and the page keeps working.
  const refusals = [
    ['QuotaExceededError', 'The quota has been exceeded.', /stockage de ce navigateur est plein/, /ne laisse pas/],
    ['SecurityError', 'The operation is insecure.', /ne laisse pas Carnet enregistrer votre lecture/, /plein/],
  ];
  for (const [name, message, told, notTold] of refusals) {
    test(`a write refused with ${name}: the reader is told the real cause, the page keeps working`, async (t) => {
      const context = await openContext(t);
      await context.addInitScript(([message, name]) => {
        Storage.prototype.setItem = function () {
          throw new DOMException(message, name);
        };
      }, [message, name]);
      const page = await pageIn(context);
      await openHome(page);
      const toggle = listItem(page).getByRole('button', { name: /Lire plus tard/ });
      await toggle.click();
      await page.locator('.notice').getByText(told).waitFor();
      assert.equal(await page.locator('.notice').getByText(notTold).count(), 0);
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    });
  }

  test('state kept for a post that no longer exists is ignored', async (t) => {
    const page = await openPage(t);
    await openHome(page);
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({
      version: 1,
      data: { posts: { 'a-deleted-post': { position: { block: 3, offset: 0.5, fingerprint: 1 }, progress: 0.5, updated: 1 } } },
    })), READING);
    await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"data":{"posts":{"a-deleted-post":1}}}'), BOOKMARKS);
    await page.reload();
    await page.locator('.post-list').waitFor();
    // The app asks the site for the post's record: once it is known to be gone, it is not
    // counted, nor shown as started.
    await page.locator('.filters a').nth(2).locator('.count', { hasText: /^0$/ }).waitFor();
    assert.equal(await page.locator('.continue-reading').count(), 0);
    assert.equal(await page.locator('.notice').count(), 0, 'it is not an error either');
  });
});

describe('My data', () => {
  test('export, delete everything, import: the state is back; bad files change nothing', async (t) => {
    const page = await openPage(t, PHONE);
    await openPost(page);
    await page.getByRole('button', { name: 'Marquer comme lu' }).click();
    await openPost(page, 'how-carnet-is-built');
    await page.locator('.post-actions').getByRole('button', { name: 'Lire plus tard' }).click();
    // (Going down to the footer's link would pass the end of the post and mark it read.)
    await page.goto(url('my-data'));
    const summary = page.locator('.data-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Articles lus\s+1\s+Articles commencés\s+0\s+À lire plus tard\s+1/);
    assert.match(await summary.innerText(), /Place occupée\s+\d+\u00a0octets/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter mes données' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^carnet-\d{4}-\d\d-\d\d\.json$/);
    const file = await readFile(await download.path(), 'utf8');
    const exported = JSON.parse(file);
    assert.equal(exported.format, 'carnet');
    assert.equal(exported.version, 1);
    assert.equal(exported.reading.posts[SEED].read, true);
    assert.deepEqual(Object.keys(exported.bookmarks.posts), ['how-carnet-is-built']);

    await page.getByRole('button', { name: 'Tout effacer' }).click();
    await page.getByRole('alert').getByText(/C’est définitif/).waitFor();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Tout ce que Carnet gardait dans ce navigateur a été effacé.').waitFor();
    assert.match(await summary.innerText(), /Articles lus\s+0\s+Articles commencés\s+0\s+À lire plus tard\s+0/);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('carnet.'))), []);

    // Bad files are refused with a reason, and change nothing.
    const input = page.locator('input[type=file]');
    const refusals = [
      ['notes.json', '{"format": "carnet",\n oops', /pas du JSON valide \(ligne 2, colonne \d+\)/],
      ['other.json', '{"theme": "dark"}', /pas un export de Carnet/],
      ['future.json', '{"format":"carnet","version":9,"exported":1}', /version plus récente/],
      ['zero.json', '{"format":"carnet","version":0,"exported":1}', /version: 0 is not a schema version/],
      ['bad.json', '{"format":"carnet","version":1,"exported":1,"reading":{"posts":{"x":{"progress":5,"updated":1}}}}', /valeur incohérente/],
    ];
    for (const [name, text, reason] of refusals) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.locator('.outcome .refused').getByText(reason).waitFor();
      assert.match(await page.locator('.outcome').innerText(), /Rien n’a été modifié\.$/);
    }
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('carnet.'))), []);

    await input.setInputFiles({ name: 'carnet.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.locator('.import-preview').getByText(/^Ce fichier apporte 1 article suivi et 1 à lire plus tard/).waitFor();
    await page.locator('.import-preview').getByRole('button', { name: 'Importer' }).click();
    await page.locator('.outcome .done').getByText('Données importées\u00a0: 1 article suivi, 1 à lire plus tard.').waitFor();
    assert.match(await summary.innerText(), /Articles lus\s+1\s+Articles commencés\s+0\s+À lire plus tard\s+1/);
    await openHome(page);
    assert.equal(await status(listItem(page)), '✓ Lu');
    assert.equal(
      await listItem(page, 'How Carnet is built').getByRole('button', { name: /Lire plus tard/ }).getAttribute('aria-pressed'),
      'true',
    );
  });

  test('clearing the reading history keeps the read-later list', async (t) => {
    const page = await openPage(t);
    await openPost(page);
    await page.getByRole('button', { name: 'Marquer comme lu' }).click();
    await page.locator('.post-actions').getByRole('button', { name: 'Lire plus tard' }).click();
    await page.goto(url('my-data'));
    await page.getByRole('button', { name: 'Effacer l’historique de lecture' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    assert.match(await page.locator('.data-summary').innerText(), /Articles lus\s+1/, 'cancel keeps it');
    await page.getByRole('button', { name: 'Effacer l’historique de lecture' }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Historique de lecture effacé.').waitFor();
    assert.match(await page.locator('.data-summary').innerText(), /Articles lus\s+0\s+Articles commencés\s+0\s+À lire plus tard\s+1/);
  });
});
