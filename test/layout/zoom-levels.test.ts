/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import type {TimelineEvent} from '../../src/data/types.js';
import {createLayoutCache} from '../../src/layout/layout-cache.js';
import type {LayoutItem} from '../../src/layout/layout-events.js';
import {layoutLevel, placeItem} from '../../src/layout/zoom-levels.js';
import {date} from './generate-events.js';

const step = 2 ** (1 / 8);

describe('layoutLevel', () => {
  const cases: Array<[number, number]> = [
    [0.5, 1],
    [1, 1],
    [1.05, 1],
    [step - 1e-6, 1],
    [step, step],
    [1.1, step],
    [2, 2],
    [2.1, 2],
    [2 ** (3 / 8), 2 ** (3 / 8)],
    [2 ** (3 / 8) * (1 - 1e-15), 2 ** (3 / 8)],
    [1000, 2 ** (79 / 8)],
  ];
  for (const [k, level] of cases) {
    it(`${k} → ${level}`, () => {
      expect(layoutLevel(k)).to.be.closeTo(level, level * 1e-12);
    });
  }

  it('is at most the zoom (give or take rounding) and within one step of it', () => {
    for (let k = 1; k < 5000; k *= 1.0137) {
      const level = layoutLevel(k);
      expect(level, `k ${k}`).to.be.at.most(k * (1 + 1e-9));
      expect(k / level, `k ${k}`).to.be.below(step);
    }
  });

  it('is constant within a level, so zooming there reuses one layout', () => {
    const levels = new Set([1.2, 1.25, 1.29].map(layoutLevel));
    expect([...levels]).to.deep.equal([2 ** (2 / 8)]);
  });
});

describe('placeItem', () => {
  const event = {id: 'a', title: 'A', sources: [], date: date('2004-05-04'), index: 0} as TimelineEvent;
  const point: LayoutItem = {kind: 'event', event, x: 100, xEnd: 100, lane: 0, labelWidth: 40, x0: 94, x1: 150};
  const before: LayoutItem = {kind: 'event', event, x: 100, xEnd: 100, lane: 0, labelWidth: 40, labelBefore: true, x0: 50, x1: 106};
  const bare: LayoutItem = {kind: 'event', event, x: 100, xEnd: 100, lane: 4, labelWidth: 0, x0: 94, x1: 106};
  const shortBar: LayoutItem = {kind: 'event', event, x: 100, xEnd: 130, lane: 1, labelWidth: 40, x0: 100, x1: 144};
  const longBar: LayoutItem = {kind: 'event', event, x: 100, xEnd: 300, lane: 1, labelWidth: 40, x0: 100, x1: 300};
  const cluster: LayoutItem = {kind: 'cluster', events: [event], x: 100, lane: 2, x0: 87, x1: 113};
  // A soft point whose band (60–160) reaches past its dot (94–106) and its label (to 150) on both sides.
  const wideBand: LayoutItem = {kind: 'event', event, x: 100, xEnd: 100, lane: 0, labelWidth: 40, x0: 60, x1: 160, band: {x0: 60, x1: 160}};
  // One whose band (98–102) lies within its dot: the dot's edge and the label bound it until the band outgrows them.
  const narrowBand: LayoutItem = {kind: 'event', event, x: 100, xEnd: 100, lane: 0, labelWidth: 40, x0: 94, x1: 150, band: {x0: 98, x1: 102}};
  const fadedBar: LayoutItem = {kind: 'event', event, x: 100, xEnd: 300, lane: 1, labelWidth: 40, x0: 100, x1: 300, fade: {from: 14, to: 20}};

  it('returns the item itself at its own level', () => {
    expect(placeItem(point, 1)).to.equal(point);
  });

  const cases: Array<[string, LayoutItem, Partial<LayoutItem>]> = [
    ['a point keeps its dot and label widths', point, {x: 200, xEnd: 200, x0: 194, x1: 250}],
    ['a label before the marker keeps its width', before, {x: 200, x0: 150, x1: 206}],
    ['a point without label', bare, {x: 200, x0: 194, x1: 206}],
    ['a bar grows, its label does not', shortBar, {x: 200, xEnd: 260, x0: 200, x1: 260}],
    ['a bar longer than its label ends with the bar', longBar, {x: 200, xEnd: 600, x0: 200, x1: 600}],
    ['a cluster keeps its size', cluster, {x: 200, x0: 187, x1: 213}],
    ['a soft point\'s band grows with the zoom, and the item with it', wideBand, {x: 200, band: {x0: 120, x1: 320}, x0: 120, x1: 320}],
    ['a narrow band grows; the dot and label still bound the item', narrowBand, {x: 200, band: {x0: 196, x1: 204}, x0: 194, x1: 250}],
    ['a bar\'s soft ends grow with it', fadedBar, {x: 200, xEnd: 600, fade: {from: 28, to: 40}}],
  ];
  for (const [name, item, expected] of cases) {
    it(`×2: ${name}`, () => {
      const placed = placeItem(item, 2);
      expect(placed).to.deep.include(expected);
      // What it stands for is unchanged.
      expect(placed.lane).to.equal(item.lane);
      expect(placed.kind).to.equal(item.kind);
      if (placed.kind === 'event' && item.kind === 'event') expect(placed.labelWidth).to.equal(item.labelWidth);
    });
  }
});

describe('createLayoutCache', () => {
  it('computes a value once and keeps the most recently used', () => {
    const cache = createLayoutCache<number, string>(2);
    const made: number[] = [];
    const get = (key: number) => cache.get(key, () => (made.push(key), `v${key}`));
    expect(get(1)).to.equal('v1');
    expect(get(2)).to.equal('v2');
    expect(get(1)).to.equal('v1'); // kept; now the most recent
    expect(get(3)).to.equal('v3'); // drops 2, the least recent
    expect(get(1)).to.equal('v1');
    expect(get(2)).to.equal('v2'); // computed again
    expect(made).to.deep.equal([1, 2, 3, 2]);
  });

  it('computes everything again after clear()', () => {
    const cache = createLayoutCache<number, number>(4);
    let calls = 0;
    cache.get(1, () => ++calls);
    cache.clear();
    expect(cache.get(1, () => ++calls)).to.equal(2);
  });
});
