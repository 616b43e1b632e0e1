// A local stand-in for the part of GitHub's REST API the studio uses to publish (Git data:
// refs, commits, blobs, trees; compare; Actions' workflow runs), over a real git
// repository driven with the git CLI. GitHub cannot be reached from the test machines; the
// endpoints answer as https://docs.github.com/en/rest describes them (API version
// 2022-11-28): the same paths, JSON shapes, status codes and error bodies, the token in
// the `Authorization: Bearer` header, CORS for a page on another origin.
//
// The tests point the browser's calls to https://api.github.com at it (Playwright's
// `context.route`) and read the resulting commits in the repository with git itself.
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DOCS = 'https://docs.github.com/rest';
const MODES = new Set(['100644', '100755', '040000', '160000', '120000']);

/**
 * A bare repository `owner/name` whose branch holds the files of `dir` in one commit, and
 * a server answering for it. `options.token`: the only token accepted.
 */
export async function githubMock({ owner, name, branch = 'main', token, dir }) {
  const home = await mkdtemp(join(tmpdir(), 'carnet-github-'));
  const gitDir = join(home, `${name}.git`);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Isabelle', GIT_AUTHOR_EMAIL: 'isabelle@example.org',
    GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com',
  };
  /** Runs git on the repository; its output, trimmed. */
  const git = (args, { input, index } = {}) => execFileSync('git', ['--git-dir', gitDir, ...args], {
    input, env: index ? { ...env, GIT_INDEX_FILE: index } : env, encoding: input instanceof Buffer ? undefined : 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  }).toString().trim();
  const tryGit = (args, options) => { try { return git(args, options); } catch { return null; } };
  /** Takes `path` out of the scratch `index` (mode 0: no work tree needed). */
  const removeFrom = (index, path) => git(['update-index', '--index-info'], { index, input: `0 ${'0'.repeat(40)}\t${path}\n` });
  let indexes = 0;
  const newIndex = () => join(home, `index-${indexes++}`);

  execFileSync('git', ['init', '-q', '--bare', '-b', branch, gitDir]);
  if (dir) {
    const index = newIndex();
    execFileSync('git', ['--git-dir', gitDir, '--work-tree', dir, 'add', '-A', '.'], { env: { ...env, GIT_INDEX_FILE: index } });
    const tree = git(['write-tree'], { index });
    const commit = git(['commit-tree', tree, '-m', 'Le site'], {});
    git(['update-ref', `refs/heads/${branch}`, commit]);
  }

  const mock = {
    owner, name, branch, gitDir, git,
    /** Every call received: method, path, status, and `force` as a ref update asked it. */
    calls: [],
    /** What the next calls meet: `rateLimited`, `readOnly` (a token without write). */
    options: { rateLimited: false, readOnly: false },
    /** Workflow runs by commit sha, as `GET /actions/runs` lists them. */
    runs: new Map(),
    /** Called with the ref's old and new sha before a branch update is applied. */
    beforeUpdate: null,
    /** Called with the new sha once a branch was moved. */
    onPush: null,
    /** The branch's head. */
    head: (b = branch) => tryGit(['rev-parse', '--verify', '-q', `refs/heads/${b}`]),
    /** Commits `files` (path → text, or null to remove) on the branch, as someone else. */
    commitOnBranch(files, message) {
      const parent = mock.head();
      const index = newIndex();
      git(['read-tree', parent], { index });
      for (const [path, text] of Object.entries(files)) {
        if (text === null) removeFrom(index, path);
        else git(['update-index', '--add', '--cacheinfo', `100644,${git(['hash-object', '-w', '--stdin'], { input: text })},${path}`], { index });
      }
      const commit = git(['commit-tree', git(['write-tree'], { index }), '-p', parent, '-m', message]);
      git(['update-ref', `refs/heads/${branch}`, commit, parent]);
      return commit;
    },
  };

  const api = `/repos/${owner}/${name}`;
  const server = http.createServer((req, res) => answer(req, res).catch((e) => {
    // A fault of this stand-in, not an answer of GitHub's: said loudly.
    console.error(e);
    if (!res.headersSent) res.writeHead(500, { 'Access-Control-Allow-Origin': '*' });
    res.end(JSON.stringify({ message: `github-mock: ${e.message}` }));
  }));
  async function answer(req, res) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const url = new URL(req.url, 'https://api.github.com');
    // The request's JSON body, once read (below): what the call asked for.
    let asked = {};
    const send = (status, body, headers = {}) => {
      mock.calls.push({ method: req.method, path: url.pathname + url.search, status, force: asked.force });
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
        'X-GitHub-Api-Version-Selected': '2022-11-28',
        'X-RateLimit-Limit': '5000',
        'X-RateLimit-Remaining': mock.options.rateLimited ? '0' : '4999',
        'X-RateLimit-Resource': 'core',
        ...headers,
      });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    const fail = (status, message, docs) => send(status, { message, documentation_url: `${DOCS}${docs}`, status: String(status) });

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, GraphQL-Features, X-Github-Next-Global-ID, X-GitHub-Api-Version, Accept',
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE',
        'Access-Control-Max-Age': '86400',
      });
      return res.end();
    }
    if (req.headers.authorization !== `Bearer ${token}` && req.headers.authorization !== `token ${token}`) {
      return fail(401, 'Bad credentials', '');
    }
    if (mock.options.rateLimited) {
      return send(403, {
        message: 'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403',
      }, { 'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 3600) });
    }
    if (!url.pathname.startsWith(api) || !['', '/'].includes(url.pathname.slice(api.length, api.length + 1))) {
      return fail(404, 'Not Found', '/repos/repos#get-a-repository');
    }
    const path = url.pathname.slice(api.length);
    let body = {};
    if (chunks.length) {
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { return fail(400, 'Problems parsing JSON', ''); }
      asked = body;
    }
    const apiUrl = (rest) => `https://api.github.com${api}${rest}`;
    const exists = (sha, type) => typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) && tryGit(['cat-file', '-t', sha]) === type;
    const writing = req.method !== 'GET';
    if (writing && mock.options.readOnly) {
      return fail(403, 'Resource not accessible by personal access token', '/git');
    }
    let match;

    if (req.method === 'GET' && path === '') {
      return send(200, {
        id: 1, node_id: 'R_1', name, full_name: `${owner}/${name}`, private: true,
        owner: { login: owner, type: 'User' }, html_url: `https://github.com/${owner}/${name}`,
        url: `https://api.github.com${api}`, default_branch: branch,
        permissions: { admin: false, maintain: false, push: !mock.options.readOnly, triage: true, pull: true },
      });
    }
    if (req.method === 'GET' && (match = path.match(/^\/git\/ref\/heads\/(.+)$/))) {
      const sha = mock.head(match[1]);
      if (!sha) {
        const empty = !tryGit(['for-each-ref', '--count=1']);
        return empty
          ? fail(409, 'Git Repository is empty.', '/git/refs#get-a-reference')
          : fail(404, 'Not Found', '/git/refs#get-a-reference');
      }
      return send(200, refBody(match[1], sha, apiUrl));
    }
    if (req.method === 'GET' && (match = path.match(/^\/git\/commits\/([0-9a-f]{40})$/))) {
      if (!exists(match[1], 'commit')) return fail(404, 'Not Found', '/git/commits#get-a-commit-object');
      return send(200, commitBody(match[1]));
    }
    if (req.method === 'POST' && path === '/git/blobs') {
      if (typeof body.content !== 'string') return fail(422, 'Invalid request.\n\n"content" wasn\'t supplied.', '/git/blobs#create-a-blob');
      const encoding = body.encoding ?? 'utf-8';
      if (!['utf-8', 'base64'].includes(encoding)) return fail(422, `encoding must be one of utf-8, base64`, '/git/blobs#create-a-blob');
      const bytes = Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8');
      const sha = git(['hash-object', '-w', '--stdin'], { input: bytes });
      return send(201, { sha, url: apiUrl(`/git/blobs/${sha}`) }, { Location: apiUrl(`/git/blobs/${sha}`) });
    }
    if (req.method === 'POST' && path === '/git/trees') {
      if (!Array.isArray(body.tree)) return fail(422, 'Invalid request.\n\n"tree" wasn\'t supplied.', '/git/trees#create-a-tree');
      const index = newIndex();
      if (body.base_tree !== undefined) {
        if (!exists(body.base_tree, 'tree')) return fail(422, 'base_tree is not a valid tree oid', '/git/trees#create-a-tree');
        git(['read-tree', body.base_tree], { index });
      } else {
        git(['read-tree', '--empty'], { index });
      }
      for (const entry of body.tree) {
        if (!MODES.has(entry.mode) || typeof entry.path !== 'string') return fail(422, 'Invalid tree info', '/git/trees#create-a-tree');
        if (entry.sha === null) {
          removeFrom(index, entry.path);
          continue;
        }
        let sha = entry.sha;
        if (typeof entry.content === 'string') sha = git(['hash-object', '-w', '--stdin'], { input: entry.content });
        if (!exists(sha, entry.type ?? 'blob')) return fail(422, `tree.sha ${sha} is not a valid ${entry.type ?? 'blob'}`, '/git/trees#create-a-tree');
        git(['update-index', '--add', '--cacheinfo', `${entry.mode},${sha},${entry.path}`], { index });
      }
      const sha = git(['write-tree'], { index });
      await rm(index, { force: true });
      const tree = git(['ls-tree', '--long', sha]).split('\n').filter(Boolean).map((line) => {
        const [info, path] = line.split('\t');
        const [mode, type, entrySha, size] = info.split(/\s+/);
        return { path, mode, type, sha: entrySha, ...(type === 'blob' ? { size: Number(size) } : {}), url: apiUrl(`/git/${type}s/${entrySha}`) };
      });
      return send(201, { sha, url: apiUrl(`/git/trees/${sha}`), tree, truncated: false }, { Location: apiUrl(`/git/trees/${sha}`) });
    }
    if (req.method === 'POST' && path === '/git/commits') {
      if (typeof body.message !== 'string') return fail(422, 'Invalid request.\n\n"message" wasn\'t supplied.', '/git/commits#create-a-commit');
      if (!exists(body.tree, 'tree')) return fail(422, 'Tree SHA does not exist', '/git/commits#create-a-commit');
      const parents = body.parents ?? [];
      if (!parents.every((p) => exists(p, 'commit'))) return fail(422, 'Parent SHA does not exist or is not a commit object', '/git/commits#create-a-commit');
      const sha = git(['commit-tree', body.tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], { input: body.message });
      return send(201, commitBody(sha), { Location: apiUrl(`/git/commits/${sha}`) });
    }
    if (req.method === 'PATCH' && (match = path.match(/^\/git\/refs\/heads\/(.+)$/))) {
      const current = mock.head(match[1]);
      if (!current) return fail(422, 'Reference does not exist', '/git/refs#update-a-reference');
      if (!exists(body.sha, 'commit')) return fail(422, 'Object does not exist', '/git/refs#update-a-reference');
      await mock.beforeUpdate?.(current, body.sha);
      const now = mock.head(match[1]);
      const fastForward = tryGit(['merge-base', '--is-ancestor', now, body.sha]) !== null;
      if (!body.force && !fastForward) return fail(422, 'Update is not a fast forward', '/git/refs#update-a-reference');
      git(['update-ref', `refs/heads/${match[1]}`, body.sha, now]);
      await mock.onPush?.(body.sha);
      return send(200, refBody(match[1], body.sha, apiUrl));
    }
    if (req.method === 'GET' && (match = path.match(/^\/compare\/([0-9a-f]{40})\.\.\.([0-9a-f]{40})$/))) {
      const [, base, head] = match;
      if (!exists(base, 'commit') || !exists(head, 'commit')) return fail(404, 'Not Found', '/commits/commits#compare-two-commits');
      const mergeBase = git(['merge-base', base, head]);
      const ahead = Number(git(['rev-list', '--count', `${base}..${head}`]));
      const behind = Number(git(['rev-list', '--count', `${head}..${base}`]));
      const status = ahead && behind ? 'diverged' : ahead ? 'ahead' : behind ? 'behind' : 'identical';
      const kinds = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
      const files = git(['diff', '--name-status', '--no-renames', mergeBase, head]).split('\n').filter(Boolean).map((line) => {
        const [kind, filename] = line.split('\t');
        return { filename, status: kinds[kind[0]] ?? 'modified' };
      });
      const commits = git(['rev-list', '--reverse', `${base}..${head}`]).split('\n').filter(Boolean)
        .map((sha) => ({ sha, commit: { message: git(['log', '-1', '--format=%B', sha]) } }));
      return send(200, { status, ahead_by: ahead, behind_by: behind, total_commits: commits.length, merge_base_commit: { sha: mergeBase }, commits, files });
    }
    if (req.method === 'GET' && path === '/actions/runs') {
      const runs = mock.runs.get(url.searchParams.get('head_sha')) ?? [];
      return send(200, { total_count: runs.length, workflow_runs: runs });
    }
    return fail(404, 'Not Found', '');
  }

  /** The object of a commit as the Git data API gives it. */
  function commitBody(sha) {
    const raw = git(['cat-file', 'commit', sha]);
    const [head, ...message] = raw.split('\n\n');
    const lines = head.split('\n');
    const person = (kind) => {
      const line = lines.find((l) => l.startsWith(`${kind} `)) ?? '';
      const m = line.match(/^\w+ (.*) <(.*)> (\d+) [+-]\d{4}$/) ?? [];
      return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString().replace('.000', '') };
    };
    const tree = lines.find((l) => l.startsWith('tree ')).slice(5);
    const parents = lines.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7));
    const base = `https://api.github.com${api}`;
    return {
      sha, node_id: `C_${sha}`, url: `${base}/git/commits/${sha}`, html_url: `https://github.com/${owner}/${name}/commit/${sha}`,
      author: person('author'), committer: person('committer'), message: message.join('\n\n'),
      tree: { sha: tree, url: `${base}/git/trees/${tree}` },
      parents: parents.map((p) => ({ sha: p, url: `${base}/git/commits/${p}`, html_url: `https://github.com/${owner}/${name}/commit/${p}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  mock.url = `http://127.0.0.1:${server.address().port}`;
  mock.close = async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    await rm(home, { recursive: true, force: true });
  };
  return mock;
}

function refBody(branch, sha, apiUrl) {
  return {
    ref: `refs/heads/${branch}`, node_id: `REF_${branch}`, url: apiUrl(`/git/refs/heads/${branch}`),
    object: { type: 'commit', sha, url: apiUrl(`/git/commits/${sha}`) },
  };
}

/**
 * Sends `context`'s calls to https://api.github.com to the mock of the repository they
 * name (the first of `mocks` for any other). `intercept(route)` may answer a call itself
 * first (and return true), e.g. to cut the network.
 */
export async function routeGitHub(context, mocks, intercept = async () => false) {
  await context.route('https://api.github.com/**', async (route) => {
    if (await intercept(route)) return;
    const target = new URL(route.request().url());
    const mock = mocks.find((m) => target.pathname.startsWith(`/repos/${m.owner}/${m.name}/`)
      || target.pathname === `/repos/${m.owner}/${m.name}`) ?? mocks[0];
    const response = await route.fetch({ url: `${mock.url}${target.pathname}${target.search}` });
    await route.fulfill({ response });
  });
}
