import {expect} from '@open-wc/testing';
import type {TimelineEvent} from '../../src/data/types.js';
import {keyAction, nearestInLane, stepTarget} from '../../src/layout/keyboard-navigation.js';
import type {LayoutItem} from '../../src/layout/layout-events.js';

const event = (id: string) => ({id}) as TimelineEvent;
const item = (id: string, x: number, lane: number): LayoutItem =>
  ({kind: 'event', event: event(id), x, xEnd: x, x0: x - 6, x1: x + 60, lane, labelWidth: 60});

// Lane 0: a (0), c (200), e (400); lane 1: b (100); lane 3: d (300). In date order.
const items = [item('a', 0, 0), item('b', 100, 1), item('c', 200, 0), item('d', 300, 3), item('e', 400, 0)];

describe('keyboard navigation', () => {
  it('moves along time with Left and Right, mirrored right to left, and stops at the ends', () => {
    expect(keyAction('ArrowRight', 1, items)).to.deep.equal({type: 'focus', index: 2});
    expect(keyAction('ArrowLeft', 1, items)).to.deep.equal({type: 'focus', index: 0});
    expect(keyAction('ArrowLeft', 1, items, true)).to.deep.equal({type: 'focus', index: 2});
    expect(keyAction('ArrowRight', 4, items)).to.deep.equal({type: 'focus', index: 4});
    expect(keyAction('ArrowLeft', 0, items)).to.deep.equal({type: 'focus', index: 0});
    expect(keyAction('Home', 3, items)).to.deep.equal({type: 'focus', index: 0});
    expect(keyAction('End', 0, items)).to.deep.equal({type: 'focus', index: 4});
  });

  it('pages, zooms and fits; other keys are not its to take', () => {
    expect(keyAction('PageDown', 0, items)).to.deep.equal({type: 'page', direction: 1});
    expect(keyAction('PageDown', 0, items, true)).to.deep.equal({type: 'page', direction: -1});
    expect(keyAction('+', 0, items)).to.deep.equal({type: 'zoom', factor: 2});
    expect(keyAction('-', 0, items)).to.deep.equal({type: 'zoom', factor: 0.5});
    expect(keyAction('0', 0, items)).to.deep.equal({type: 'fit'});
    expect(keyAction('Tab', 0, items)).to.equal(undefined);
    expect(keyAction('a', 0, items)).to.equal(undefined);
  });

  it('goes up and down to the nearest item of the nearest lane that has any', () => {
    expect(nearestInLane(items, 2, 1), 'from c down: b, the only one in lane 1').to.equal(1);
    expect(nearestInLane(items, 1, -1), 'from b up: a and c are as near; the first wins').to.equal(0);
    expect(nearestInLane(items, 1, 1), 'from b down past the empty lane 2: d').to.equal(3);
    expect(nearestInLane(items, 3, 1), 'nothing below d: it stays').to.equal(3);
    expect(keyAction('ArrowDown', 4, items), 'from e down: b, the only one in lane 1, however far').to.deep.equal({type: 'focus', index: 1});
  });
});

describe('stepTarget (next and previous)', () => {
  // Events on days 10, 20, 30 and 40 (ms stand in for instants).
  const dated = [10, 20, 30, 40].map((start, i) => ({id: `e${i}`, date: {start}}));

  it('moves one event on or back from the current one, and stays at the ends', () => {
    expect(stepTarget(dated, 'e1', 1)).to.equal(2);
    expect(stepTarget(dated, 'e1', -1)).to.equal(0);
    expect(stepTarget(dated, 'e3', 1)).to.equal(3);
    expect(stepTarget(dated, 'e0', -1)).to.equal(0);
  });

  it('from nothing, starts from the window on screen, not from the ends of the story', () => {
    expect(stepTarget(dated, undefined, 1, {start: 15, end: 35})).to.equal(1);
    expect(stepTarget(dated, undefined, -1, {start: 15, end: 35})).to.equal(2);
    // An event exactly at the window's start is the first at or after it.
    expect(stepTarget(dated, undefined, 1, {start: 30, end: 50})).to.equal(2);
    // A window past every event: going on lands on the last, going back on the last before the end.
    expect(stepTarget(dated, undefined, 1, {start: 50, end: 60})).to.equal(3);
    expect(stepTarget(dated, undefined, -1, {start: 0, end: 5})).to.equal(0);
  });

  it('from nothing and no window (the chronology), starts at the first or the last event', () => {
    expect(stepTarget(dated, undefined, 1)).to.equal(0);
    expect(stepTarget(dated, undefined, -1)).to.equal(3);
    expect(stepTarget(dated, 'unknown', 1)).to.equal(0);
    expect(stepTarget([], undefined, 1)).to.equal(-1);
  });
});
