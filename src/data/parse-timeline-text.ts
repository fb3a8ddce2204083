import {runSteps, type Steps} from '../steps/steps.js';
import {readCsvSteps, type CsvOptions} from './csv.js';
import {parseNativeSteps} from './parse-native.js';
import {parseTimelineJSSheetSteps} from './timelinejs.js';
import {parseTimelineSteps, readEdtfDates} from './parse-timeline.js';
import {readJsonTextSteps} from './read-json-text.js';
import {formatOfText, type TimelineFormat} from './timeline-format.js';
import type {SourceChecks} from './parse-native.js';
import type {ParseResult} from './types.js';

/**
 * Parses the text of a timeline file. Adds to `parseTimeline` the problems a
 * file can have before it is JSON at all: empty, an HTML page (a wrong
 * address or a login wall), CSV read as JSON (with the way to read it as
 * CSV), or JSON with a syntax error (what was found, at which line and
 * column, and the likely cause).
 */
export function parseTimelineText(text: string): ParseResult {
  return runSteps(parseTimelineTextSteps(text));
}

/** `parseTimelineText` a slice at a time, for a large file: see `parseJsonSteps`. */
export function* parseTimelineTextSteps(text: string, sourceChecks?: SourceChecks): Steps<ParseResult> {
  const reading = yield* readJsonTextSteps(text);
  return 'failed' in reading ? reading.failed : yield* parseTimelineSteps(reading.doc, sourceChecks);
}

export interface ParseSourceOptions {
  /** The format of `text`; when not given, from the file name, else from the text itself. */
  format?: TimelineFormat;
  /** The file name or address the text came from; a name ending in `.csv` means CSV. */
  file?: string;
  /** For CSV, which has no place for one: the timeline's title. */
  title?: string;
  /** Report sources without a publication date or address, as warnings or errors (see `SourceChecks`). */
  sourceChecks?: SourceChecks;
}

/**
 * Parses the text of a timeline file in either format: news-timeline or
 * TimelineJS3 JSON, or CSV (see `parseTimelineCsv`). The format comes from
 * `format`, else from the file name (`.csv`, `.json`, ignoring any `?query`
 * or `#hash`), else from the text: JSON starts with `{` or `[` (and an empty
 * file or an HTML page is reported as the JSON reader reports it); anything
 * else is read as CSV.
 */
export function parseTimelineSource(text: string, options: ParseSourceOptions = {}): ParseResult {
  return runSteps(parseTimelineSourceSteps(text, options));
}

/** `parseTimelineSource` a slice at a time: it yields every few hundred events or rows. */
export function* parseTimelineSourceSteps(text: string, options: ParseSourceOptions = {}): Steps<ParseResult> {
  const {title, sourceChecks} = options;
  readEdtfDates();
  if (formatOfText(text, options) === 'csv') return yield* parseTimelineCsvSteps(text, {...(title !== undefined && {title}), sourceChecks});
  return yield* parseTimelineTextSteps(text, sourceChecks);
}

/**
 * Parses the text of a CSV timeline (see `CsvOptions`), EDTF dates included,
 * in news-timeline's columns or TimelineJS3's spreadsheet template. Never throws.
 */
export function parseTimelineCsv(text: string, options: CsvOptions = {}): ParseResult {
  readEdtfDates();
  return runSteps(parseTimelineCsvSteps(text, options));
}

/** `parseTimelineCsv` a slice at a time: it yields every few hundred rows. */
export function* parseTimelineCsvSteps(text: string, options: CsvOptions = {}): Steps<ParseResult> {
  const reading = yield* readCsvSteps(text, options);
  if ('failed' in reading) return reading.failed;
  const steps = 'sheet' in reading ? parseTimelineJSSheetSteps(reading.sheet, options.sourceChecks) : parseNativeSteps(reading.document, options.sourceChecks);
  return reading.finish(yield* steps);
}
