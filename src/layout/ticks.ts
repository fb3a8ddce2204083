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

/** The tick starts a larger unit than the one before it: a new year among months, a new month among days (weekly ones too). */
function startsLargerUnit(prev: Date, date: Date, unit: TickUnit): boolean {
  switch (unit) {
    case 'year': return true;
    case 'month': return date.getUTCFullYear() !== prev.getUTCFullYear();
    case 'day': return date.getUTCMonth() !== prev.getUTCMonth() || date.getUTCFullYear() !== prev.getUTCFullYear();
    default: return date.getUTCDate() !== prev.getUTCDate() || date.getUTCMonth() !== prev.getUTCMonth();
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

function labelOptions(prev: Date, date: Date, unit: TickUnit, major: boolean): Intl.DateTimeFormatOptions {
  const newYear = date.getUTCFullYear() !== prev.getUTCFullYear();
  switch (unit) {
    case 'year':
      return {year: 'numeric'};
    case 'month':
      if (!major) return {month: 'short'};
      return date.getUTCMonth() === 0 ? {year: 'numeric'} : {year: 'numeric', month: 'short'};
    case 'day':
      if (!major) return {day: 'numeric'};
      if (newYear) return {year: 'numeric', month: 'short', day: 'numeric'};
      // The 1st reads as the month alone; a weekly tick that crossed into a month names it with its day.
      return date.getUTCDate() === 1 ? {month: 'short'} : {month: 'short', day: 'numeric'};
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
    const major = i === 0 || startsLargerUnit(dates[i - 1], date, unit);
    const options = i === 0 ? firstTickOptions(date, unit) : labelOptions(dates[i - 1], date, unit, major);
    return {
      time: date.getTime(),
      x: scale(date),
      label: dateFormatter(locale, withEra(options, date)).format(date),
      major,
    };
  });
  return withoutOverlaps(ticks, charWidth, Math.abs(x1 - x0));
}

function firstTickOptions(date: Date, unit: TickUnit): Intl.DateTimeFormatOptions {
  if (unit === 'month' && date.getUTCMonth() === 0) return {year: 'numeric'};
  if ((unit === 'hour' || unit === 'minute') && date.getUTCHours() === 0 && date.getUTCMinutes() === 0) return FIRST_TICK.day;
  return FIRST_TICK[unit];
}

/** Room a label needs on either side of its tick before the viewport's edge would cut it, px. */
export const TICK_EDGE = 56;

/** How a tick's label sits: centred, or flush from a tick too near an edge. */
export function tickAlignment(x: number, width: number): 'start' | 'centre' | 'end' {
  return x < TICK_EDGE ? 'start' : x > width - TICK_EDGE ? 'end' : 'centre';
}

/**
 * Drops ticks whose label would run into the one kept before it, judging
 * widths by `charWidth` px a character and placing labels as the axis draws
 * them (flush at the edges, centred elsewhere); the first tick always stays.
 */
export function withoutOverlaps(ticks: Tick[], charWidth: number, width: number): Tick[] {
  const kept: Tick[] = [];
  let rightEdge = -Infinity;
  for (const tick of ticks) {
    const w = tick.label.length * charWidth;
    const align = tickAlignment(tick.x, width);
    const left = align === 'start' ? tick.x : align === 'end' ? tick.x - w : tick.x - w / 2;
    if (left < rightEdge + charWidth) continue;
    kept.push(tick);
    rightEdge = left + w;
  }
  return kept;
}
