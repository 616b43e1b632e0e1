// The studio's builder, off the page's thread: Carnet's content build (carnet-builder,
// Wasm) on the site this file is served from. `carnet-site app` puts it in the app's
// directory, `app-<hash>/`, beside the builder's Wasm; the site's root is its parent.
//
// Asked: { request: JSON { posts: [{file, text}], remove: [file], today, page },
//          images: [[path, Uint8Array]] }
// Answers: { report (JSON), page, siteZip, sourcesZip, files: [[path, Uint8Array]],
// timings } once built (the bytes as transferred buffers), { report } when the posts have problems, or { failure: {
// kind: 'network' | 'status' | 'format', path, status, message } } when the site's files
// could not be had.
import init, { Publication } from './carnet_builder.js';

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

// Runs `task` on every item, `width` at a time.
async function each(items, width, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

onmessage = async ({ data }) => {
  try {
    const started = performance.now();
    ready ??= init();
    await ready;
    const request = JSON.parse(data.request);
    const sources = await get('carnet-sources.json', 'text');
    let pub;
    try {
      pub = new Publication(sources);
    } catch (e) {
      throw new Failure('format', 'carnet-sources.json', 0, String(e.message ?? e));
    }
    await each(pub.needed(), 6, async (path) => {
      pub.fetched(path, new Uint8Array(await get(path, 'arrayBuffer')));
    });
    for (const { file, text } of request.posts) pub.write_post(file, text);
    for (const file of request.remove) pub.remove_post(file);
    for (const [path, bytes] of data.images) pub.add_image(path, bytes);
    const fetched = performance.now();
    const built = pub.build(request.today);
    const report = built.report();
    const done = performance.now();
    if (JSON.parse(report).problems.length > 0) {
      postMessage({ report });
      return;
    }
    const siteZip = built.site_zip();
    const sourcesZip = built.sources_zip();
    const files = built.paths().map((path) => [path, built.file(path)]);
    postMessage({
      report,
      page: built.text(request.page) ?? '',
      siteZip,
      sourcesZip,
      files,
      timings: { load: fetched - started, build: done - fetched },
    }, [siteZip.buffer, sourcesZip.buffer, ...files.map(([, bytes]) => bytes.buffer)]);
    built.free();
    pub.free();
  } catch (e) {
    const { kind = 'format', path = '', status = 0 } = e;
    postMessage({ failure: { kind, path, status, message: String(e.message ?? e) } });
  }
};
