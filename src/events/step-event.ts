import type {TimeWindow} from '../layout/time-scale.js';

/**
 * Fired by `<news-timeline-steps>` each time the reader's scrolling brings
 * another step to the middle of the viewport, forwards or back, after it has
 * asked the timeline to show that step. Above the first step (the timeline
 * back as it was before any step) `step` is `null` and `index` is -1.
 */
export class NewsTimelineStepEvent extends Event {
  constructor(
    /** The step's element, or `null` above the first step. */
    readonly step: Element | null,
    /** The step's place among the steps that show something, from 0; -1 above the first. */
    readonly index: number,
    /** The event the step shows, if it names one. */
    readonly eventId: string | undefined,
    /** The span of time the step shows (ms UTC), if it names one. */
    readonly window: TimeWindow | undefined,
    /** Whether the reader scrolled down the text to this step, or back up to it. */
    readonly direction: 'forwards' | 'backwards',
  ) {
    super('news-timeline-step', {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-timeline-step': NewsTimelineStepEvent;
  }
}
