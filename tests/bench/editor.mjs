// Benchmark: how the drafts editor keeps up with typing on a 20,000-word draft, in headless
// Chromium, against a release build. Not part of the test run:
//   .ci/build && node tests/bench/editor.mjs [dist]
// Prints, for a short and a 20,000-word draft: the time from each keystroke to the next
// frame (median, 95th percentile, worst), how long after the last keystroke the preview
// shows the text and Relecture has read it, and the longest main-thread task while typing.
import { launch } from '../e2e/browser.mjs';
import { serve } from '../../site/server.mjs';

const DIST = process.argv[2] ?? 'dist';
const VOCABULARY = ['le', 'la', 'les', 'un', 'une', 'des', 'métier', 'réseaux', 'sociaux', 'numérique',
  'communauté', 'écrire', 'lecteurs', 'aujourd’hui', 'toujours', 'avec', 'pour', 'dans', 'blog',
  'article', 'idée', 'projet', 'travail', 'passion', 'veille', 'contenu', 'référencement', 'vidéo'];

/** A French-looking Markdown draft of about `words` words, with headings, from a fixed seed. */
function draft(words) {
  let seed = 20160609;
  const next = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const out = ['---', `title: Brouillon de ${words} mots`, 'author: Banc d’essai', '---', ''];
  let written = 0;
  for (let p = 0; written < words; p += 1) {
    if (p % 12 === 0) out.push(`## Partie ${p / 12 + 1}`, '');
    const length = 40 + next(60);
    const sentence = Array.from({ length }, () => {
      const w = VOCABULARY[next(VOCABULARY.length)];
      return next(30) === 0 ? `*${w}*` : w;
    });
    out.push(`${sentence.join(' ')}.`, '');
    written += length;
  }
  return out.join('\n');
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function run(browser, server, words) {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 }, locale: 'fr-FR' });
  await page.goto(`${server.url}drafts`);
  await page.locator('input[type=file]').setInputFiles({ name: 'bench.md', mimeType: 'text/markdown', buffer: Buffer.from(draft(words)) });
  const area = page.locator('#draft-body');
  await area.waitFor();
  await page.waitForTimeout(1000);
  await area.evaluate((el) => {
    window.latencies = [];
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
    }).observe({ type: 'longtask' });
    window.lastKey = 0;
    window.previewShown = 0;
    const preview = document.querySelector('.pane.preview .post-body');
    new MutationObserver(() => {
      if (preview.textContent.includes('lettre après lettre, à la fin.') && !window.previewShown) {
        window.previewShown = performance.now();
      }
    }).observe(preview, { childList: true, subtree: true, characterData: true });
    // Relecture notes the words it counted: the last change after the last key is its update.
    window.proofread = 0;
    new MutationObserver(() => { window.proofread = performance.now(); })
      .observe(document.querySelector('.relecture'), { attributes: true, attributeFilter: ['data-words'] });
    el.addEventListener('keydown', () => {
      const start = performance.now();
      window.lastKey = start;
      requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - start), 0));
    }, true);
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  });
  const typed = ' Une phrase tapée au clavier, lettre après lettre, à la fin.';
  await page.keyboard.type(typed, { delay: 60 });
  await page.waitForFunction(() => window.previewShown > 0);
  await page.waitForTimeout(1000);
  const { latencies, longest, previewDelay, proofreadDelay } = await page.evaluate(() => ({
    latencies: window.latencies,
    longest: window.longest,
    previewDelay: Math.round(window.previewShown - window.lastKey),
    proofreadDelay: Math.round(window.proofread - window.lastKey),
  }));
  const counted = await page.locator('.counts').innerText();
  await page.close();
  return { words, counted, keys: latencies.length, median: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), worst: Math.max(...latencies), previewDelay, proofreadDelay, longest };
}

const server = await serve(DIST, '/');
const browser = await launch();
try {
  console.log('draft            keystroke → next frame (ms)       after the last key (ms)     longest task');
  console.log('                 median    p95     worst            preview   Relecture         (ms)');
  for (const words of [300, 20000]) {
    const r = await run(browser, server, words);
    console.log(`${String(r.words).padStart(6)} words   ${r.median.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ${r.worst.toFixed(1).padStart(7)}          ${String(r.previewDelay).padStart(6)}    ${String(r.proofreadDelay).padStart(6)}            ${r.longest.toFixed(0).padStart(6)}   (${r.keys} keys; ${r.counted})`);
  }
} finally {
  await browser.close();
  await server.close();
}
