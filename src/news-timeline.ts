/**
 * Registers `<news-timeline>` and the tags of its HTML form,
 * `<news-timeline-event>`, `<news-timeline-category>` and
 * `<news-timeline-era>`, and `<news-timeline-steps>`, which links an article's
 * text to a timeline. Importing this module (or loading the standalone
 * bundle) is all a page needs. Safe to load twice, or next to another copy of
 * the library: a tag already taken is left alone, with a warning when the
 * other owner is a different class.
 */
import {NewsTimelineCategory} from './elements/event/category.js';
import {NewsTimelineEra} from './elements/event/era.js';
import {NewsTimelineEvent} from './elements/event/event.js';
import {NewsTimelineSteps} from './elements/steps/steps-element.js';
import {NewsTimeline} from './elements/timeline/timeline.js';

function define(tag: string, constructor: CustomElementConstructor): void {
  // No registry, no page to register in (a server importing the package
  // without Lit's Node build, which brings its own registry).
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`news-timeline: <${tag}> is already defined by another copy of the library; that one is used.`);
  }
}

define('news-timeline', NewsTimeline);
define('news-timeline-event', NewsTimelineEvent);
define('news-timeline-category', NewsTimelineCategory);
define('news-timeline-era', NewsTimelineEra);
define('news-timeline-steps', NewsTimelineSteps);

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
    'news-timeline-event': NewsTimelineEvent;
    'news-timeline-category': NewsTimelineCategory;
    'news-timeline-era': NewsTimelineEra;
    'news-timeline-steps': NewsTimelineSteps;
  }
}
