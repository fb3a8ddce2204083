import {EXTENDED_DATE_SIGN} from './dates.js';
import {isObject} from './is-object.js';

/** The fields of the format that hold dates, by the object they are in. */
const DATE_KEYS = ['date', 'end', 'start', 'published', 'accessed'];

/**
 * Whether a document in news-timeline's format has a date that only the EDTF
 * reader reads (see `EXTENDED_DATE_SIGN`), so the element loads that part
 * before parsing it. Looks only where dates are (events, their sources, eras):
 * a question mark in a summary is not a date.
 */
export function needsExtendedDates(doc: unknown): boolean {
  if (!isObject(doc)) return false;
  const hasSign = (item: unknown): boolean =>
    isObject(item) &&
    (DATE_KEYS.some((key) => typeof item[key] === 'string' && EXTENDED_DATE_SIGN.test(item[key] as string)) ||
      (Array.isArray(item.sources) && item.sources.some(hasSign)));
  return [doc.events, doc.eras].some((list) => Array.isArray(list) && list.some(hasSign));
}
