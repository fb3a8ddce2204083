/// <reference types="node" />
// Spreadsheets: data/template.csv in our columns, and TimelineJS3's template read as it is.
// Run with: node --import tsx --test test/node/sheets.test.ts
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {parseTimelineCsv, parseTimelineSource} from '../../src/data/parse-timeline-text.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pathsOf = (problems: readonly {path: string}[]) => problems.map((p) => p.path);

describe('data/template.csv', () => {
  const {timeline, problems} = parseTimelineSource(read('data/template.csv'), {file: 'template.csv', title: 'My story'});

  it('parses with no problem at all', () => {
    assert.deepEqual(problems, []);
    assert.equal(timeline?.events.length, 3);
  });

  it('has three rows that say they are examples, with a source each, in our own columns', () => {
    for (const event of timeline!.events) {
      assert.match(event.title, /^Example: /);
      assert.match(event.id, /^example-/);
      assert.equal(event.sources.length, 1);
      assert.match(event.sources[0].url!, /^https:\/\//);
    }
    assert.ok(timeline!.events.some((e) => e.end), 'one example shows an end date');
    assert.deepEqual(timeline!.categories.map((c) => c.label).sort(), ['Diplomacy', 'Humanitarian', 'Military']);
  });
});

describe("a CSV in TimelineJS3's spreadsheet template", () => {
  const text = read('test/fixtures/elements/timelinejs-template.csv');
  const {timeline, problems, eventsLeftOut} = parseTimelineCsv(text);

  it('reads the title row as the title, its text as the description and its medium as the timeline\'s', () => {
    assert.equal(timeline!.title, 'Example: the Riverton ferry story');
    assert.equal(timeline!.description, "A made-up story, to show TimelineJS3's template read as it is.");
    assert.equal(timeline!.media?.url, 'https://example.org/ferry/cover.jpg');
    assert.equal(timeline!.media?.credit, 'Example Photo Desk');
  });

  it('reads every other row: era rows as eras, the rest as events, none left out', () => {
    assert.deepEqual(timeline!.eras.map((e) => [e.title, e.start.iso, e.end.iso]), [
      ['Example: the ferry years', '1950', '1990'],
      ['Example: the bridge years', '1990', '2020'],
    ]);
    assert.deepEqual(timeline!.events.map((e) => e.title), [
      'Example: the ferry starts', 'Example: the ferry & the storm', 'Example: the bridge opens', 'Example: the bridge is repainted',
    ]);
    assert.equal(eventsLeftOut, 0);
  });

  it('takes dates at the precision their cells give, with a time of day and an end', () => {
    const [start, storm, bridge, repaint] = timeline!.events;
    assert.equal(start.date.iso, '1950-05-01');
    assert.equal(storm.date.iso, '1972-11-03T18:30');
    assert.equal(storm.end?.iso, '1972-11-05');
    assert.equal(bridge.date.iso, '1990-06');
    assert.equal(repaint.date.iso, '2012');
    assert.equal(start.displayDate, 'Spring 1950');
  });

  it('makes Group the categories and HTML in Headline and Text plain text', () => {
    assert.deepEqual(timeline!.categories.map((c) => c.label), ['Ferry', 'Bridge']);
    assert.deepEqual(timeline!.events.map((e) => e.category), ['ferry', 'ferry', 'bridge', 'bridge']);
    assert.equal(timeline!.events[0].summary, 'The first crossing carries twelve passengers.');
    assert.equal(timeline!.events[1].summary, 'The ferry stops for two days.\nNobody is hurt.');
    for (const event of timeline!.events) assert.doesNotMatch(`${event.title} ${event.summary}`, /[<>]|&amp;/);
  });

  it('takes Media and its credit, caption and thumbnail as the event\'s medium', () => {
    assert.deepEqual(timeline!.events[0].media, {
      url: 'https://example.org/ferry/first.jpg', kind: 'image', credit: 'Example Archive', caption: 'The first crossing',
      thumbnail: 'https://example.org/ferry/first-small.jpg',
    });
  });

  it('says what it does not show, by row and column: backgrounds, and images without a description', () => {
    assert.deepEqual(pathsOf(problems).sort(), ['columns.Background', 'rows[2].Background', 'rows[2].Media', 'rows[5].Media'].sort());
    assert.ok(problems.every((p) => p.severity === 'warning'));
    assert.match(problems.find((p) => p.path === 'rows[5].Media')!.message, /spreadsheet row 5/);
  });
});

describe("problems in TimelineJS3's template, by row and column", () => {
  const header = 'Year,Month,Day,Time,End Year,End Month,End Day,Headline,Text,Type,Group';
  const rows = [
    '2001,10,7,,,,,Good row,,,',
    '2002,3,,,2002,13,,Bad end month,,,',
    '2003,,,,,,,Era without end,,era,',
    '2004,1,2,25:00,,,,Bad time,,,',
    '2005,,,,,,,Odd type,,slide,',
    'soon,,,,,,,Bad year,,,',
  ];
  const {timeline, problems, eventsLeftOut} = parseTimelineCsv(`${header}\n${rows.join('\n')}\n`, {title: 'Problems'});
  const at = (path: string) => problems.find((p) => p.path === path);

  it('names the row and the column of each, as the sheet shows them', () => {
    assert.match(at('rows[3].End Month')!.message, /from 1 to 12, got "13".*the end was left out.*spreadsheet row 3/);
    assert.match(at('rows[4].End Year')!.message, /is missing.*the era was left out/);
    assert.match(at('rows[5].Time')!.message, /from 0 to 23, got 25/);
    assert.match(at('rows[6].Type')!.message, /"slide" is not a type TimelineJS3 knows/);
    assert.match(at('rows[7].Year')!.message, /got "soon".*the event was left out/);
  });

  it('shows the rest: the title given, good rows, a bad end dropped, an odd type read as an event', () => {
    assert.equal(timeline!.title, 'Problems');
    assert.deepEqual(timeline!.events.map((e) => e.title), ['Good row', 'Bad end month', 'Odd type']);
    assert.equal(timeline!.events[1].end, undefined);
    assert.equal(timeline!.eras.length, 0);
    assert.equal(eventsLeftOut, 2);
  });
});
