import {parsePartialDate} from '../data/dates.js';
import type {TimelineProblem} from '../data/types.js';
import type {TimeWindow} from './time-scale.js';

/**
 * The logic of scroll-linked reading (`<news-timeline-steps>`), without the
 * DOM: which step the reader is at, given where each step lies against the
 * band across the middle of the viewport; what a step asks the timeline to
 * show; and how far the chronology's own box scrolls to centre an entry.
 */

/** Where a step lies against the band: wholly passed (above it), crossing it, or not reached yet. */
export type StepPlace = 'above' | 'in' | 'below';

/** The vertical extent of a box on screen, in px from the viewport's top. */
export interface VerticalSpan {
  readonly top: number;
  readonly bottom: number;
}

/** Where a step's box lies against the band (both measured the same way, as `getBoundingClientRect` does). */
export function placeStep(step: VerticalSpan, band: VerticalSpan): StepPlace {
  if (step.bottom < band.top) return 'above';
  if (step.top > band.bottom) return 'below';
  return 'in';
}

/**
 * The step the reader is at: the last one in document order to have reached
 * the band (crossing it or passed), so that the text between two steps keeps
 * the one before it on screen; -1 above the first step.
 */
export function findCurrentStep(places: readonly StepPlace[]): number {
  for (let i = places.length - 1; i >= 0; i--) if (places[i] !== 'below') return i;
  return -1;
}

/** Which way the reader went from one step to another (-1 is before the first). */
export function stepDirection(from: number, to: number): 'forwards' | 'backwards' {
  return to > from ? 'forwards' : 'backwards';
}

/** What a step shows: an event (its card pinned open or not), or a span of time. */
export type StepTarget =
  | {readonly kind: 'event'; readonly eventId: string; readonly card: boolean}
  | {readonly kind: 'window'; readonly window: TimeWindow};

/** A step's attributes, as written (`null` when absent). */
export interface StepAttributes {
  readonly event: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly card: string | null;
}

/** The name of a step in a report: the attribute that makes it one, and its place among the steps (from 1). */
export function stepPath(attributes: StepAttributes, index: number): string {
  const [name, value] = attributes.event !== null ? ['data-event', attributes.event] : attributes.start !== null ? ['data-start', attributes.start] : ['data-end', attributes.end];
  return `news-timeline-steps > [${name}=${JSON.stringify(value)}] (step ${index + 1})`;
}

/**
 * Reads what a step asks the timeline to show. A step names an event of the
 * timeline (`eventIds`), or a window from the start of one ISO date to the
 * end of another (`data-start="2021-08"` runs from 1 August); anything else
 * is a problem naming the step and what was expected, and the step is left out.
 */
export function readStepTarget(attributes: StepAttributes, index: number, eventIds: ReadonlySet<string>): StepTarget | TimelineProblem {
  const path = stepPath(attributes, index);
  const problem = (message: string): TimelineProblem => ({severity: 'error', path, message});
  if (attributes.event !== null) {
    if (!eventIds.has(attributes.event)) return problem(`${JSON.stringify(attributes.event)} is not the id of an event in the timeline; expected one of its events' ids`);
    return {kind: 'event', eventId: attributes.event, card: attributes.card === 'open'};
  }
  if (attributes.start === null || attributes.end === null) {
    return problem(`a window needs both data-start and data-end (ISO dates such as "2021-08-15")`);
  }
  const start = parsePartialDate(attributes.start);
  if (typeof start === 'string') return problem(`data-start: ${start}`);
  const end = parsePartialDate(attributes.end);
  if (typeof end === 'string') return problem(`data-end: ${end}`);
  if (end.end <= start.start) return problem(`data-end ${JSON.stringify(attributes.end)} is not after data-start ${JSON.stringify(attributes.start)}`);
  return {kind: 'window', window: {start: start.start, end: end.end}};
}

/** How the chronology's box moves: at once for readers who ask for reduced motion, smoothly for the others. */
export function scrollBehaviourFor(reducedMotion: boolean): ScrollBehavior {
  return reducedMotion ? 'instant' : 'smooth';
}

/** Where a glide from `from` to `to` is at `progress` (0 to 1), easing in and out. */
export function glideAt(from: number, to: number, progress: number): number {
  const eased = progress < 0.5 ? 2 * progress * progress : 1 - 2 * (1 - progress) ** 2;
  return from + (to - from) * eased;
}

/**
 * The `scrollTop` that centres an entry in a box that scrolls by itself,
 * held within what the box can scroll. `entry` and `box` are measured on
 * screen; `scrollTop` and `maxScroll` are the box's now.
 */
export function centreInBox(entry: VerticalSpan, box: VerticalSpan & {readonly scrollTop: number; readonly maxScroll: number}): number {
  const offset = (entry.top + entry.bottom) / 2 - (box.top + box.bottom) / 2;
  return Math.round(Math.min(box.maxScroll, Math.max(0, box.scrollTop + offset)));
}
