/// <reference types="node" />
// loadTimeline: what the element does with a fetched file's text, without
// the element. It tells the format from the type asked for, the address or
// the answer's Content-Type, loads the reader it needs and parses in steps; its results are those of
// parseTimelineSource for the same text and format.
// Run with: node --import tsx --test test/node/load-timeline.test.ts
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {loadTimeline, type LoadedText} from '../../src/data/load-timeline.js';
import {parseTimelineSource} from '../../src/data/parse-timeline-text.js';
import {acceptHeader, formatOfAnswer, formatOfText, type TextOrigin} from '../../src/data/timeline-format.js';
import type {ParseResult} from '../../src/data/types.js';
import {runSteps, type Steps} from '../../src/steps/steps.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const CSV = fixture('csv/afghanistan.csv');
const JSON_TEXT = fixture('minimal.json');
const TIMELINEJS = fixture('timelinejs/full.json');

const atOnce = async <T>(steps: Steps<T>): Promise<T> => runSteps(steps);

async function load(loaded: LoadedText): Promise<ParseResult> {
  return runSteps(await loadTimeline(loaded, atOnce));
}

describe('formatOfAnswer', () => {
  it('is the type asked for, else the extension of the path, else the Content-Type, else JSON for an answer', () => {
    const table: [string, string | null, 'json' | 'csv' | undefined, 'json' | 'csv'][] = [
      ['events.csv', null, undefined, 'csv'],
      ['https://cdn.example/a/Events.CSV?v=2#top', 'text/plain', undefined, 'csv'],
      ['events.json', 'text/csv', undefined, 'json'],
      ['export?format=csv', 'text/csv; charset=utf-8', undefined, 'csv'],
      ['export?format=csv', 'application/octet-stream', undefined, 'json'],
      ['export', 'text/csvx', undefined, 'json'],
      ['export', null, 'csv', 'csv'],
      ['events.csv', 'text/csv', 'json', 'json'],
    ];
    for (const [file, contentType, format, expected] of table) {
      assert.equal(formatOfAnswer({file, contentType, format}), expected, `${file} ${contentType} ${format}`);
    }
  });
});

describe('formatOfText', () => {
  it('tells text that came in no answer by its first character, unless its name or the type asked for says', () => {
    const table: [string, TextOrigin, 'json' | 'csv'][] = [
      [CSV, {}, 'csv'],
      [JSON_TEXT, {}, 'json'],
      ['\uFEFF  [1]', {}, 'json'],
      ['', {}, 'json'],
      ['<!doctype html>', {}, 'json'],
      [CSV, {file: 'events.json'}, 'json'],
      [JSON_TEXT, {file: 'events.csv'}, 'csv'],
      [JSON_TEXT, {format: 'csv', file: 'events.json'}, 'csv'],
    ];
    for (const [text, origin, expected] of table) assert.equal(formatOfText(text, origin), expected, `${text.slice(0, 10)} ${JSON.stringify(origin)}`);
  });
});

describe('acceptHeader', () => {
  it('asks for the format named, or JSON before CSV', () => {
    assert.match(acceptHeader({file: 'a.csv'}), /^text\/csv/);
    assert.match(acceptHeader({file: 'a.csv', format: 'json'}), /^application\/json, text\/plain/);
    assert.match(acceptHeader({file: 'export'}), /^application\/json, text\/csv;q=0\.9/);
  });
});

describe('loadTimeline', () => {
  const cases: [string, LoadedText, {format?: 'json' | 'csv'; file?: string; title?: string}][] = [
    ['JSON by its address', {text: JSON_TEXT, file: 'https://example.org/minimal.json', contentType: 'application/json'}, {format: 'json'}],
    ['CSV by its address, titled', {text: CSV, file: '/data/afghanistan.csv?v=3', contentType: 'text/plain', title: 'From a sheet'}, {format: 'csv', title: 'From a sheet'}],
    ['CSV by its Content-Type', {text: CSV, file: '/export', contentType: 'text/csv; charset=utf-8'}, {format: 'csv'}],
    ['CSV by the type asked for', {text: CSV, file: '/export', contentType: null, format: 'csv'}, {format: 'csv'}],
    ['TimelineJS3 JSON', {text: TIMELINEJS, file: 'full.json', contentType: 'application/json'}, {format: 'json'}],
  ];
  for (const [name, loaded, options] of cases) {
    it(`reads ${name} as parseTimelineSource does`, async () => {
      const result = await load(loaded);
      assert.ok(result.timeline, JSON.stringify(result.problems.slice(0, 3)));
      assert.deepEqual(result, parseTimelineSource(loaded.text, options));
    });
  }

  it('reads CSV served without a name or CSV type as JSON, and says how to read it', async () => {
    const result = await load({text: CSV, file: '/export', contentType: 'text/plain'});
    assert.equal(result.timeline, undefined);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^the file is not valid JSON: it looks like CSV \(columns id, Date, end, Title/);
    assert.match(result.problems[0].message, /type="csv"/);
  });

  it('names an empty file, an HTML page and a JSON syntax error', async () => {
    const empty = await load({text: ' \n', file: 'a.json', contentType: 'application/json'});
    assert.match(empty.problems[0].message, /^the file is empty/);
    const html = await load({text: '<!doctype html><title>Sign in</title>', file: '/export', contentType: 'text/html'});
    assert.match(html.problems[0].message, /^the file is an HTML page, not JSON/);
    const csvHtml = await load({text: '<html></html>', file: 'a.csv', contentType: 'text/html'});
    assert.match(csvHtml.problems[0].message, /^the file is an HTML page, not CSV/);
    const broken = await load({text: '{"title": "T",\n "events": [,]}', file: 'a.json', contentType: 'application/json'});
    assert.match(broken.problems[0].message, /^the file is not valid JSON: unexpected "," at line 2, column 13/);
    for (const result of [empty, html, csvHtml, broken]) assert.equal(result.timeline, undefined);
  });

  it('reads JSON with the runner it is given, and leaves the parse to the steps it returns', async () => {
    const read: number[] = [];
    const run = async <T>(steps: Steps<T>): Promise<T> => {
      let yields = 0;
      for (;;) {
        const next = steps.next();
        if (next.done) {
          read.push(yields);
          return next.value;
        }
        yields++;
      }
    };
    // Enough events that reading and parsing each take several slices.
    const big = JSON.stringify({title: 'Big', events: Array.from({length: 3000}, (_, i) => ({id: `e${i}`, date: '2020-01-01', title: `Event ${i}`}))});
    const steps = await loadTimeline({text: big, file: 'big.json', contentType: 'application/json'}, run);
    assert.equal(read.length, 1, 'the runner read the JSON text once');
    assert.ok(read[0] > 0, 'the JSON text was read in slices');
    let parseYields = 0;
    let next = steps.next();
    while (!next.done) {
      parseYields++;
      next = steps.next();
    }
    assert.ok(parseYields > 0, 'the parse was left to the steps');
    assert.equal(next.value.timeline?.events.length, 3000);
  });
});
