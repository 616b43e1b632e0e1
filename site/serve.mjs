// The writer's server (`.ci/serve`): builds the app once (or finds it built), builds the
// site into target/serve, serves it on http://127.0.0.1:8080 and watches the project:
//   - posts/ (or $CARNET_POSTS), Carnet.toml: the content build again (milliseconds);
//   - style/, index.html, src/, the pure crates' src/ (text, markdown, content, store, studio), images/src/, site/src/, builder/src/, bundle/, Cargo.toml:
//     the command lines again
//     (the content build renders the pages with the app's components), the app again (its
//     Wasm only when its code changed, see bundle/src/main.rs), then the content build;
// and every open page reloads once the site is rebuilt. A build that fails prints why
// (a post's file and line) and leaves the last good site served.
//
//   node site/serve.mjs [--port 8080] [--public-url /blog/]
// It expects the command lines built (`cargo build --release -p carnet-bundle -p carnet-site`).
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const port = Number(option('--port', '8080'));
const publicUrl = option('--public-url', '/');
const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'target/release/carnet-site');
const bundler = resolve(root, 'target/release/carnet-bundle');
const dist = resolve(root, 'target/serve');
const posts = process.env.CARNET_POSTS ? resolve(process.env.CARNET_POSTS) : resolve(root, 'posts');

/** Runs `command`; resolves to whether it succeeded (it prints its own messages). */
function run(command, ...commandArgs) {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => done(code === 0));
    child.on('error', (e) => {
      console.error(`cannot run ${command}: ${e.message}`);
      done(false);
    });
  });
}

/** Builds the command lines again (`cargo build`): the pages the content build renders are the app's. */
const buildCli = () => run('cargo', 'build', '--release', '--package', 'carnet-bundle', '--package', 'carnet-site');
/** The app (`carnet-bundle`), its Wasm rebuilt only when its code changed. */
const buildApp = () => run(bundler);
const contentBuild = () =>
  run(cli, 'build', '--dist', dist, '--posts', posts, ...(publicUrl === '/' ? [] : ['--public-url', publicUrl]));

if (!(await buildApp())) process.exit(1);
if (!(await contentBuild())) console.error('The site could not be built: fix the errors above; the server waits for your next save.');
const server = await serve(dist, publicUrl, { live: true, port });
console.log(`Carnet is served on ${server.url}, and rebuilt on every change (Ctrl+C to stop).`);

// One build at a time; a change during a build starts one more after it.
let running = false;
let pending = null;
async function rebuild(app) {
  if (running) {
    pending = pending === 'app' || app ? 'app' : 'content';
    return;
  }
  running = true;
  const started = performance.now();
  const ok = (!app || ((await buildCli()) && (await buildApp()))) && (await contentBuild());
  if (ok) {
    server.reload();
    console.log(`Rebuilt in ${Math.round(performance.now() - started)} ms; open pages reload.`);
  }
  running = false;
  if (pending) {
    const next = pending === 'app';
    pending = null;
    rebuild(next);
  }
}

// Saving a file often makes several events: wait for them to settle.
let timer = null;
let wantApp = false;
function changed(app) {
  wantApp ||= app;
  clearTimeout(timer);
  timer = setTimeout(() => {
    const app = wantApp;
    wantApp = false;
    rebuild(app);
  }, 30);
}

watch(posts, { recursive: true }, () => changed(false));
for (const path of ['style', 'src', 'text/src', 'markdown/src', 'content/src', 'store/src', 'studio/src', 'images/src', 'site/src', 'builder/src', 'bundle']) {
  watch(resolve(root, path), { recursive: true }, () => changed(true));
}
// Files at the top, watched through their directory: editors often save by replacing them.
watch(root, (_, name) => {
  if (name === 'Carnet.toml') changed(false);
  if (name === 'index.html' || name === 'Cargo.toml') changed(true);
});
