/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {DrawnItems} from '../../src/layout/drawn-items.js';
import type {LayoutItem} from '../../src/layout/layout-events.js';
import {generateEvents} from '../layout/generate-events.js';

const events = generateEvents(100, 3);
const items: LayoutItem[] = events.map((event, i) => ({kind: 'event', event, x: i * 10, xEnd: i * 10, x0: i * 10 - 6, x1: i * 10 + 6, lane: 0, labelWidth: 0}));
const ids = (list: readonly LayoutItem[]) => list.map((item) => (item.kind === 'event' ? item.event.id : ''));
const never = () => false;

describe('DrawnItems', () => {
  it('draws a first drawing whole, then at most perFrame new items a frame, in order, keeping those already drawn', () => {
    const drawn = new DrawnItems(30);
    // Nothing on screen yet: all at once.
    expect(drawn.take(items.slice(0, 10), never)).to.have.length(10);
    expect(drawn.pending).to.equal(false);
    const first = drawn.take(items, never);
    expect(ids(first)).to.deep.equal(ids(items.slice(0, 40)));
    expect(drawn.pending).to.equal(true);
    const second = drawn.take(items, never);
    expect(ids(second)).to.deep.equal(ids(items.slice(0, 70)));
    const third = drawn.take(items, never);
    expect(third).to.have.length(100);
    expect(drawn.pending).to.equal(false);
  });

  it('holds back new items after a view with none in it: only the first drawing of the list is whole', () => {
    const drawn = new DrawnItems(30);
    drawn.startRender();
    drawn.take(items.slice(0, 10), never);
    drawn.endRender();
    // Zoomed or panned into an empty stretch of time: nothing in view, the list still on screen.
    drawn.startRender();
    expect(drawn.take([], never)).to.have.length(0);
    drawn.endRender();
    drawn.startRender();
    expect(drawn.take(items, never)).to.have.length(30);
    drawn.endRender();
    expect(drawn.pending).to.equal(true);
  });

  it('never holds back what must be drawn (focus, selection, the card anchor)', () => {
    const drawn = new DrawnItems(5);
    drawn.take(items.slice(0, 1), never);
    const wanted = new Set([events[50].id, events[99].id]);
    const next = drawn.take(items, (_, item) => item.kind === 'event' && wanted.has(item.event.id));
    expect(ids(next)).to.include.members([...wanted]);
    // The one drawn before, 5 new ones and the 2 wanted.
    expect(next).to.have.length(8);
  });

  it('forgets what was drawn when a render draws no items, and stops holding back when stopped', () => {
    const drawn = new DrawnItems(10);
    drawn.startRender();
    drawn.take(items.slice(0, 1), never);
    drawn.take(items, never);
    drawn.endRender();
    expect(drawn.pending).to.equal(true);
    drawn.startRender();
    drawn.endRender(); // the chronology, say: no items drawn
    expect(drawn.pending).to.equal(false);
    // Nothing is on screen any more: the next drawing is a first one, whole.
    expect(drawn.take(items, never)).to.have.length(100);
    drawn.take(items.slice(0, 1), never);
    drawn.take(items, never);
    drawn.stop();
    expect(drawn.pending).to.equal(false);
  });
});
