/// <reference types="node" />
// events[].importance: read from JSON and CSV, checked, and defaulted.
// Run with: node --import tsx --test test/node/importance.test.ts
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseTimelineCsv} from '../../src/data/csv.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {DEFAULT_IMPORTANCE, importanceOf} from '../../src/data/types.js';

const doc = (importance: unknown) => ({
  title: 'T',
  events: [
    {id: 'a', date: '2001-09-11', title: 'A', importance},
    {id: 'b', date: '2001-10-07', title: 'B'},
  ],
});

describe('importance in JSON', () => {
  it('keeps a whole number from 0 to 3, with no problem', () => {
    for (const value of [0, 1, 2, 3]) {
      const {timeline, problems} = parseTimeline(doc(value));
      assert.deepEqual(problems, []);
      assert.equal(timeline!.events[0].importance, value);
      assert.equal(importanceOf(timeline!.events[0]), value);
    }
  });

  it('defaults to 1 when left out', () => {
    const {timeline, problems} = parseTimeline(doc(undefined));
    assert.deepEqual(problems, []);
    assert.equal(DEFAULT_IMPORTANCE, 1);
    assert.equal(timeline!.events[1].importance, undefined);
    assert.equal(importanceOf(timeline!.events[1]), 1);
  });

  it('reports anything else at its path and keeps the event with the default', () => {
    const table: [unknown, string][] = [
      [4, 'got 4'],
      [-1, 'got -1'],
      [1.5, 'got 1.5'],
      ['high', 'got the text "high"'],
      [null, 'got null'],
      [true, 'got a boolean'],
    ];
    for (const [value, got] of table) {
      const {timeline, problems, eventsLeftOut} = parseTimeline(doc(value));
      assert.equal(eventsLeftOut, 0);
      assert.equal(timeline!.events.length, 2);
      assert.equal(importanceOf(timeline!.events[0]), 1, String(value));
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0].path, 'events[0].importance');
      assert.equal(problems[0].severity, 'warning');
      assert.match(problems[0].message, /expected a whole number from 0 to 3/);
      assert.ok(problems[0].message.includes(got), problems[0].message);
    }
  });
});

describe('importance in CSV', () => {
  it('reads the column as a number and names the cell of a bad one', () => {
    const csv = 'date,title,importance\n2001-09-11,A,3\n2001-10-07,B,\n2001-11-13,C,very\n2001-12-05,D,7\n';
    const {timeline, problems} = parseTimelineCsv(csv, {title: 'T'});
    assert.deepEqual(timeline!.events.map(importanceOf), [3, 1, 1, 1]);
    assert.deepEqual(problems.map((p) => p.path), ['rows[4].importance', 'rows[5].importance']);
    assert.match(problems[0].message, /got the text "very"/);
    assert.match(problems[1].message, /got 7/);
  });
});
