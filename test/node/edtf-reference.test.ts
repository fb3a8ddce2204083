/// <reference types="node" />
/**
 * src/data/edtf.ts against the `edtf` package (the reference implementation
 * of the Library of Congress's EDTF), on a few thousand generated dates of
 * every form it reads, and on texts both must reject.
 *
 *   node --import tsx --test test/node/edtf-reference.test.ts
 *
 * Where we read a text on purpose differently from `edtf` (each is a test
 * below, with its reason), the expected value is built from our own reading
 * of the plain form instead:
 * - a day that does not exist (`2021-02-29`) is an error here, as in
 *   dates.ts; `edtf` rolls it over to 1 March;
 * - an open end (`..`) has the extent of the end that is given (the timeline
 *   cannot draw infinity); `edtf` gives `Infinity` (`-Infinity` for an open
 *   start); an interval with no end at all (`/`, `../..`) is an error here;
 * - a `Y`-year beyond what a Date holds (`Y-13800000000`) is a deep year on
 *   the mean-year scale; `edtf` throws;
 * - qualifiers after unspecified digits (`201X~`, `2021-XX?`) or a `Y`-year,
 *   seasons and unspecified digits inside intervals: read as the same form
 *   elsewhere; `edtf` has no parse for them;
 * - an interval whose ends start together (`2001/2001-05`) is read; `edtf`
 *   wants the second end to start strictly later;
 * - February of year 0 (a leap year in the proleptic Gregorian calendar a
 *   Date uses): `edtf` reads 0000-02-29 as 1 March and 0000-02-28 as two days;
 * - negative years with unspecified months or days (`-0044-XX`): `edtf`'s
 *   min comes after its max; we read them as the year (or month) written;
 * - seasons of negative years: `edtf`'s max for them is off by its sign
 *   handling, so only their min is compared;
 * - expanded ISO years (`+012021`) are read as dates.ts reads them.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {daysInMonth, parsePartialDate} from '../../src/data/dates.js';
import {deepYear} from '../../src/data/deep-time.js';
import {parseEdtf} from '../../src/data/edtf.js';
import type {PartialDate} from '../../src/data/types.js';

// edtf ships no types; named through a variable, the import is typed here by what this file uses.
const edtfModule = 'edtf';
const {default: edtf} = (await import(edtfModule)) as {default: (text: string, options?: object) => unknown};

/** mulberry32: the same texts on every run, so a failure can be reproduced. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(16);
const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const yearText = (year: number): string => (year < 0 ? `-${pad(-year, 4)}` : pad(year, 4));
const QUALIFIERS = ['', '?', '~', '%'] as const;

interface Reference {
  readonly min: number;
  readonly max: number;
  readonly uncertain?: {value: number};
  readonly approximate?: {value: number};
}

/** The reference's reading; seasons may be qualified only with this option. */
const reference = (text: string): Reference => edtf(text, {seasonUncertainty: true}) as unknown as Reference;

function ours(text: string): PartialDate {
  const date = parseEdtf(text);
  if (typeof date === 'string') assert.fail(`ours rejected ${JSON.stringify(text)}: ${date}`);
  return date;
}

/** Our date and the reference's cover the same instants; `end` is exclusive, `max` the last ms. */
function assertSameExtent(text: string, date: PartialDate, ref: Reference, compareMax = true): void {
  assert.equal(date.start, ref.min, `start of ${text}`);
  if (compareMax) assert.equal(date.precision === 'time' ? date.end : date.end - 1, ref.max, `end of ${text}`);
}

function assertQualifiers(text: string, date: PartialDate, qualifier: string): void {
  assert.equal(date.uncertain, qualifier === '?' || qualifier === '%' ? true : undefined, `uncertain of ${text}`);
  assert.equal(date.approximate, qualifier === '~' || qualifier === '%' ? true : undefined, `approximate of ${text}`);
  assert.equal(date.iso, text, `iso of ${text}`);
}

/** A calendar date at a random precision, a few of them leap days, years across BC and AD. */
function calendarDate(): string {
  const year = pick([int(-9999, 9999), int(0, 99), int(1900, 2030), pick([2000, 1900, 2024, -4, -100, 0])]);
  const precision = int(0, 5);
  if (precision === 0) return yearText(year);
  const month = int(1, 12);
  if (precision === 1) return `${yearText(year)}-${pad(month, 2)}`;
  if (precision === 2) return `${yearText(year)}-02-${pad(daysInMonth(year, 1), 2)}`;
  return `${yearText(year)}-${pad(month, 2)}-${pad(int(1, daysInMonth(year, month - 1)), 2)}`;
}

const unspecified = (): string =>
  pick([
    () => `${yearText(int(-999, 999) * 10).slice(0, -1)}X`,
    () => `${yearText(int(-99, 99) * 100).slice(0, -2)}XX`,
    () => `${yearText(int(0, 9999))}-XX`,
    () => `${yearText(int(0, 9999))}-${pad(int(1, 12), 2)}-XX`,
    () => `${yearText(int(-9999, 9999))}-XX-XX`,
  ])();

test('calendar dates, each qualifier: the same extent and flags as edtf', () => {
  for (let i = 0; i < 1500; i++) {
    const qualifier = pick(QUALIFIERS);
    const written = calendarDate();
    // Deliberate: edtf misreads February of year 0 (a leap year) by a day.
    const text = written.replace(/^0000-02/, '0000-03') + qualifier;
    const date = ours(text);
    const ref = reference(text);
    assertSameExtent(text, date, ref);
    assertQualifiers(text, date, qualifier);
    assert.equal(Boolean(ref.uncertain?.value), Boolean(date.uncertain), `edtf uncertain of ${text}`);
    assert.equal(Boolean(ref.approximate?.value), Boolean(date.approximate), `edtf approximate of ${text}`);
  }
});

test('times of day with an offset: the same instant as edtf', () => {
  for (let i = 0; i < 200; i++) {
    const offset = pick(['Z', '+04:30', '-05:00', '+0100']);
    const text = `${pad(int(1000, 2999), 4)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}${offset}`;
    const date = ours(text);
    assertSameExtent(text, date, reference(text));
    assert.deepEqual(date, parsePartialDate(text), `${text} as dates.ts reads it`);
  }
});

test('unspecified digits: the same extent as edtf; a qualifier after them keeps that extent', () => {
  for (let i = 0; i < 800; i++) {
    const text = unspecified();
    const date = ours(text);
    // Deliberate: edtf turns a negative year's unspecified months or days inside out (its min after its max).
    if (text.startsWith('-') && text.includes('-XX')) {
      assert.deepEqual({...date, iso: ''}, {...ours(text.replace(/-XX/g, '')), iso: ''}, text);
    } else {
      assertSameExtent(text, date, reference(text));
    }
    assert.equal(date.iso, text);
    const xs = text.includes('-X') ? 0 : (text.match(/X/g) ?? []).length;
    assert.equal(date.years, xs === 1 ? 10 : xs === 2 ? 100 : undefined, `years of ${text}`);
    assert.equal(date.precision, text.endsWith('-XX-XX') || xs || /^-?\d{4}-XX$/.test(text) ? 'year' : 'month', `precision of ${text}`);
    // Deliberate: edtf has no parse for a qualifier here; we read it as on any date.
    const qualifier = pick(['?', '~', '%'] as const);
    const qualified = ours(text + qualifier);
    assert.deepEqual({...qualified, uncertain: undefined, approximate: undefined, iso: text}, {...date, uncertain: undefined, approximate: undefined});
    assertQualifiers(text + qualifier, qualified, qualifier);
  }
});

test('seasons: the same three months as edtf (21 is January to March), each qualifier', () => {
  for (let i = 0; i < 600; i++) {
    const year = pick([int(0, 9999), int(-9999, -1)]);
    const season = int(21, 24);
    const qualifier = pick(QUALIFIERS);
    const text = `${yearText(year)}-${season}${qualifier}`;
    const date = ours(text);
    // Deliberate: edtf's max for a negative year's season is off (see the top of this file).
    assertSameExtent(text, date, reference(text), year >= 0);
    assert.equal(date.season, season);
    assert.equal(date.precision, 'month');
    assertQualifiers(text, date, qualifier);
    if (year < 0) assert.equal(date.end, (parsePartialDate(`${yearText(year)}-${pad((season - 21) * 3 + 3, 2)}`) as PartialDate).end);
  }
});

test('Y-years within a Date: the same year as edtf, a plain year date as written', () => {
  for (let i = 0; i < 300; i++) {
    const year = pick([int(10000, 275000), -int(10000, 271000)]);
    const text = `Y${year}`;
    const date = ours(text);
    assertSameExtent(text, date, reference(text));
    assert.deepEqual(date, {iso: text, precision: 'year', start: date.start, end: date.end});
  }
});

test('Y-years beyond a Date: deep years on the deep-time scale (edtf has no instant for them)', () => {
  for (let i = 0; i < 200; i++) {
    const year = pick([1, -1]) * int(280_000, 99_999_999_999);
    const text = `Y${year}`;
    let min = NaN;
    try {
      min = reference(text).min;
    } catch {
      // Thrown or NaN: either way edtf cannot place it.
    }
    assert.ok(Number.isNaN(min), text);
    assert.deepEqual(ours(text), deepYear(year, text));
  }
  assert.deepEqual(ours('Y-13800000000~'), {...deepYear(-13800000000, 'Y-13800000000~'), approximate: true});
});

/** One end of an interval, later than `after` by construction: a calendar date or unspecified digits, maybe qualified. */
function intervalEnd(year: number, withUnspecified: boolean): string {
  const month = int(1, 12);
  const forms = [
    () => yearText(year),
    () => `${yearText(year)}-${pad(month, 2)}`,
    () => `${yearText(year)}-${pad(month, 2)}-${pad(int(1, daysInMonth(year, month - 1)), 2)}`,
  ];
  if (withUnspecified) forms.push(() => `${yearText(year)}-XX`, () => `${yearText(year)}-${pad(month, 2)}-XX`);
  return pick(forms)() + pick(QUALIFIERS);
}

test('intervals of two dates: the extent of edtf, both ends kept as written', () => {
  for (let i = 0; i < 800; i++) {
    const first = int(-3000, 2990);
    const text = `${intervalEnd(first, false)}/${intervalEnd(first + int(1, 40), false)}`;
    const [left, right] = text.split('/');
    const date = ours(text);
    assertSameExtent(text, date, reference(text));
    assert.equal(date.iso, text);
    assert.deepEqual(date.between, {from: ours(left), to: ours(right)});
    assert.equal(date.precision, ours(left).precision);
    assert.equal(date.uncertain, undefined);
  }
});

test('intervals with an open or unknown end: the extent of the end given', () => {
  for (let i = 0; i < 400; i++) {
    const given = intervalEnd(int(-3000, 3000), true);
    const end = pick(['', '..']);
    const fromGiven = random() < 0.5;
    const text = fromGiven ? `${given}/${end}` : `${end}/${given}`;
    const date = ours(text);
    const alone = ours(given);
    assert.deepEqual(date, {iso: text, precision: alone.precision, start: alone.start, end: alone.end, between: fromGiven ? {from: alone} : {to: alone}});
    if (given.includes('X') || end === '..') continue;
    // An unknown end: edtf gives null there, and the given end's bound.
    const ref = reference(text);
    if (fromGiven) assert.equal(ref.min, date.start, text);
    else assert.equal(ref.max, date.end - 1, text);
  }
  // Deliberate: edtf has an infinite extent at an open end.
  assert.equal(reference('2021-08/..').max, Infinity);
  assert.equal(reference('../2021').min, -Infinity);
});

test('intervals with seasons, unspecified digits or deep years at an end (edtf reads none of them)', () => {
  for (const text of ['2021-21/2021-23', '201X/2021', '2021-08-XX/2021-09', 'Y-13800000000/-0044', '2001-11-12~/2001-11-13?']) {
    const [left, right] = text.split('/');
    const date = ours(text);
    assert.equal(date.start, ours(left).start, text);
    assert.equal(date.end, ours(right).end, text);
  }
  assert.equal(ours('Y-13800000000/-0044').deep, true);
  assert.equal(ours('2001-11-12/2001-11-13').deep, undefined);
});

test('invalid texts: both reject them, and ours says why, quoting at most 40 characters', () => {
  const invalid = [
    '', 'abc', '2001-13', '2001-13?', '2001-00', '2001-11-32', '2001-11-00~', '2021-02-30?', '2021-25', '2001-1-1',
    '201X-05', '1985-XX-05', '2021-21-01', '2XXX', '19X5', 'Y1234', 'Y', '2001??', '?2001', '2001~?', '2001 ', ' 2001',
    '2001-11-12T10:00?', '2002/2001', '2001-05/2001', '2001/2002/2003', '2001//2002', 'x/2001', '2001-11-12/2001-13',
    '2001-11-12T25:00Z', 'Y-1234', '2001-11-12-05', `${'2001-11-12/'.repeat(10)}`,
  ];
  for (const text of invalid) {
    const date = parseEdtf(text);
    assert.equal(typeof date, 'string', `ours accepted ${JSON.stringify(text)}`);
    assert.match(date as string, /is not a valid date/);
    assert.ok((date as string).startsWith(`"${text.slice(0, 39)}`), date as string);
    assert.throws(() => edtf(text, {level: 1}), `edtf accepted ${JSON.stringify(text)}`);
  }
  // Deliberate: edtf reads an interval with no end at all; it names no time, so it is an error here.
  for (const text of ['/', '../..', '/..']) {
    assert.match(parseEdtf(text) as string, /^"[./]+" is not a valid date: an interval needs at least one end; expected EDTF/);
    assert.doesNotThrow(() => edtf(text, {level: 1}));
  }
});

test('a day that does not exist is an error, as dates.ts has it (edtf rolls it over)', () => {
  for (const text of ['2021-02-29', '2021-02-29~', '1900-02-29?', '2021-04-31%', '2021-02-29/2021-03']) {
    assert.match(parseEdtf(text) as string, new RegExp(`^"${text.replace(/[?~%]/g, '\\$&')}" is not a valid date: \\w+ \\d+ has \\d\\d days$`));
  }
  assert.equal(new Date(reference('2021-02-29').min).toISOString(), '2021-03-01T00:00:00.000Z');
});

test('every ISO date dates.ts reads is read the same', () => {
  for (let i = 0; i < 500; i++) {
    const text = pick([calendarDate, () => `+0${pad(int(10000, 99999), 5)}`, () => `${int(2000, 2030)}-06-15T12:00`])();
    assert.deepEqual(parseEdtf(text), parsePartialDate(text), text);
  }
  assert.deepEqual(parseEdtf('-13800000000'), parsePartialDate('-13800000000'));
  assert.deepEqual(parseEdtf('275760-01-01T00:00Z'), parsePartialDate('275760-01-01T00:00Z'));
  assert.equal(parseEdtf('275760-12-01'), parsePartialDate('275760-12-01'));
});
