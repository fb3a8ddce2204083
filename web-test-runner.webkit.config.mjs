// WebKitGTK's MiniBrowser, driven through WebKitWebDriver on port 4444 under
// Xvfb (it has no headless mode). Started by scripts/test-webkit.sh.
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {requireBrowser} from './scripts/browsers.mjs';
import {shared} from './scripts/wtr-shared.mjs';

export default {
  ...shared,
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: 4444,
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: requireBrowser('webkit'), args: ['--automation']},
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  ],
  concurrency: 1,
};
