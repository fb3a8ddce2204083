/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import type {Timeline} from '../../src/data/types.js';
import {TimelineLayouts, type LayoutInputs} from '../../src/layout/timeline-layouts.js';
import {layoutLevel} from '../../src/layout/zoom-levels.js';
import {timelineExtent} from '../../src/layout/time-scale.js';
import {generateEvents} from './generate-events.js';

/** TimelineLayouts with a count of the layouts it makes. */
function setUp(count = 3000) {
  const events = generateEvents(count, 2021);
  const timeline: Timeline = {title: 't', events, eras: [], categories: []};
  const inputs: LayoutInputs = {
    timeline, eventById: new Map(events.map((e) => [e.id, e])), extent: timelineExtent(timeline)!,
    width: 1000, lanes: 4, hiddenCategories: new Set(), query: '',
  };
  let made = 0;
  // No time limit on update's layout work: each update lays out what it needs there and then.
  const layouts = new TimelineLayouts({labelWidth: () => 80, beforeLayout: () => (made++, false), updateBudget: Infinity});
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

/**
 * TimelineLayouts on a clock that moves one unit each time it is read, so
 * budgets count steps of layout work, and with tasks run only when the test says.
 */
function setUpSliced(count = 6000, updateBudget = 2) {
  const {inputs} = setUp(count);
  let clock = 0;
  const tasks: Array<() => void> = [];
  let ready = 0;
  let made = 0;
  const layouts = new TimelineLayouts({
    labelWidth: () => 80,
    beforeLayout: () => (made++, false),
    onReady: () => ready++,
    updateBudget,
    taskBudget: 3,
    now: () => clock++,
    schedule: (task) => tasks.push(task),
  });
  /** Runs the tasks queued, and those they queue; how many ran. */
  const runTasks = () => {
    let ran = 0;
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      task();
      ran++;
    }
    return ran;
  };
  /** Lays out new data's first level (made between frames, as any), then counts readiness afresh. */
  const start = (k: number) => {
    layouts.update(inputs, k);
    runTasks();
    layouts.update(inputs, k);
    ready = 0;
  };
  return {layouts, inputs, runTasks, start, tasks, ready: () => ready, made: () => made};
}

describe('TimelineLayouts laying out between frames', () => {
  it('lays out new data between frames too, drawing nothing until its first layout is made', () => {
    const {layouts, inputs, runTasks, ready} = setUpSliced();
    expect(layouts.update(inputs, 1)).to.equal(false);
    expect(layouts.current).to.equal(undefined);
    expect(layouts.pending).to.equal(true);
    expect(layouts.visible(0, 1000)).to.deep.equal([]);
    expect(runTasks()).to.be.greaterThan(5);
    expect(ready()).to.equal(1);
    expect(layouts.update(inputs, 1)).to.equal(true);
    expect(layouts.exact).to.equal(true);
    expect(layouts.pending).to.equal(false);
    const {layouts: direct, inputs: same} = setUp(6000);
    direct.update(same, 1);
    expect(layouts.current).to.deep.equal(direct.current);
  });

  it('lays out a new width or filter at once: the old layout must not stand in for it', () => {
    const {layouts, inputs, start, tasks} = setUpSliced();
    start(1);
    layouts.update({...inputs, query: 'a'}, 1);
    expect(layouts.current).to.exist;
    expect(layouts.pending).to.equal(false);
    expect(layouts.shown.length).to.be.lessThan(inputs.timeline.events.length);
    expect(layouts.current!.items.every((item) => item.kind !== 'event' || layouts.shown.includes(item.event))).to.equal(true);
    layouts.update({...inputs, width: 700}, 1);
    expect(layouts.current!.items.at(-1)!.x1).to.be.at.most(700 + 1);
    expect(tasks).to.have.length(0);
  });

  it('lays out the next data between frames again, after a reset', () => {
    const {layouts, inputs, start} = setUpSliced();
    start(1);
    layouts.reset();
    layouts.update(inputs, 1);
    expect(layouts.pending).to.equal(true);
  });

  it('draws the last layout while a new level is made in tasks, then says it is ready', () => {
    const {layouts, inputs, runTasks, start, ready} = setUpSliced();
    start(1);
    const first = layouts.current;
    layouts.update(inputs, 4);
    // The layout at 1 stands in, spread 4 times, until the one at 4 is made.
    expect(layouts.pending).to.equal(true);
    expect(layouts.exact).to.equal(false);
    expect(layouts.current).to.equal(first);
    expect(layouts.ratio).to.equal(4);
    const ran = runTasks();
    // 6000 events take many slices of 3 steps: the work was spread, not done in the first task.
    expect(ran).to.be.greaterThan(5);
    expect(ready()).to.equal(1);
    expect(layouts.pending).to.equal(false);
    expect(layouts.update(inputs, 4)).to.equal(true);
    expect(layouts.exact).to.equal(true);
    expect(layouts.ratio).to.equal(1);
    // The same layout as one made in one go.
    const {layouts: direct, inputs: same} = setUp(6000);
    direct.update(same, 4);
    expect(layouts.current).to.deep.equal(direct.current);
  });

  it('keeps making one layout while a zoom moves in, rather than start again at each level it passes', () => {
    const {layouts, inputs, runTasks, start, made, tasks} = setUpSliced();
    start(1);
    const before = made();
    for (const k of gesture(2, 3.9)) {
      layouts.update(inputs, k, true);
      // A task between frames does a slice of the work.
      tasks.shift()?.();
    }
    expect(made() - before, 'layouts started').to.equal(1);
    runTasks();
    layouts.update(inputs, 3.9, true);
    // The layout made at 2 stands in, within twice the zoom.
    expect(layouts.ratio).to.be.within(1, 2);
    expect(layouts.exact).to.equal(false);
  });

  it('zooming out past every layout kept, squeezes the finest one in until its own is made', () => {
    const {layouts, inputs, runTasks, start} = setUpSliced();
    start(8);
    layouts.update(inputs, 2);
    expect(layouts.exact).to.equal(false);
    expect(layouts.ratio).to.equal(0.25);
    // Squeezed: every marker where its date is at the zoom of 2.
    const items = layouts.visible(0, 1000 * 2);
    expect(items.length).to.be.greaterThan(10);
    const atEight = new Map(layouts.at(8).items.map((item) => [item.x0, item]));
    expect(layouts.current).to.equal(layouts.at(8));
    for (const item of layouts.current!.items.slice(0, 50)) expect(layouts.place(item).x).to.be.closeTo(item.x / 4, 1e-9);
    expect(Math.max(...items.map((item) => item.x))).to.be.at.most(1000 * 2);
    expect(atEight.size).to.be.greaterThan(0);
    runTasks();
    layouts.update(inputs, 2);
    expect(layouts.exact).to.equal(true);
    expect(layouts.ratio).to.equal(1);
  });

  it('drops a layout under way when the inputs change, and reports nothing ready', () => {
    const {layouts, inputs, runTasks, start, ready} = setUpSliced();
    start(1);
    layouts.update(inputs, 4);
    expect(layouts.pending).to.equal(true);
    // A new width makes every layout anew, at once.
    layouts.update({...inputs, width: 800}, 4);
    expect(layouts.pending).to.equal(false);
    expect(layouts.exact).to.equal(true);
    runTasks();
    expect(ready()).to.equal(0);
  });

  it('`at` finishes a layout under way for the level it asks', () => {
    const {layouts, inputs, start, tasks, made} = setUpSliced();
    start(1);
    layouts.update(inputs, 4);
    const started = made();
    const layout = layouts.at(4);
    expect(made(), 'no second layout of the level').to.equal(started);
    expect(layouts.pending).to.equal(false);
    const {layouts: direct, inputs: same} = setUp(6000);
    direct.update(same, 4);
    expect(layout).to.deep.equal(direct.current);
    // The task queued for the job finds nothing to do.
    tasks.shift()?.();
    expect(layouts.pending).to.equal(false);
  });

  it('with a budget large enough, update lays out at once and nothing waits', () => {
    const {layouts, inputs, tasks} = setUpSliced(200, 10_000);
    layouts.update(inputs, 1);
    layouts.update(inputs, 4);
    expect(layouts.exact).to.equal(true);
    expect(layouts.pending).to.equal(false);
    expect(tasks).to.have.length(0);
  });
});

describe('TimelineLayouts on the default clock and task queue', () => {
  it('finishes a layout in tasks of its own and says when it is ready', async () => {
    const {inputs} = setUp(6000);
    let ready: () => void = () => {};
    const whenReady = new Promise<void>((resolve) => (ready = resolve));
    let readyCalls = 0;
    // A budget of 0 in update and a hair per task: the work can only finish in the queued tasks.
    const layouts = new TimelineLayouts({labelWidth: () => 80, onReady: () => (readyCalls++, ready()), updateBudget: 0, taskBudget: 0.01});
    // The first layout, with nothing drawn before it, is made between frames too.
    layouts.update(inputs, 1);
    expect(layouts.pending).to.equal(true);
    await whenReady;
    readyCalls = 0;
    const ready4 = new Promise<void>((resolve) => (ready = resolve));
    layouts.update(inputs, 1);
    expect(layouts.current).to.exist;
    layouts.update(inputs, 4);
    expect(layouts.pending).to.equal(true);
    await ready4;
    expect(readyCalls).to.equal(1);
    expect(layouts.pending).to.equal(false);
    layouts.update(inputs, 4);
    expect(layouts.exact).to.equal(true);
    const {layouts: direct, inputs: same} = setUp(6000);
    direct.update(same, 4);
    expect(layouts.current).to.deep.equal(direct.current);
  });
});
