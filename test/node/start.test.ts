/// <reference types="node" />
// `npm start` (scripts/start.mjs): PORT and HOST are honoured, a taken port
// moves the server to the next free one with a one-line message, and the
// address printed is the one really served. Every server started here is
// stopped before the test ends.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:net';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {listenFromPort, portFromEnv, serverUrl} from '../../scripts/listen-port.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', new URL('../../', import.meta.url)), 'utf8'));

/** A server holding a free port on 127.0.0.1, closed when the test ends. */
async function occupyPort(t: {after: (fn: () => Promise<void>) => void}): Promise<number> {
  const blocker = createServer();
  blocker.listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  t.after(() => closeServer(blocker));
  return (blocker.address() as {port: number}).port;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
}

test('npm start runs scripts/start.mjs', () => {
  assert.equal(pkg.scripts.start, 'node scripts/start.mjs');
});

test('PORT: 8000 when unset, a clear message when it is not a port', () => {
  assert.equal(portFromEnv(undefined), 8000);
  assert.equal(portFromEnv(''), 8000);
  assert.equal(portFromEnv('8123'), 8123);
  for (const bad of ['http', '80.5', '-1', '0', '70000']) {
    assert.throws(() => portFromEnv(bad), {message: `PORT is "${bad}"; expected a whole number from 1 to 65535.`});
  }
});

test('the printed address brackets IPv6 and shows a wildcard host as localhost', () => {
  assert.equal(serverUrl('127.0.0.1', 8000), 'http://127.0.0.1:8000/');
  assert.equal(serverUrl('::1', 8001), 'http://[::1]:8001/');
  assert.equal(serverUrl('0.0.0.0', 8002), 'http://localhost:8002/');
  assert.equal(serverUrl('::', 8003), 'http://localhost:8003/');
});

test('listenFromPort takes the asked port when it is free, silently', async (t) => {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const free = (probe.address() as {port: number}).port;
  await closeServer(probe);

  const server = createServer();
  t.after(() => closeServer(server));
  const lines: string[] = [];
  const port = await listenFromPort(server, '127.0.0.1', free, (line: string) => lines.push(line));
  assert.equal(port, free);
  assert.deepEqual(lines, []);
});

test('listenFromPort moves to a higher port when the asked one is taken, and says so in one line', async (t) => {
  const taken = await occupyPort(t);
  const server = createServer();
  t.after(() => closeServer(server));
  const lines: string[] = [];
  const port = await listenFromPort(server, '127.0.0.1', taken, (line: string) => lines.push(line));
  assert.ok(port > taken, `listened on ${port}, not above the taken ${taken}`);
  assert.equal((server.address() as {port: number}).port, port);
  assert.deepEqual(lines, [`Port ${taken} on 127.0.0.1 is in use; serving on port ${port} instead.`]);
});

test('npm start on a taken port serves the demo on the next free one and prints that address', {timeout: 60_000}, async (t) => {
  const taken = await occupyPort(t);
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {...process.env, PORT: String(taken), HOST: '127.0.0.1'},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  t.after(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  });

  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (output += chunk));
  const banner = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const match = /demo \(the default story\): (http:\/\/127\.0\.0\.1:(\d+)\/demo\/)/.exec(output);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing its address:\n${output}`)));
  });
  const port = Number(banner[2]);
  assert.ok(port > taken, `the banner names port ${port}, not one above the taken ${taken}`);
  assert.match(output, new RegExp(`^Port ${taken} on 127\\.0\\.0\\.1 is in use; serving on port ${port} instead\\.$`, 'm'));
  assert.doesNotMatch(output, /EADDRINUSE|at Server\./, 'a raw error was printed');

  const response = await fetch(banner[1]);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<news-timeline/);
  // The bare address, as a stranger might type it, leads to the demo too.
  const bare = await fetch(new URL('/', banner[1]), {redirect: 'manual'});
  assert.equal(bare.status, 302);
  assert.equal(new URL(bare.headers.get('location')!, banner[1]).href, banner[1]);

  child.kill('SIGTERM');
  const [code, signal] = await exited;
  assert.ok(code === 0 || signal === 'SIGTERM', `npm start ended with code ${code}, signal ${signal}`);
});
