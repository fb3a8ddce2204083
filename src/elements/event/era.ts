import {ElementBase} from './element-base.js';

/**
 * One era declared in HTML inside `<news-timeline>`: a band behind the events
 * from `start` to `end`, titled with the element's text. It has no behaviour
 * of its own: the timeline reads it as data. The dates a reader without
 * JavaScript sees can be written beside it; only the attributes are read.
 *
 * ```html
 * <ul>
 *   <li><news-timeline-era start="2001-12-20" end="2014-12-28">The ISAF years</news-timeline-era>
 *     (<time datetime="2001-12-20">20 December 2001</time> – <time datetime="2014-12-28">28 December 2014</time>)</li>
 * </ul>
 * ```
 *
 * @summary A timeline era declared in HTML.
 * @tag news-timeline-era
 * @attr {string} start - ISO 8601 date the era starts, at any precision.
 * @attr {string} end - ISO 8601 date the era ends, not before `start`.
 */
export class NewsTimelineEra extends ElementBase {}
