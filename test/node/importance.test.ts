/// <reference types="node" />
// events[].importance: read from JSON and CSV, checked, and defaulted.
// Run with: node --import tsx --test test/node/importance.test.ts
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseTimelineCsv} from '../../src/data/parse-timeline-text.js';
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

// --- layout ------------------------------------------------------------------

import {layoutSteps, type EventItem, type EventLayout, type LayoutOptions} from '../../src/layout/layout-events.js';
import {runSteps} from '../../src/steps/steps.js';
import type {TimelineEvent} from '../../src/data/types.js';

const DAY = 86_400_000;
const FROM = Date.UTC(2021, 0, 1);

/** Point events a day apart from 1 January 2021, with the importances given (undefined: none). */
function crowd(importances: readonly (number | undefined)[]): TimelineEvent[] {
  return importances.map((importance, index) => {
    const start = FROM + index * DAY;
    return {
      id: `e${index}`, index, title: `Event number ${index}`, sources: [],
      date: {iso: new Date(start).toISOString().slice(0, 10), precision: 'day', start, end: start + DAY},
      ...(importance !== undefined && {importance}),
    };
  });
}

function layout(events: readonly TimelineEvent[], extra: Partial<LayoutOptions> = {}): EventLayout {
  return runSteps(layoutSteps(events, {
    xOf: (t) => 100 + ((t - FROM) / DAY) * 2, labelWidth: () => 120, maxLanes: 6, gap: 6, ...extra,
  }));
}

const apart = (l: EventLayout) => l.items.flatMap((item) => (item.kind === 'event' ? [item.event.id] : []));
const clustered = (l: EventLayout) => l.items.flatMap((item) => (item.kind === 'cluster' ? [item.events.map((e) => e.id)] : []));

/** Every event in exactly one item, and no two items of a lane overlapping. */
function checkValid(events: readonly TimelineEvent[], l: EventLayout, gap = 6) {
  const ids = l.items.flatMap((item) => (item.kind === 'event' ? [item.event.id] : item.events.map((e) => e.id)));
  assert.deepEqual([...ids].sort(), events.map((e) => e.id).sort());
  const byLane = new Map<number, EventLayout['items'][number][]>();
  for (const item of l.items) byLane.set(item.lane, [...(byLane.get(item.lane) ?? []), item]);
  for (const [lane, items] of byLane) {
    for (let k = 1; k < items.length; k++) assert.ok(items[k - 1].x1 + gap <= items[k].x0, `lane ${lane}: items ${k - 1} and ${k} overlap`);
  }
}

describe('layout with importance', () => {
  it('clusters a crowd of events of the default importance as one, as before', () => {
    const events = crowd(Array(10).fill(undefined));
    const l = layout(events);
    checkValid(events, l);
    assert.deepEqual(apart(l), []);
    assert.equal(clustered(l).length, 1);
  });

  it('keeps the most important events of a crowd apart, with their labels, and clusters the rest', () => {
    const events = crowd([1, 1, 3, 1, 1, 1, 3, 1, 1, 1]);
    const l = layout(events);
    checkValid(events, l);
    assert.deepEqual(apart(l), ['e2', 'e6']);
    assert.deepEqual(clustered(l), [['e0', 'e1', 'e3', 'e4', 'e5', 'e7', 'e8', 'e9']]);
    for (const item of l.items) if (item.kind === 'event') assert.equal(item.labelWidth, 120, item.event.id);
  });

  it('clusters the least important first, as few levels as leave a stack that fits', () => {
    const events = crowd([0, 2, 0, 3, 0, 0, 2, 0, 3, 0]);
    // Room for five in a stack: the four of importance 2 and 3, and the cluster of the six of 0.
    const five = layout(events, {maxStack: 5});
    checkValid(events, five);
    assert.deepEqual(apart(five), ['e1', 'e3', 'e6', 'e8']);
    assert.deepEqual(clustered(five), [['e0', 'e2', 'e4', 'e5', 'e7', 'e9']]);
    // Room for four: importance 2 goes into the cluster too; 3 stays apart.
    const four = layout(events, {maxStack: 4});
    checkValid(events, four);
    assert.deepEqual(apart(four), ['e3', 'e8']);
    assert.deepEqual(clustered(four), [['e0', 'e1', 'e2', 'e4', 'e5', 'e6', 'e7', 'e9']]);
  });

  it('leaves no cluster of one: a lone event below the threshold stays an event', () => {
    const events = crowd([3, 3, 1, 3, 3]);
    const l = layout(events, {maxStack: 4});
    checkValid(events, l);
    assert.deepEqual(clustered(l), []);
    assert.deepEqual(apart(l), ['e0', 'e1', 'e2', 'e3', 'e4']);
  });

  it('clusters even the most important when there is no room for them at all', () => {
    const events = crowd(Array(40).fill(3));
    const l = layout(events, {maxLanes: 3, maxOverflowLanes: 1});
    checkValid(events, l);
    assert.ok(clustered(l).length >= 1);
    assert.ok(l.laneCount <= 4);
  });

  it("gives a key event's label the room of a less important label before it", () => {
    // One lane: an early event's long label runs over where a later one's label must go (before its marker, at the end).
    const events = crowd([undefined, undefined]).map((e, i) => ({...e, date: {...e.date, start: FROM + i * 60 * DAY, end: FROM + i * 60 * DAY + DAY}}));
    const opts = {maxLanes: 1, maxOverflowLanes: 1, labelWidth: () => 150, end: 330, xOf: (t: number) => 10 + ((t - FROM) / DAY) * 5};
    const plain = layout(events, opts);
    const find = (l: EventLayout, id: string) => l.items.find((item): item is EventItem => item.kind === 'event' && item.event.id === id);
    const second = (l: EventLayout) => find(l, 'e1');
    const first = (l: EventLayout) => find(l, 'e0');
    assert.equal(second(plain)?.labelWidth, 0);
    const keyed = layout([events[0], {...events[1], importance: 3}], opts);
    checkValid(events, keyed);
    const key = second(keyed);
    assert.ok(key?.kind === 'event' && key.labelWidth > 0 && key.labelBefore, JSON.stringify(key));
    const other = first(keyed);
    assert.ok(other?.kind === 'event' && other.labelWidth < 150, 'the less important label was cut');
  });

  it('never draws a label past either end of the drawing', () => {
    const end = 400;
    const widths = [20, 90, 180, 260, 390, 500];
    for (let seed = 0; seed < 30; seed++) {
      const events = crowd(Array.from({length: 25}, (_, i) => ((i * 7 + seed) % 4)));
      // Every marker within the drawing, at spacings from crowded to roomy.
      const xOf = (t: number) => 8 + ((t - FROM) / DAY) * (5 + (seed % 5) * 2.5);
      const l = layout(events, {end, xOf, maxLanes: 3, labelWidth: (e) => widths[(e.index + seed) % widths.length], maxLabelWidth: 240});
      checkValid(events, l);
      for (const item of l.items) {
        if (item.kind !== 'event' || !item.labelWidth) continue;
        const r = 6;
        const from = item.labelBefore ? item.x - r - 4 - item.labelWidth : item.x + r + 4;
        assert.ok(from >= 0, `seed ${seed}: ${item.event.id} label starts at ${from}`);
        assert.ok(from + item.labelWidth <= end, `seed ${seed}: ${item.event.id} label ends at ${from + item.labelWidth}`);
      }
    }
  });
});
