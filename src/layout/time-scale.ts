import {utcTicks} from 'd3-time';
import type {Timeline} from '../data/types.js';

/** A span of time in milliseconds since the epoch (UTC); `end` is exclusive. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

const DAY = 86_400_000;

/**
 * The span a timeline needs to show everything (events, their ends, eras),
 * widened by `margin` of its length on each side so the first and last
 * markers do not sit on the edge. A single instant gets a week either side.
 */
export function timelineExtent(timeline: Timeline, margin = 0.03): TimeWindow | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const event of timeline.events) {
    start = Math.min(start, event.date.start);
    end = Math.max(end, (event.end ?? event.date).end);
  }
  for (const era of timeline.eras) {
    start = Math.min(start, era.start.start);
    end = Math.max(end, era.end.end);
  }
  if (start > end) return undefined;
  const pad = Math.max((end - start) * margin, 7 * DAY);
  return {start: start - pad, end: end + pad};
}

/**
 * A linear map from instants (ms UTC, or a Date) to pixels, with its inverse
 * and calendar ticks. Like d3's scaleUtc without clamping or nice(), which we
 * never used, and without d3-scale, which brought d3-time-format with it.
 */
export interface TimeScale {
  (time: number | Date): number;
  /** The window it was built from, as `[start, end]`. */
  domain(): [Date, Date];
  /** The pixels the window's ends map to, as `[x0, x1]`. */
  range(): [number, number];
  /** The instant at pixel `x`, to the nearest millisecond. */
  invert(x: number): Date;
  /** About `count` instants on UTC calendar boundaries within the domain, ends included. */
  ticks(count?: number): Date[];
}

/**
 * The linear map taking `d0` to `r0` and `d1` to `r1`. A descending domain is
 * flipped first, and an empty one sends everything to the middle of the
 * range, both as d3's continuous scales do (so results match to the bit).
 */
function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const fraction = span ? (value: number) => (value - d0) / span : () => (Number.isNaN(span) ? Number.NaN : 0.5);
  return (value) => {
    const t = fraction(value);
    return r0 * (1 - t) + r1 * t;
  };
}

/** A linear UTC scale from `window` onto the pixel range `[x0, x1]` (which may run backwards). */
export function scaleTimeWindow(window: TimeWindow, [x0, x1]: readonly [number, number]): TimeScale {
  // Whole milliseconds, as d3's time scales round them.
  const start = Math.round(window.start);
  const end = Math.round(window.end);
  const toPixel = linear(start, end, x0, x1);
  const toTime = linear(x0, x1, start, end);
  const scale = (time: number | Date) => toPixel(+time);
  scale.domain = (): [Date, Date] => [new Date(start), new Date(end)];
  scale.range = (): [number, number] => [x0, x1];
  scale.invert = (x: number) => new Date(Math.round(toTime(x)));
  scale.ticks = (count = 10) => utcTicks(new Date(start), new Date(end), count);
  return scale;
}

/** A linear UTC scale from a window onto `[0, width]` pixels. */
export function createTimeScale(window: TimeWindow, width: number): TimeScale {
  return scaleTimeWindow(window, [0, width]);
}
