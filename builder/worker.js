// The studio's builder, off the page's thread: Carnet's content build (carnet-builder,
// Wasm) on the site this file is served from. `carnet-bundle` puts it in the app's
// directory, `app-<hash>/`, beside the builder's Wasm; the site's root is its parent.
//
// Asked to build: { request: a BuildRequest as JSON (carnet-studio's `publish`: the posts to
//                  write and to take down, the day, the page to show back, `whole` for
//                  every file the change touches rather than the post's page), passed on to
//                  the builder as it is, images: [[path, Uint8Array]] }
// Answers: { report (JSON), page, sourcesZip, files: [[path, Uint8Array]] (written),
// kept: [path] (the site's files kept as it serves them), gone: [path] (the files the site
// no longer has), timings } once built (the bytes as transferred buffers), { report } when
// the posts have problems.
// Asked the same with zip: true, it builds the whole change, fetches the kept files and
// answers { zip: Uint8Array }: the site's download.
// While it fetches many files it says { progress: [done, total] }, every 100 ms at most.
// Either answers { failure: { kind: 'network' | 'status' | 'format', path, status, message } }
// when the site's files could not be had.
import init, { Publication, Zip } from './carnet_builder.js';

const root = new URL('../', import.meta.url);
let ready;

class Failure extends Error {
  constructor(kind, path, status, message) {
    super(message);
    Object.assign(this, { kind, path, status });
  }
}

// A file of the site, as the host serves it now (revalidated: the sources change with
// every publication).
async function get(path, as) {
  let response;
  try {
    response = await fetch(new URL(path, root), { cache: 'no-cache' });
  } catch (e) {
    throw new Failure('network', path, 0, String(e));
  }
  if (!response.ok) throw new Failure('status', path, response.status, response.statusText);
  return response[as]();
}

// Runs `task` on every item, `width` at a time, saying how far it got.
async function each(items, width, task) {
  let next = 0;
  let done = 0;
  let said = 0;
  const say = () => {
    if (items.length > 20 && (done === items.length || performance.now() - said > 100)) {
      said = performance.now();
      postMessage({ progress: [done, items.length] });
    }
  };
  const worker = async () => {
    while (next < items.length) {
      await task(items[next++]);
      done += 1;
      say();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

// The site's download: the files built, and the kept ones fetched from the site.
async function zipSite(built) {
  const all = new Map(built.paths().map((path) => [path, built.file(path)]));
  await each(built.kept(), 6, async (path) => {
    all.set(path, new Uint8Array(await get(path, 'arrayBuffer')));
  });
  const zip = new Zip();
  for (const path of [...all.keys()].sort()) zip.add(path, all.get(path));
  const bytes = zip.finish();
  postMessage({ zip: bytes }, [bytes.buffer]);
}

onmessage = async ({ data }) => {
  try {
    const started = performance.now();
    ready ??= init();
    await ready;
    const sources = await get('carnet-sources.json', 'text');
    let pub;
    try {
      pub = new Publication(sources);
    } catch (e) {
      throw new Failure('format', 'carnet-sources.json', 0, String(e.message ?? e));
    }
    // The changes first: what the build needs depends on them.
    pub.ask(data.request);
    for (const [path, bytes] of data.images) pub.add_image(path, bytes);
    await each(pub.needed(), 6, async (path) => {
      pub.fetched(path, new Uint8Array(await get(path, 'arrayBuffer')));
    });
    const fetched = performance.now();
    const built = pub.build();
    const report = built.report();
    const done = performance.now();
    if (JSON.parse(report).problems.length > 0) {
      postMessage({ report });
      return;
    }
    if (data.zip) {
      await zipSite(built);
      return;
    }
    const sourcesZip = built.sources_zip();
    const files = built.paths().map((path) => [path, built.file(path)]);
    postMessage({
      report,
      page: built.page() ?? '',
      sourcesZip,
      files,
      kept: built.kept(),
      gone: built.gone(),
      timings: { load: fetched - started, build: done - fetched },
    }, [sourcesZip.buffer, ...files.map(([, bytes]) => bytes.buffer)]);
    built.free();
    pub.free();
  } catch (e) {
    const { kind = 'format', path = '', status = 0 } = e;
    postMessage({ failure: { kind, path, status, message: String(e.message ?? e) } });
  }
};
