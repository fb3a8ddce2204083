import {ElementBase} from './element-base.js';

/**
 * One category declared in HTML inside `<news-timeline>`: its text is the
 * label shown in the legend, `name` is the id that events give in their
 * `category` attribute, and `color` its colour. It has no behaviour of its
 * own: the timeline reads it as data, and without JavaScript its label reads
 * as text (a list of them reads as a legend).
 *
 * ```html
 * <ul>
 *   <li><news-timeline-category name="diplomacy" color="#48a07c">Diplomacy</news-timeline-category></li>
 * </ul>
 * ```
 *
 * @summary A timeline category declared in HTML.
 * @tag news-timeline-category
 * @attr {string} name - The category's id, as events write it in `category`.
 * @attr {string} color - Optional CSS colour: hex, `rgb()`/`hsl()`/`oklch()`… or a colour name.
 */
export class NewsTimelineCategory extends ElementBase {}
