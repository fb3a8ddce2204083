import type {Timeline, TimelineCategory, TimelineEvent} from '../data/types.js';
import {MS_PER_YEAR, isDeepTime} from '../data/deep-time.js';
import {formatDateRange, formatYear} from '../format/format-date.js';
import {createLanePacker} from './assign-lanes.js';
import type {EventLayout, LayoutOptions} from './layout-events.js';
import {timelineExtent, type TimeWindow} from './time-scale.js';
import type {Steps} from '../steps/steps.js';

/** Colours for categories that bring none; readable on light and dark surfaces. */
export const CATEGORY_PALETTE = ['#c82c34', '#305cfc', '#48a07c', '#b074e8', '#a85498', '#d07400', '#2e8fa3', '#8a7a1c'];

/** A category id as a CSS identifier, so a page can set `--news-timeline-category-<id>`. */
export const cssIdent = (id: string) => id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');

/** The colour of each category: the page's token wins, then the data's colour, then the palette. */
export function categoryColors(timeline: Timeline): Map<string, string> {
  return new Map(
    timeline.categories.map((category, i) => [
      category.id,
      `var(--news-timeline-category-${cssIdent(category.id)}, ${category.color ?? CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]})`,
    ]),
  );
}

export interface EraBand {
  readonly title: string;
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
}

/** Era bands in pixels of the unzoomed scale, stacked in rows where they overlap. */
export function layoutEras(timeline: Timeline, xOf: (time: number) => number): {bands: EraBand[]; rows: number} {
  const packer = createLanePacker(Infinity, 1);
  const bands = timeline.eras.map((era) => {
    const x0 = xOf(era.start.start);
    const x1 = xOf(era.end.end);
    return {title: era.title, x0, x1, row: packer.place({x0, x1})};
  });
  return {bands, rows: packer.laneCount};
}

export interface TimelineGeometry {
  /** The span shown when fully zoomed out. */
  readonly extent: TimeWindow;
  /** Deepest zoom factor: one hour fills the width (ten years on the year-only scale). */
  readonly maxScale: number;
  /**
   * The extent reaches beyond what a Date holds (deep time): the axis counts
   * years alone, and windows are said in years.
   */
  readonly years: boolean;
}

const HOUR = 3_600_000;

export function timelineGeometry(timeline: Timeline): TimelineGeometry | undefined {
  const extent = timelineExtent(timeline);
  if (!extent) return undefined;
  const years = isDeepTime(extent.start) || isDeepTime(extent.end);
  // Deeper than ten years a screen, pixel offsets of billions of years would outrun a double's precision.
  return {extent, maxScale: Math.max(1, (extent.end - extent.start) / (years ? 10 * MS_PER_YEAR : HOUR)), years};
}

/** What <news-timeline> works out once per timeline, before drawing it. */
export interface PreparedTimeline {
  readonly geometry: TimelineGeometry | undefined;
  readonly colors: ReadonlyMap<string, string>;
  /** The categories that have events, for the legend. */
  readonly legendCategories: readonly TimelineCategory[];
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
}

/** Events looked at between two yields of `prepareTimelineSteps`. */
const EVENTS_PER_STEP = 8192;

/**
 * Works out `PreparedTimeline`, yielding every few thousand events: for 100k
 * events it took 60–90 ms, in the task that then drew the timeline.
 */
export function* prepareTimelineSteps(timeline: Timeline | undefined): Steps<PreparedTimeline> {
  if (!timeline) return {geometry: undefined, colors: new Map(), legendCategories: [], eventById: new Map()};
  const {events} = timeline;
  const eventById = new Map<string, TimelineEvent>();
  const used = new Set<string | undefined>();
  for (let i = 0; i < events.length; i++) {
    if (i % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
    eventById.set(events[i].id, events[i]);
    used.add(events[i].category);
  }
  yield;
  const geometry = timelineGeometry(timeline);
  return {geometry, colors: categoryColors(timeline), legendCategories: timeline.categories.filter((c) => used.has(c.id)), eventById};
}

/** The options for laying out events (see `layoutSteps`) at a zoom factor `k` over a viewport `width` pixels wide. */
export function layoutOptionsAtZoom(
  extent: TimeWindow,
  width: number,
  k: number,
  maxLanes: number,
  labelWidth: (event: TimelineEvent) => number,
): LayoutOptions {
  // The arithmetic of createTimeScale(extent, width * k), without a scale call per event.
  const span = extent.end - extent.start;
  const w = width * k;
  const xOf = (t: number) => ((t - extent.start) / span) * w;
  // A label is drawn up to 2 px wider than measured (see the label's max-width): the end keeps that clear of the edge.
  return {xOf, labelWidth, maxLanes, maxLabelWidth: Math.min(220, width * 0.6), end: width * k - 2};
}

/**
 * The zoom factor at which `event` stands alone rather than in a cluster:
 * the current one if it already does, else the first of 2×, 4×, … that
 * separates it, up to `maxScale`.
 */
export function revealScale(event: TimelineEvent, k: number, maxScale: number, layoutAt: (k: number) => EventLayout): number {
  for (let scale = k; scale <= maxScale; scale *= 2) {
    const item = layoutAt(scale).items.find((i) => (i.kind === 'event' ? i.event === event : i.events.includes(event)));
    if (item?.kind === 'event') return scale;
  }
  return maxScale;
}

/**
 * A window as a reader says it, at a precision that fits its length: "2001 –
 * 2021", "August – October 2021"; in years alone on the year-only scale
 * (`years`): "13.8 billion BC – 1990".
 */
export function windowText(window: TimeWindow, locale: string | undefined, years = false): string {
  if (years || isDeepTime(window.start) || isDeepTime(window.end)) return `${formatYear(window.start, locale)} – ${formatYear(window.end, locale)}`;
  const days = (window.end - window.start) / 86_400_000;
  const precision = days > 400 ? 'year' : days > 60 ? 'month' : 'day';
  const at = (t: number) => ({iso: '', precision, start: t, end: t}) as const;
  return formatDateRange(at(window.start), at(window.end), locale);
}
