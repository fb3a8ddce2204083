/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parsePartialDate} from '../../src/data/dates.js';
import {timeOfYear, yearOf} from '../../src/data/deep-time.js';
import type {PartialDate} from '../../src/data/types.js';
import {formatDateRange, formatPartialDate} from '../../src/format/format-date.js';
import {EN} from '../../src/format/strings.js';
import {BUILT_IN_STRINGS} from '../../src/format/strings/languages.js';
import {timelineGeometry, windowText} from '../../src/layout/timeline-view.js';
import {computeYearTicks, yearStep, yearTicks} from '../../src/layout/year-ticks.js';

const date = (text: string) => parsePartialDate(text) as PartialDate;

describe('year-only scale', () => {
  it('steps by 1, 2 or 5 times a power of ten, never under a year', () => {
    const cases: Array<[number, number]> = [[0.3, 1], [1, 1], [1.5, 2], [3, 5], [7, 10], [230, 500], [1.4e9, 2e9], [Number.NaN, 1]];
    for (const [rough, step] of cases) expect(yearStep(rough), String(rough)).to.equal(step);
  });

  it('puts ticks at round years as read, BC counted back from 1 BC, and none at year 0', () => {
    // 3000 BC to AD 2000 by thousands: 3000 BC is year −2999.
    expect(yearTicks(-2999, 2000, 5)).to.deep.equal([-2999, -1999, -999, 1000, 2000]);
    expect(yearTicks(-13.8e9, 2000, 7).map((y) => EN.year(y))).to.deep.equal([
      '12 billion BC', '10 billion BC', '8 billion BC', '6 billion BC', '4 billion BC', '2 billion BC',
    ]);
    // A window of a few years inside AD.
    expect(yearTicks(1965.3, 1975.9, 5)).to.deep.equal([1970, 1975]);
    expect(yearTicks(1965.3, 1975.9, 10)).to.deep.equal([1966, 1968, 1970, 1972, 1974]);
    expect(yearTicks(5, 5, 3)).to.deep.equal([5]);
  });

  it('places and labels ticks across a window of deep time, with no Date made', () => {
    const window = {start: timeOfYear(-14e9), end: timeOfYear(2000)};
    const ticks = computeYearTicks(window, 1000, EN.year);
    expect(ticks.length).to.be.within(4, 12);
    for (const tick of ticks) {
      expect(tick.x).to.be.within(0, 1000);
      expect(tick.label).to.match(/^\d+(\.\d)? billion BC$/);
      expect(tick.x).to.be.closeTo(((yearOf(tick.time) + 14e9) / (14e9 + 2000)) * 1000, 1e-6);
    }
    expect(computeYearTicks({start: 0, end: 0}, 1000, EN.year)).to.deep.equal([]);
  });

  it('formats deep dates in the words of the locale, and calendar ones as before', () => {
    const bigBang = date('-13800000000');
    expect(formatPartialDate(bigBang, 'en')).to.equal('13.8 billion BC');
    expect(formatPartialDate(date('-300000'), 'en')).to.equal('300,001 BC');
    expect(formatPartialDate(date('+300000'), 'en')).to.equal('300,000');
    expect(formatPartialDate(date('1969-07-20'), 'en-US')).to.equal('July 20, 1969');
    expect(formatDateRange(bigBang, date('-4600000000'), 'en')).to.equal('13.8 billion BC – 4.6 billion BC');
    expect(formatDateRange(bigBang, date('1969'), 'en')).to.equal('13.8 billion BC – 1969');
  });

  it('writes deep years in every built-in language, in its own digits and words', () => {
    const bigBang = -13_799_999_999; // 13.8 billion BC
    expect(BUILT_IN_STRINGS.ru.year(bigBang)).to.equal('13,8 миллиарда до н. э.');
    expect(BUILT_IN_STRINGS.ru.year(1969)).to.equal('1969 г.');
    expect(BUILT_IN_STRINGS['fa-af'].year(bigBang)).to.equal('۱۳٫۸ میلیارد پیش از میلاد');
    expect(BUILT_IN_STRINGS.ps.year(bigBang)).to.equal('۱۳٫۸ میلیارده له میلاد مخکې');
    expect(BUILT_IN_STRINGS.ps.year(-299_999)).to.equal('۳۰۰٬۰۰۰ له میلاد مخکې');
    for (const [lang, strings] of Object.entries(BUILT_IN_STRINGS)) {
      for (const year of [bigBang, -299_999, -2999, 1969]) {
        const text = strings.year(year);
        expect(text, lang).to.not.equal(EN.year(year));
        if (lang !== 'ru') expect(text, lang).to.not.match(/[0-9]/);
      }
    }
  });

  it('says a window of deep time in years, and a calendar one as before', () => {
    expect(windowText({start: timeOfYear(-13.8e9), end: timeOfYear(1990.5)}, 'en')).to.equal('13.8 billion BC – 1990');
    expect(windowText({start: Date.UTC(2001, 0, 1), end: Date.UTC(2021, 0, 1)}, 'en-US', true)).to.equal('2001 – 2021');
    expect(windowText({start: Date.UTC(2001, 0, 1), end: Date.UTC(2021, 0, 1)}, 'en-US')).to.equal('2001 – 2021');
    expect(windowText({start: Date.UTC(2021, 7, 1), end: Date.UTC(2021, 9, 1)}, 'en-US')).to.match(/^August/);
  });

  it('uses the year scale, zoomed to ten years at most, only when the extent passes the calendar', () => {
    const event = (id: string, d: PartialDate, index: number) => ({id, index, date: d, title: id, sources: []});
    const timeline = (dates: string[]) => ({title: 't', events: dates.map((d, i) => event(d, date(d), i)), eras: [], categories: []});
    const deep = timelineGeometry(timeline(['-13800000000', '1969-07-20']))!;
    expect(deep.years).to.equal(true);
    const tenYears = 10 * 365.2425 * 86_400_000;
    expect(deep.maxScale).to.be.closeTo((deep.extent.end - deep.extent.start) / tenYears, 1);
    const calendar = timelineGeometry(timeline(['2001-09-11', '2021-08-30']))!;
    expect(calendar.years).to.equal(false);
    expect(calendar.maxScale).to.equal((calendar.extent.end - calendar.extent.start) / 3_600_000);
  });
});
