// Port handling for `npm start` (scripts/start.mjs): read PORT and HOST, and
// listen on the next port up when the asked one is taken, instead of failing.

/** How many ports above the asked one are tried before giving up. */
const PORTS_TRIED = 20;

/**
 * The port to start from, from the PORT variable (8000 when unset).
 * @param {string | undefined} value
 * @returns {number}
 */
export function portFromEnv(value) {
  if (value === undefined || value === '') return 8000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new Error(`PORT is "${value}"; expected a whole number from 1 to 65535.`);
  }
  return port;
}

/**
 * The address a browser should open for a server listening on `host:port`.
 * A wildcard host (every interface) is shown as localhost, an IPv6 one in brackets.
 * @param {string} host
 * @param {number} port
 */
export function serverUrl(host, port) {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}

/**
 * Makes `server` listen on `host` at `firstPort`, or at the first free port
 * above it; says so in one line through `log` when it had to move.
 * Listening is itself the test for "free", so no other process can take the
 * port between a check and the listen.
 * @param {import('node:net').Server} server
 * @param {string} host
 * @param {number} firstPort
 * @param {(line: string) => void} [log]
 * @returns {Promise<number>} the port the server listens on
 */
export async function listenFromPort(server, host, firstPort, log = console.log) {
  const lastPort = Math.min(firstPort + PORTS_TRIED - 1, 65535);
  for (let port = firstPort; port <= lastPort; port++) {
    try {
      await listenOnce(server, host, port);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') continue;
      throw error;
    }
    if (port !== firstPort) log(`Port ${firstPort} on ${host} is in use; serving on port ${port} instead.`);
    return port;
  }
  throw new Error(`Ports ${firstPort} to ${lastPort} on ${host} are all in use; set PORT to a free port.`);
}

/** One attempt to listen, as a promise that rejects with the listen error. */
function listenOnce(server, host, port) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(undefined);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
