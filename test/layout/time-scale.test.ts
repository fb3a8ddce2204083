/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import type {Timeline, TimelineEvent} from '../../src/data/types.js';
import {createTimeScale, timelineExtent, zoomWindow, type TimeWindow} from '../../src/layout/time-scale.js';
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
});

describe('zoomWindow', () => {
  const w: TimeWindow = {start: Date.UTC(2001, 0, 1), end: Date.UTC(2021, 0, 1)};
  const cases: Array<[string, number, number | undefined]> = [
    ['zoom in ×2 about the middle', 2, undefined],
    ['zoom in ×2 about the start', 2, w.start],
    ['zoom in ×10 about 2010', 10, Date.UTC(2010, 0, 1)],
    ['zoom out ×3 about 2020', 1 / 3, Date.UTC(2020, 0, 1)],
    ['zoom about an anchor outside the window', 4, Date.UTC(2030, 0, 1)],
    ['factor 1 is identity', 1, Date.UTC(2004, 5, 1)],
  ];
  for (const [name, factor, anchor] of cases) {
    it(name, () => {
      const z = zoomWindow(w, factor, anchor);
      const a = anchor ?? (w.start + w.end) / 2;
      // The anchor keeps its place on screen: same fraction of the window.
      const before = (a - w.start) / (w.end - w.start);
      const after = (a - z.start) / (z.end - z.start);
      expect(after).to.be.closeTo(before, 1e-9);
      expect(z.end - z.start).to.be.closeTo((w.end - w.start) / factor, 1);
      // And the same pixel on a scale of the same width.
      expect(createTimeScale(z, 1000)(new Date(a))).to.be.closeTo(createTimeScale(w, 1000)(new Date(a)), 1e-6);
    });
  }
});
