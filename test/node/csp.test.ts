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

  it('opens a card whose image another origin serves, blocked by img-src \'self\', with its box and alt text', async () => {
    const page = await browser.newPage({viewport: {width: 1000, height: 800}});
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as {__violations: string[]}).__violations = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.origin}/demo/csp/`);
    await page.waitForFunction(() => Boolean((document.querySelector('news-timeline') as (HTMLElement & {timeline?: unknown}) | null)?.timeline));
    // A reserved domain: the policy blocks it before any request could be made.
    const photo = 'https://photos.example/kabul.jpg';
    const image = await page.evaluate(async (url) => {
      type Timeline = HTMLElement & {data: unknown; select(id: string): void; updateComplete: Promise<boolean>};
      const el = document.querySelector('news-timeline') as Timeline;
      el.data = {title: 'CSP', events: [
        {id: 'photo', date: '2021-08-16', title: 'Photo', media: {url, alt: 'Crowds on the airport apron', width: 400, height: 300}},
        {id: 'other', date: '2021-08-20', title: 'Other'},
      ]};
      await el.updateComplete;
      el.select('photo');
      await el.updateComplete;
      const img = el.shadowRoot!.querySelector<HTMLImageElement>('#card figure img, .inline-card figure img');
      if (!img) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const box = img.getBoundingClientRect();
      return {alt: img.alt, complete: img.complete, natural: img.naturalWidth, width: box.width, height: box.height, title: el.shadowRoot!.querySelector('.card-title')?.textContent};
    }, photo);
    assert.ok(image, 'the card shows the image');
    assert.equal(image.title, 'Photo', 'the card is open');
    assert.equal(image.alt, 'Crowds on the airport apron');
    assert.equal(image.natural, 0, 'the image was blocked');
    assert.ok(image.height > 20 && Math.abs(image.height - (image.width * 3) / 4) < 1.5, `the box is kept: ${JSON.stringify(image)}`);
    const violations = await page.evaluate(() => (window as unknown as {__violations: string[]}).__violations);
    assert.deepEqual([...new Set(violations)], [`img-src ${photo}`]);
    await page.close();
  });
});
