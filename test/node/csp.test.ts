/// <reference types="node" />
// The built bundle under a strict Content-Security-Policy (no unsafe-inline,
// no unsafe-eval): the default story renders, a card opens, and the browser
// reports no violation. Run with: node --import tsx --test test/node/csp.test.ts
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'playwright-core';
import {openCspBrowser, type CspBrowser} from './csp-browser.js';

describe('strict Content-Security-Policy', () => {
  let server: {origin: string; close: () => Promise<void>};
  let browser: Browser;

  let opened: CspBrowser | undefined;

  before(async () => {
    opened = await openCspBrowser(['news-timeline.bundle.js']);
    ({server, browser} = opened);
  });

  after(() => opened?.close());

  it('renders the default story and opens a card with zero violations', async () => {
    const page = await browser.newPage({viewport: {width: 1000, height: 800}});
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as {__violations: string[]}).__violations = list;
      document.addEventListener('securitypolicyviolation', (e) => {
        list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      });
    });
    const response = await page.goto(`${server.origin}/demo/csp/`);
    assert.match(response!.headers()['content-security-policy'], /script-src 'self'; style-src 'self'/);
    await page.waitForFunction(() => {
      const el = document.querySelector('news-timeline') as (HTMLElement & {timeline?: {events: unknown[]}}) | null;
      return Boolean(el?.timeline?.events.length && el.shadowRoot?.querySelector('[data-key]'));
    });
    await page.evaluate(() => (document.querySelector('news-timeline') as unknown as {zoomTo(a: string, b: string): void}).zoomTo('2021-10-17', '2021-10-23'));
    await page.waitForTimeout(700);
    // The Moscow talks of 20 October 2021; `force`, because a zoom transition may still be settling.
    const marker = page.locator('news-timeline [data-id="moscow-format-talks-2021"]');
    await marker.hover({force: true});
    await page.waitForTimeout(300);
    const card = await page.evaluate(() => {
      const c = document.querySelector('news-timeline')!.shadowRoot!.querySelector<HTMLElement>('#card')!;
      const box = c.getBoundingClientRect();
      return {
        open: c.matches(':popover-open') || c.classList.contains('open'),
        title: c.querySelector('.card-title')?.textContent ?? '',
        visible: box.width > 0 && box.height > 0,
        // The styles must have applied: a card with no stylesheet has no background.
        background: getComputedStyle(c).backgroundColor,
      };
    });
    const violations = await page.evaluate(() => (window as unknown as {__violations: string[]}).__violations);
    console.log(`CSP: ${violations.length} violations, ${errors.length} console errors`);
    assert.ok(card.open && card.visible, 'the card is open and visible');
    assert.match(card.title, /Moscow/);
    assert.notEqual(card.background, 'rgba(0, 0, 0, 0)', 'the card is styled');
    const unique = [...new Set(violations)].map((v) => `${violations.filter((w) => w === v).length}× ${v}`);
    assert.deepEqual(unique, [], 'Content-Security-Policy violations');
    assert.deepEqual(errors, [], 'console errors');
    await page.close();
  });
});
