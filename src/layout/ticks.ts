import {dateFormatter, withEra} from '../format/format-date.js';
import type {TimeScale} from './time-scale.js';

export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

export interface Tick {
  /** Instant of the tick, ms UTC. */
  readonly time: number;
  /** Pixel position on the scale's range. */
  readonly x: number;
  readonly label: string;
  /** The tick starts a larger unit (a new year among months): drawn stronger. */
  readonly major: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Names the unit of a run of ticks from their spacing. */
export function tickUnit(step: number): TickUnit {
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  if (step >= DAY) return 'day';
  if (step >= HOUR) return 'hour';
  return 'minute';
}

function isMajor(date: Date, unit: TickUnit): boolean {
  switch (unit) {
    case 'year': return true;
    case 'month': return date.getUTCMonth() === 0;
    case 'day': return date.getUTCDate() === 1;
    default: return date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  }
}

/** The first tick of an axis names everything a reader needs: "May 2004", "Oct 7, 2001, 6:00 AM". */
const FIRST_TICK: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric'},
  month: {year: 'numeric', month: 'short'},
  day: {year: 'numeric', month: 'short', day: 'numeric'},
  hour: {year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'},
  minute: {year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'},
};

function labelOptions(date: Date, unit: TickUnit, major: boolean): Intl.DateTimeFormatOptions {
  const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
  switch (unit) {
    case 'year':
      return {year: 'numeric'};
    case 'month':
      if (!major) return {month: 'short'};
      return startsYear ? {year: 'numeric'} : {year: 'numeric', month: 'short'};
    case 'day':
      if (!major) return {day: 'numeric'};
      return date.getUTCDate() === 1 && !startsYear ? {month: 'short'} : {year: 'numeric', month: 'short', day: 'numeric'};
    default:
      return major ? {month: 'short', day: 'numeric'} : {hour: 'numeric', minute: '2-digit'};
  }
}

/**
 * Ticks for a time axis about one per `spacing` pixels, labelled with `Intl`
 * in `locale`: years, then months with the year at January, days with the
 * month at the 1st, hours with the date at midnight.
 */
export function computeTicks(scale: TimeScale, locale?: string, spacing = 90, charWidth = 6.6): Tick[] {
  const [x0, x1] = scale.range();
  const count = Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing));
  const dates = scale.ticks(count);
  if (dates.length === 0) return [];
  const step = dates.length > 1 ? dates[1].getTime() - dates[0].getTime() : DAY;
  const unit = tickUnit(step);
  const ticks = dates.map((date, i) => {
    // The first tick also names the larger units, so "Apr" is never read without its year.
    const major = isMajor(date, unit) || i === 0;
    const options = i === 0 ? firstTickOptions(date, unit) : labelOptions(date, unit, major);
    return {
      time: date.getTime(),
      x: scale(date),
      label: dateFormatter(locale, withEra(options, date)).format(date),
      major,
    };
  });
  return withoutOverlaps(ticks, charWidth);
}

function firstTickOptions(date: Date, unit: TickUnit): Intl.DateTimeFormatOptions {
  if (unit === 'month' && date.getUTCMonth() === 0) return {year: 'numeric'};
  if ((unit === 'hour' || unit === 'minute') && isMajor(date, unit)) return FIRST_TICK.day;
  return FIRST_TICK[unit];
}

/**
 * Drops ticks whose label would run into the one before (the longer first
 * label can), judging widths by `charWidth` pixels a character; labels are
 * centred on their tick.
 */
function withoutOverlaps(ticks: Tick[], charWidth: number): Tick[] {
  const kept: Tick[] = [];
  let rightEdge = -Infinity;
  for (const tick of ticks) {
    const half = (tick.label.length * charWidth) / 2;
    if (tick.x - half < rightEdge + charWidth) continue;
    kept.push(tick);
    rightEdge = tick.x + half;
  }
  return kept;
}
