// `npm start`: serves the demo of the default story from the TypeScript
// sources on HOST:PORT (127.0.0.1:8000 by default), moving up to the next free
// port when that one is taken, and prints the address it really serves.
//
// It listens itself and hands requests to @web/dev-server in middleware mode:
// the dev server's own listen ignores a host of 127.0.0.1 or localhost (it
// binds every interface) and stops with a stack trace when the port is taken.
import {createServer} from 'node:http';
import {startDevServer} from '@web/dev-server';
import config from '../web-dev-server.config.mjs';
import {listenFromPort, portFromEnv, serverUrl} from './listen-port.mjs';

const host = process.env.HOST || '127.0.0.1';
let firstPort;
try {
  firstPort = portFromEnv(process.env.PORT);
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

const server = createServer();
let port;
try {
  port = await listenFromPort(server, host, firstPort);
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

const devServer = await startDevServer({
  config: {...config, hostname: host, port, middlewareMode: {server}},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
server.on('request', devServer.koaApp.callback());

const url = serverUrl(host, port);
console.log(`\n  news-timeline demo (the default story): ${url}demo/\n  The story inside an article page:      ${url}demo/article.html\n`);

// startDevServer stops its own parts on Ctrl+C; the listening socket is ours to close.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
