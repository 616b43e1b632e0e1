// End-to-end tests of the Content Security Policy (site/src/csp.rs): every page carries
// it, the site runs under it without a single violation (every other test fails on the
// console error a violation logs, too), and a script slipped into a page does not run.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED, openContext, pageIn, site } from './harness.mjs';

const url = (path = '') => `${site.server.url}${path}`;

/** Every kind of page: prerendered, rendered by the app, the studio, the 404 page. */
const PAGES = ['', `posts/${SEED}`, 'tags', 'tags/carnet', 'archive', 'search?q=carnet', 'bookmarks', 'my-data', 'drafts', '?page=1', 'nulle-part'];

describe('Content Security Policy', () => {
  test('every page carries a strict policy and runs under it without a violation', async (t) => {
    const context = await openContext(t);
    await context.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.violations.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    const page = await pageIn(context);
    for (const path of PAGES) {
      await page.goto(url(path));
      const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((metas) => metas.map((m) => m.content));
      assert.equal(policies.length, 1, `${path}: one policy`);
      const directives = Object.fromEntries(policies[0].split('; ').map((d) => [d.split(' ')[0], d]));
      assert.ok(!directives['script-src'].includes("'unsafe-inline'") && !directives['script-src'].includes("'unsafe-eval'"), `${path}: ${policies[0]}`);
      assert.equal(directives['object-src'], "object-src 'none'");
      assert.equal(directives['base-uri'], "base-uri 'self'");
      // The site, and GitHub's API for the studio's commits: the token goes nowhere else.
      assert.equal(directives['connect-src'], "connect-src 'self' https://api.github.com");
      assert.equal(await page.evaluate(() => document.head.firstElementChild.httpEquiv), 'Content-Security-Policy', `${path}: first in <head>`);
      assert.deepEqual(await page.evaluate(() => window.violations), [], path);
    }
    // The studio at work: a draft typed and previewed.
    await page.goto(url('drafts'));
    await page.getByRole('button', { name: 'Nouveau brouillon' }).click();
    await page.locator('#draft-body').fill('# Essai\n\nDu *texte*, <kbd>Ctrl</kbd>.');
    await page.locator('.pane.preview kbd').waitFor();
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'the studio');

    // A script slipped into the page (as a flaw would let through) does not run.
    const ran = await page.evaluate(() => new Promise((resolve) => {
      const script = document.createElement('script');
      script.textContent = 'window.slipped = true';
      document.body.append(script);
      setTimeout(() => resolve(window.slipped === true), 200);
    }));
    assert.equal(ran, false, 'an inline script the build did not write is refused');
    assert.match((await page.evaluate(() => window.violations)).join('\n'), /^script-src-elem: inline/m);
    // That refusal is logged: expected here, so it is not counted as the page's error.
    const expected = (p) => /Executing inline script violates|Refused to execute inline script/.test(p);
    context.problems.splice(0, context.problems.length, ...context.problems.filter((p) => !expected(p)));
  });
});
