/**
 * The script of the builder page (demo/builder.html; built to dist/builder.js
 * with dist/builder.html): the element for the preview, and the builder.
 */
import '../news-timeline.js';
import {NewsTimelineBuilder} from './builder-page.js';

if (!customElements.get('news-timeline-builder')) customElements.define('news-timeline-builder', NewsTimelineBuilder);
