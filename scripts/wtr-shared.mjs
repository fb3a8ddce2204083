// Settings shared by the browser test configs.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import rollupCommonjs from '@rollup/plugin-commonjs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import {defaultReporter} from '@web/test-runner';
import {liveFilesMiddleware} from './live-files.mjs';
import {failuresReporter} from './wtr-failures.mjs';
import {wheelPlugin} from './wtr-wheel.mjs';

// Dates are the flakiest thing a timeline tests. All arithmetic is UTC, so run
// the browsers in a zone with a half-hour offset to catch any local-time slip.
process.env.TZ = 'Asia/Kabul';

// --- network faults -----------------------------------------------------------
//
// `/__faults/<kind>/<file name>` answers with a fault, for the hardening tests
// (test/hardening/network.test.ts) to prove that every failure ends in a clear
// state. With `?once=<token>` the fault happens on the first request with that
// token only; later ones get a good timeline, so a retry can be tested.
//
//   404, 500     that status, with a short text body
//   hang         headers never come; the socket is held until the client gives up
//   html         200 with an HTML page (a login wall, a wrong address)
//   empty        200 with an empty body
//   truncated    200 with JSON cut off in the middle
//   redirect     302 to a good timeline (/__faults/good/<file name>)
//   slow         200 with a valid 5 MB timeline, streamed over about 2 seconds
//   delay        a good timeline after `?ms=` milliseconds, titled `?title=`
//   good         a good timeline, titled `?title=` when given
//   cors-port    the port of a second server (another origin) that serves a good
//                timeline without Access-Control-Allow-Origin (with `once`, it
//                allows the second request)
//   signin       200 with an HTML sign-in page that sends to accounts.google.com,
//                as Google answers for a sheet that is not published
//   text-csv     200 with test/fixtures/elements/<file name>.csv as `text/csv`,
//                at an address without `.csv` (as a sheet's CSV export is)

/** A small valid timeline; `title` names it so a test can tell answers apart. */
export function goodTimeline(title = 'Fault test timeline') {
  return JSON.stringify({
    title,
    events: [
      {id: 'one', date: '2020-01-01', title: 'First', sources: [{name: 'Wire', url: 'https://example.org/1'}]},
      {id: 'two', date: '2020-06-01', title: 'Second'},
    ],
  });
}

const usedTokens = new Set();
/** True the first time a token is seen (or when there is no token): the fault applies. */
function faultApplies(token) {
  if (!token) return true;
  if (usedTokens.has(token)) return false;
  usedTokens.add(token);
  return true;
}

const heldResponses = new Set();

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, {'Content-Type': type, 'Cache-Control': 'no-store', ...headers});
  res.end(body);
}

/**
 * The 5 MB body of `slow`: a valid timeline padded in its "$schema" address,
 * which is read but never drawn (a 5 MB description would measure text
 * layout, not the network).
 */
function slowChunks() {
  const head = Buffer.from('{"title":"Slow but complete","$schema":"');
  const tail = Buffer.from(`","events":${JSON.stringify(JSON.parse(goodTimeline()).events)}}`);
  const total = 5 * 1024 * 1024;
  const pad = total - head.length - tail.length;
  const parts = 20;
  const chunks = [head];
  for (let i = 0; i < parts; i++) chunks.push(Buffer.alloc(Math.floor(pad / parts) + (i === parts - 1 ? pad % parts : 0), 'x'));
  chunks.push(tail);
  return chunks;
}

let corsPort = 0;
let corsServer;

function startCorsServer() {
  corsServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const allow = !faultApplies(url.searchParams.get('once'));
    send(res, 200, 'application/json', goodTimeline('Cross-origin timeline'), allow ? {'Access-Control-Allow-Origin': '*'} : {});
  });
  return new Promise((resolve) =>
    corsServer.listen(0, '127.0.0.1', () => {
      corsPort = corsServer.address().port;
      resolve();
    }),
  );
}

/** Koa middleware answering `/__faults/...`; everything else goes on to the dev server. */
export async function faultsMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__faults/')) return next();
  const [kind = '', name = 'timeline.json'] = ctx.path.slice('/__faults/'.length).split('/');
  const query = ctx.query;
  // Answered here, on the raw response; the status tells the runner's request log what happened.
  ctx.status = kind === '404' ? 404 : 200;
  ctx.respond = false;
  const res = ctx.res;
  if (kind === 'cors-port') return send(res, 200, 'text/plain', String(corsPort));
  if (kind === 'good') return send(res, 200, 'application/json', goodTimeline(query.title || undefined));
  if (kind === 'delay') {
    await new Promise((resolve) => setTimeout(resolve, Number(query.ms) || 0));
    return send(res, 200, 'application/json', goodTimeline(query.title || undefined));
  }
  if (!faultApplies(query.once)) return send(res, 200, 'application/json', goodTimeline('Recovered'));
  switch (kind) {
    case '404':
      return send(res, 404, 'text/plain', 'Not Found');
    case '500':
      return send(res, 500, 'text/plain', 'Internal Server Error');
    case 'signin':
      return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><html><head><title>Sign in</title></head><body><form action="https://accounts.google.com/v3/signin/identifier" method="post"><input type="email" name="identifier"></form></body></html>');
    case 'text-csv':
      if (!/^[\w-]+$/.test(name)) return send(res, 400, 'text/plain', `not a fixture name: "${name}"`);
      return send(res, 200, 'text/csv; charset=utf-8', await readFile(new URL(`../test/fixtures/elements/${name}.csv`, import.meta.url)));
    case 'html':
      return send(res, 200, 'text/html', '<!doctype html><html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>');
    case 'empty':
      return send(res, 200, 'application/json', '');
    case 'truncated':
      return send(res, 200, 'application/json', goodTimeline().slice(0, 60));
    case 'redirect':
      res.writeHead(302, {Location: `/__faults/good/${name}?title=Redirected`, 'Cache-Control': 'no-store'});
      return res.end();
    case 'hang':
      // Never answer; keep the socket until the browser aborts or the server stops.
      heldResponses.add(res);
      await new Promise((resolve) => res.on('close', resolve));
      heldResponses.delete(res);
      return;
    case 'slow': {
      res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
      heldResponses.add(res);
      const chunks = slowChunks();
      const pause = 2000 / chunks.length;
      let closed = false;
      res.on('close', () => (closed = true));
      for (const chunk of chunks) {
        if (closed) break;
        res.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
      heldResponses.delete(res);
      if (!closed) res.end();
      return;
    }
    default:
      return send(res, 400, 'text/plain', `unknown fault "${kind}"`);
  }
}

/** Starts and stops the cross-origin server with the dev server. */
const faultsPlugin = {
  name: 'news-timeline-faults',
  serverStart: () => startCorsServer(),
  serverStop() {
    for (const res of heldResponses) res.destroy();
    heldResponses.clear();
    return new Promise((resolve) => (corsServer ? (corsServer.closeAllConnections?.(), corsServer.close(() => resolve())) : resolve()));
  },
};

// --- framework packages ---------------------------------------------------------
//
// test/frameworks/ renders the element from React and Vue to prove the usage
// docs/frameworks.md shows. React ships CommonJS only, so its three packages
// (and only those) go through the commonjs plugin; React and Vue both read
// `process.env.NODE_ENV`, which a bundler would replace and a browser lacks.

const nodeEnvPackages = /\/node_modules\/(react|react-dom|scheduler|vue|@vue\/[^/]+)\//;

// The dev server converts one file at a time, without rollup's module graph:
// `strictRequires: false` gives each converted file a default export, and
// `requireReturnsDefault` makes `require()` take that export (every required
// file here is itself converted).
const commonjs = fromRollup(rollupCommonjs)({
  strictRequires: false,
  requireReturnsDefault: true,
  include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
});

/** Replaces `process.env.NODE_ENV` with "development" in the framework packages, as a dev bundler would. */
const frameworkNodeEnv = {
  name: 'news-timeline-framework-node-env',
  transform(context) {
    if (nodeEnvPackages.test(context.path) && typeof context.body === 'string') {
      return {body: context.body.replaceAll('process.env.NODE_ENV', '"development"')};
    }
  },
};

/**
 * The page each test file runs in. Lit's "scheduled an update after an update
 * completed" warning means an element rendered twice for one change: the
 * warning is recorded, and a root hook of mocha fails the test it came in.
 * (The hook is added after the framework's script has defined mocha and
 * before it runs the tests, which waits for the runner's configuration.)
 */
const testRunnerHtml = (testFramework) => `<!DOCTYPE html><html><head></head><body>
<script type="module">
  const renderedTwice = [];
  const warn = console.warn;
  console.warn = function (...args) {
    if (String(args[0]).includes('lit.dev/msg/change-in-update')) renderedTwice.push(String(args[0]));
    return warn.apply(this, args);
  };
  window.__renderedTwice = renderedTwice;
</script>
<script type="module" src="${testFramework}"></script>
<script type="module">
  const check = function () {
    if (!window.__renderedTwice.length) return;
    const message = window.__renderedTwice.splice(0).join('; ');
    // Lit warns once per page: forget it, so a later test is checked too.
    globalThis.litIssuedWarnings?.clear();
    throw new Error(\`One change rendered twice in "\${this.currentTest?.fullTitle() ?? 'the file'}": \${message}\`);
  };
  window.mocha.suite.afterEach('each change renders once', check);
  window.mocha.suite.afterAll('each change renders once', check);
</script>
</body></html>`;

export const shared = {
  files: ['test/**/*.test.ts', '!test/node/**'],
  testRunnerHtml,
  nodeResolve: true,
  middleware: [faultsMiddleware, liveFilesMiddleware],
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}), faultsPlugin, frameworkNodeEnv, commonjs, wheelPlugin],
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), failuresReporter()],
};
