import type {Timeline, TimelineProblem} from '../data/types.js';

/**
 * Fired when a timeline has been read and is shown, from `src`, `data` or the
 * element's children. `problems` lists what was wrong in the data; events
 * with errors were left out (`eventsLeftOut` says how many).
 */
export class NewsTimelineLoadEvent extends Event {
  static readonly eventName = 'news-timeline-load';
  constructor(
    readonly timeline: Timeline,
    readonly problems: readonly TimelineProblem[],
    readonly eventsLeftOut: number,
  ) {
    super(NewsTimelineLoadEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-load': NewsTimelineLoadEvent;
  }
}
