import {ElementBase} from './element-base.js';

/**
 * One event written as HTML inside `<news-timeline>`. Its content is ordinary
 * markup, so a page without JavaScript (or a search engine) reads the events
 * in order; with JavaScript the timeline reads them as data and hides them.
 * The first heading is the title, paragraphs the summary, and each `<cite>` a
 * source: its link (or the `cite` of the `<blockquote>` in its `<figure>`) the
 * address, that blockquote the excerpt, a `<time datetime>` in its
 * figcaption or paragraph the publication date. A source's provenance:
 * `data-status` on the `<cite>` (`confirmed`, `reported`, `disputed` or
 * `retracted`), and beside it an `<a data-archived href>` to an archived copy
 * and a `<time data-accessed datetime>` for when it was read.
 *
 * ```html
 * <news-timeline-event id="doha-agreement" date="2020-02-29" category="diplomacy">
 *   <h3>US and Taliban sign the Doha agreement</h3>
 *   <p>Summary in a paragraph.</p>
 *   <figure>
 *     <blockquote cite="https://example.org/report">A verbatim excerpt.</blockquote>
 *     <figcaption><cite data-status="confirmed"><a href="https://example.org/report">Publisher</a></cite>, <time datetime="2020-02-29">29 February 2020</time>
 *       (<a data-archived href="https://web.archive.org/web/2020/https://example.org/report">archived copy</a>, accessed <time data-accessed datetime="2024-05-03">3 May 2024</time>)</figcaption>
 *   </figure>
 * </news-timeline-event>
 * ```
 *
 * @summary A timeline event declared in HTML.
 * @tag news-timeline-event
 * @attr {string} id - Stable id of the event, used by `selected`.
 * @attr {string} date - ISO 8601 date at year, month, day or time precision.
 * @attr {string} end - Optional end of a range, ISO 8601.
 * @attr {string} date-note - Optional sentence on why the date is uncertain or how the sources differ on it.
 * @attr {string} category - Optional category id, the `name` of a `<news-timeline-category>`.
 * @attr {string} importance - Optional, 0 to 3 (default 1): which labels stay when space is short.
 */
export class NewsTimelineEvent extends ElementBase {}
