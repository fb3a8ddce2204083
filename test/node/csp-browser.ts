/// <reference types="node" />
// The built bundle served under a strict Content-Security-Policy
// (scripts/csp-server.mjs) to Debian's Chromium, for the tests that load it.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {chromium, type Browser} from 'playwright-core';
// @ts-expect-error: a plain .mjs script without types
import {startCspServer} from '../../scripts/csp-server.mjs';

const root = new URL('../../', import.meta.url);

export interface CspBrowser {
  readonly server: {origin: string; close: () => Promise<void>};
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds dist/ first when one of `files` (paths under dist/) is missing, then starts the server and the browser. */
export async function openCspBrowser(files: readonly string[]): Promise<CspBrowser> {
  if (files.some((file) => !existsSync(new URL(`dist/${file}`, root)))) {
    const build = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
    assert.equal(build.status, 0, 'npm run build failed');
  }
  const server = await startCspServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  return {server, browser, close: async () => {
    await browser.close();
    await server.close();
  }};
}
