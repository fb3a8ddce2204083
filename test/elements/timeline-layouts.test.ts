/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import type {Timeline} from '../../src/data/types.js';
import {TimelineLayouts, type LayoutInputs} from '../../src/elements/timeline/timeline-layouts.js';
import {layoutLevel} from '../../src/layout/zoom-levels.js';
import {timelineExtent} from '../../src/layout/time-scale.js';
import {generateEvents} from '../layout/generate-events.js';

/** TimelineLayouts with a count of the layouts it makes. */
function setUp(count = 3000) {
  const events = generateEvents(count, 2021);
  const timeline: Timeline = {title: 't', events, eras: [], categories: []};
  const inputs: LayoutInputs = {
    timeline, eventById: new Map(events.map((e) => [e.id, e])), extent: timelineExtent(timeline)!,
    width: 1000, lanes: 4, hiddenCategories: new Set(), query: '',
  };
  let made = 0;
  const layouts = new TimelineLayouts(() => 80, () => {
    made++;
    return false;
  });
  return {layouts, inputs, made: () => made};
}

/** Zoom factors from `from` to `to` in steps of 4 %, as the frames of a gesture see them. */
function gesture(from: number, to: number): number[] {
  const steps: number[] = [];
  const factor = to > from ? 1.04 : 1 / 1.04;
  for (let k = from; to > from ? k < to : k > to; k *= factor) steps.push(k);
  steps.push(to);
  return steps;
}

describe('TimelineLayouts while a zoom moves', () => {
  it('settled, lays out each zoom at its own level', () => {
    const {layouts, inputs} = setUp();
    for (const k of gesture(1, 8)) {
      layouts.update(inputs, k);
      expect(layouts.exact).to.equal(true);
      expect(layouts.ratio).to.be.closeTo(k / layoutLevel(k), 1e-9);
    }
  });

  it('zooming in, lets a coarser layout stand in, drawn at most twice as wide, and lays out about once per doubling', () => {
    const {layouts, inputs, made} = setUp();
    layouts.update(inputs, 1);
    const before = made();
    for (const k of gesture(1, 16)) {
      layouts.update(inputs, k, true);
      expect(layouts.ratio, `ratio at ${k.toFixed(3)}`).to.be.within(1, 2);
    }
    // 4 doublings: one layout each, where settled zooming would make 32 (8 per doubling).
    expect(made() - before).to.be.within(3, 5);
    // At rest, the exact level.
    layouts.update(inputs, 16);
    expect(layouts.exact).to.equal(true);
    expect(layouts.ratio).to.be.closeTo(1, 1e-9);
  });

  it('zooming out, lays out ahead, never drawing a layout narrower than it was made', () => {
    const {layouts, inputs, made} = setUp();
    layouts.update(inputs, 16);
    const before = made();
    for (const k of gesture(16, 1)) {
      layouts.update(inputs, k, true);
      expect(layouts.ratio, `ratio at ${k.toFixed(3)}`).to.be.within(1, 2);
      expect(layouts.current).to.exist;
    }
    // 4 halvings, a new layout every half doubling at most, where settled zooming would make 32.
    expect(made() - before).to.be.within(4, 10);
    layouts.update(inputs, 1);
    expect(layouts.exact).to.equal(true);
  });

  it('draws a stand-in without overlaps in any lane', () => {
    const {layouts, inputs} = setUp();
    layouts.update(inputs, 2);
    layouts.update(inputs, 3.9, true);
    expect(layouts.exact).to.equal(false);
    const items = layouts.visible(0, 1000 * 3.9, undefined);
    expect(items.length).to.be.greaterThan(10);
    const byLane = new Map<number, typeof items>();
    for (const item of items) byLane.set(item.lane, [...(byLane.get(item.lane) ?? []), item]);
    for (const [lane, inLane] of byLane) {
      for (let i = 1; i < inLane.length; i++) expect(inLane[i].x0, `lane ${lane}, item ${i}`).to.be.at.least(inLane[i - 1].x1);
    }
  });
});
