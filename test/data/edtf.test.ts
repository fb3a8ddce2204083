/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parsePartialDate} from '../../src/data/dates.js';
import {deepYear, MS_PER_YEAR} from '../../src/data/deep-time.js';
import {parseEdtf} from '../../src/data/edtf.js';
import type {PartialDate} from '../../src/data/types.js';

function parsed(text: string): PartialDate {
  const result = parseEdtf(text);
  if (typeof result === 'string') throw new Error(`expected "${text}" to parse, got: ${result}`);
  return result;
}

const EXPECTED = 'expected EDTF such as "2001-11-12?", "2004~", "2021-XX", "2001-11-12/2001-11-13"';

describe('parseEdtf', () => {
  describe('plain ISO 8601, as parsePartialDate reads it', () => {
    for (const text of ['2001', '2001-10', '2001-10-07', '2001-10-07T16:30Z', '2001-10-07T21:00:00+04:30', '-0044-03-15', '+012021', '-13800000000']) {
      it(text, () => {
        expect(parseEdtf(text)).to.deep.equal(parsePartialDate(text));
      });
    }
  });

  describe('qualifiers on the whole date cover the period written', () => {
    const cases: Array<[string, Partial<PartialDate>]> = [
      ['2001-11-12?', {precision: 'day', start: Date.UTC(2001, 10, 12), end: Date.UTC(2001, 10, 13), uncertain: true}],
      ['2004~', {precision: 'year', start: Date.UTC(2004, 0), end: Date.UTC(2005, 0), approximate: true}],
      ['2001-11%', {precision: 'month', start: Date.UTC(2001, 10), end: Date.UTC(2001, 11), uncertain: true, approximate: true}],
      ['2001-11~', {precision: 'month', start: Date.UTC(2001, 10), end: Date.UTC(2001, 11), approximate: true}],
      ['2020-02-29?', {precision: 'day', start: Date.UTC(2020, 1, 29), end: Date.UTC(2020, 2, 1), uncertain: true}],
    ];
    for (const [text, fields] of cases) {
      it(text, () => {
        expect(parsed(text)).to.deep.equal({iso: text, ...fields});
      });
    }
  });

  describe('unspecified digits', () => {
    const cases: Array<[string, Partial<PartialDate>]> = [
      ['201X', {precision: 'year', start: Date.UTC(2010, 0), end: Date.UTC(2020, 0), years: 10}],
      ['20XX', {precision: 'year', start: Date.UTC(2000, 0), end: Date.UTC(2100, 0), years: 100}],
      ['-201X', {precision: 'year', start: Date.UTC(-2019, 0), end: Date.UTC(-2009, 0), years: 10}],
      ['2021-XX', {precision: 'year', start: Date.UTC(2021, 0), end: Date.UTC(2022, 0)}],
      ['2021-08-XX', {precision: 'month', start: Date.UTC(2021, 7), end: Date.UTC(2021, 8)}],
      ['1985-XX-XX', {precision: 'year', start: Date.UTC(1985, 0), end: Date.UTC(1986, 0)}],
      ['201X~', {precision: 'year', start: Date.UTC(2010, 0), end: Date.UTC(2020, 0), years: 10, approximate: true}],
      ['2021-08-XX?', {precision: 'month', start: Date.UTC(2021, 7), end: Date.UTC(2021, 8), uncertain: true}],
    ];
    for (const [text, fields] of cases) {
      it(text, () => {
        expect(parsed(text)).to.deep.equal({iso: text, ...fields});
      });
    }
  });

  describe('seasons cover three months, as the edtf package counts them', () => {
    const cases: Array<[string, number, number, number]> = [
      ['2021-21', 21, Date.UTC(2021, 0), Date.UTC(2021, 3)],
      ['2021-22', 22, Date.UTC(2021, 3), Date.UTC(2021, 6)],
      ['2021-23', 23, Date.UTC(2021, 6), Date.UTC(2021, 9)],
      ['2021-24', 24, Date.UTC(2021, 9), Date.UTC(2022, 0)],
    ];
    for (const [text, season, start, end] of cases) {
      it(text, () => {
        expect(parsed(text)).to.deep.equal({iso: text, precision: 'month', start, end, season});
      });
    }
    it('2021-24~ is approximate', () => {
      expect(parsed('2021-24~')).to.include({season: 24, approximate: true, start: Date.UTC(2021, 9)});
    });
  });

  describe('intervals', () => {
    it('2001-11-12/2001-11-13 covers both days, each end kept as written', () => {
      expect(parsed('2001-11-12/2001-11-13')).to.deep.equal({
        iso: '2001-11-12/2001-11-13',
        precision: 'day',
        start: Date.UTC(2001, 10, 12),
        end: Date.UTC(2001, 10, 14),
        between: {from: parsed('2001-11-12'), to: parsed('2001-11-13')},
      });
    });

    it('qualified ends keep their qualifiers; the interval has none of its own', () => {
      const date = parsed('2001-11-12~/2001-12?');
      expect(date.between?.from).to.deep.equal(parsed('2001-11-12~'));
      expect(date.between?.to).to.deep.equal(parsed('2001-12?'));
      expect(date).to.include({precision: 'day', start: Date.UTC(2001, 10, 12), end: Date.UTC(2002, 0)});
      expect(date.uncertain).to.equal(undefined);
      expect(date.approximate).to.equal(undefined);
    });

    const oneEnd: Array<[string, 'from' | 'to', string]> = [
      ['2021-08/..', 'from', '2021-08'],
      ['2021-08/', 'from', '2021-08'],
      ['../2021', 'to', '2021'],
      ['/2021', 'to', '2021'],
      ['201X/..', 'from', '201X'],
    ];
    for (const [text, side, given] of oneEnd) {
      it(`${text} has the extent and precision of ${given}, its other end absent`, () => {
        const end = parsed(given);
        expect(parsed(text)).to.deep.equal({iso: text, precision: end.precision, start: end.start, end: end.end, between: {[side]: end}});
      });
    }

    it('a season and unspecified digits may be ends', () => {
      expect(parsed('2021-21/2021-08-XX')).to.include({start: Date.UTC(2021, 0), end: Date.UTC(2021, 8), precision: 'month'});
    });

    it('an end in deep time makes the interval deep', () => {
      const date = parsed('Y-13800000000/-0044');
      expect(date.deep).to.equal(true);
      expect(date.start).to.equal(deepYear(-13800000000, '').start);
    });

    it('ends that start together are accepted (2001/2001-05)', () => {
      expect(parsed('2001/2001-05')).to.include({start: Date.UTC(2001, 0), end: Date.UTC(2001, 5)});
    });
  });

  describe('Y-years', () => {
    it('Y170000002 is a deep year', () => {
      expect(parsed('Y170000002')).to.deep.equal(deepYear(170000002, 'Y170000002'));
    });
    it('Y-13800000000 is a deep year, 13.8 billion years before year 0', () => {
      const date = parsed('Y-13800000000');
      expect(date).to.deep.equal(deepYear(-13800000000, 'Y-13800000000'));
      expect(date.end - date.start).to.be.closeTo(MS_PER_YEAR, 1e6);
    });
    it('Y12345, within a Date, is a plain year as written', () => {
      const date = parsed('Y12345');
      expect(date).to.deep.equal({iso: 'Y12345', precision: 'year', start: date.start, end: date.end});
      expect(new Date(date.start).getUTCFullYear()).to.equal(12345);
      expect(new Date(date.end).getUTCFullYear()).to.equal(12346);
    });
    it('Y-12345~ is approximate', () => {
      expect(parsed('Y-12345~')).to.include({approximate: true, precision: 'year'});
    });
  });

  describe('errors say why and what was expected', () => {
    const cases: Array<[string, string]> = [
      ['2001-13?', `"2001-13?" is not a valid date: there is no month 13 (01–12, or 21–24 for a season); ${EXPECTED}`],
      ['2001-00', `"2001-00" is not a valid date: there is no month 00 (01–12, or 21–24 for a season); ${EXPECTED}`],
      ['2001-11-32~', `"2001-11-32~" is not a valid date: there is no day 32; ${EXPECTED}`],
      ['2021-02-30?', '"2021-02-30?" is not a valid date: February 2021 has 28 days'],
      ['2021-02-29/2021-03', '"2021-02-29/2021-03" is not a valid date: February 2021 has 28 days'],
      ['2002/2001', `"2002/2001" is not a valid date: its end is before its start; ${EXPECTED}`],
      ['/', `"/" is not a valid date: an interval needs at least one end; ${EXPECTED}`],
      ['../..', `"../.." is not a valid date: an interval needs at least one end; ${EXPECTED}`],
      ['2001/2002/2003', `"2001/2002/2003" is not a valid date: its second end is not a date; ${EXPECTED}`],
      ['x/2001', `"x/2001" is not a valid date: its first end is not a date; ${EXPECTED}`],
      ['2001-13-01/2002', `"2001-13-01/2002" is not a valid date: there is no month 13 (01–12, or 21–24 for a season); ${EXPECTED}`],
      ['201X-05', `"201X-05" is not a valid date; ${EXPECTED}`],
      ['1985-XX-05', `"1985-XX-05" is not a valid date; ${EXPECTED}`],
      ['2021-21-01', `"2021-21-01" is not a valid date; ${EXPECTED}`],
      ['Y1234', `"Y1234" is not a valid date; ${EXPECTED}`],
      ['2001-11-12T10:00?', `"2001-11-12T10:00?" is not a valid date; ${EXPECTED}`],
      ['soon', `"soon" is not a valid date; ${EXPECTED}`],
    ];
    for (const [text, message] of cases) {
      it(text, () => {
        expect(parseEdtf(text)).to.equal(message);
      });
    }

    it('a day dates.ts rejects keeps its message', () => {
      expect(parseEdtf('2021-02-30')).to.equal(parsePartialDate('2021-02-30'));
      expect(parseEdtf('275760-12-01')).to.equal(parsePartialDate('275760-12-01'));
    });

    it('so does an interval end beyond the calendar, quoting the whole interval', () => {
      expect(parseEdtf('275760-12-31/..')).to.equal(
        (parsePartialDate('275760-12-31') as string).replace('"275760-12-31"', '"275760-12-31/.."'),
      );
      expect(parseEdtf('275760-12-31/..')).to.match(/^"275760-12-31\/\.\." is outside the range of dates/);
    });

    it('quotes at most 40 characters of a long text', () => {
      const message = parseEdtf(`2001-11-12/${'x'.repeat(100)}`) as string;
      expect(message).to.match(/^"2001-11-12\/x{29}…" is not a valid date/);
      expect(message.length).to.be.lessThan(200);
    });
  });
});
