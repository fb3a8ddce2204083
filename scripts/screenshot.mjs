// Screenshots of a page in Debian's Chromium, for looking at what readers see:
//   node scripts/screenshot.mjs URL OUT.png [width] [light|dark] [actions]
import {chromium} from 'playwright-core';

const [url, out, width = '1280', scheme = 'light', action = ''] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({viewport: {width: Number(width), height: 900}, colorScheme: scheme, deviceScaleFactor: 1});
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(1500);
// Actions, separated by ";": zoom:START..END, hover:EVENT-ID, click:SELECTOR, key:KEY, wait:MS
for (const step of action.split(';').filter(Boolean)) {
  const [verb, ...rest] = step.split(':');
  const arg = rest.join(':');
  if (verb === 'zoom') {
    const [start, end] = arg.split('..');
    await page.evaluate(([s, e]) => document.querySelector('news-timeline').zoomTo(s, e), [start, end]);
    await page.waitForTimeout(600);
  } else if (verb === 'hover') {
    await page.locator(`news-timeline >> [data-id="${arg}"]`).hover();
    await page.waitForTimeout(400);
  } else if (verb === 'click') {
    await page.locator(`news-timeline >> ${arg}`).first().click();
    await page.waitForTimeout(800);
  } else if (verb === 'key') {
    await page.keyboard.press(arg);
    await page.waitForTimeout(200);
  } else if (verb === 'wait') {
    await page.waitForTimeout(Number(arg));
  }
}
// FIRST_SCREEN=1 keeps to what the reader sees first, without scrolling.
await page.screenshot({path: out, fullPage: !process.env.FIRST_SCREEN});
await browser.close();
