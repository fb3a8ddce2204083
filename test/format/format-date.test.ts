/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parsePartialDate} from '../../src/data/dates.js';
import type {PartialDate} from '../../src/data/types.js';
import {dateFormatter, formatDateRange, formatPartialDate, warmUpDateFormats} from '../../src/format/format-date.js';
import {recordDateFormats} from './record-date-formats.js';

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

/** Engines differ in spaces (U+202F, U+2009) and punctuation; compare on plain spaces. */
const plain = (text: string) => text.replace(/[\s\u00a0\u2009\u202f]+/g, ' ');

/** Each entry: the pieces that must appear, and pieces that must not (a local-time or precision slip). */
interface Case {
  iso: string;
  locale: string;
  has: Array<string | RegExp>;
  hasNot?: Array<string | RegExp>;
}

describe('formatPartialDate', () => {
  const cases: Case[] = [
    {iso: '2001', locale: 'en', has: [/^2001$/]},
    {iso: '2001', locale: 'de', has: [/^2001$/]},
    {iso: '2001', locale: 'ru', has: ['2001'], hasNot: ['2000', 'янв', 'дек']},
    {iso: '2001-10', locale: 'en', has: ['October', '2001'], hasNot: ['7', 'September']},
    {iso: '2001-10', locale: 'de', has: ['Oktober', '2001'], hasNot: ['September']},
    {iso: '2001-10', locale: 'ru', has: [/октябр/i, '2001'], hasNot: [/сентябр/i]},
    {iso: '2001-10-07', locale: 'en', has: ['October', /\b7\b/, '2001'], hasNot: [/\b6\b/]},
    {iso: '2001-10-07', locale: 'de', has: [/\b7\. Oktober 2001\b/]},
    {iso: '2001-10-07', locale: 'ru', has: [/\b7 октября 2001\b/]},
    {iso: '2001-01-01', locale: 'en', has: ['January', /\b1\b/, '2001'], hasNot: ['December', '2000']},
    {iso: '2001-12-31', locale: 'de', has: ['31', 'Dezember', '2001'], hasNot: ['Januar', '2002']},
    // Times show the wall clock of the offset they were written with, then the offset.
    {iso: '2001-10-07T16:30+04:30', locale: 'en', has: ['October', /\b7\b/, '2001', /\b4:30\b/, /PM/i, /UTC\+4:30$/], hasNot: ['12:00', '21:00']},
    {iso: '2001-10-07T16:30+04:30', locale: 'de', has: ['Oktober', '2001', /\b16:30\b/, /UTC\+4:30$/], hasNot: ['12:00', '21:00']},
    {iso: '2001-10-07T16:30+04:30', locale: 'ru', has: [/октября/, '2001', /\b16:30\b/, /UTC\+4:30$/], hasNot: ['12:00', '21:00']},
    {iso: '2001-10-07T16:30Z', locale: 'de', has: [/\b16:30\b/, /UTC$/], hasNot: ['21:00', 'UTC+']},
    {iso: '2001-10-07T16:30', locale: 'de', has: [/\b16:30\b/, /UTC$/], hasNot: ['21:00', 'UTC+']},
    {iso: '2001-10-07T16:30-0500', locale: 'de', has: [/\b16:30\b/, /UTC−5$/], hasNot: ['21:30']},
    {iso: '2001-10-07T16:30+0545', locale: 'de', has: [/\b16:30\b/, /UTC\+5:45$/]},
    // Wall clock crosses midnight back: 02:00 in Kabul is 21:30 UTC the day before.
    {iso: '2001-10-07T02:00+04:30', locale: 'de', has: [/\b7\. Oktober\b/, /\b0?2:00\b/, /UTC\+4:30$/], hasNot: ['6.', '21:30']},
    {iso: '0044', locale: 'en', has: [/\b44\b/], hasNot: ['1944']},
  ];
  for (const {iso, locale, has, hasNot = []} of cases) {
    it(`"${iso}" in ${locale}`, () => {
      const text = plain(formatPartialDate(parsed(iso), locale));
      for (const piece of has) {
        if (typeof piece === 'string') expect(text, text).to.include(piece);
        else expect(text, text).to.match(piece);
      }
      for (const piece of hasNot) {
        if (typeof piece === 'string') expect(text, text).to.not.include(piece);
        else expect(text, text).to.not.match(piece);
      }
    });
  }

  it('does not show a year BC as the same year AD', () => {
    const bc = formatPartialDate(parsed('-0044'), 'en');
    expect(bc).to.not.equal(formatPartialDate(parsed('0044'), 'en'));
    expect(bc).to.not.equal(formatPartialDate(parsed('0045'), 'en'));
  });

  it('formats midnight UTC dates on their own day in the browser zone (Asia/Kabul)', () => {
    // 2001-10-07 00:00 UTC is 04:30 in Kabul, and 2001-10-06 20:00 in New York: only UTC gives "7".
    for (const iso of ['2001-10-07', '2001-10-07T00:00Z']) {
      const text = plain(formatPartialDate(parsed(iso), 'en'));
      expect(text).to.match(/October 7\b/);
    }
  });
});

describe('formatDateRange', () => {
  const cases: Array<{start: string; end: string; locale: string; has: Array<string | RegExp>; hasNot?: Array<string | RegExp>}> = [
    {start: '2001-10-07', end: '2002-03-18', locale: 'en', has: ['October', /\b7\b/, '2001', 'March', /\b18\b/, '2002']},
    {start: '2001-10-07', end: '2002-03-18', locale: 'de', has: ['7.', 'Oktober', '2001', '18.', 'März', '2002']},
    {start: '2001-10-07', end: '2002-03-18', locale: 'ru', has: ['7', /октября/, '2001', '18', /марта/, '2002']},
    // Within one month the shared parts appear once.
    {start: '2001-10-07', end: '2001-10-18', locale: 'en', has: ['October', /\b7\b/, /\b18\b/, '2001'], hasNot: [/October.*October/, /2001.*2001/]},
    {start: '2001-10-07', end: '2001-10-18', locale: 'de', has: ['Oktober', /\b7\b/, /\b18\b/, '2001'], hasNot: [/Oktober.*Oktober/, /2001.*2001/]},
    {start: '2001-10-07', end: '2001-10-18', locale: 'ru', has: [/октября/, /\b7\b/, /\b18\b/, '2001'], hasNot: [/октября.*октября/, /2001.*2001/]},
    {start: '2001-10', end: '2001-12', locale: 'en', has: ['October', 'December', '2001'], hasNot: ['November', /2001.*2001/]},
    {start: '2001-10', end: '2002-02', locale: 'de', has: ['Oktober', '2001', 'Februar', '2002']},
    {start: '2001', end: '2021', locale: 'en', has: ['2001', '2021'], hasNot: ['2022', '2000']},
    {start: '2001', end: '2021', locale: 'ru', has: ['2001', '2021'], hasNot: ['2022', '2000']},
    // Mixed precisions: each end at its own precision.
    {start: '2001-10', end: '2001-12-18', locale: 'en', has: ['October', 'December', /\b18\b/, '2001']},
    {start: '2001', end: '2002-03', locale: 'de', has: ['2001', 'März 2002'], hasNot: ['Januar']},
    // Times: each end with its own offset.
    {start: '2001-10-07T16:30+04:30', end: '2001-10-07T18:00Z', locale: 'de', has: [/\b16:30\b/, 'UTC+4:30', /\b18:00\b/, /UTC$/], hasNot: ['12:00', '22:30']},
    {start: '2001-10-07T16:30+04:30', end: '2001-10-08T09:00+04:30', locale: 'en', has: [/\b4:30\b/, /\b9:00\b/, /UTC\+4:30.*UTC\+4:30$/, /\b7\b/, /\b8\b/]},
  ];
  for (const {start, end, locale, has, hasNot = []} of cases) {
    it(`"${start}" – "${end}" in ${locale}`, () => {
      const text = plain(formatDateRange(parsed(start), parsed(end), locale));
      for (const piece of has) {
        if (typeof piece === 'string') expect(text, text).to.include(piece);
        else expect(text, text).to.match(piece);
      }
      for (const piece of hasNot) {
        if (typeof piece === 'string') expect(text, text).to.not.include(piece);
        else expect(text, text).to.not.match(piece);
      }
    });
  }

  it('ends a range on the last period it names, not the one after', () => {
    // `end` of "2001-12" is 1 January 2002; the range must still read "… December 2001".
    const text = plain(formatDateRange(parsed('2001-10'), parsed('2001-12'), 'en'));
    expect(text).to.not.include('January');
    expect(text).to.not.include('2002');
  });
});

describe('dateFormatter', () => {
  it('formats in UTC and reuses one formatter per locale and options', () => {
    const a = dateFormatter('en', {hour: 'numeric', minute: '2-digit', hourCycle: 'h23'});
    const b = dateFormatter('en', {hour: 'numeric', minute: '2-digit', hourCycle: 'h23'});
    expect(a).to.equal(b);
    expect(dateFormatter('de', {hour: 'numeric', minute: '2-digit', hourCycle: 'h23'})).to.not.equal(a);
    expect(a.resolvedOptions().timeZone).to.equal('UTC');
    expect(a.format(Date.UTC(2001, 9, 7, 0, 0))).to.equal('00:00');
  });
});

describe('warmUpDateFormats', () => {
  it('builds the year formatter of a locale in a task of its own, once, for dateFormatter to reuse', async () => {
    await recordDateFormats(async (built) => {
      // Icelandic: no other test formats in it, so nothing is kept for it yet.
      warmUpDateFormats('is');
      expect(built, 'not at once').to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve));
      expect(built).to.deep.equal(['is']);
      warmUpDateFormats('is');
      await new Promise((resolve) => setTimeout(resolve));
      expect(dateFormatter('is', {year: 'numeric'}).format(Date.UTC(2001, 9, 7))).to.equal('2001');
      expect(built, 'nothing built again').to.deep.equal(['is']);
    });
  });
});
