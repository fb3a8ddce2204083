/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parseEdtf} from '../../src/data/edtf.js';
import type {PartialDate} from '../../src/data/types.js';
import {formatDateRange, formatPartialDate} from '../../src/format/format-date.js';
import {loadStrings, stringsFor} from '../../src/format/strings.js';
import {mulberry32} from '../layout/generate-events.js';

/**
 * EDTF as editors write it, through the parser and into words: generated
 * texts of every form are parsed, and each is said in every built-in
 * language with its qualifier's own words and nothing a reader should never
 * see. (The parser is held to the edtf package in test/node; the words,
 * form by form, in format-soft-dates.test.ts.)
 */
const LOCALES = ['en', 'ru', 'fa', 'ps'];

const random = mulberry32(2026);
const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
const pad = (n: number) => String(n).padStart(2, '0');

function calendar(): string {
  const year = int(1800, 2030);
  const month = int(1, 12);
  return pick([`${year}`, `${year}-${pad(month)}`, `${year}-${pad(month)}-${pad(int(1, 28))}`]);
}

/** One generated text of each form, in turn. */
const FORMS: Record<string, () => string> = {
  uncertain: () => `${calendar()}?`,
  approximate: () => `${calendar()}~`,
  both: () => `${calendar()}%`,
  decade: () => `${int(180, 202)}X`,
  century: () => `${int(18, 20)}XX`,
  'unspecified month': () => `${int(1800, 2030)}-XX`,
  'unspecified day': () => `${int(1800, 2030)}-${pad(int(1, 12))}-XX`,
  season: () => `${int(1800, 2030)}-${int(21, 24)}`,
  between: () => {
    const year = int(1800, 2020);
    return `${year}-${pad(int(1, 6))}-${pad(int(1, 28))}/${year + int(0, 9)}-${pad(int(7, 12))}-${pad(int(1, 28))}`;
  },
  'open end': () => `${calendar()}/..`,
  'unknown start': () => `/${calendar()}`,
  'qualified ends': () => `${int(1800, 1900)}~/${int(1901, 2000)}-${pad(int(1, 12))}?`,
};

/**
 * The words a date must be said with in a language, from that language's own
 * strings: one list per way the language may say it (Russian says "between"
 * in two ways, by the case its ends need); each word of one list is expected.
 */
function marks(date: PartialDate, locale: string): string[][] {
  const words = stringsFor(locale);
  const probe = (say: (inner: string) => string) => say('\u0000').split('\u0000').map((part) => part.trim()).filter(Boolean);
  const {from, to} = date.between ?? {};
  if (from && to) return [false, true].map((nominal) => probe((inner) => words.between(() => inner, nominal)));
  if (from) return [probe(words.orLater)];
  if (to) return [probe(words.orEarlier)];
  return [[...(date.approximate ? probe(words.about) : []), ...(date.uncertain ? probe(words.possibly) : [])]];
}

describe('EDTF from text to words, in every language', () => {
  before(async () => {
    for (const locale of LOCALES) await loadStrings(locale);
  });

  for (const [form, make] of Object.entries(FORMS)) {
    it(`${form}: parsed, then said in en, ru, fa and ps`, () => {
      for (let i = 0; i < 40; i++) {
        const text = make();
        const date = parseEdtf(text);
        expect(date, text).to.be.an('object');
        const parsed = date as PartialDate;
        expect(parsed.iso, 'kept as written').to.equal(text);
        expect(parsed.end, `${text} ends after it starts`).to.be.greaterThan(parsed.start);
        for (const locale of LOCALES) {
          const said = formatPartialDate(parsed, locale);
          expect(said, `${text} in ${locale}`).to.match(/\S/);
          expect(said, `${text} in ${locale}`).to.not.match(/NaN|Invalid|undefined|Infinity|\u0000/);
          const ways = marks(parsed, locale);
          expect(ways.some((way) => way.every((mark) => said.includes(mark))), `${text} in ${locale}: "${said}" says ${JSON.stringify(ways)}`).to.equal(true);
          // As the start of an event that lasts to a later exact day.
          const range = formatDateRange(parsed, {iso: '2100-01-01', precision: 'day', start: Date.UTC(2100, 0, 1), end: Date.UTC(2100, 0, 2)}, locale);
          expect(range, `${text} – 2100 in ${locale}`).to.contain(said);
        }
      }
    });
  }
});
