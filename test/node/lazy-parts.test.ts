/// <reference types="node" />
// The script-tag bundle's parts loaded on demand (src/lazy-parts.ts), as a page
// under a strict Content-Security-Policy uses them: a JSON timeline in English
// fetches only the view it draws (the horizontal one at desktop width, the
// chronology in a narrow window); a CSV and a TimelineJS3 file, a narrow
// container, a page in Russian and a file that is not valid JSON each fetch
// theirs (from beside the bundle) and show what they should; and a part that
// answers 404 ends in the element's error state, naming the file.
// Run with: node --import tsx --test test/node/lazy-parts.test.ts
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'playwright-core';
import {openCspBrowser, type CspBrowser} from './csp-browser.js';
// @ts-expect-error: a plain .mjs script without types
import {CSP} from '../../scripts/csp-server.mjs';

const PARTS = [
  'news-timeline.csv.js', 'news-timeline.timelinejs.js', 'news-timeline.horizontal.js', 'news-timeline.vertical.js',
  'news-timeline.languages.js', 'news-timeline.json-error.js', 'news-timeline.edtf.js', 'news-timeline.read-event-elements.js',
  'news-timeline.source-provenance.js', 'news-timeline.live-updates.js', 'news-timeline.media.js',
];

/** A page with the bundle and one timeline; served at a made-up address, with the server's policy. */
function pageWith(timeline: string, lang: string): string {
  return [
    `<!doctype html><html lang="${lang}"><head>`,
    '<meta charset="utf-8"><title>Lazy parts</title>',
    '<script type="module" src="/dist/news-timeline.bundle.js"></script></head>',
    `<body>${timeline}</body></html>`,
  ].join('');
}

type Outcome = {events: number; drawn: number; state: string; parts: string[]; chronology: boolean; listName: string};
type Options = {missing?: string; width?: number; lang?: string};

describe('the bundle\'s parts loaded on demand, under a strict CSP', () => {
  let server: {origin: string; close: () => Promise<void>};
  let browser: Browser;

  let opened: CspBrowser | undefined;

  before(async () => {
    opened = await openCspBrowser(PARTS);
    ({server, browser} = opened);
  });

  after(() => opened?.close());

  /**
   * Opens a page holding `timeline`, waits until it is drawn or shows an
   * error, and reports what it shows and which scripts of dist/ it fetched.
   */
  async function open(timeline: string, {missing, width = 1000, lang = 'en'}: Options = {}): Promise<{page: Page; errors: string[]; outcome: Outcome}> {
    const page = await browser.newPage({viewport: {width, height: 700}});
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && !/404/.test(message.text()) && errors.push(message.text()));
    const scripts: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/dist/')) scripts.push(path.slice('/dist/'.length));
    });
    await page.route('**/lazy-parts-page.html', (route) =>
      route.fulfill({status: 200, contentType: 'text/html', headers: {'Content-Security-Policy': CSP}, body: pageWith(timeline, lang)}));
    if (missing) await page.route(`**/dist/${missing}`, (route) => route.fulfill({status: 404, body: 'Not found'}));
    await page.route('**/three-events.json?broken', (route) =>
      route.fulfill({status: 200, contentType: 'application/json', body: '{"title": "Broken",\n  "events": [,]}'}));
    await page.goto(`${server.origin}/lazy-parts-page.html`);
    await page.waitForFunction(() => {
      const el = document.querySelector('news-timeline');
      return Boolean(el?.shadowRoot?.querySelector('[data-key], [role="alert"]'));
    });
    const shown = await page.evaluate(() => {
      const el = document.querySelector('news-timeline') as unknown as HTMLElement & {timeline?: {events: unknown[]}};
      return {
        events: el.timeline?.events.length ?? 0,
        drawn: el.shadowRoot!.querySelectorAll('[data-key]').length,
        state: el.shadowRoot!.querySelector('[part="state"]')?.textContent?.trim() ?? '',
        chronology: Boolean(el.shadowRoot!.querySelector('[part="chronology"]')),
        listName: el.shadowRoot!.querySelector('ol')?.getAttribute('aria-label') ?? '',
      };
    });
    return {page, errors, outcome: {...shown, parts: scripts.filter((file) => PARTS.includes(file)).sort()}};
  }

  it('draws a JSON timeline at desktop width with no part but the horizontal view', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/elements/three-events.json"></news-timeline>');
    assert.deepEqual(outcome.parts, ['news-timeline.horizontal.js']);
    assert.equal(outcome.events, 3);
    assert.equal(outcome.drawn, 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('fetches the CSV reader for a CSV file, and draws its events', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/elements/spreadsheet.csv"><h2>Sheet</h2></news-timeline>');
    assert.deepEqual(outcome.parts, ['news-timeline.csv.js', 'news-timeline.horizontal.js']);
    assert.ok(outcome.events > 0 && outcome.drawn > 0, `${outcome.events} events, ${outcome.drawn} drawn`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('fetches the TimelineJS3 reader for a TimelineJS3 file, and draws its events', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/timelinejs/full.json"></news-timeline>');
    // Its slides' media are read by the media part.
    assert.deepEqual(outcome.parts, ['news-timeline.horizontal.js', 'news-timeline.media.js', 'news-timeline.timelinejs.js']);
    assert.ok(outcome.events > 0 && outcome.drawn > 0, `${outcome.events} events, ${outcome.drawn} drawn`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  // An uncertain date (EDTF) is read by a part of its own, from every input: JSON, CSV and the HTML form.
  for (const [what, timeline, parts, count] of [
    ['a JSON file', '<news-timeline src="/test/fixtures/elements/edtf-forms.json"></news-timeline>', ['news-timeline.edtf.js', 'news-timeline.horizontal.js'], 16],
    ['a CSV file', '<news-timeline src="/test/fixtures/elements/uncertain.csv"><h2>Sheet</h2></news-timeline>', ['news-timeline.csv.js', 'news-timeline.edtf.js', 'news-timeline.horizontal.js'], 4],
    ['the HTML form', '<news-timeline><h2>Form</h2><news-timeline-event id="a" date="2001-11-12?"><h3>Possibly</h3></news-timeline-event><news-timeline-event id="b" date="2004~"><h3>About</h3></news-timeline-event></news-timeline>', ['news-timeline.edtf.js', 'news-timeline.horizontal.js', 'news-timeline.read-event-elements.js'], 2],
  ] as const) {
    it(`fetches the EDTF reader for uncertain dates in ${what}, and draws them`, async () => {
      const {page, errors, outcome} = await open(timeline);
      assert.deepEqual(outcome.parts, parts);
      assert.equal(outcome.events, count);
      assert.ok(outcome.drawn > 0);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('fetches the media part for a timeline with media, and shows a medium in the card', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/media/every-kind.json"></news-timeline>');
    assert.deepEqual(outcome.parts, ['news-timeline.horizontal.js', 'news-timeline.media.js']);
    assert.ok(outcome.events > 0 && outcome.drawn > 0, `${outcome.events} events, ${outcome.drawn} drawn`);
    const withMedia = await page.evaluate(() => {
      const el = document.querySelector('news-timeline') as unknown as HTMLElement & {timeline: {events: Array<{id: string; media?: {kind: string}}>}; selected: string | null};
      // A hosted video is a link first: nothing is fetched from another origin, which the policy would block.
      const event = el.timeline.events.find((e) => e.media?.kind === 'embed')!;
      el.selected = event.id;
      return event.id;
    });
    await page.waitForFunction(() => document.querySelector('news-timeline')!.shadowRoot!.querySelector('#card [part~="media"]'));
    assert.ok(withMedia);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows an error naming the media part when it answers 404, rather than the events without their media', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/media/every-kind.json"></news-timeline>', {missing: 'news-timeline.media.js'});
    assert.equal(outcome.events, 0);
    assert.match(outcome.state, /news-timeline\.media\.js, the part that reads and shows images, video and audio, could not be loaded/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('fetches what follows a developing story for a timeline with refresh, and draws it', async () => {
    const {page, errors, outcome} = await open('<news-timeline refresh="60" src="/test/fixtures/elements/three-events.json"></news-timeline>');
    assert.deepEqual(outcome.parts, ['news-timeline.horizontal.js', 'news-timeline.live-updates.js']);
    assert.equal(outcome.drawn, 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('draws the timeline and reports the live part, naming it, when it answers 404', async () => {
    const {page, errors, outcome} = await open('<news-timeline refresh="60" src="/test/fixtures/elements/three-events.json"></news-timeline>', {missing: 'news-timeline.live-updates.js'});
    assert.equal(outcome.drawn, 3);
    const problem = () => (document.querySelector('news-timeline') as unknown as {problems: Array<{path: string; message: string}>}).problems.find((p) => p.path === 'refresh')?.message;
    await page.waitForFunction(problem);
    assert.match(await page.evaluate(problem) ?? '', /^news-timeline\.live-updates\.js, the part that follows a developing story \(refresh, remember\), could not be loaded/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows an error naming the EDTF reader when its file answers 404', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/elements/edtf-forms.json"></news-timeline>', {missing: 'news-timeline.edtf.js'});
    assert.equal(outcome.events, 0);
    assert.match(outcome.state, /news-timeline\.edtf\.js, the part that reads uncertain and approximate \(EDTF\) dates, could not be loaded/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows an error naming the part when its file answers 404', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/elements/spreadsheet.csv"></news-timeline>', {missing: 'news-timeline.csv.js'});
    assert.equal(outcome.events, 0);
    assert.match(outcome.state, /spreadsheet\.csv: news-timeline\.csv\.js, the part that reads CSV files, could not be loaded/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('fetches the chronology, and not the horizontal view, in a narrow window, and draws it', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/elements/three-events.json"></news-timeline>', {width: 375});
    assert.deepEqual(outcome.parts, ['news-timeline.vertical.js']);
    assert.equal(outcome.chronology, true);
    assert.equal(outcome.drawn, 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  // Each view is a part: without it, the data is still read and the element says which file is missing.
  for (const [file, layout, what] of [
    ['news-timeline.vertical.js', ' layout="vertical"', 'the vertical chronology'],
    ['news-timeline.horizontal.js', '', 'the horizontal timeline'],
  ]) {
    it(`shows an error naming ${file} when it answers 404, with the data read`, async () => {
      const {page, errors, outcome} = await open(`<news-timeline src="/test/fixtures/elements/three-events.json"${layout}></news-timeline>`, {missing: file});
      assert.equal(outcome.events, 3);
      assert.equal(outcome.drawn, 0);
      assert.match(outcome.state, new RegExp(`${file.replaceAll('.', '\\.')}, the part that draws ${what}, could not be loaded`));
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('fetches the translations for a page in Russian, and speaks Russian', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/elements/three-events.json"></news-timeline>', {lang: 'ru'});
    assert.deepEqual(outcome.parts, ['news-timeline.horizontal.js', 'news-timeline.languages.js']);
    assert.equal(outcome.listName, 'События');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('fetches the explainer for a file that is not valid JSON, and says what is wrong where', async () => {
    const {page, errors, outcome} = await open('<news-timeline src="/test/fixtures/elements/three-events.json?broken"></news-timeline>', {missing: undefined});
    // The explainer tells a CSV file read as JSON by its header row, with the CSV reader's column names.
    assert.deepEqual(outcome.parts, ['news-timeline.csv.js', 'news-timeline.horizontal.js', 'news-timeline.json-error.js']);
    assert.match(outcome.state, /not valid JSON: unexpected "," at line 2, column 14; expected a value/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
