// Where the test browsers live on Debian/Ubuntu, and a clear message when one is missing.
import {existsSync} from 'node:fs';

export const browsers = {
  chromium: {path: process.env.CHROME_PATH ?? '/usr/bin/chromium', apt: 'chromium'},
  firefox: {path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr'},
  webkit: {path: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', apt: 'webkit2gtk-driver xvfb'},
};

/** Throws, naming the package to install, when a browser the tests need is not there. */
export function requireBrowser(name) {
  const {path, apt} = browsers[name];
  if (!existsSync(path)) {
    throw new Error(
      `news-timeline tests need ${name}, which was not found at ${path}.\n` +
        `Install it with:  bash scripts/install-browsers.sh   (or: sudo apt-get install -y ${apt})`,
    );
  }
  return path;
}
