import type {Timeline, TimelineProblem} from '../data/types.js';

/**
 * Fired when a new version of the timeline shown was merged in: a poll of
 * `src` (the `refresh` attribute, `refresh()`) found a change, or `data` was
 * set again. Lists the ids of the events added, changed and removed; the
 * timeline is the new version, and `problems` what is wrong in it.
 */
export class NewsTimelineUpdateEvent extends Event {
  // No static eventName (as the other events have): assigning it would keep the class in the core, which never makes one.
  constructor(
    readonly timeline: Timeline,
    readonly added: readonly string[],
    readonly changed: readonly string[],
    readonly removed: readonly string[],
    readonly problems: readonly TimelineProblem[],
  ) {
    super('news-timeline-update', {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-update': NewsTimelineUpdateEvent;
  }
}
