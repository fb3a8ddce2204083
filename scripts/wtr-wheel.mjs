// A test command that turns a real mouse wheel over the page, which
// @web/test-runner-commands lacks (its sendMouse moves and clicks). A
// WheelEvent made in the page does not scroll it; this goes through the
// browser's input, as a reader's wheel does. In a test:
//   executeServerCommand('wheel', {x: 200, y: 300, deltaY: 400})

let turns = 0;

/** The `wheel` command, for the puppeteer (Chromium, Firefox) and WebDriver (WebKit) launchers. */
export const wheelPlugin = {
  name: 'news-timeline-wheel',
  async executeCommand({command, payload, session}) {
    if (command !== 'wheel') return undefined;
    const {x = 100, y = 100, deltaY = 0, deltaX = 0} = payload ?? {};
    if (session.browser.type === 'puppeteer') {
      const page = session.browser.getPage(session.id);
      await page.mouse.move(x, y);
      await page.mouse.wheel({deltaX, deltaY});
      return true;
    }
    if (session.browser.type === 'webdriver') {
      await session.browser.driverManager.performActions(session.id, [
        // A new input source for each turn: WebKit scrolls once per source, and releasing one scrolls back.
        {type: 'wheel', id: `wheel-${++turns}`, actions: [{type: 'scroll', x, y, deltaX, deltaY, duration: 0, origin: 'viewport'}]},
      ]);
      return true;
    }
    throw new Error(`The wheel command does not support the ${session.browser.type} launcher.`);
  },
};
