import {clip} from './clip.js';
import {ISO_DATE_PATTERN, parsePartialDate, utcTime} from './dates.js';
import {deepYear, isDeepTime} from './deep-time.js';
import type {PartialDate} from './types.js';

/**
 * One EDTF level 0/1 date that plain ISO does not cover: a `Y`-year, or a
 * four-digit year (last one or two digits may be `X`), then a month, `XX`
 * or a season (21–24), then a day or `XX`, then a qualifier. Which of these
 * may combine is checked in code; the pattern only cuts the text.
 */
const EDTF_DATE = /^(?:Y(-?\d{5,15})|(-?\d\d(?:\d\d|\dX|XX))(?:-(\d\d|XX)(?:-(\d\d|XX))?)?)([?~%])?$/;

const EXPECTED = 'expected EDTF such as "2001-11-12?", "2004~", "2021-XX", "2001-11-12/2001-11-13"';

const fail = (text: string, reason?: string): string =>
  `"${clip(text, 40)}" is not a valid date${reason ? `: ${reason}` : ''}; ${EXPECTED}`;

/**
 * Parses an EDTF date (Extended Date/Time Format, levels 0 and 1 of the
 * Library of Congress specification) at the precision it was written, or
 * returns a plain reason why it is not one. Every ISO date
 * `parsePartialDate` reads is read by it unchanged; on top of that:
 * qualifiers (`2001-11-12?`, `2004~`, `2001-11%`), unspecified digits
 * (`201X`, `20XX`, `2021-XX`, `2021-08-XX`), seasons (`2021-21` January–March
 * … `2021-24` October–December, as the `edtf` package reads them), `Y`-years
 * (`Y-13800000000`) and intervals (`2001-11-12/2001-11-13`, `2021-08/..`,
 * `/2021`). An interval's own flags are those of neither end: each end keeps
 * its qualifiers in `between`.
 */
export function parseEdtf(text: string): PartialDate | string {
  const slash = text.indexOf('/');
  if (slash < 0) return readOne(text, text);
  const [from, to] = [text.slice(0, slash), text.slice(slash + 1)].map((end) =>
    end === '' || end === '..' ? undefined : readOne(end, text),
  );
  if (typeof from === 'string') return from;
  if (typeof to === 'string') return to;
  if (!from && !to) return fail(text, 'an interval needs at least one end');
  if (from && to && to.start < from.start) return fail(text, 'its end is before its start');
  const first = (from ?? to)!;
  const date: {-readonly [K in keyof PartialDate]: PartialDate[K]} = {
    iso: text,
    precision: first.precision,
    start: first.start,
    end: (to ?? from)!.end,
    between: from && to ? {from, to} : from ? {from} : {to},
  };
  if (from?.deep || to?.deep) date.deep = true;
  return date;
}

/**
 * `written` (all of `whole`, or one end of it) read as one date, or the
 * reason why not, quoting `whole`. Plain ISO goes first: it is nearly every date.
 */
function readOne(written: string, whole: string): PartialDate | string {
  const iso = parsePartialDate(written);
  if (typeof iso !== 'string') return iso;
  const date = readDate(written, whole);
  if (date) return date;
  // An ISO shape it could not read (a day or year out of range) keeps dates.ts's reason.
  if (ISO_DATE_PATTERN.test(written)) return requote(iso, written, whole);
  return fail(whole, written === whole ? undefined : `its ${whole.startsWith(`${written}/`) ? 'first' : 'second'} end is not a date`);
}

/** A dates.ts message about `written`, quoting `whole` instead. */
const requote = (message: string, written: string, whole: string): string =>
  message.replace(`"${written}"`, `"${clip(whole, 40)}"`);

/**
 * `written` read as one EDTF date that is not plain ISO, a reason why not
 * (quoting `whole`, the text as given), or `undefined` when it does not
 * have the shape of one.
 */
function readDate(written: string, whole: string): PartialDate | string | undefined {
  const match = EDTF_DATE.exec(written);
  if (!match) return undefined;
  const [, big, year, month, day, qualifier] = match;
  const flags: {uncertain?: true; approximate?: true} = {};
  if (qualifier === '?' || qualifier === '%') flags.uncertain = true;
  if (qualifier === '~' || qualifier === '%') flags.approximate = true;
  if (big) {
    const n = Number(big);
    const date = deepYear(n, written);
    const start = utcTime(n);
    const end = utcTime(n + 1);
    // As parseDeepYear: deep only where a Date cannot hold the year.
    if (isDeepTime(date.start) || isDeepTime(date.end) || !Number.isFinite(start + end)) return {...date, ...flags};
    return {iso: written, precision: 'year', start, end, ...flags};
  }
  const xs = year.length - year.replace(/X/g, '').length;
  const season = Number(month) > 20 && Number(month) < 25 ? Number(month) : undefined;
  // Level 1 leaves digits unspecified only from the right: a year's last ones, then the month, then the day.
  if ((xs && month) || (month === 'XX' && day && day !== 'XX') || (season && day)) return undefined;
  if (month && month !== 'XX' && !season && !(Number(month) >= 1 && Number(month) <= 12)) {
    return fail(whole, `there is no month ${month} (01–12, or 21–24 for a season)`);
  }
  if (day && day !== 'XX' && !(Number(day) >= 1 && Number(day) <= 31)) return fail(whole, `there is no day ${day}`);
  const core = `${year.replace(/X/g, '0')}${month && month !== 'XX' && !season ? `-${month}` : ''}${day && day !== 'XX' ? `-${day}` : ''}`;
  const date = parsePartialDate(core);
  // A day that does not exist is reported as dates.ts words it, quoting the text as written.
  if (typeof date === 'string') return requote(date, core, whole);
  const result = {...date, iso: written, ...flags};
  if (season) {
    const quarter = (season - 21) * 3;
    const y = Number(year);
    return {...result, precision: 'month', start: utcTime(y, quarter), end: utcTime(y, quarter + 3), season: season as PartialDate['season']};
  }
  if (xs) {
    // "-201X" is −2019 … −2010: the digits' range, whichever way the sign turns it.
    const low = Number(year.replace(/X/g, '0'));
    const high = Number(year.replace(/X/g, '9'));
    return {...result, start: utcTime(Math.min(low, high)), end: utcTime(Math.max(low, high) + 1), years: xs === 1 ? 10 : 100};
  }
  return result;
}
