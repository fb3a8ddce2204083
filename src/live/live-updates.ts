/**
 * The part of `<news-timeline>` that follows a developing story (see
 * lazy-parts.ts): checking `src` again on an interval (`refresh`), working
 * out what changed between two versions, and the reader's last visit
 * (`remember`). Loaded when a page asks for one of them, or sets `data` again.
 */
export {diffEvents} from '../data/diff-events.js';
export {RefreshController} from '../controllers/refresh-controller.js';
export {rememberVisit} from './last-visit.js';
export {markChanges} from './mark-changes.js';
export {NewsTimelineUpdateEvent} from '../events/update-event.js';
