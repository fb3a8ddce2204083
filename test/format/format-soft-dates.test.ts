/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import type {PartialDate} from '../../src/data/types.js';
import {formatDateRange, formatPartialDate, machineDate} from '../../src/format/format-date.js';
import {loadStrings} from '../../src/format/strings.js';
import {between, day, month, season, someYears, year, type Flags} from './soft-date-helpers.js';
import {mulberry32} from '../layout/generate-events.js';

/** Engines differ in spaces (U+202F, U+2009); compare on plain spaces. */
const plain = (text: string) => text.replace(/[\s\u00a0\u2009\u202f]+/g, ' ');
const say = (date: PartialDate, locale: string) => plain(formatPartialDate(date, locale));

const LOCALES = ['en', 'ru', 'fa-AF', 'ps'] as const;
type Locale = (typeof LOCALES)[number];

before(async () => {
  for (const locale of LOCALES) await loadStrings(locale);
});

const A: Flags = {approximate: true};
const U: Flags = {uncertain: true};
const AU: Flags = {uncertain: true, approximate: true};

/** Every soft form, with the words expected in each language (Intl's own parts as both Chromium and Firefox write them). */
const FORMS: Array<{name: string; date: PartialDate} & Partial<Record<Locale, string | RegExp>>> = [
  {name: 'approximate month (2001-11~)', date: month(2001, 11, A), en: 'about November 2001', ru: 'приблизительно: ноябрь 2001 г.', 'fa-AF': 'تقریباً ۱۳۸۰ عقرب'},
  {name: 'uncertain day (2001-11-12?)', date: day(2001, 11, 12, U), en: 'possibly November 12, 2001', ru: 'возможно, 12 ноября 2001 г.', 'fa-AF': 'احتمالاً ۲۱ عقرب ۱۳۸۰'},
  {name: 'both on a year (2004%)', date: year(2004, AU), en: 'possibly about 2004', ru: 'возможно, приблизительно: 2004', 'fa-AF': 'احتمالاً تقریباً ۱۳۸۲'},
  {name: 'two days (2001-11-12/2001-11-13)', date: between(day(2001, 11, 12), day(2001, 11, 13)), en: 'between November 12 and 13, 2001', ru: 'между 12 и 13 ноября 2001 г.', 'fa-AF': 'بین ۲۱ و ۲۲ عقرب ۱۳۸۰'},
  {name: 'two years (2001/2003)', date: between(year(2001), year(2003)), en: 'between 2001 and 2003', ru: 'между 2001 и 2003', 'fa-AF': 'بین ۱۳۷۹ و ۱۳۸۱'},
  // Russian would have to decline the months after «между»: it says the range and that the day is not known.
  {name: 'two months (2001-11/2001-12)', date: between(month(2001, 11), month(2001, 12)), en: 'between November and December 2001', ru: /^ноябрь( 2001)? – декабрь 2001 г\. \(точная дата неизвестна\)$/, 'fa-AF': 'بین ۱۳۸۰ عقرب و ۱۳۸۰ قوس'},
  {name: 'ends at different precisions (2001-11/2001-12-05)', date: between(month(2001, 11), day(2001, 12, 5)), en: 'between November 2001 and December 5, 2001', ru: 'ноябрь 2001 г. – 5 декабря 2001 г. (точная дата неизвестна)', 'fa-AF': 'بین ۱۳۸۰ عقرب و ۱۴ قوس ۱۳۸۰'},
  {name: 'qualified ends (2004~/2005-03?)', date: between(year(2004, A), month(2005, 3, U)), en: 'between about 2004 and possibly March 2005', ru: 'приблизительно: 2004 – возможно, март 2005 г. (точная дата неизвестна)', 'fa-AF': 'بین تقریباً ۱۳۸۲ و احتمالاً ۱۳۸۳ حوت'},
  {name: 'open end (2021-08/..)', date: between(month(2021, 8)), en: 'August 2021 or later', ru: 'август 2021 г. или позже', 'fa-AF': '۱۴۰۰ اسد یا پس از آن'},
  {name: 'unknown start (../2021)', date: between(undefined, year(2021)), en: '2021 or earlier', ru: '2021 или раньше', 'fa-AF': '۱۳۹۹ یا پیش از آن'},
  {name: 'a decade (201X)', date: someYears(2010, 10), en: 'the 2010s', ru: '2010-е гг.', 'fa-AF': 'دههٔ ۲۰۱۰ میلادی', ps: 'د ۲۰۱۰ میلادي لسیزه'},
  {name: 'a century (20XX)', date: someYears(2000, 100), en: '2000–2099', ru: '2000–2099 гг.', 'fa-AF': '۲۰۰۰–۲۰۹۹ میلادی', ps: '۲۰۰۰–۲۰۹۹ میلادي'},
  {name: 'an approximate decade (201X~)', date: someYears(2010, 10, A), en: 'about the 2010s', ru: 'приблизительно: 2010-е гг.', 'fa-AF': 'تقریباً دههٔ ۲۰۱۰ میلادی', ps: 'شاوخوا د ۲۰۱۰ میلادي لسیزه'},
  {name: 'spring (2021-21)', date: season(2021, 21), en: 'spring 2021', ru: 'весна 2021 г.', 'fa-AF': 'بهار ۲۰۲۱ میلادی', ps: 'پسرلی ۲۰۲۱ میلادي'},
  {name: 'summer (2021-22)', date: season(2021, 22), en: 'summer 2021', ru: 'лето 2021 г.', 'fa-AF': 'تابستان ۲۰۲۱ میلادی', ps: 'اوړی ۲۰۲۱ میلادي'},
  {name: 'autumn (2021-23)', date: season(2021, 23), en: 'autumn 2021', ru: 'осень 2021 г.', 'fa-AF': 'خزان ۲۰۲۱ میلادی', ps: 'مني ۲۰۲۱ میلادي'},
  {name: 'winter, uncertain (2021-24?)', date: season(2021, 24, U), en: 'possibly winter 2021', ru: 'возможно, зима 2021 г.', 'fa-AF': 'احتمالاً زمستان ۲۰۲۱ میلادی', ps: 'ښايي ژمی ۲۰۲۱ میلادي'},
];

describe('soft dates in words', () => {
  for (const form of FORMS) {
    for (const locale of LOCALES) {
      const expected = form[locale];
      if (expected === undefined) continue;
      it(`${form.name} in ${locale}`, () => {
        const text = say(form.date, locale);
        if (typeof expected === 'string') expect(text).to.equal(expected);
        else expect(text).to.match(expected);
      });
    }
  }

  // Chromium has no Pashto date data (it writes English months), Firefox writes the solar hijri calendar: the words
  // around the date are ours, the date is Intl's as this engine writes the plain date.
  describe('Pashto, around the date Intl writes', () => {
    const ps = (date: PartialDate) => say(date, 'ps');
    it('qualifies a date before it', () => {
      expect(ps(month(2001, 11, A))).to.equal(`شاوخوا ${ps(month(2001, 11))}`);
      expect(ps(day(2001, 11, 12, U))).to.equal(`ښايي ${ps(day(2001, 11, 12))}`);
      expect(ps(year(2004, AU))).to.equal(`ښايي شاوخوا ${ps(year(2004))}`);
    });
    it('puts an interval inside «د … ترمنځ», its ends joined by «او»', () => {
      const text = ps(between(day(2001, 11, 12), day(2001, 11, 13)));
      expect(text).to.match(/^د .+ او .+ ترمنځ$/);
      expect(text).to.include(plain(new Intl.DateTimeFormat('ps', {timeZone: 'UTC', day: 'numeric'}).format(Date.UTC(2001, 10, 13))));
      expect(ps(between(year(2004, A), month(2005, 3, U)))).to.equal(`د شاوخوا ${ps(year(2004))} او ښايي ${ps(month(2005, 3))} ترمنځ`);
      // Firefox writes a Pashto month alone as «د AP ۱۳۸۰ د لړم»: the circumposition's «د» is not doubled.
      expect(ps(between(month(2001, 11), day(2001, 12, 5)))).to.match(/^د [^د]/);
    });
    it('says open ends after the date', () => {
      expect(ps(between(month(2021, 8)))).to.equal(`${ps(month(2021, 8))} یا وروسته`);
      expect(ps(between(undefined, year(2021)))).to.equal(`${ps(year(2021))} یا مخکې`);
    });
  });

  it('shares what two days have in common rather than writing both in full', () => {
    const text = say(between(day(2001, 11, 12), day(2001, 11, 13)), 'en');
    expect(text.match(/November/g)).to.have.length(1);
    expect(text.match(/2001/g)).to.have.length(1);
  });

  it('writes both ends in full when an interval given as a model runs backwards, rather than failing', () => {
    expect(say(between(day(2001, 11, 13), day(2001, 11, 12)), 'en')).to.equal('between November 13, 2001 and November 12, 2001');
  });

  it('says each soft end of a lasting event in its words', () => {
    expect(plain(formatDateRange(year(2004, A), month(2005, 3, U), 'en'))).to.equal('about 2004 – possibly March 2005');
    expect(plain(formatDateRange(year(2004, A), month(2005, 3, U), 'ru'))).to.equal('приблизительно: 2004 – возможно, март 2005 г.');
    expect(plain(formatDateRange(season(2021, 21), someYears(2020, 10), 'en'))).to.equal('spring 2021 – the 2020s');
    // Plain ends still share what they have in common.
    expect(plain(formatDateRange(day(2001, 11, 12), day(2001, 11, 13), 'en'))).to.equal('November 12 – 13, 2001');
  });

  it('leaves exact dates as they were, and gives no HTML datetime for a soft one', () => {
    expect(say(month(2001, 11), 'en')).to.equal('November 2001');
    expect(machineDate(month(2001, 11))).to.equal('2001-11');
    expect(machineDate(month(2001, 11, A))).to.equal(undefined);
    expect(machineDate(between(day(2001, 11, 12), day(2001, 11, 13)))).to.equal(undefined);
  });
});

// ---------------------------------------------------------------------------
// Property test: generated soft dates of every form, in every language.

/** A seeded generator, so a failure can be run again. */
const prng = mulberry32;

type Form = 'about' | 'possibly' | 'both' | 'between' | 'orLater' | 'orEarlier' | 'decade' | 'century' | 'season';
const FORM_NAMES: readonly Form[] = ['about', 'possibly', 'both', 'between', 'orLater', 'orEarlier', 'decade', 'century', 'season'];

/** The words each form must contain, by language. */
const WORDS: Record<Locale, Record<Form, RegExp>> = {
  en: {about: /^about /, possibly: /^possibly /, both: /^possibly about /, between: /^between .+ and /, orLater: / or later$/, orEarlier: / or earlier$/, decade: /^the \d{3}0s$/, century: /^\d{2}00–\d{2}99$/, season: /^(spring|summer|autumn|winter) \d+$/},
  ru: {about: /^приблизительно: /, possibly: /^возможно, /, both: /^возможно, приблизительно: /, between: /^между .+ и |\(точная дата неизвестна\)$/, orLater: / или позже$/, orEarlier: / или раньше$/, decade: /^\d{3}0-е гг\.$/, century: /^\d{2}00–\d{2}99 гг\.$/, season: /^(весна|лето|осень|зима) \d+ г\.$/},
  'fa-AF': {about: /^تقریباً /, possibly: /^احتمالاً /, both: /^احتمالاً تقریباً /, between: /^بین .+ و /, orLater: / یا پس از آن$/, orEarlier: / یا پیش از آن$/, decade: /^دههٔ [۰-۹]{3}۰ میلادی$/, century: /^[۰-۹]{2}۰۰–[۰-۹]{2}۹۹ میلادی$/, season: /^(بهار|تابستان|خزان|زمستان) [۰-۹]+ میلادی$/},
  ps: {about: /^شاوخوا /, possibly: /^ښايي /, both: /^ښايي شاوخوا /, between: /^د .+ او .+ ترمنځ$/, orLater: / یا وروسته$/, orEarlier: / یا مخکې$/, decade: /^د [۰-۹]{3}۰ میلادي لسیزه$/, century: /^[۰-۹]{2}۰۰–[۰-۹]{2}۹۹ میلادي$/, season: /^(پسرلی|اوړی|مني|ژمی) [۰-۹]+ میلادي$/},
};

/** What joins the two ends of an interval, by language ( " – " where Russian keeps the range). */
const AND: Record<Locale, RegExp> = {en: / and /, ru: / и | – /, 'fa-AF': / و /, ps: / او /};
const DIGIT = /[0-9۰-۹٠-٩]/;

function generate(form: Form, random: () => number): PartialDate {
  const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const flags = (): Flags => [{}, A, U, AU][int(0, 3)];
  const exact = (f: Flags = {}): PartialDate => {
    const y = int(1800, 2100);
    const precision = int(0, 2);
    return precision === 0 ? year(y, f) : precision === 1 ? month(y, int(1, 12), f) : day(y, int(1, 12), int(1, 28), f);
  };
  switch (form) {
    case 'about':
      return {...exact(), approximate: true, iso: 'generated~'};
    case 'possibly':
      return {...exact(), uncertain: true, iso: 'generated?'};
    case 'both':
      return {...exact(), uncertain: true, approximate: true, iso: 'generated%'};
    case 'between': {
      const a = exact(flags());
      let b = exact(flags());
      if (b.start <= a.start) b = {...b, start: a.start + 86_400_000 * int(1, 4000)};
      return between(a, b);
    }
    case 'orLater':
      return between(exact(flags()));
    case 'orEarlier':
      return between(undefined, exact(flags()));
    case 'decade':
      return someYears(int(180, 209) * 10, 10, flags());
    case 'century':
      return someYears(int(18, 20) * 100, 100, flags());
    case 'season':
      return season(int(1800, 2100), ([21, 22, 23, 24] as const)[int(0, 3)], flags());
  }
}

describe('soft dates in words, generated (seed 16)', () => {
  const random = prng(16);
  const SAMPLES = 30;
  for (const form of FORM_NAMES) {
    for (const locale of LOCALES) {
      it(`${form} in ${locale}`, () => {
        for (let i = 0; i < SAMPLES; i++) {
          const date = generate(form, random);
          const text = say(date, locale);
          const seen = `${date.iso} → ${text}`;
          expect(text.trim(), seen).not.to.equal('');
          expect(text, seen).not.to.match(/NaN|Invalid|undefined|null/);
          // Qualifiers on decades, centuries and seasons come before the words of the form itself.
          const bare = text.replace(/^(возможно, |приблизительно: |possibly |about |احتمالاً |تقریباً |ښايي |شاوخوا )+/, '');
          expect(['decade', 'century', 'season'].includes(form) ? bare : text, seen).to.match(WORDS[locale][form]);
          if (form === 'between') {
            const [left, ...right] = text.split(AND[locale]);
            expect(left, seen).to.match(DIGIT);
            expect(right.join(' '), seen).to.match(DIGIT);
          }
        }
      });
    }
  }
});
