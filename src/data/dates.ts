import {clip} from './clip.js';
import {parseDeepYear} from './deep-time.js';
import type {DatePrecision, PartialDate} from './types.js';

/**
 * ISO 8601 dates at year, month, day or time-of-day precision, with optional
 * expanded years (`-0044`, `+12021`) and an optional offset on times.
 * Kept identical to the calendar half of `$defs/isoDate` in data/timeline.schema.json
 * (its other half, years alone beyond the calendar, is `parseDeepYear` in deep-time.ts).
 */
export const ISO_DATE_PATTERN =
  /^([+-]?\d{4,6})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,3}))?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?)?)?$/;

/** Milliseconds since the epoch (UTC) for a calendar date; handles years 0–99 and negative years. */
export function utcTime(year: number, monthIndex = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; only those need the slower setter (100k events parse 200k dates).
  if (year < 0 || year > 99) return Date.UTC(year, monthIndex, day, hours, minutes, seconds, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar, the one `Date` uses. */
export function daysInMonth(year: number, monthIndex: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return monthIndex === 1 && leap ? 29 : MONTH_DAYS[monthIndex];
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/**
 * Parses an ISO 8601 date at the precision it was written, or returns a plain
 * reason why it is not one (`"2021-02-30" is not a valid date: February 2021 has 28 days`).
 */
export function parsePartialDate(text: string): PartialDate | string {
  const plain = readPlainDate(text);
  if (plain) return fromFields(text, plain.year, plain.month, plain.day);
  // A date is at most a few dozen characters; a longer text is quoted only in part.
  const shown = clip(text, 40);
  const deep = parseDeepYear(text);
  if (deep) return deep;
  const match = text.length > 40 ? null : ISO_DATE_PATTERN.exec(text);
  if (!match) return `"${shown}" is not a valid date; expected ISO 8601 such as "2001", "2001-10", "2001-10-07" or "2001-10-07T16:30Z"`;
  const [, y, mo, d, h, mi, s, frac, offset] = match;
  const time = h === undefined ? undefined : {hours: Number(h), minutes: Number(mi), seconds: s ? Number(s) : 0, ms: frac ? Number(frac.padEnd(3, '0')) : 0, offset};
  return fromFields(text, Number(y), mo ? Number(mo) : undefined, d ? Number(d) : undefined, time);
}

interface TimeFields {
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly ms: number;
  readonly offset?: string;
}

function fromFields(text: string, year: number, month?: number, day?: number, time?: TimeFields): PartialDate | string {
  const monthIndex = month ? month - 1 : 0;
  if (day && day > daysInMonth(year, monthIndex)) {
    const monthName = new Intl.DateTimeFormat('en', {month: 'long', timeZone: 'UTC'}).format(utcTime(2001, monthIndex));
    return `"${text}" is not a valid date: ${monthName} ${year} has ${daysInMonth(year, monthIndex)} days`;
  }
  let precision: DatePrecision;
  let start: number;
  let end: number;
  let offsetMinutes: number | undefined;
  if (time) {
    precision = 'time';
    offsetMinutes = time.offset ? parseOffset(time.offset) : undefined;
    start = utcTime(year, monthIndex, day, time.hours, time.minutes, time.seconds, time.ms) - (offsetMinutes ?? 0) * 60_000;
    end = start;
  } else if (day) {
    precision = 'day';
    start = utcTime(year, monthIndex, day);
    end = utcTime(year, monthIndex, day + 1);
  } else if (month) {
    precision = 'month';
    start = utcTime(year, monthIndex);
    end = utcTime(year, monthIndex + 1);
  } else {
    precision = 'year';
    start = utcTime(year);
    end = utcTime(year + 1);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return `"${text}" is outside the range of dates this timeline can show; beyond it, give the year alone, signed (such as "-300000")`;
  return offsetMinutes === undefined ? {iso: text, precision, start, end} : {iso: text, precision, start, end, offsetMinutes};
}

/**
 * "2001", "2001-10" or "2001-10-07" read digit by digit, or `undefined` for
 * anything else (which the pattern then reads, or explains). Nearly every
 * date has one of these shapes, and 100k events have 200k dates: the pattern
 * and the strings it cuts took a fifth of the parse.
 */
function readPlainDate(text: string): {year: number; month?: number; day?: number} | undefined {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digits(text, 0, 4);
  if (year < 0) return undefined;
  if (length === 4) return {year};
  const month = text.charCodeAt(4) === DASH ? digits(text, 5, 2) : -1;
  if (month < 1 || month > 12) return undefined;
  if (length === 7) return {year, month};
  const day = text.charCodeAt(7) === DASH ? digits(text, 8, 2) : -1;
  if (day < 1 || day > 31) return undefined;
  return {year, month, day};
}

const DASH = 45;

/** The number written by `count` ASCII digits from `from`, or −1 if one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The last instant a date covers, for comparisons: `2001` ends just before 2002. */
export function lastInstant(date: PartialDate): number {
  return date.precision === 'time' ? date.start : date.end - 1;
}

/**
 * A sign that a text is an EDTF date beyond plain ISO 8601 (see edtf.ts):
 * a qualifier (`?`, `~`, `%`), an unspecified digit (`X`), an interval
 * (`/`), a `Y` year or a season (`2021-21`). Every such date has one; a plain
 * ISO date has none, so a document without it never needs the EDTF reader.
 */
export const EXTENDED_DATE_SIGN = /[?~%X/]|^Y|^-?\d{4}-2[1-4]$/;

let readExtended: ((text: string) => PartialDate | string) | undefined;

/**
 * Lets `readDate` read EDTF through `reader` (edtf.ts's `parseEdtf`): the
 * element's `edtf` part does so when it loads, for a document that has such a
 * date (see `needsExtendedDates`), and the data entry at once. The reader
 * reads a superset of what `parsePartialDate` does, so once set it serves
 * every parse on the page.
 */
export function acceptExtendedDates(reader: (text: string) => PartialDate | string): void {
  readExtended = reader;
}

/** A date of the data: plain ISO 8601 read at once (the fast path), EDTF through the reader when it is loaded. */
export function readDate(text: string): PartialDate | string {
  const date = parsePartialDate(text);
  if (typeof date !== 'string' || !EXTENDED_DATE_SIGN.test(text)) return date;
  return readExtended ? readExtended(text) : `"${clip(text, 40)}" is an EDTF date, and the reader of such dates (news-timeline.edtf.js) was not loaded`;
}

