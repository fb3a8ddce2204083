/**
 * The vertical chronology, as one part loaded when an element first needs it
 * (src/lazy-parts.ts; news-timeline.vertical.js beside the script-tag bundle):
 * its view and its styles, which the element adopts when the part arrives.
 */
export {renderVertical} from './vertical-view.js';
export {verticalStyles} from './vertical.styles.js';
