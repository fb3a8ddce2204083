import type {TimelineEvent} from '../data/types.js';

/**
 * Fired when a reader picks an event (click, tap, Enter or Space), or clears
 * the selection (`eventId` is then `null`). Not fired when `selected` is set
 * from code.
 */
export class NewsTimelineSelectEvent extends Event {
  static readonly eventName = 'news-timeline-select';
  constructor(
    readonly eventId: string | null,
    readonly event: TimelineEvent | undefined,
  ) {
    super(NewsTimelineSelectEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-select': NewsTimelineSelectEvent;
  }
}
