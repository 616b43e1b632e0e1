// End-to-end tests of the writer's desk: the text first on a phone, the signature from
// Carnet.toml, the build's refusals in words at the field to fix, and Relecture — every
// planted fault found, a fix undone by Ctrl+Z, a dismissal kept, the keyphrase checked,
// the link's previews drawn from the draft.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, openDetails, openPage, site } from './harness.mjs';

const url = (path = '') => `${site.server.url}${path}`;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const WIDE = { viewport: { width: 1300, height: 900 } };

async function newDraft(page) {
  await page.goto(url('drafts'));
  await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
  await page.locator('.studio').waitFor();
}

const body = (page) => page.locator('#draft-body');
const finding = (page, rule) => page.locator(`.relecture li.finding[data-rule="${rule}"]`);

/**
 * A French draft's text with one planted fault per rule Relecture knows (a straight
 * apostrophe and `...` go in the summary: in the text, the render makes them right).
 */
const PLANTED = [
  'Je parle de mon "métier" et du reste, etc...',
  '',
  'Je suis arrivée 2ème  sur la liste. A partir de demain, l\'Etat aura le coeur léger.',
  'Il y a 15000 abonnés , pas moins.Rendez-vous à 14h30 pour la suite.',
  '',
  '# Un titre de niveau un',
  '',
  '#### Un intertitre qui saute un niveau',
  '',
  '![](images/carnet.svg)',
  '',
].join('\n');

describe('The writer\'s desk', () => {
  test('on a phone, a new draft opens on its title, its text within the first screen, signed by the site\'s author', async (t) => {
    const page = await openPage(t, PHONE);
    await newDraft(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'draft_title', 'the cursor is in the title');
    const area = await body(page).boundingBox();
    assert.ok(area.y + 48 < 844, `the text area begins within the first screen (at ${Math.round(area.y)} px)`);
    // The details are folded, with a résumé of what is set: the signature first.
    assert.equal(await page.locator('#draft_details').evaluate((d) => d.open), false);
    assert.match(await page.locator('.details-resume').innerText(), /^Isabelle · Français/);
    await openDetails(page);
    assert.equal(await page.getByLabel('Signature').inputValue(), 'Isabelle');
    if (SHOTS) {
      await page.getByLabel('Titre', { exact: true }).fill('Mon metier : community manager');
      await body(page).fill(PLANTED);
      await page.locator('#draft_details summary').click();
      await finding(page, 'fr-ligature').first().waitFor();
      await page.screenshot({ path: `${SHOTS}/desk-phone.png` });
      await page.locator('.relecture').screenshot({ path: `${SHOTS}/relecture-phone.png` });
    }
  });

  test('Relecture finds every planted fault; a fix is undone by Ctrl+Z; a dismissal stays after a reload', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Comment Devenir Community Manager En Une Semaine');
    await body(page).fill(PLANTED);
    await openDetails(page);
    await page.getByLabel('Résumé').fill('Aujourd\'hui, le métier...');
    await page.locator('#draft_details summary').click();
    const rules = [
      'fr-apostrophe', 'fr-quotes', 'fr-ellipsis', 'fr-etc', 'fr-ordinal', 'fr-double-space', 'fr-capital-a',
      'fr-accent', 'fr-ligature', 'fr-number', 'fr-space-before', 'fr-space-after', 'fr-time', 'fr-title-case',
      'keyphrase-missing', 'summary-short', 'text-short', 'no-internal-link', 'no-outbound-link',
      'heading-one', 'heading-skip', 'image-alt', 'no-cover',
    ];
    await finding(page, 'fr-apostrophe').first().waitFor();
    for (const rule of rules) {
      assert.ok(await finding(page, rule).count() > 0, `${rule} is found`);
    }
    // Every message is a sentence in words: no backticks, no file path.
    for (const why of await page.locator('.finding-why').allInnerTexts()) {
      assert.doesNotMatch(why, /`|\.md\b|posts\//, why);
    }
    if (SHOTS) {
      await page.setViewportSize({ width: 1300, height: 1100 });
      await page.locator('.relecture h2').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -260));
      await page.screenshot({ path: `${SHOTS}/desk-laptop.png` });
      await page.setViewportSize(WIDE.viewport);
    }

    // The fix of the first apostrophe, then Ctrl+Z.
    const before = await body(page).inputValue();
    await finding(page, 'fr-ligature').first().locator('button.fix').click();
    await page.waitForFunction(() => document.querySelector('#draft-body').value.includes('cœur'));
    assert.equal(await body(page).inputValue(), before.replace('coeur', 'cœur'));
    await page.waitForFunction(() => !document.querySelector('.relecture li.finding[data-rule="fr-ligature"]'));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelector('#draft-body').value.includes('coeur'));
    assert.equal(await body(page).inputValue(), before, 'Ctrl+Z takes the fix back');
    await finding(page, 'fr-ligature').first().waitFor();

    // A click on a finding selects its words in the text.
    await finding(page, 'fr-time').locator('.finding-where').click();
    const selected = await body(page).evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
    assert.equal(selected, '14h30');

    // Dismissed, and still dismissed once the page is reloaded.
    await finding(page, 'fr-number').locator('button.dismiss').click();
    await page.waitForFunction(() => !document.querySelector('.relecture li.finding[data-rule="fr-number"]'));
    await page.waitForFunction(() => document.querySelector('.save-status')?.dataset.status === 'saved');
    await page.reload();
    await finding(page, 'fr-ligature').first().waitFor();
    assert.equal(await finding(page, 'fr-number').count(), 0, 'the dismissed finding stays dismissed');
    await page.getByRole('button', { name: 'Montrer les remarques ignorées' }).click();
    await finding(page, 'fr-number').waitFor();
  });

  test('Relecture finds what makes a text hard to read, and a title Google cuts', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Le très long récit de la conception du projet par une équipe nombreuse et lointaine');
    const sentence = (i) => `Le développement considérablement complexifié des infrastructures organisationnelles numéro ${i} a été particulièrement apprécié par les administrations territoriales qui considéraient que les responsabilités institutionnelles étaient insuffisamment représentées.`;
    await body(page).fill(Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' '));
    for (const rule of ['title-width', 'reading-ease', 'long-sentences', 'long-paragraph', 'no-subheading', 'repeated-start', 'passive', 'transitions']) {
      await finding(page, rule).first().waitFor({ timeout: 5000 }).catch(() => {});
      assert.ok(await finding(page, rule).count() > 0, `${rule} is found`);
    }
    assert.equal(await page.locator('.relecture-part[data-part="readability"] .grade').getAttribute('data-grade'), 'poor');
  });

  test('a keyphrase missing from the title is reported, and the report goes once it is there', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Ce que je fais vraiment');
    await body(page).fill('Le métier de community manager est mal connu.\n');
    await openDetails(page);
    await page.getByLabel('Expression clé').fill('community manager');
    await finding(page, 'keyphrase-title').waitFor();
    await page.getByLabel('Titre', { exact: true }).fill('Community manager : ce que je fais vraiment');
    await page.waitForFunction(() => !document.querySelector('.relecture li.finding[data-rule="keyphrase-title"]'));
    assert.equal(await finding(page, 'keyphrase-missing').count(), 0);
  });

  test('"Publier" with an empty signature says so in French and puts the cursor in the field', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Sans signature');
    await body(page).fill('Un texte.');
    await openDetails(page);
    await page.getByLabel('Signature').fill('');
    await page.locator('#draft_details summary').click();
    await page.getByRole('link', { name: 'Publier' }).click();
    const refusal = page.locator('.refusal');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /^La signature est vide\u00a0: indiquez qui signe l’article\./);
    assert.ok(!page.url().endsWith('/publish'), 'the editor stays');
    await page.waitForFunction(() => document.activeElement?.id === 'draft_author');
    // Signed, the refusal goes.
    await page.keyboard.type('Isabelle');
    await page.waitForFunction(() => !document.querySelector('.refusal'));
  });

  test('a .md file imported is checked as the build checks it, at once', async (t) => {
    const page = await openPage(t, WIDE);
    await page.goto(url('drafts'));
    const file = '---\ntitle: Une couverture\nauthor: Isabelle\ncover: images/forest-path.jpg\n---\nDu texte.\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'couverture.md', mimeType: 'text/markdown', buffer: Buffer.from(file) });
    const refusal = page.locator('.refusal');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /^L’image de couverture n’a pas de description/);
    await refusal.getByRole('button').click();
    await page.waitForFunction(() => document.activeElement?.id === 'draft_cover_alt');
  });

  test('the link\'s previews show the draft\'s title, summary and card', async (t) => {
    const page = await openPage(t, WIDE);
    await newDraft(page);
    await page.getByLabel('Titre', { exact: true }).fill('Le "métier" de community manager expliqué à ma grand-mère qui ne comprend toujours pas');
    await body(page).fill('Un texte.');
    await openDetails(page);
    await page.getByLabel('Résumé').fill('Ce que je fais de mes journées.');
    const previews = page.locator('.relecture .link-previews');
    await page.waitForFunction(() => document.querySelector('.relecture .link-preview.large .description')?.textContent === 'Ce que je fais de mes journées.');
    // Google cuts the title at 600 px; the cards show it whole, typeset as the page will.
    const google = await previews.locator('.link-preview.google .title').innerText();
    assert.match(google, /^Le "métier" de community manager .* …$/);
    assert.ok(google.length < 90, google);
    const card = previews.locator('.link-preview.large');
    assert.equal(await card.locator('.title').innerText(), 'Le "métier" de community manager expliqué à ma grand-mère qui ne comprend toujours pas');
    assert.equal(await card.locator('.description').innerText(), 'Ce que je fais de mes journées.');
    const image = await card.locator('img').getAttribute('src');
    assert.match(image, /content\/images\/carnet-card\.[0-9a-f]+\.png$/, 'the site\'s card, without a cover');
  });
});
