/**
 * The media part of `<news-timeline>` (see lazy-parts.ts): reading an
 * event's or the timeline's `media` and showing it, loaded only for data that
 * has a medium.
 */
export {readMedia} from '../../data/read-media.js';
export {renderMedia} from './render-media.js';
