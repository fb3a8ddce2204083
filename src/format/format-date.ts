import {yearOf} from '../data/deep-time.js';
import {isSoftDate, type DatePrecision, type PartialDate} from '../data/types.js';
import {stringsFor} from './strings.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `Intl.DateTimeFormat` is slow to build; one per locale and option set is kept. */
export function dateFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {timeZone: 'UTC', ...options});
    formatters.set(key, formatter);
  }
  return formatter;
}

const warmed = new Set<string>();

/**
 * Builds the year formatter of `locale` soon, in a task of its own, once per
 * locale. The first `Intl.DateTimeFormat` of a page loads the locale's data,
 * 66 ms in Chromium here: started while a data file is on its way, that is
 * done by the time the data comes, rather than in the first render.
 */
export function warmUpDateFormats(locale: string | undefined): void {
  const key = locale ?? '';
  if (warmed.has(key)) return;
  warmed.add(key);
  setTimeout(() => dateFormatter(locale, {year: 'numeric'}).format(0));
}

/** Years before 1 CE need their era, or 44 BCE reads as the year 45. */
export function withEra(options: Intl.DateTimeFormatOptions, time: number | Date): Intl.DateTimeFormatOptions {
  return options.year && new Date(time).getUTCFullYear() < 1 ? {...options, era: 'short'} : options;
}

export const OPTIONS_BY_PRECISION: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric'},
  month: {year: 'numeric', month: 'long'},
  day: {year: 'numeric', month: 'long', day: 'numeric'},
  time: {year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit'},
};

/**
 * A date as a reader says it, at the precision it was written: "2001",
 * "October 2001", "7 October 2001". A time of day is shown on the wall clock
 * of the offset it was written with, followed by that offset ("UTC+4:30").
 * A soft date is said in the words of the locale's `UiStrings`: "about
 * November 2001", "possibly 12 November 2001", "between 12 and 13 November
 * 2001", "August 2021 or later", "the 2010s", "spring 2021".
 */
export function formatPartialDate(date: PartialDate, locale?: string): string {
  // Markers are named on every frame of a zoom: an exact date needs no words of the language.
  if (!date.deep && !isSoftDate(date)) return exactDate(date, locale);
  const words = stringsFor(locale);
  const {from, to} = date.between ?? {};
  const year = () => new Date(date.start).getUTCFullYear();
  let text =
    from && to ? words.between((and) => joinEnds(from, to, locale, and), [from, to].some(nominal))
    : from ? words.orLater(formatPartialDate(from, locale))
    : to ? words.orEarlier(formatPartialDate(to, locale))
    : date.deep ? formatYear(date.start, locale)
    : date.years ? words.someYears(year(), date.years)
    : date.season ? words.season(date.season, words.year(year()))
    : exactDate(date, locale);
  if (date.approximate) text = words.about(text);
  return date.uncertain ? words.possibly(text) : text;
}

function exactDate(date: PartialDate, locale: string | undefined): string {
  const offset = date.offsetMinutes ?? 0;
  const wall = date.start + offset * 60_000;
  const text = dateFormatter(locale, withEra(OPTIONS_BY_PRECISION[date.precision], wall)).format(wall);
  if (date.precision !== 'time') return text;
  return `${text} ${formatOffset(offset)}`;
}

/** An end a language with cases may not put after a preposition as Intl writes it: a bare month or season, or a qualified end. */
const nominal = (date: PartialDate) => date.precision === 'month' || isSoftDate(date);

/** Intl's formatter for a range from `date`, at its precision. */
const rangeFormatter = (date: PartialDate, locale: string | undefined) => dateFormatter(locale, withEra(OPTIONS_BY_PRECISION[date.precision], date.start));

/** Whether Intl can write two ends as one range, sharing what they have in common (an engine may throw on a reversed one). */
const sharable = (a: PartialDate, b: PartialDate) =>
  a.precision === b.precision && a.precision !== 'time' && a.start <= b.start && !a.deep && !b.deep && !isSoftDate(a) && !isSoftDate(b);

/**
 * The two ends of an interval joined by `and` (" and "), sharing what they
 * have in common ("12 and 13 November 2001"); at different precisions, or
 * when either is soft itself, both are written in full.
 */
function joinEnds(from: PartialDate, to: PartialDate, locale: string | undefined, and: string): string {
  const parts = sharable(from, to) ? rangeFormatter(from, locale).formatRangeToParts(from.start, to.start) : [];
  // The range's own separator (" – ", "–", " تا ") is the shared literal between the two ends' own parts. There is
  // none when both ends read alike in the locale's calendar (two Gregorian months in one solar hijri month).
  const at = parts.findIndex((p, i) => p.source === 'shared' && parts[i - 1]?.source === 'startRange' && parts[i + 1]?.source === 'endRange');
  if (at < 0) return `${formatPartialDate(from, locale)}${and}${formatPartialDate(to, locale)}`;
  return parts.map((p, i) => (i === at ? and : p.value)).join('');
}

/** "7 October 2001 – 18 March 2002", sharing what the two ends have in common; soft ends each in their words. */
export function formatDateRange(start: PartialDate, end: PartialDate, locale?: string): string {
  if (sharable(start, end)) return rangeFormatter(start, locale).formatRange(start.start, end.start);
  return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}

/** A date as an HTML `datetime` value: as written, or `undefined` for a soft date, whose EDTF text is not one. */
export const machineDate = (date: PartialDate): string | undefined => (isSoftDate(date) ? undefined : date.iso);

/**
 * The year `time` (ms UTC, on the mean-year scale of deep time) falls in, in
 * the words of the locale's `UiStrings.year`: "13.8 billion BC". For years
 * beyond the calendar, which `Intl.DateTimeFormat` cannot write.
 */
export function formatYear(time: number, locale?: string): string {
  return stringsFor(locale).year(Math.floor(yearOf(time) + 1e-9));
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
