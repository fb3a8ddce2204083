import type {TimelineProblem} from '../../data/types.js';
import {loadSteps} from '../../lazy-parts.js';
import {ElementBase} from '../event/element-base.js';

/** What the part that follows the reading (steps.ts) gives the element. */
export interface StepsReading {
  readonly problems: readonly TimelineProblem[];
  disconnect(): void;
}

/**
 * Links the text of an article to a `<news-timeline>`: each descendant with
 * `data-event="EVENT-ID"` (`data-card="open"` also opens its card), or with
 * `data-start` and `data-end` (ISO dates: a span to zoom to), is a step.
 * When the reader's scrolling brings a step to the middle of the viewport,
 * the timeline whose id is `for` shows it; scrolling back shows the step
 * before, and above the first step the timeline is as it was. Scrolling never
 * moves the keyboard focus nor, for the chronology, the page. The timeline
 * may come later than the steps; the element waits for it and its data.
 *
 * The code that follows the reading is a part loaded when the element is
 * connected (`news-timeline.steps.js` beside the script-tag bundle).
 *
 * @summary Scroll-linked reading: the timeline follows the article.
 * @tag news-timeline-steps
 * @attr for - The id of the `<news-timeline>` that shows the steps.
 * @fires {NewsTimelineStepEvent} news-timeline-step - The reader scrolled to another step (or back above the first), once the timeline was asked to show it.
 */
export class NewsTimelineSteps extends ElementBase {
  private reading?: StepsReading;
  private failed?: readonly TimelineProblem[];

  /** Steps that name no event of the timeline or hold no valid dates (they are left out), or the part that failed to load. */
  get problems(): readonly TimelineProblem[] {
    return this.reading?.problems ?? this.failed ?? [];
  }

  connectedCallback(): void {
    loadSteps().then(
      ({StepsReader}) => {
        if (this.isConnected) this.reading ??= new StepsReader(this);
      },
      (error: Error) => (this.failed = [{severity: 'error', path: 'news-timeline-steps', message: error.message}]),
    );
  }

  disconnectedCallback(): void {
    this.reading?.disconnect();
    this.reading = undefined;
  }
}
