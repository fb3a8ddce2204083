/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import type {Timeline, TimelineEvent} from '../../src/data/types.js';
import {createTimeScale, scaleTimeWindow, timelineExtent, type TimeWindow} from '../../src/layout/time-scale.js';
import {DAY, date, sortEvents} from './generate-events.js';

function timeline(events: Array<{date: string; end?: string}>, eras: Array<{start: string; end: string}> = []): Timeline {
  const sorted: TimelineEvent[] = sortEvents(
    events.map((e, i) => ({id: `e${i}`, title: 'e', sources: [], date: date(e.date), ...(e.end && {end: date(e.end)})})),
  );
  return {title: 'T', events: sorted, eras: eras.map((e) => ({title: 'era', start: date(e.start), end: date(e.end)})), categories: []};
}

describe('timelineExtent', () => {
  it('is undefined for an empty timeline', () => {
    expect(timelineExtent(timeline([]))).to.equal(undefined);
  });

  const cases: Array<{name: string; events: Array<{date: string; end?: string}>; eras?: Array<{start: string; end: string}>; margin?: number; expected: TimeWindow}> = [
    {
      name: 'a single instant gets a week either side',
      events: [{date: '2001-10-07T16:30Z'}],
      expected: {start: Date.UTC(2001, 9, 7, 16, 30) - 7 * DAY, end: Date.UTC(2001, 9, 7, 16, 30) + 7 * DAY},
    },
    {
      name: 'a single day gets a week either side of the whole day',
      events: [{date: '2001-10-07'}],
      expected: {start: Date.UTC(2001, 9, 7) - 7 * DAY, end: Date.UTC(2001, 9, 8) + 7 * DAY},
    },
    {
      name: 'twenty years padded by 3% of their length',
      events: [{date: '2001-09-11'}, {date: '2010'}, {date: '2021-08-30'}],
      expected: {
        start: Date.UTC(2001, 8, 11) - (Date.UTC(2021, 7, 31) - Date.UTC(2001, 8, 11)) * 0.03,
        end: Date.UTC(2021, 7, 31) + (Date.UTC(2021, 7, 31) - Date.UTC(2001, 8, 11)) * 0.03,
      },
    },
    {
      name: 'a range end reaches furthest',
      events: [{date: '2001-01-01', end: '2001-12'}, {date: '2001-06-01'}],
      margin: 0,
      expected: {start: Date.UTC(2001, 0, 1) - 7 * DAY, end: Date.UTC(2002, 0, 1) + 7 * DAY},
    },
    {
      name: 'eras count too',
      events: [{date: '2005'}],
      eras: [{start: '2001', end: '2003'}, {start: '2004', end: '2010'}],
      margin: 0.1,
      expected: {start: Date.UTC(2001, 0, 1) - (Date.UTC(2011, 0, 1) - Date.UTC(2001, 0, 1)) * 0.1, end: Date.UTC(2011, 0, 1) + (Date.UTC(2011, 0, 1) - Date.UTC(2001, 0, 1)) * 0.1},
    },
  ];
  for (const {name, events, eras, margin, expected} of cases) {
    it(name, () => {
      const extent = timelineExtent(timeline(events, eras), margin);
      expect(extent).to.exist;
      expect(extent!.start).to.be.closeTo(expected.start, 1);
      expect(extent!.end).to.be.closeTo(expected.end, 1);
    });
  }
});

describe('createTimeScale', () => {
  it('maps the window onto [0, width] in UTC', () => {
    const scale = createTimeScale({start: Date.UTC(2001, 0, 1), end: Date.UTC(2002, 0, 1)}, 365);
    expect(scale(new Date(Date.UTC(2001, 0, 1)))).to.equal(0);
    expect(scale(new Date(Date.UTC(2002, 0, 1)))).to.equal(365);
    expect(scale(new Date(Date.UTC(2001, 0, 2)))).to.be.closeTo(1, 1e-9);
    expect(scale.invert(365 / 2).getTime()).to.be.closeTo((Date.UTC(2001, 0, 1) + Date.UTC(2002, 0, 1)) / 2, 1);
  });

  it('takes milliseconds as well as dates, and reports its domain and range', () => {
    const window = {start: Date.UTC(2001, 0, 1), end: Date.UTC(2021, 0, 1)};
    const scale = createTimeScale(window, 800);
    expect(scale(Date.UTC(2011, 0, 1))).to.equal(scale(new Date(Date.UTC(2011, 0, 1))));
    expect(scale.domain().map((d) => d.getTime())).to.deep.equal([window.start, window.end]);
    expect(scale.range()).to.deep.equal([0, 800]);
  });

  it('maps instants outside the window beyond the range (no clamping)', () => {
    const scale = createTimeScale({start: Date.UTC(2001, 0, 1), end: Date.UTC(2002, 0, 1)}, 365);
    expect(scale(Date.UTC(2000, 11, 31))).to.be.closeTo(-1, 1e-9);
    expect(scale(Date.UTC(2002, 0, 2))).to.be.closeTo(366, 1e-9);
    expect(scale.invert(-365).getTime()).to.be.closeTo(Date.UTC(2001, 0, 1) - 365 * DAY, 1);
  });

  const windows: Array<[string, TimeWindow, number]> = [
    ['twenty years', {start: Date.UTC(2001, 8, 11), end: Date.UTC(2021, 7, 30)}, 1000],
    ['one day', {start: Date.UTC(2001, 9, 7), end: Date.UTC(2001, 9, 8)}, 320],
    ['before the common era', {start: Date.UTC(-43, 0, 1), end: Date.UTC(-42, 0, 1)}, 640],
  ];
  for (const [name, window, width] of windows) {
    it(`inverts what it maps: ${name}`, () => {
      const scale = createTimeScale(window, width);
      for (const f of [0, 0.1, 0.5, 0.93, 1, 1.5]) {
        const time = window.start + (window.end - window.start) * f;
        expect(scale(time)).to.be.closeTo(width * f, 1e-6);
        expect(scale.invert(scale(time)).getTime()).to.be.closeTo(time, 1);
      }
      for (const x of [0, 1, width / 3, width]) expect(scale(scale.invert(x))).to.be.closeTo(x, 1e-6);
    });
  }

  it('puts every instant at the middle of the range for a zero-width window, and inverts to that instant', () => {
    const t = Date.UTC(2001, 9, 7);
    const scale = createTimeScale({start: t, end: t}, 500);
    for (const time of [t - DAY, t, t + DAY]) expect(scale(time)).to.equal(250);
    for (const x of [0, 250, 500]) expect(scale.invert(x).getTime()).to.equal(t);
  });

  it('inverts a zero-width range to the middle of the window', () => {
    const window = {start: Date.UTC(2001, 0, 1), end: Date.UTC(2003, 0, 1)};
    const scale = createTimeScale(window, 0);
    expect(scale(Date.UTC(2002, 5, 1))).to.equal(0);
    expect(scale.invert(0).getTime()).to.equal(Date.UTC(2002, 0, 1));
  });

  it('runs backwards onto a reversed range', () => {
    const window = {start: Date.UTC(2001, 0, 1), end: Date.UTC(2002, 0, 1)};
    const scale = scaleTimeWindow(window, [365, 0]);
    expect(scale(window.start)).to.equal(365);
    expect(scale(window.end)).to.equal(0);
    expect(scale(Date.UTC(2001, 0, 2))).to.be.closeTo(364, 1e-9);
    expect(scale.invert(364).getTime()).to.be.closeTo(Date.UTC(2001, 0, 2), 1);
    expect(scale.invert(scale(Date.UTC(2001, 6, 4, 12))).getTime()).to.be.closeTo(Date.UTC(2001, 6, 4, 12), 1);
  });

  it('maps a window that runs backwards, ticks included', () => {
    const scale = createTimeScale({start: Date.UTC(2006, 0, 1), end: Date.UTC(2001, 0, 1)}, 500);
    expect(scale(Date.UTC(2006, 0, 1))).to.equal(0);
    expect(scale(Date.UTC(2001, 0, 1))).to.equal(500);
    expect(scale.invert(scale(Date.UTC(2003, 6, 1))).getTime()).to.equal(Date.UTC(2003, 6, 1));
    expect(scale.ticks(5).map((d) => d.getUTCFullYear())).to.deep.equal([2006, 2005, 2004, 2003, 2002, 2001]);
  });

  it('maps nothing anywhere when the window is not a number', () => {
    const scale = createTimeScale({start: Number.NaN, end: Number.NaN}, 500);
    expect(scale(Date.UTC(2001, 0, 1))).to.be.NaN;
    expect(scale.invert(10).getTime()).to.be.NaN;
    expect(scale.ticks(5)).to.deep.equal([]);
  });

  const tickCases: Array<[string, TimeWindow, number, Date[]]> = [
    ['years', {start: Date.UTC(2001, 8, 11), end: Date.UTC(2006, 7, 30)}, 5, [2002, 2003, 2004, 2005, 2006].map((y) => new Date(Date.UTC(y, 0, 1)))],
    ['quarters', {start: Date.UTC(2004, 0, 1), end: Date.UTC(2005, 0, 1)}, 4, [0, 3, 6, 9, 12].map((m) => new Date(Date.UTC(2004, m, 1)))],
    ['weeks start on Sunday', {start: Date.UTC(2004, 4, 1), end: Date.UTC(2004, 4, 29)}, 4, [2, 9, 16, 23].map((d) => new Date(Date.UTC(2004, 4, d)))],
    ['six hours', {start: Date.UTC(2001, 9, 7), end: Date.UTC(2001, 9, 8)}, 4, [0, 6, 12, 18, 24].map((h) => new Date(Date.UTC(2001, 9, 7, h)))],
    ['decades', {start: Date.UTC(1950, 0, 1), end: Date.UTC(2021, 0, 1)}, 7, [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020].map((y) => new Date(Date.UTC(y, 0, 1)))],
  ];
  for (const [name, window, count, expected] of tickCases) {
    it(`ticks on UTC calendar boundaries, ends included: ${name}`, () => {
      expect(createTimeScale(window, 1000).ticks(count)).to.deep.equal(expected);
    });
  }
});
