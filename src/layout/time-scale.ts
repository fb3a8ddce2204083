import {scaleUtc, type ScaleTime} from 'd3-scale';
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

/** A linear UTC scale from a window onto `[0, width]` pixels. */
export function createTimeScale(window: TimeWindow, width: number): ScaleTime<number, number> {
  return scaleUtc().domain([window.start, window.end]).range([0, width]);
}

/**
 * The window after zooming by `factor` (> 1 zooms in) around the instant
 * `anchor`, which keeps its place on screen.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor = (window.start + window.end) / 2): TimeWindow {
  return {
    start: anchor - (anchor - window.start) / factor,
    end: anchor + (window.end - anchor) / factor,
  };
}
