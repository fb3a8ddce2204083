import type {PartialDate} from './types.js';

/**
 * Years beyond what a JavaScript Date holds (about ±271,800 years), such as
 * the −13,800,000,000 of a cosmological timeline. Such a year is carried as
 * a `PartialDate` of precision `year` marked `deep`, whose `start`/`end` are
 * milliseconds counted in mean Gregorian years from the start of year 0:
 * doubles hold them (±4e20 ms for the age of the universe) and every
 * comparison, extent and pixel position works on them unchanged. Only what
 * turns milliseconds into calendar text (Date, Intl, d3-time) must not see
 * them; `isDeepTime` tells it so.
 */

/** The mean Gregorian year in ms: 365.2425 days, exact over each 400-year cycle. */
export const MS_PER_YEAR = 365.2425 * 86_400_000;

/** 1 January of year 0 (1 BC), ms UTC: Date.UTC(0, 0, 1), which Date.UTC itself reads as 1900. */
const YEAR_ZERO = -62_167_219_200_000;

/** The largest |ms| a Date holds. */
const DATE_LIMIT = 8.64e15;

/** `time` held within what a Date holds, for APIs that hand out Dates. */
export function clampToDate(time: number): number {
  return Math.max(-DATE_LIMIT, Math.min(DATE_LIMIT, time));
}

/** Whether `time` (ms UTC) lies beyond what a Date can hold, so only a year can name it. */
export function isDeepTime(time: number): boolean {
  return !(Math.abs(time) <= DATE_LIMIT);
}

/** The instant a (possibly fractional) astronomical year starts, on the mean-year scale. */
export function timeOfYear(year: number): number {
  return YEAR_ZERO + year * MS_PER_YEAR;
}

/**
 * The astronomical year (0 is 1 BC, −1 is 2 BC) of `time` as a fraction on
 * the mean-year scale: 1969-07-20 is about 1969.55. Exact to a day or so for
 * calendar dates, which is all a year-only scale needs.
 */
export function yearOf(time: number): number {
  return (time - YEAR_ZERO) / MS_PER_YEAR;
}

/** A deep year as a date: the whole year `year` (astronomical), with `iso` as written. */
export function deepYear(year: number, iso: string): PartialDate {
  return {iso, precision: 'year', start: timeOfYear(year), end: timeOfYear(year + 1), deep: true};
}

/** Expanded ISO 8601 years (signed) that no Date holds: `-13800000000`, `+300000`. */
const DEEP_YEAR = /^[+-]\d{6,15}$/;

/**
 * Reads `text` as a deep year, or `undefined` when it is not a signed
 * year-only text beyond the years a Date can hold (those stay calendar dates).
 */
export function parseDeepYear(text: string): PartialDate | undefined {
  if (!DEEP_YEAR.test(text)) return undefined;
  const year = Number(text);
  const date = deepYear(year, text);
  return isDeepTime(date.start) || isDeepTime(date.end) ? date : undefined;
}
