/**
 * The horizontal timeline, as one part loaded when an element first needs it
 * (src/lazy-parts.ts; news-timeline.horizontal.js beside the script-tag
 * bundle): its view, with the zoom and d3-zoom under it, and its styles,
 * which the element adopts when the part arrives. A page whose timelines are
 * all narrow (the vertical chronology, on phones) never loads it.
 */
export {HorizontalView} from './horizontal-view.js';
export {horizontalStyles} from './horizontal.styles.js';
