import {EXTENDED_DATE_SIGN, parsePartialDate, utcTime} from './dates.js';
import {deepYear, isDeepTime} from './deep-time.js';
import type {PartialDate} from './types.js';

/**
 * The Library of Congress Extended Date/Time Format, levels 0 and 1, read
 * into the `PartialDate` model: qualifiers (`2001-11-12?`, `2004~`,
 * `2001-11%`), unspecified digits (`201X`, `2021-08-XX`), seasons
 * (`2021-21` … `2021-24`), intervals with open or unknown ends
 * (`2021-08/..`, `/2021`) and `Y`-prefixed long years (`Y-13800000000`).
 * Plain ISO dates go to `parsePartialDate` unchanged. A lazy part of the
 * element (only a document with such a date loads it, see
 * `needsExtendedDates`, and hands it to `acceptExtendedDates`).
 */

/** Whether `text` needs the EDTF reader (see `parseEdtf`); plain ISO dates do not. */
export const isEdtfText = (text: string): boolean => EXTENDED_DATE_SIGN.test(text);

const EXPECTED = 'expected an EDTF date such as "2001-11-12?", "2004~", "201X", "2021-08-XX", "2021-21", "Y-13800000000" or "2001-11-12/2001-11-13"';

/**
 * Parses an EDTF date (level 0 or 1) or a plain ISO date, or returns a plain
 * reason naming what was expected. `iso` keeps the text as written.
 */
export function parseEdtf(text: string): PartialDate | string {
  if (!isEdtfText(text)) return parsePartialDate(text);
  if (text.length > 60) return `"${text.slice(0, 40)}…" is not a valid date; ${EXPECTED}`;
  const slash = text.indexOf('/');
  return slash < 0 ? parseQualified(text) : parseInterval(text, slash);
}

function parseInterval(text: string, slash: number): PartialDate | string {
  const fromText = text.slice(0, slash);
  const toText = text.slice(slash + 1);
  if (toText.includes('/')) return `"${text}" has more than one "/"; an interval has two ends, such as "2001-11-12/2001-11-13"`;
  const from = readEnd(fromText);
  const to = readEnd(toText);
  if (typeof from === 'string') return from;
  if (typeof to === 'string') return to;
  const first = from ?? to;
  if (!first) return `"${text}" gives neither end; an interval needs at least one, such as "2021-08/.." or "/2021"`;
  // As the `edtf` package does, the later end must begin after the earlier one: `2000/2000` names no span.
  if (from && to && from.start >= to.start) return `"${text}" does not end after it starts; expected the earlier date first, such as "2001-11-12/2001-11-13"`;
  const between: {from?: PartialDate; to?: PartialDate} = {};
  if (from) between.from = from;
  if (to) between.to = to;
  const date: PartialDate = {
    iso: text,
    precision: first.precision,
    start: (from ?? to!).start,
    end: (to ?? from!).end,
    between,
  };
  return from?.deep || to?.deep ? {...date, deep: true} : date;
}

/** One end of an interval: `undefined` when open (`..`) or unknown (empty). */
function readEnd(text: string): PartialDate | string | undefined {
  if (text === '' || text === '..') return undefined;
  return parseQualified(text);
}

function parseQualified(text: string): PartialDate | string {
  const last = text[text.length - 1];
  const mark = last === '?' || last === '~' || last === '%' ? last : '';
  const body = mark ? text.slice(0, -1) : text;
  const date = parseUnqualified(body, text);
  if (typeof date === 'string' || !mark) return date;
  // Level 1 qualifies a whole calendar date; a season or unspecified digits already say how much is known.
  if (date.season || body.includes('X')) return `"${text}" qualifies a season or unspecified digits; EDTF level 1 qualifies a plain date only, such as "2021-08?"`;
  if (date.precision === 'time') return `"${text}" qualifies a time of day; EDTF qualifies dates only, such as "2001-11-12?"`;
  return {
    ...date,
    iso: text,
    ...(mark !== '~' ? {uncertain: true as const} : {}),
    ...(mark !== '?' ? {approximate: true as const} : {}),
  };
}

const SEASON = /^(-?\d{4})-(2[1-4])$/;
const UNSPECIFIED = /^(-?\d{2})(\d|X)X(?:-(XX|\d\d)(?:-(XX|\d\d))?)?$|^(-?\d{4})-(XX|\d\d)(?:-(XX|\d\d))?$/;
const LONG_YEAR = /^Y(-?)([1-9]\d{4,})$/;

function parseUnqualified(body: string, text: string): PartialDate | string {
  const long = LONG_YEAR.exec(body);
  if (long) return longYear(Number(long[1] + long[2]), text);
  const season = SEASON.exec(body);
  if (season) {
    const year = Number(season[1]);
    const quarter = Number(season[2]) - 21;
    const code = Number(season[2]) as 21 | 22 | 23 | 24;
    // Seasons follow the npm `edtf` package: 21 is January–March, 24 October–December.
    return {iso: text, precision: 'month', start: utcTime(year, quarter * 3), end: utcTime(year, quarter * 3 + 3), season: code};
  }
  if (body.includes('X')) return parseUnspecified(body, text);
  if (/[?~%/Y]/.test(body)) return `"${text}" is not a valid date; ${EXPECTED}`;
  const plain = parsePartialDate(body);
  if (typeof plain === 'string') return plain.replace(`"${body}"`, `"${text}"`);
  return {...plain, iso: text};
}

/** `201X`, `20XX`, `2021-XX`, `2021-08-XX`, `1985-XX-XX`: the known part at its precision. */
function parseUnspecified(body: string, text: string): PartialDate | string {
  const match = UNSPECIFIED.exec(body);
  if (!match) return `"${text}" is not a valid date; unspecified digits are written "201X", "20XX", "2021-XX", "2021-08-XX" or "1985-XX-XX"`;
  if (match[1] !== undefined) {
    // A decade or century: its month and day, if written, must be unspecified too.
    if ((match[3] && match[3] !== 'XX') || (match[4] && match[4] !== 'XX')) return `"${text}" gives a month or day of an unspecified year; expected "201X" or "201X-XX-XX"`;
    const years = match[2] === 'X' ? 100 : 10;
    const known = match[1].replace('-', '') + (years === 10 ? match[2] : '');
    const low = Number(known) * years;
    // -201X is the years -2019 to -2010: the earliest is the largest magnitude.
    const first = match[1].startsWith('-') ? -(low + years - 1) : low;
    return {iso: text, precision: 'year', start: utcTime(first), end: utcTime(first + years), years};
  }
  const [, , , , , y, mo, d] = match;
  if (mo === 'XX' && d && d !== 'XX') return `"${text}" gives a day of an unspecified month; expected "${y}-XX-XX"`;
  const known = mo === 'XX' ? y : d === 'XX' || !d ? `${y}-${mo}` : `${y}-${mo}-${d}`;
  const date = parsePartialDate(known);
  if (typeof date === 'string') return date.replace(`"${known}"`, `"${text}"`);
  return {...date, iso: text};
}

/** A `Y`-prefixed year: a calendar year when a Date holds it, a deep year beyond. */
function longYear(year: number, text: string): PartialDate {
  const start = utcTime(year);
  const end = utcTime(year + 1);
  if (isDeepTime(start) || isDeepTime(end) || !Number.isFinite(start)) return deepYear(year, text);
  return {iso: text, precision: 'year', start, end};
}
