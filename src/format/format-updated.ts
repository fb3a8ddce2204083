import type {PartialDate} from '../data/types.js';
import {dateFormatter, formatPartialDate, OPTIONS_BY_PRECISION} from './format-date.js';
import {stringsFor} from './strings.js';

// Update times are said in the provenance part (the timeline's, corrections')
// and the live part (a badge's), never by the core: a module of their own.

let readerZone: string | undefined;

/**
 * An update time (`updated`, a correction's date) as a reader says it: a day
 * as written ("20 October 2021"), a time on the reader's own clock, in the
 * time zone the browser reports (`timeZone` for another): "20 October 2021,
 * 14:05". Day and time are written apart and joined by the language's
 * `separator`, as Intl's own joiner differs between engines ("at", ",").
 */
export function formatUpdated(date: PartialDate, locale?: string, timeZone?: string): string {
  if (date.precision !== 'time') return formatPartialDate(date, locale);
  const zone = timeZone ?? (readerZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
  const day = dateFormatter(locale, {...OPTIONS_BY_PRECISION.day, timeZone: zone}).format(date.start);
  return day + stringsFor(locale).separator + dateFormatter(locale, {timeStyle: 'short', timeZone: zone}).format(date.start);
}

/**
 * An update time said briefly, for a badge: on the reader's clock as
 * `formatUpdated` says it, but the time alone when it is the reader's today
 * ("14:05"), else with a short day ("20 Oct, 14:05").
 */
export function formatUpdateTime(date: PartialDate, locale?: string, now = Date.now()): string {
  if (date.precision !== 'time') return formatPartialDate(date, locale);
  // Badges name their markers on every frame of a zoom: the words are kept per date, language and minute.
  const minute = Math.floor(now / 60_000);
  const kept = briefTimes.get(date);
  if (kept && kept.locale === locale && kept.minute === minute) return kept.text;
  const text = briefly(date, locale, now);
  briefTimes.set(date, {locale, minute, text});
  return text;
}

const briefTimes = new WeakMap<PartialDate, {locale: string | undefined; minute: number; text: string}>();

function briefly(date: PartialDate, locale: string | undefined, now: number): string {
  const timeZone = (readerZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
  const time = dateFormatter(locale, {timeStyle: 'short', timeZone}).format(date.start);
  const day = (options: Intl.DateTimeFormatOptions, at: number) => dateFormatter(locale, {...options, timeZone}).format(at);
  if (day(OPTIONS_BY_PRECISION.day, date.start) === day(OPTIONS_BY_PRECISION.day, now)) return time;
  return day({day: 'numeric', month: 'short'}, date.start) + stringsFor(locale).separator + time;
}
