// A tiny static server for the strict-CSP demo (demo/csp/) and Lighthouse:
// serves the repository's files on 127.0.0.1 with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'
// Usage: node scripts/csp-server.mjs [port]   (prints the address)
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Starts the server; resolves with its origin and a close function. */
export function startCspServer(port = 0) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root) || /(^|\/)\.|node_modules/.test(file.slice(root.length))) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'public, max-age=3600',
      };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 1024) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, {'Content-Security-Policy': CSP}).end();
    }
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      done({origin, close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r())))});
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const {origin} = await startCspServer(Number(process.argv[2] ?? 8010));
  console.log(`${origin}/demo/csp/`);
}
