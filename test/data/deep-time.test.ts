/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parsePartialDate} from '../../src/data/dates.js';
import {deepYear, isDeepTime, parseDeepYear, timeOfYear, yearOf} from '../../src/data/deep-time.js';

describe('deep years', () => {
  it('reads signed years beyond the calendar, as written', () => {
    const cases: Array<[string, number]> = [['-13800000000', -13_800_000_000], ['-300000', -300_000], ['+300000', 300_000], ['+999999999999999', 999_999_999_999_999]];
    for (const [text, year] of cases) {
      const date = parseDeepYear(text);
      expect(date, text).to.deep.equal(deepYear(year, text));
      expect(date!.deep).to.equal(true);
      expect(date!.end - date!.start, text).to.be.closeTo(365.2425 * 86_400_000, 1e6 + Math.abs(date!.start) * 1e-15);
    }
  });

  it('leaves years a Date holds, and everything that is not a signed year alone, to the calendar parser', () => {
    for (const text of ['-271820', '+275759', '-0044', '2001', '13800000000', '-300000-01', '+1234567890123456', 'x']) {
      expect(parseDeepYear(text), text).to.equal(undefined);
    }
    // And the calendar parser reads its own: -271820 is a calendar year.
    const edge = parsePartialDate('-271820');
    expect(edge).to.include({precision: 'year'}).and.not.have.property('deep');
  });

  it('orders deep years before and after calendar dates, with no gap or overlap at the edge', () => {
    const first = parsePartialDate('-271820');
    const before = parsePartialDate('-271821');
    const after = parsePartialDate('+275760');
    const last = parsePartialDate('+275759');
    if ([first, before, after, last].some((d) => typeof d === 'string')) expect.fail('not parsed');
    const [f, b, a, l] = [first, before, after, last] as Array<Exclude<typeof first, string>>;
    expect(b.deep).to.equal(true);
    expect(a.deep).to.equal(true);
    // Within a day of meeting: the mean year and the calendar part by at most that.
    expect(Math.abs(b.end - f.start)).to.be.lessThan(86_400_000 * 2);
    expect(Math.abs(a.start - l.end)).to.be.lessThan(86_400_000 * 2);
    expect(b.start).to.be.lessThan(f.start);
    expect(a.end).to.be.greaterThan(l.end);
  });

  it('turns years into instants and back on the mean-year scale, which meets the calendar every 400 years', () => {
    expect(timeOfYear(2000)).to.equal(Date.UTC(2000, 0, 1));
    expect(timeOfYear(-400)).to.equal(new Date(0).setUTCFullYear(-400, 0, 1));
    expect(yearOf(Date.UTC(1969, 6, 20))).to.be.within(1969.54, 1969.56);
    for (const year of [-13.8e9, -4.6e9, -300_000, 0, 1990, 1e12]) expect(yearOf(timeOfYear(year))).to.be.closeTo(year, Math.abs(year) * 1e-12 + 1e-9);
  });

  it('says which instants no Date can hold', () => {
    expect(isDeepTime(0)).to.equal(false);
    expect(isDeepTime(8.64e15)).to.equal(false);
    expect(isDeepTime(-8.64e15 - 1)).to.equal(true);
    expect(isDeepTime(timeOfYear(-13.8e9))).to.equal(true);
    expect(isDeepTime(Number.NaN)).to.equal(true);
  });
});
