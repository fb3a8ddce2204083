/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {daysInMonth, ISO_DATE_PATTERN, lastInstant, parsePartialDate, utcTime} from '../../src/data/dates.js';
import type {PartialDate} from '../../src/data/types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (typeof result === 'string') throw new Error(`expected "${text}" to parse, got: ${result}`);
  return result;
}

/** Date.UTC treats years 0–99 as 1900–1999; this does not. */
function utcFull(year: number, month = 0, day = 1, h = 0, m = 0, s = 0, ms = 0): number {
  const d = new Date(Date.UTC(2000, month, day, h, m, s, ms));
  d.setUTCFullYear(year);
  return d.getTime();
}

describe('utcTime', () => {
  const cases: Array<[string, number[], number]> = [
    ['2001-10-07', [2001, 9, 7], Date.UTC(2001, 9, 7)],
    ['2001-10-07 16:30:15.250', [2001, 9, 7, 16, 30, 15, 250], Date.UTC(2001, 9, 7, 16, 30, 15, 250)],
    ['year only', [2001], Date.UTC(2001, 0, 1)],
    ['month overflow rolls to next year', [2001, 12, 1], Date.UTC(2002, 0, 1)],
    ['day 0 is the last day of the previous month', [2021, 2, 0], Date.UTC(2021, 1, 28)],
    ['year 44 is not 1944', [44], -60_778_684_800_000],
    ['year 0', [0], -62_167_219_200_000],
    ['year -44', [-44], -63_555_753_600_000],
  ];
  for (const [name, args, expected] of cases) {
    it(`${name}: utcTime(${args.join(', ')})`, () => {
      expect(utcTime(...(args as [number]))).to.equal(expected);
    });
  }

  it('does not depend on the local time zone (Asia/Kabul, UTC+4:30)', () => {
    // The browsers run in Kabul: a local-time slip shows as 4.5 hours.
    expect(new Date(utcTime(2001, 9, 7)).toISOString()).to.equal('2001-10-07T00:00:00.000Z');
    expect(utcTime(1970)).to.equal(0);
  });
});

describe('parsePartialDate', () => {
  describe('precision, start and end', () => {
    const cases: Array<{text: string; precision: PartialDate['precision']; start: number; end: number; offsetMinutes?: number}> = [
      {text: '2001', precision: 'year', start: Date.UTC(2001, 0, 1), end: Date.UTC(2002, 0, 1)},
      {text: '2001-10', precision: 'month', start: Date.UTC(2001, 9, 1), end: Date.UTC(2001, 10, 1)},
      {text: '2001-12', precision: 'month', start: Date.UTC(2001, 11, 1), end: Date.UTC(2002, 0, 1)},
      {text: '2001-10-07', precision: 'day', start: Date.UTC(2001, 9, 7), end: Date.UTC(2001, 9, 8)},
      {text: '2001-12-31', precision: 'day', start: Date.UTC(2001, 11, 31), end: Date.UTC(2002, 0, 1)},
      {text: '2020-02-29', precision: 'day', start: Date.UTC(2020, 1, 29), end: Date.UTC(2020, 2, 1)},
      {text: '2000-02-29', precision: 'day', start: Date.UTC(2000, 1, 29), end: Date.UTC(2000, 2, 1)},
      {text: '2001-10-07T16:30Z', precision: 'time', start: Date.UTC(2001, 9, 7, 16, 30), end: Date.UTC(2001, 9, 7, 16, 30), offsetMinutes: 0},
      {text: '2001-10-07T16:30:45Z', precision: 'time', start: Date.UTC(2001, 9, 7, 16, 30, 45), end: Date.UTC(2001, 9, 7, 16, 30, 45), offsetMinutes: 0},
      {text: '2001-10-07T16:30+04:30', precision: 'time', start: Date.UTC(2001, 9, 7, 12, 0), end: Date.UTC(2001, 9, 7, 12, 0), offsetMinutes: 270},
      {text: '2001-10-07T16:30+0430', precision: 'time', start: Date.UTC(2001, 9, 7, 12, 0), end: Date.UTC(2001, 9, 7, 12, 0), offsetMinutes: 270},
      {text: '2001-10-07T16:30-0500', precision: 'time', start: Date.UTC(2001, 9, 7, 21, 30), end: Date.UTC(2001, 9, 7, 21, 30), offsetMinutes: -300},
      {text: '2001-10-07T16:30-05:00', precision: 'time', start: Date.UTC(2001, 9, 7, 21, 30), end: Date.UTC(2001, 9, 7, 21, 30), offsetMinutes: -300},
      {text: '2001-10-07T02:00+04:30', precision: 'time', start: Date.UTC(2001, 9, 6, 21, 30), end: Date.UTC(2001, 9, 6, 21, 30), offsetMinutes: 270},
      {text: '2001-10-07T16:30', precision: 'time', start: Date.UTC(2001, 9, 7, 16, 30), end: Date.UTC(2001, 9, 7, 16, 30)},
      {text: '2001-10-07T16:30:45.5Z', precision: 'time', start: Date.UTC(2001, 9, 7, 16, 30, 45, 500), end: Date.UTC(2001, 9, 7, 16, 30, 45, 500), offsetMinutes: 0},
      {text: '2001-10-07T16:30:45.05Z', precision: 'time', start: Date.UTC(2001, 9, 7, 16, 30, 45, 50), end: Date.UTC(2001, 9, 7, 16, 30, 45, 50), offsetMinutes: 0},
      {text: '2001-10-07T16:30:45.123Z', precision: 'time', start: Date.UTC(2001, 9, 7, 16, 30, 45, 123), end: Date.UTC(2001, 9, 7, 16, 30, 45, 123), offsetMinutes: 0},
      {text: '0044', precision: 'year', start: utcFull(44), end: utcFull(45)},
      {text: '0099-12', precision: 'month', start: utcFull(99, 11), end: utcFull(100, 0)},
      {text: '0001-01-01', precision: 'day', start: utcFull(1), end: utcFull(1, 0, 2)},
      {text: '0000', precision: 'year', start: utcFull(0), end: utcFull(1)},
      {text: '-0044', precision: 'year', start: utcFull(-44), end: utcFull(-43)},
      {text: '-0044-03-15', precision: 'day', start: utcFull(-44, 2, 15), end: utcFull(-44, 2, 16)},
      {text: '+12021', precision: 'year', start: utcFull(12021), end: utcFull(12022)},
      {text: '+002021-06', precision: 'month', start: Date.UTC(2021, 5, 1), end: Date.UTC(2021, 6, 1)},
    ];
    for (const {text, precision, start, end, offsetMinutes} of cases) {
      it(`"${text}" → ${precision} ${new Date(start).toISOString()} … ${new Date(end).toISOString()}`, () => {
        const date = parsed(text);
        expect(date.iso).to.equal(text);
        expect(date.precision).to.equal(precision);
        expect(date.start, 'start').to.equal(start);
        expect(date.end, 'end').to.equal(end);
        expect(date.offsetMinutes, 'offsetMinutes').to.equal(offsetMinutes);
        expect('offsetMinutes' in date).to.equal(offsetMinutes !== undefined);
      });
    }
  });

  it('uses UTC, not the browser zone (Asia/Kabul)', () => {
    expect(parsed('2001-10-07').start).to.equal(Date.UTC(2001, 9, 7));
    expect(new Date(parsed('2001-10-07').start).toISOString()).to.equal('2001-10-07T00:00:00.000Z');
    expect(new Date(parsed('2001').start).toISOString()).to.equal('2001-01-01T00:00:00.000Z');
    expect(new Date(parsed('2001-10-07T16:30').start).toISOString()).to.equal('2001-10-07T16:30:00.000Z');
    // The same instant as "+04:30" and as "Z".
    expect(parsed('2001-10-07T16:30+04:30').start).to.equal(parsed('2001-10-07T12:00Z').start);
  });

  it('keeps years 0–99 as written ("0044" is not 1944)', () => {
    expect(new Date(parsed('0044').start).getUTCFullYear()).to.equal(44);
    expect(new Date(parsed('0099-12-31').start).getUTCFullYear()).to.equal(99);
    expect(new Date(parsed('0001').start).getUTCFullYear()).to.equal(1);
    expect(new Date(parsed('-0044').start).getUTCFullYear()).to.equal(-44);
    expect(new Date(parsed('+12021').start).getUTCFullYear()).to.equal(12021);
    expect(parsed('0044').start).to.be.lessThan(parsed('0100').start);
    expect(parsed('-0044').start).to.be.lessThan(parsed('0044').start);
  });

  describe('rejects impossible days, naming the days of the month', () => {
    const cases: Array<[string, string]> = [
      ['2021-02-29', 'February 2021 has 28 days'],
      ['1900-02-29', 'February 1900 has 28 days'],
      ['2021-02-30', 'February 2021 has 28 days'],
      ['2020-02-30', 'February 2020 has 29 days'],
      ['2021-04-31', 'April 2021 has 30 days'],
      ['2021-06-31T10:00Z', 'June 2021 has 30 days'],
    ];
    for (const [text, days] of cases) {
      it(`"${text}"`, () => {
        const result = parsePartialDate(text);
        expect(result).to.be.a('string');
        expect(result).to.include(`"${text}"`);
        expect(result).to.include(days);
      });
    }
  });

  describe('rejects text that is not an ISO 8601 date, quoting it', () => {
    const garbage = [
      'yesterday', '', ' 2001', '2001 ', '01', '201', '2001-13', '2001-00', '2001-10-00', '2001-10-32', '2001-1-7',
      '2001/10/07', '07.10.2001', 'October 2001', '2001-10-07T24:00Z', '2001-10-07T16:60Z', '2001-10-07T16:30:60Z',
      '2001-10-07T16Z', '2001-10-07 16:30Z', '2001-10-07T16:30+4:30', '2001-10-07T16:30+24:00', '2001-10-07T16:30:45.1234Z',
      '2001-10-07T16:30z', '1234567', '+123456789012345678', '2001-10-07Z', '<script>',
    ];
    for (const text of garbage) {
      it(JSON.stringify(text), () => {
        const result = parsePartialDate(text);
        expect(result).to.be.a('string');
        expect(result).to.include(`"${text}"`);
        expect(ISO_DATE_PATTERN.test(text)).to.equal(false);
      });
    }
  });

  it('reads "2001", "2001-10" and "2001-10-07" (read without the pattern) exactly as the pattern would', () => {
    // Strings of those lengths from digits, dashes and a few other characters, most of them near a valid date.
    let seed = 11;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = (chars: string) => chars[Math.floor(random() * chars.length)];
    let valid = 0;
    for (let n = 0; n < 4000; n++) {
      const shape = pick('0123456789-x+:T');
      const chars = Array.from(['2001', '2001-10', '2001-10-07'][n % 3], (char) =>
        random() < 0.15 ? shape : char === '-' ? '-' : random() < 0.5 ? pick('0123') : pick('0123456789'));
      const text = chars.join('');
      const match = ISO_DATE_PATTERN.exec(text);
      const result = parsePartialDate(text);
      if (!match) {
        expect(result, text).to.be.a('string');
        continue;
      }
      const [, y, mo, d] = match;
      const year = Number(y);
      const monthIndex = mo ? Number(mo) - 1 : 0;
      if (d && Number(d) > daysInMonth(year, monthIndex)) {
        expect(result, text).to.be.a('string').that.includes('days');
        continue;
      }
      if (typeof result === 'string') expect.fail(`${text}: ${result}`);
      expect(result.precision, text).to.equal(d ? 'day' : mo ? 'month' : 'year');
      expect(result.start, text).to.equal(utcTime(year, monthIndex, d ? Number(d) : 1));
      expect(result.iso).to.equal(text);
      valid++;
    }
    // Both kinds were tried, in numbers.
    expect(valid).to.be.within(500, 3500);
  });

  it('rejects months and days JavaScript dates cannot hold, and says to give the year alone', () => {
    const result = parsePartialDate('+999999-01');
    expect(result).to.be.a('string');
    expect(result).to.include('"+999999-01"');
    expect(result).to.include('outside the range');
    expect(result).to.include('the year alone');
  });

  it('reads a signed year beyond what JavaScript dates hold as a deep year', () => {
    const result = parsePartialDate('+999999');
    if (typeof result === 'string') expect.fail(result);
    expect(result).to.include({iso: '+999999', precision: 'year', deep: true});
    expect(result.end).to.be.greaterThan(result.start);
  });
});

describe('lastInstant', () => {
  const cases: Array<[string, number]> = [
    ['2001', Date.UTC(2002, 0, 1) - 1],
    ['2001-10', Date.UTC(2001, 10, 1) - 1],
    ['2001-10-07', Date.UTC(2001, 9, 8) - 1],
    ['2001-10-07T16:30Z', Date.UTC(2001, 9, 7, 16, 30)],
    ['2001-10-07T16:30+04:30', Date.UTC(2001, 9, 7, 12, 0)],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${new Date(expected).toISOString()}`, () => {
      expect(lastInstant(parsed(text))).to.equal(expected);
    });
  }

  it('is within the period for every precision', () => {
    for (const text of ['2001', '2001-10', '2001-10-07', '2001-10-07T16:30Z']) {
      const date = parsed(text);
      expect(lastInstant(date)).to.be.at.least(date.start);
      expect(lastInstant(date)).to.be.at.most(Math.max(date.start, date.end - 1));
    }
    expect(parsed('2001-10-07T16:30Z').end - parsed('2001-10-07T16:30Z').start).to.equal(0);
    expect(parsed('2001-10-07').end - parsed('2001-10-07').start).to.equal(24 * HOUR);
  });
});

describe('calendar arithmetic agrees with Date', () => {
  /** The slow, obviously right way: let Date roll the 0th of the next month back. */
  const reference = (year: number, month: number, day = 1, h = 0, mi = 0) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    date.setUTCHours(h, mi, 0, 0);
    return date.getTime();
  };

  it('gives the days of every month from 500 BCE to 3000 (leap centuries included)', () => {
    for (let year = -500; year <= 3000; year++) {
      for (let month = 0; month < 12; month++) {
        const days = new Date(reference(year, month + 1, 0)).getUTCDate();
        if (daysInMonth(year, month) !== days) expect(daysInMonth(year, month), `${year}-${month + 1}`).to.equal(days);
      }
    }
    expect(daysInMonth(1900, 1)).to.equal(28);
    expect(daysInMonth(2000, 1)).to.equal(29);
    expect(daysInMonth(-4, 1)).to.equal(29);
  });

  it('gives the same instant on its fast path (Date.UTC) as through the setters', () => {
    for (const year of [-10000, -44, -1, 0, 1, 99, 100, 101, 1899, 1900, 1999, 2001, 2021, 9999, 275000]) {
      for (const [month, day, h, mi] of [[0, 1, 0, 0], [1, 29, 23, 59], [11, 31, 12, 30], [9, 7, 16, 30]]) {
        expect(utcTime(year, month, day, h, mi), `${year}-${month + 1}-${day} ${h}:${mi}`).to.equal(reference(year, month, day, h, mi));
      }
    }
  });
});

