/// <reference types="node" />
/**
 * cosmo-mixed.json, a real TimelineJS3 document from ../shared/fixtures/
 * (not ours, never copied here): 11 slides from the Big Bang
 * (−13,800,000,000) to 1990, four of them beyond what a JavaScript Date
 * holds. Every slide must come through, in date order, at its own year.
 *
 *   node --import tsx --test test/node/timelinejs-deep-time.test.ts
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {yearOf} from '../../src/data/deep-time.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {htmlToText} from '../../src/data/html-to-text.js';
import {sharedRoot, skipWithoutShared} from './shared-files.js';

const FILE = 'fixtures/timelinejs3/cosmo-mixed.json';
const skip = skipWithoutShared('the deep-time import of cosmo-mixed.json', [FILE]);

interface Slide {
  start_date: {year: string | number; month?: string; day?: string};
  text: {headline: string};
}

test('cosmo-mixed.json: all 11 slides, deep years included, in date order at their years', {skip}, () => {
  const doc = JSON.parse(readFileSync(join(sharedRoot, FILE), 'utf8')) as {events: Slide[]};
  assert.equal(doc.events.length, 11, 'the shared file changed');
  const result = parseTimeline(doc);
  const events = result.timeline?.events ?? [];
  assert.equal(result.eventsLeftOut, 0, JSON.stringify(result.problems));
  assert.equal(events.length, 11);
  assert.deepEqual(result.problems.filter((p) => p.severity === 'error'), []);

  // What the file says, sorted by year: the order the timeline must have.
  const expected = doc.events
    .map((slide) => ({title: htmlToText(slide.text.headline), year: Number(slide.start_date.year)}))
    .sort((a, b) => a.year - b.year);
  assert.deepEqual(events.map((e) => e.title), expected.map((e) => e.title));
  for (const [i, event] of events.entries()) {
    const {year} = expected[i];
    // The start lies within its year on the mean-year scale (a day's slack for calendar dates).
    const at = yearOf(event.date.start);
    assert.ok(at > year - 0.01 && at < year + 1, `${event.title}: year ${at}, expected ${year}`);
    assert.ok(Number.isFinite(event.date.start) && event.date.end > event.date.start, event.title);
  }
  const deep = events.filter((e) => e.date.deep).map((e) => e.date.iso);
  assert.deepEqual(deep, ['-13800000000', '-4600000000', '-540000000', '-300000']);
});
