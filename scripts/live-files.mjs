// A timeline file that changes while a page polls it, for the live update
// tests (test/elements/timeline-live.test.ts), served by the browser test
// runner at `/__live/<name>`.
//
//   GET  /__live/<name>        the current version, with the validators the file
//                              is set to send; a matching If-None-Match or
//                              If-Modified-Since gets 304; a fault set for the
//                              next request answers instead (once)
//   GET  /__live/<name>?log    the requests made so far: their conditional
//                              headers and the status each got
//   POST /__live/<name>        JSON: {doc?, validators?, fault?, reset?}
//                              doc         the next version (any JSON: a timeline)
//                              validators  "both" (default), "etag", "last-modified", "none"
//                              fault       "500" or "hang" for the next GET
//                              reset       forget the file and its log
//
// Each version gets an ETag and a Last-Modified a minute after the one
// before (HTTP dates count whole seconds: versions made in the same second
// must still differ).

const files = new Map();
const held = new Set();
const BASE_TIME = Date.UTC(2021, 9, 20, 12, 0, 0);

function fileOf(name) {
  let file = files.get(name);
  if (!file) {
    file = {version: 0, body: '{}', validators: 'both', fault: undefined, log: []};
    files.set(name, file);
  }
  return file;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Koa middleware answering `/__live/...`; everything else goes on. */
export async function liveFilesMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__live/')) return next();
  const name = ctx.path.slice('/__live/'.length);
  ctx.respond = false;
  const res = ctx.res;
  const send = (status, headers, body = '') => {
    res.writeHead(status, {'Cache-Control': 'no-store', ...headers});
    res.end(body);
  };
  if (ctx.method === 'POST') {
    const change = JSON.parse((await readBody(ctx.req)) || '{}');
    if (change.reset) files.delete(name);
    const file = fileOf(name);
    if ('doc' in change) {
      file.version++;
      file.body = JSON.stringify(change.doc);
    }
    if (change.validators) file.validators = change.validators;
    if ('fault' in change) file.fault = change.fault;
    send(200, {'Content-Type': 'application/json'}, JSON.stringify({version: file.version}));
    return;
  }
  const file = fileOf(name);
  if ('log' in ctx.query) {
    send(200, {'Content-Type': 'application/json'}, JSON.stringify({requests: file.log}));
    return;
  }
  const entry = {ifNoneMatch: ctx.get('If-None-Match') || undefined, ifModifiedSince: ctx.get('If-Modified-Since') || undefined, status: 0};
  file.log.push(entry);
  const fault = file.fault;
  file.fault = undefined;
  if (fault === '500') {
    entry.status = 500;
    send(500, {'Content-Type': 'text/plain'}, 'Internal Server Error');
    return;
  }
  if (fault === 'hang') {
    // Headers never come: the client's timeout gives up, and the socket goes with it.
    entry.status = -1;
    held.add(res);
    res.on('close', () => held.delete(res));
    return;
  }
  const etag = `"v${file.version}"`;
  const modified = new Date(BASE_TIME + file.version * 60_000).toUTCString();
  const headers = {'Content-Type': 'application/json'};
  if (file.validators === 'both' || file.validators === 'etag') headers.ETag = etag;
  if (file.validators === 'both' || file.validators === 'last-modified') headers['Last-Modified'] = modified;
  const sameTag = headers.ETag && entry.ifNoneMatch === etag;
  const notModified = headers['Last-Modified'] && !entry.ifNoneMatch && entry.ifModifiedSince && Date.parse(entry.ifModifiedSince) >= Date.parse(modified);
  if (sameTag || notModified) {
    entry.status = 304;
    send(304, headers);
    return;
  }
  entry.status = 200;
  send(200, headers, file.body);
}
