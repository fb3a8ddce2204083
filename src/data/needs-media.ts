import {isObject} from './is-object.js';

/**
 * Whether a document in news-timeline's format has a medium (the timeline's
 * or an event's), so the element loads the media part before parsing it.
 */
export function needsMedia(doc: unknown): boolean {
  return isObject(doc) && (doc.media !== undefined || (Array.isArray(doc.events) && doc.events.some((event) => isObject(event) && event.media !== undefined)));
}
