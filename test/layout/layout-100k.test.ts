/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import type {TimelineEvent} from '../../src/data/types.js';
import {type EventLayout, type LayoutItem, type LayoutOptions} from '../../src/layout/layout-events.js';
import {visibleItems} from '../../src/layout/visible-window.js';
import {LEVELS_PER_DOUBLING, placeItem} from '../../src/layout/zoom-levels.js';
import {DAY, generateEvents, mulberry32, layoutEvents} from './generate-events.js';

/*
 * The layout's guarantees at 100,000 events, checked in O(n log n) so each
 * test stays within the runner's timeout: every event placed once, nothing
 * overlapping in a lane, a bounded number of lanes, and visible-window
 * queries that agree with a scan of every item.
 */

const FROM = Date.UTC(2001, 0, 1);
const GAP = 6;
const MAX_LANES = 6;
const COUNT = 100_000;

function options(pxPerDay: number): LayoutOptions {
  const xOf = (time: number) => ((time - FROM) / DAY) * pxPerDay;
  return {
    xOf,
    labelWidth: (event) => 30 + ((event.index * 37) % 220),
    maxLanes: MAX_LANES,
    gap: GAP,
    // The right edge of 2001–2021, so labels near it go before their marker as in the element.
    end: xOf(Date.UTC(2021, 0, 1)),
  };
}

const describeItem = (item: LayoutItem) =>
  item.kind === 'event' ? `${item.event.id} [${item.x0}, ${item.x1}]` : `cluster of ${item.events.length} [${item.x0}, ${item.x1}]`;

/** Each event in exactly one item. */
function checkEveryEventOnce(events: readonly TimelineEvent[], layout: EventLayout) {
  const seen = new Uint8Array(events.length);
  let placed = 0;
  for (const item of layout.items) {
    for (const event of item.kind === 'event' ? [item.event] : item.events) {
      expect(seen[event.index], `${event.id} placed twice`).to.equal(0);
      seen[event.index] = 1;
      placed++;
    }
  }
  expect(placed, 'events placed').to.equal(events.length);
}

/** Within each lane, in order of left edge, every item ends at least `gap` before the next begins. */
function checkNoOverlap(items: readonly LayoutItem[], gap: number) {
  const byLane = new Map<number, LayoutItem[]>();
  for (const item of items) {
    expect(item.x1, `${describeItem(item)} ends before it starts`).to.be.at.least(item.x0);
    let lane = byLane.get(item.lane);
    if (!lane) byLane.set(item.lane, (lane = []));
    lane.push(item);
  }
  for (const [lane, inLane] of byLane) {
    inLane.sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < inLane.length; i++) {
      const [a, b] = [inLane[i - 1], inLane[i]];
      // A failing expect is slow to build, so test first and describe only a failure.
      if (a.x1 + gap > b.x0) expect.fail(`lane ${lane}: ${describeItem(a)} overlaps ${describeItem(b)}`);
    }
  }
}

const zooms: Array<[string, number]> = [
  ['20 years on 1500 px', 1500 / 7305],
  ['1 px per day', 1],
  ['40 px per day', 40],
];

describe('layoutEvents with 100,000 events', () => {
  const events = generateEvents(COUNT, 100_003);

  for (const [zoom, pxPerDay] of zooms) {
    describe(zoom, () => {
      const opts = options(pxPerDay);
      let layout: EventLayout;

      before(function () {
        // One layout for the checks below; a few hundred ms, more on a busy machine.
        this.timeout(60_000);
        layout = layoutEvents(events, opts);
      });

      it('places every event exactly once, alone or in a cluster', () => {
        checkEveryEventOnce(events, layout);
      });

      it('overlaps nothing within a lane, and uses at most one lane past the regular ones', () => {
        checkNoOverlap(layout.items, GAP);
        expect(layout.laneCount).to.be.at.most(MAX_LANES + 1);
      });

      it('keeps the items a screen can show bounded, whatever the number of events', () => {
        // A lane holds at most one item per marker and gap: about 80 across 1500 px.
        const across = 1500;
        const random = mulberry32(pxPerDay * 1000);
        const last = layout.maxEnd[layout.maxEnd.length - 1];
        for (let round = 0; round < 50; round++) {
          const a = random() * Math.max(0, last - across);
          expect(visibleItems(layout, a, a + across).length).to.be.at.most((MAX_LANES + 1) * Math.ceil(across / (12 + GAP) + 2));
        }
      });

      it('answers visible-window queries as a scan of every item does, on 200 random windows', function () {
        this.timeout(30_000);
        const random = mulberry32(COUNT + pxPerDay * 7);
        const last = layout.maxEnd[layout.maxEnd.length - 1];
        for (let round = 0; round < 200; round++) {
          const a = -200 + random() * (last + 400);
          // Mostly screen-sized windows, some up to the whole span.
          const b = a + random() ** 2 * (round % 10 === 0 ? last : 3000);
          const expected = layout.items.filter((item) => item.x1 >= a && item.x0 <= b);
          const actual = visibleItems(layout, a, b);
          expect(actual.length, `window [${a}, ${b}]`).to.equal(expected.length);
          for (let i = 0; i < actual.length; i++) if (actual[i] !== expected[i]) expect.fail(`window [${a}, ${b}]: item ${i} differs`);
        }
      });

      it(`drawn anywhere between its zoom level and the next (×2^(1/${LEVELS_PER_DOUBLING})), still overlaps nothing`, () => {
        const next = 2 ** (1 / LEVELS_PER_DOUBLING);
        for (const ratio of [1, 1.000001, 1.03, 1.06, next - 1e-9]) {
          const placed = layout.items.map((item) => placeItem(item, ratio));
          checkNoOverlap(placed, GAP);
          // The query at the level, scaled, finds everything that reaches into a window at the zoom.
          const random = mulberry32(Math.round(ratio * 1e6));
          const last = placed.reduce((m, item) => Math.max(m, item.x1), 0);
          for (let round = 0; round < 20; round++) {
            const a = random() * last;
            const b = a + 1500;
            const found = new Set(visibleItems(layout, a / ratio, b / ratio).map((item) => item.kind === 'event' ? item.event.id : item.events[0].id));
            const missed = placed.filter((item) => item.x1 >= a && item.x0 <= b && !found.has(item.kind === 'event' ? item.event.id : item.events[0].id));
            expect(missed.map(describeItem), `window [${a}, ${b}] at ×${ratio}`).to.deep.equal([]);
          }
        }
      });
    });
  }
});
