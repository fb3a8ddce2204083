// A minimal static file server for the benchmark pages: serves the repository
// root on 127.0.0.1 (a free port), no caching, GET and HEAD only.
import {createServer} from 'node:http';
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * `pinned` maps a URL path to bytes served instead of the file there: the runner
 * pins the news-timeline bundle as read at the start, so a rebuild of dist/
 * by someone else during a run cannot change or break what is measured.
 */
export async function startServer(root, pinned = {}) {
  const base = path.resolve(root);
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      if (Object.hasOwn(pinned, pathname)) {
        const bytes = pinned[pathname];
        response.writeHead(200, {'content-type': TYPES[path.extname(pathname)] ?? 'application/octet-stream', 'content-length': bytes.length, 'cache-control': 'no-store'});
        response.end(request.method === 'HEAD' ? undefined : bytes);
        return;
      }
      const file = path.resolve(base, '.' + pathname);
      if (file !== base && !file.startsWith(base + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(resolve);
    }),
  };
}
