import {clampToDate, yearOf} from '../data/deep-time.js';

/**
 * Fired once at the end of a reader's zoom or pan (a gesture, a button, a
 * key, the overview), never once per frame, and not for moves made from code.
 * `start` and `end` bound the time now on screen. On a timeline of deep
 * time, beyond what a Date holds, they are held at the Date's limits, and
 * `startYear`/`endYear` say where the window lies.
 */
export class NewsTimelineRangeChangeEvent extends Event {
  static readonly eventName = 'news-timeline-range-change';
  readonly start: Date;
  readonly end: Date;
  /** The window's first year, fractional and astronomical (0 is 1 BC; −13.8e9 for the Big Bang). */
  readonly startYear: number;
  /** The window's last year, as `startYear`. */
  readonly endYear: number;
  /** `start` and `end` in ms UTC, which may lie beyond what a Date holds. */
  constructor(start: number, end: number) {
    super(NewsTimelineRangeChangeEvent.eventName, {bubbles: true, composed: true});
    this.start = new Date(clampToDate(start));
    this.end = new Date(clampToDate(end));
    this.startYear = yearOf(start);
    this.endYear = yearOf(end);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-range-change': NewsTimelineRangeChangeEvent;
  }
}
