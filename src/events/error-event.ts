import type {TimelineProblem} from '../data/types.js';

/**
 * Fired when nothing can be shown: the file could not be fetched, or it is
 * not a timeline. `message` is the sentence shown to the reader.
 */
export class NewsTimelineErrorEvent extends Event {
  static readonly eventName = 'news-timeline-error';
  constructor(
    readonly message: string,
    readonly problems: readonly TimelineProblem[] = [],
  ) {
    super(NewsTimelineErrorEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-error': NewsTimelineErrorEvent;
  }
}
