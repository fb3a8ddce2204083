/** Test helper (not a test file itself): soft `PartialDate`s built by hand, as the EDTF parser would give them. */
import type {DatePrecision, PartialDate} from '../../src/data/types.js';

export interface Flags {
  uncertain?: true;
  approximate?: true;
}

const mark = ({uncertain, approximate}: Flags) => (uncertain && approximate ? '%' : uncertain ? '?' : approximate ? '~' : '');
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function made(precision: DatePrecision, iso: string, start: number, end: number, flags: Flags): PartialDate {
  return {iso: iso + mark(flags), precision, start, end, ...flags};
}

/** A day, `month` 1-based: `day(2001, 11, 12, {uncertain: true})` is `2001-11-12?`. */
export const day = (year: number, month: number, date: number, flags: Flags = {}): PartialDate =>
  made('day', `${pad(year, 4)}-${pad(month)}-${pad(date)}`, Date.UTC(year, month - 1, date), Date.UTC(year, month - 1, date + 1), flags);

/** A month: `month(2001, 11, {approximate: true})` is `2001-11~`. */
export const month = (year: number, month: number, flags: Flags = {}): PartialDate =>
  made('month', `${pad(year, 4)}-${pad(month)}`, Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1), flags);

/** A year: `year(2004, {approximate: true})` is `2004~`. */
export const year = (year: number, flags: Flags = {}): PartialDate =>
  made('year', pad(year, 4), Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1), flags);

/** Unspecified digits: `someYears(2010, 10)` is `201X`, `someYears(2000, 100)` is `20XX`. */
export const someYears = (from: number, span: 10 | 100, flags: Flags = {}): PartialDate => ({
  ...made('year', String(from).slice(0, span === 10 ? 3 : 2).padEnd(4, 'X'), Date.UTC(from, 0, 1), Date.UTC(from + span, 0, 1), flags),
  years: span,
});

/** A season, 21 spring … 24 winter, over three months from March: `season(2021, 21)` is `2021-21`. */
export const season = (year: number, season: 21 | 22 | 23 | 24, flags: Flags = {}): PartialDate => ({
  ...made('month', `${year}-${season}`, Date.UTC(year, 2 + (season - 21) * 3, 1), Date.UTC(year, 5 + (season - 21) * 3, 1), flags),
  season,
});

/** An interval `from/to`, either end left out for an open one (`2021-08/..`, `../2021`). */
export function between(from?: PartialDate, to?: PartialDate): PartialDate {
  const first = (from ?? to)!;
  return {
    iso: `${from?.iso ?? '..'}/${to?.iso ?? '..'}`,
    precision: first.precision,
    start: first.start,
    end: (to ?? from)!.end,
    between: {...(from ? {from} : {}), ...(to ? {to} : {})},
  };
}
