/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {memoStepPosition, memoStorySteps, startEventId, stepPosition, storySteps, swipeStep} from '../../src/layout/story-steps.js';

const events = ['a', 'b', 'c', 'd', 'e'].map((id) => ({id}));
const ids = (list: readonly {id: string}[]) => list.map((e) => e.id);

describe('storySteps', () => {
  it('without a story, the steps are the events shown, as they are', () => {
    expect(storySteps(events, undefined)).to.equal(events);
  });

  it("follows the story's order and visits only its events", () => {
    expect(ids(storySteps(events, ['d', 'a', 'c']))).to.deep.equal(['d', 'a', 'c']);
  });

  it('drops steps whose events the filters hide, keeping the order of the rest', () => {
    const shown = events.filter((e) => e.id !== 'a');
    expect(ids(storySteps(shown, ['d', 'a', 'c']))).to.deep.equal(['d', 'c']);
  });

  it('is empty when the filters hide every step', () => {
    expect(storySteps([events[1]], ['a', 'c'])).to.deep.equal([]);
  });
});

describe('stepPosition', () => {
  it('gives the place of the selected event and closes the ends', () => {
    expect(stepPosition(events, 'a')).to.deep.equal({index: 0, total: 5, atFirst: true, atLast: false});
    expect(stepPosition(events, 'c')).to.deep.equal({index: 2, total: 5, atFirst: false, atLast: false});
    expect(stepPosition(events, 'e')).to.deep.equal({index: 4, total: 5, atFirst: false, atLast: true});
  });

  it('with nothing selected, or an event that is no step, both ways are open', () => {
    expect(stepPosition(events, null)).to.deep.equal({index: -1, total: 5, atFirst: false, atLast: false});
    expect(stepPosition(events, 'zz')).to.deep.equal({index: -1, total: 5, atFirst: false, atLast: false});
  });

  it('with no steps, both ways are closed', () => {
    expect(stepPosition([], undefined)).to.deep.equal({index: -1, total: 0, atFirst: true, atLast: true});
  });

  it('one step is both first and last', () => {
    expect(stepPosition([{id: 'x'}], 'x')).to.deep.equal({index: 0, total: 1, atFirst: true, atLast: true});
  });
});

describe('swipeStep', () => {
  it('a leftward swipe goes on, a rightward one back, in a left-to-right page', () => {
    expect(swipeStep(-80, 5, false)).to.equal(1);
    expect(swipeStep(80, -5, false)).to.equal(-1);
  });

  it('turns the other way in a right-to-left page', () => {
    expect(swipeStep(-80, 5, true)).to.equal(-1);
    expect(swipeStep(80, 5, true)).to.equal(1);
  });

  it('a tap, a short slip or a mostly vertical move is no step', () => {
    expect(swipeStep(0, 0, false)).to.equal(0);
    expect(swipeStep(-47, 0, false)).to.equal(0);
    expect(swipeStep(-80, 41, false)).to.equal(0);
    expect(swipeStep(-80, 40, false)).to.equal(1);
  });
});

describe('memoStorySteps', () => {
  it('gives the same list while the events shown and the story are the same ones, a new one when either changes', () => {
    const steps = memoStorySteps<{id: string}>();
    const story = ['c', 'a'];
    const first = steps(events, story);
    expect(steps(events, story)).to.equal(first);
    expect(ids(steps(events.slice(1), story))).to.deep.equal(['c']);
    expect(ids(steps(events, ['a']))).to.deep.equal(['a']);
  });
});

describe('startEventId', () => {
  it('first and last of the events in date order, without a story', () => {
    expect(startEventId('first', events, undefined)).to.equal('a');
    expect(startEventId('last', events, undefined)).to.equal('e');
  });

  it('first and last of the story when there is one', () => {
    expect(startEventId('first', events, ['d', 'b'])).to.equal('d');
    expect(startEventId(' last ', events, ['d', 'b'])).to.equal('b');
  });

  it('anything else is an id, taken as written (the selection checks it)', () => {
    expect(startEventId('c', events, undefined)).to.equal('c');
    expect(startEventId('no-such', events, undefined)).to.equal('no-such');
    expect(startEventId('  ', events, undefined)).to.equal(undefined);
  });

  it('nothing to open in an empty timeline', () => {
    expect(startEventId('first', [], undefined)).to.equal(undefined);
  });
});

describe('memoStepPosition', () => {
  it('gives the same position while the steps and the selection are the same, a new one when either changes', () => {
    const position = memoStepPosition();
    const first = position(events, 'b');
    expect(position(events, 'b')).to.equal(first);
    expect(position(events, 'c').index).to.equal(2);
    expect(position(events.slice(1), 'c').index).to.equal(1);
  });
});
