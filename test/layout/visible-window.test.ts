/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {type EventLayout} from '../../src/layout/layout-events.js';
import {lowerBound, visibleItems} from '../../src/layout/visible-window.js';
import {DAY, generateEvents, mulberry32, layoutEvents} from './generate-events.js';

describe('lowerBound', () => {
  const cases: Array<[number[], number, number]> = [
    [[], 5, 0],
    [[1, 2, 3], 0, 0],
    [[1, 2, 3], 2, 1],
    [[1, 2, 2, 2, 3], 2, 1],
    [[1, 2, 3], 2.5, 2],
    [[1, 2, 3], 4, 3],
    [[-Infinity, 0, Infinity], 1, 2],
  ];
  for (const [values, target, expected] of cases) {
    it(`[${values.join(', ')}] ≥ ${target} → ${expected}`, () => {
      expect(lowerBound(values, target)).to.equal(expected);
    });
  }

  it('agrees with a linear search on random sorted arrays', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 200; round++) {
      const values = Array.from({length: Math.floor(random() * 50)}, () => Math.floor(random() * 100)).sort((a, b) => a - b);
      const target = Math.floor(random() * 110) - 5;
      const expected = values.findIndex((v) => v >= target);
      expect(lowerBound(values, target)).to.equal(expected < 0 ? values.length : expected);
    }
  });
});

describe('visibleItems', () => {
  const FROM = Date.UTC(2001, 0, 1);
  const layouts: Array<[string, number, number]> = [
    ['1000 events at 1 px per day', 1000, 1],
    ['1000 events at 0.2 px per day', 1000, 0.2],
    ['1000 events at 30 px per day', 1000, 30],
    ['49 events at 1 px per day', 49, 1],
  ];
  for (const [name, count, pxPerDay] of layouts) {
    it(`equals a brute-force filter on random windows: ${name}`, () => {
      const events = generateEvents(count, 31337 + count);
      const layout: EventLayout = layoutEvents(events, {
        xOf: (t) => ((t - FROM) / DAY) * pxPerDay,
        labelWidth: (e) => 40 + ((e.index * 53) % 160),
        maxLanes: 4,
      });
      const random = mulberry32(count * 13 + pxPerDay);
      const last = layout.maxEnd[layout.maxEnd.length - 1];
      for (let round = 0; round < 300; round++) {
        const a = -200 + random() * (last + 400);
        const b = a + random() ** 2 * (round % 10 === 0 ? last : 2000);
        const expected = layout.items.filter((item) => item.x1 >= a && item.x0 <= b);
        const actual = visibleItems(layout, a, b);
        expect(actual.length, `window [${a}, ${b}]`).to.equal(expected.length);
        // Same items, same order (identity, not just shape).
        actual.forEach((item, i) => expect(item === expected[i], `window [${a}, ${b}] item ${i}`).to.equal(true));
      }
      // The whole layout, and nothing beyond it.
      expect(visibleItems(layout, -Infinity, Infinity)).to.have.length(layout.items.length);
      expect(visibleItems(layout, last + 1, last + 1000)).to.deep.equal([]);
    });
  }

  it('keeps a long range that started far to the left', () => {
    const layout: EventLayout = {
      items: [
        {kind: 'cluster', events: [], x: 13, x0: 0, x1: 5000, lane: 0},
        {kind: 'cluster', events: [], x: 113, x0: 100, x1: 126, lane: 1},
        {kind: 'cluster', events: [], x: 213, x0: 200, x1: 226, lane: 1},
      ],
      laneCount: 2,
      maxEnd: [5000, 5000, 5000],
    };
    expect(visibleItems(layout, 3000, 3100)).to.deep.equal([layout.items[0]]);
    expect(visibleItems(layout, 110, 205)).to.deep.equal(layout.items);
    expect(visibleItems(layout, 6000, 7000)).to.deep.equal([]);
  });
});
