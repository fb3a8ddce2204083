/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import type {TimelineEvent} from '../../src/data/types.js';
import {clusterName} from '../../src/elements/timeline/render-parts.js';
import {EN} from '../../src/format/strings.js';
import {RU} from '../../src/format/strings/ru.js';

const day = (iso: string) => {
  const start = Date.parse(`${iso}T00:00:00Z`);
  return {iso, precision: 'day' as const, start, end: start + 86_400_000};
};
const event = (id: string, iso: string, endIso?: string) =>
  ({id, title: id, date: day(iso), ...(endIso && {end: day(endIso)})}) as unknown as TimelineEvent;

describe('clusterName', () => {
  it('says the count and the span from the first date to the last end', () => {
    const events = [event('a', '2021-08-01'), event('b', '2021-08-15'), event('c', '2021-09-03', '2021-09-05')];
    expect(clusterName(events, 'en-GB', EN)).to.equal('3 events, 1 August – 5 September 2021');
  });

  it('gives the same name to a new array with the same count and ends, and another to a different one', () => {
    const a = [event('a', '2021-08-01'), event('b', '2021-08-15')];
    const b = [event('x', '2021-08-01'), event('y', '2021-08-15')];
    expect(clusterName(b, 'en-GB', EN)).to.equal(clusterName(a, 'en-GB', EN));
    // Engines space the dash of a range within one month differently ("1–16", "1 – 16").
    expect(clusterName([a[0], event('z', '2021-08-16')], 'en-GB', EN)).to.match(/^2 events, 1\s?–\s?16 August 2021$/);
    expect(clusterName([...a, event('c', '2021-08-15')], 'en-GB', EN)).to.match(/^3 events, 1\s?–\s?15 August 2021$/);
  });

  it('names one shared date once', () => {
    expect(clusterName([event('a', '2021-08-15'), event('b', '2021-08-15')], 'en-GB', EN)).to.equal('2 events, 15 August 2021');
  });

  it('follows a change of language rather than repeating a name kept for another', () => {
    const events = [event('a', '2021-08-01'), event('b', '2021-08-15'), event('c', '2021-08-20'), event('d', '2021-08-21'), event('e', '2021-08-22')];
    const english = clusterName(events, 'en-GB', EN);
    const russian = clusterName(events, 'ru', RU);
    expect(russian).to.not.equal(english);
    expect(russian).to.match(/^5 событий, /);
    expect(clusterName(events, 'en-GB', EN)).to.equal(english);
  });
});
