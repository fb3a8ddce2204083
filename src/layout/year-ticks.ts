import {timeOfYear, yearOf} from '../data/deep-time.js';
import type {TimeWindow} from './time-scale.js';
import {withoutOverlaps, type Tick} from './ticks.js';

/** 1, 2 or 5 times a power of ten, the first at least `rough`, and never less than a year. */
export function yearStep(rough: number): number {
  if (!(rough > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return power * (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10);
}

/**
 * About `count` years (astronomical: 0 is 1 BC) between the fractional years
 * `y0` and `y1`, at round numbers as a reader counts them: BC years count
 * back from 1 BC, so "1000 BC" (year −999) is a tick and year −1000 is not.
 * There is no year 0 in that count, so no tick names one.
 */
export function yearTicks(y0: number, y1: number, count: number): number[] {
  // Years as read: 1 BC is −1, 1 AD is 1; the gap between them is the year 0.
  const read = (t: number) => (t < 1 ? t - 1 : t);
  const [h0, h1] = [read(Math.min(y0, y1)), read(Math.max(y0, y1))];
  const step = yearStep((h1 - h0) / Math.max(1, count));
  const ticks: number[] = [];
  if (!Number.isFinite(step) || (h1 - h0) / step > 1000) return ticks;
  for (let m = Math.ceil(h0 / step) * step; m <= h1; m += step) {
    if (m !== 0) ticks.push(m < 0 ? m + 1 : m);
  }
  return ticks;
}

/**
 * Ticks for the year-only scale of a timeline that reaches beyond the
 * calendar, about one per `spacing` pixels across `window` drawn `width` px
 * wide, labelled by `yearText` ("13.8 billion BC"). Every instant here is a
 * number of ms on the mean-year scale; no Date is made.
 */
export function computeYearTicks(window: TimeWindow, width: number, yearText: (year: number) => string, spacing = 90, charWidth = 6.6): Tick[] {
  const span = window.end - window.start;
  if (!(span > 0) || !(width > 0)) return [];
  const count = Math.max(2, Math.floor(width / spacing));
  const ticks = yearTicks(yearOf(window.start), yearOf(window.end), count).map((year) => {
    const time = timeOfYear(year);
    return {time, x: ((time - window.start) / span) * width, label: yearText(year), major: true};
  });
  return withoutOverlaps(ticks, charWidth, width);
}
