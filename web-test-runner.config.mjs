// Runs the browser tests in Chromium and Firefox ESR from the system's packages
// (BROWSERS=chromium to run one). WebKit has its own config, run by
// scripts/test-webkit.sh. `npm test` runs the three engines one after the
// other: side by side on a two-core machine, one browser's work stretched the
// other's tasks threefold, and the tests that hold tasks under 50 ms measured
// the machine instead of our code.
import {chromeLauncher} from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import {requireBrowser} from './scripts/browsers.mjs';
import {shared} from './scripts/wtr-shared.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: requireBrowser('chromium'),
        args: [
          '--no-sandbox', '--disable-dev-shm-usage', '--lang=en-US', '--disable-background-networking', '--disable-component-update',
          // Test files run side by side in tabs; animation frames must not pause in the ones behind.
          '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: requireBrowser('firefox'), headless: true},
    }),
};

export default {
  ...shared,
  browsers: (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => launchers[name.trim()]()),
  // One page at a time per browser: a page behind another gets no animation frames.
  concurrency: 1,
};
