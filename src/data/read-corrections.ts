import {clip} from './clip.js';
import {parsePartialDate} from './dates.js';
import {isObject} from './is-object.js';
import {at, describeType, type ProblemLog} from './problems.js';
import type {MediaFieldReaders} from './read-media.js';
import type {PartialDate, TimelineCorrection} from './types.js';

const CORRECTION_KEYS = ['date', 'text'];
const LEFT_OUT = '; the correction was left out';

/**
 * An update time (`updated`, a correction's `date`): a day, or a time to the
 * minute (or finer) with its zone. A time without a zone is refused: readers
 * see it on their own clock, and a bare time names no instant. Anything else
 * is an error at `path`, ending with `consequence`.
 */
export function readUpdateTime(value: unknown, path: string, log: ProblemLog, consequence: string): PartialDate | undefined {
  if (value === undefined) return undefined;
  // The plain ISO reader: soft (EDTF) and deep dates say no moment of an edit.
  const date = typeof value === 'string' ? parsePartialDate(value) : '';
  if (typeof date !== 'string' && (date.precision === 'day' || date.offsetMinutes !== undefined)) return date;
  const got = typeof value === 'string' ? `"${clip(value, 40)}"` : describeType(value);
  log.error(path, `expected a date-time with its zone like 2021-10-20T14:05Z, or a date like 2021-10-20, got ${got}${consequence}`);
  return undefined;
}

/**
 * An event's `corrections`, oldest first (a stable sort: two on one day keep
 * the file's order). A correction without its date or text is reported and
 * left out; the others stay.
 */
export function readCorrections(value: unknown, path: string, log: ProblemLog, read: MediaFieldReaders): TimelineCorrection[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    log.error(path, `expected an array of corrections, got ${describeType(value)}; they were left out`);
    return undefined;
  }
  const list: TimelineCorrection[] = [];
  value.forEach((item, index) => {
    const itemPath = at(path, index);
    if (!isObject(item)) {
      log.error(itemPath, `expected a correction object with "date" and "text", got ${describeType(item)}${LEFT_OUT}`);
      return;
    }
    read.checkKeys(item, itemPath, CORRECTION_KEYS);
    for (const key of CORRECTION_KEYS) if (item[key] === undefined) log.error(at(itemPath, key), `is missing${LEFT_OUT}`);
    const date = readUpdateTime(item.date, at(itemPath, 'date'), log, LEFT_OUT);
    const text = read.text(item, itemPath, 'text', true, LEFT_OUT);
    if (date && text !== undefined) list.push({date, text});
  });
  return list.length ? list.sort((a, b) => a.date.start - b.date.start) : undefined;
}
