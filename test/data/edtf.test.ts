/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parsePartialDate} from '../../src/data/dates.js';
import {deepYear} from '../../src/data/deep-time.js';
import {isEdtfText, parseEdtf} from '../../src/data/edtf.js';
import {needsExtendedDates} from '../../src/data/needs-extended-dates.js';
import {isSoftDate, type PartialDate} from '../../src/data/types.js';

function parsed(text: string): PartialDate {
  const date = parseEdtf(text);
  if (typeof date === 'string') throw new Error(date);
  return date;
}

const extent = (text: string) => [new Date(parsed(text).start).toISOString().slice(0, 10), new Date(parsed(text).end).toISOString().slice(0, 10)];

describe('parseEdtf', () => {
  it('reads plain ISO dates exactly as parsePartialDate does', () => {
    for (const text of ['2001', '2001-10', '2001-10-07', '1985-04-12T23:20:30Z', '1985-04-12T23:20:30+04:30', '-0044-03-15']) {
      expect(parseEdtf(text)).to.deep.equal(parsePartialDate(text));
      expect(isEdtfText(text)).to.equal(false);
    }
  });

  it('reads qualifiers over the period written, keeping the text', () => {
    expect(parsed('2001-11-12?')).to.include({iso: '2001-11-12?', precision: 'day', uncertain: true}).and.not.have.property('approximate');
    expect(parsed('2004~')).to.include({precision: 'year', approximate: true}).and.not.have.property('uncertain');
    expect(parsed('2001-11%')).to.include({precision: 'month', uncertain: true, approximate: true});
    expect(extent('2001-11%')).to.deep.equal(['2001-11-01', '2001-12-01']);
    expect(isSoftDate(parsed('2004~'))).to.equal(true);
  });

  it('reads unspecified digits at the precision of the known part', () => {
    expect(parsed('201X')).to.include({precision: 'year', years: 10});
    expect(extent('201X')).to.deep.equal(['2010-01-01', '2020-01-01']);
    expect(parsed('20XX')).to.include({years: 100});
    expect(extent('20XX')).to.deep.equal(['2000-01-01', '2100-01-01']);
    expect(parsed('2021-XX')).to.include({iso: '2021-XX', precision: 'year'});
    expect(parsed('2021-08-XX')).to.include({iso: '2021-08-XX', precision: 'month'});
    expect(parsed('1985-XX-XX')).to.include({precision: 'year'});
    expect(extent('2021-08-XX')).to.deep.equal(['2021-08-01', '2021-09-01']);
  });

  it('reads seasons as the quarters the edtf package gives them', () => {
    expect(parsed('2021-21')).to.include({precision: 'month', season: 21});
    expect(extent('2021-21')).to.deep.equal(['2021-01-01', '2021-04-01']);
    expect(extent('2021-24')).to.deep.equal(['2021-10-01', '2022-01-01']);
  });

  it('reads intervals, with each end possibly qualified, open or unknown', () => {
    const both = parsed('2001-11-12/2001-11-13?');
    expect(extent('2001-11-12/2001-11-13?')).to.deep.equal(['2001-11-12', '2001-11-14']);
    expect(both.between?.from?.iso).to.equal('2001-11-12');
    expect(both.between?.to).to.include({iso: '2001-11-13?', uncertain: true});
    expect(both.precision).to.equal('day');
    for (const [text, ends] of [['2021-08/..', ['2021-08-01', '2021-09-01']], ['../2021', ['2021-01-01', '2022-01-01']], ['/2021', ['2021-01-01', '2022-01-01']], ['2021/', ['2021-01-01', '2022-01-01']]] as const) {
      expect(extent(text), text).to.deep.equal(ends);
      expect(parsed(text).iso).to.equal(text);
    }
    expect(parsed('2021-08/..').between).to.have.property('from').and.not.to.have.property('to');
  });

  it('reads Y years: deep beyond what a Date holds, calendar years within', () => {
    const universe = parsed('Y-13800000000');
    expect(universe).to.deep.equal(deepYear(-13_800_000_000, 'Y-13800000000'));
    expect(parsed('Y170000002').deep).to.equal(true);
    expect([parsed('Y20000').start, parsed('Y20000').end]).to.deep.equal([Date.UTC(20000, 0), Date.UTC(20001, 0)]);
    expect(parsed('Y20000')).to.not.have.property('deep');
  });

  it('explains each malformed date', () => {
    const reasons: Record<string, RegExp> = {
      '2021-02-30?': /February 2021 has 28 days/,
      '2021?~': /expected an EDTF date/,
      '2X21': /unspecified digits are written/,
      '2021-XX-12': /day of an unspecified month/,
      '201X-05': /month or day of an unspecified year/,
      '201X?': /qualifies a season or unspecified digits/,
      '1985-04-12T23:20:30Z?': /qualifies a time of day/,
      '2001-11-13/2001-11-12': /does not end after it starts/,
      '/': /gives neither end/,
      '..//2021': /more than one "\/"/,
      'Y123': /expected an EDTF date/,
      '2021-25': /not a valid date/,
    };
    for (const [text, reason] of Object.entries(reasons)) expect(parseEdtf(text), text).to.match(reason);
  });
});

describe('needsExtendedDates', () => {
  it('finds an EDTF date among events and eras, and only there', () => {
    expect(needsExtendedDates({events: [{date: '2001'}, {date: '2001-10', end: '2001-11-12?'}]})).to.equal(true);
    expect(needsExtendedDates({events: [{date: '2001'}], eras: [{start: '2021-21', end: '2022'}]})).to.equal(true);
    expect(needsExtendedDates({events: [{date: '2001-10-07T16:30Z', end: '2001-12'}], eras: [{start: '-0044', end: '2001'}]})).to.equal(false);
    expect(needsExtendedDates({events: [{date: '2001', title: 'Why? 2001~'}]})).to.equal(false);
    expect(needsExtendedDates(null)).to.equal(false);
  });
});
