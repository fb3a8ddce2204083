/**
 * For the page that embeds a timeline in an iframe: sets the height of each
 * `<iframe data-news-timeline>` from the height messages its page posts (the
 * pym.js string or `{type: 'news-timeline:height'}`). Messages count only
 * when they come from that iframe's own window; heights are clamped.
 * Built to dist/embed-resizer.js, a classic script that also loads as a module.
 */
import {listenForEmbedHeights} from './resize-frames.js';

const flag = Symbol.for('news-timeline.embed-resizer');
const global = window as unknown as Record<symbol, boolean>;
if (!global[flag]) {
  global[flag] = true;
  listenForEmbedHeights(window);
}
