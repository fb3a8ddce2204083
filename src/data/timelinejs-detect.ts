import {isObject, type Json} from './is-object.js';

/**
 * Whether a parsed JSON document is TimelineJS3 rather than news-timeline:
 * a slide has a `start_date` or `text` object, an era has a `start_date`
 * object, or the title is a slide object. Apart from the import itself
 * (timelinejs.ts), so that the script-tag bundle can tell without it.
 */
export function isTimelineJS(doc: unknown): boolean {
  if (!isObject(doc)) return false;
  const slides = (list: unknown): Json[] => (Array.isArray(list) ? list.filter(isObject) : []);
  if (isObject(doc.title) && (isObject(doc.title.text) || isObject(doc.title.media))) return true;
  if (slides(doc.events).some((e) => isObject(e.start_date) || isObject(e.text))) return true;
  return slides(doc.eras).some((e) => isObject(e.start_date));
}
