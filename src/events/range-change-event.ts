/**
 * Fired once at the end of a reader's zoom or pan (a gesture, a button, a
 * key, the overview), never once per frame, and not for moves made from code.
 * `start` and `end` bound the time now on screen.
 */
export class NewsTimelineRangeChangeEvent extends Event {
  static readonly eventName = 'news-timeline-range-change';
  constructor(
    readonly start: Date,
    readonly end: Date,
  ) {
    super(NewsTimelineRangeChangeEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-range-change': NewsTimelineRangeChangeEvent;
  }
}
