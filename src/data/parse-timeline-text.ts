import {runSteps, type Steps} from '../steps/steps.js';
import {findJsonError} from './json-error.js';
import {parseTimelineCsvSteps} from './csv.js';
import {parseJsonSteps} from './parse-json-steps.js';
import {parseTimelineSteps} from './parse-timeline.js';
import type {ParseResult} from './types.js';

/**
 * Parses the text of a timeline file. Adds to `parseTimeline` the problems a
 * file can have before it is JSON at all: empty, an HTML page (a wrong
 * address or a login wall), or JSON with a syntax error (with line and column).
 */
export function parseTimelineText(text: string): ParseResult {
  return runSteps(parseTimelineTextSteps(text));
}

/** `parseTimelineText` a slice at a time, for a large file: see `parseJsonSteps`. */
export function* parseTimelineTextSteps(text: string): Steps<ParseResult> {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (!trimmed) return fatal('the file is empty; expected a JSON timeline');
  if (trimmed.startsWith('<')) {
    return fatal('the file is an HTML page, not JSON; check that the address points to the timeline file');
  }
  let doc: unknown;
  try {
    doc = yield* parseJsonSteps(body);
  } catch {
    return fatal(`the file is not valid JSON${locate(body)}`);
  }
  return yield* parseTimelineSteps(doc);
}

function fatal(message: string): ParseResult {
  return {problems: [{severity: 'error', path: '', message}], eventsLeftOut: 0};
}

/** " (line 3, column 5)", or a note that the text stops early. */
function locate(text: string): string {
  const position = findJsonError(text);
  if (position < 0) return '';
  if (position >= text.length) return ' (it ends too early: is it cut off?)';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

export interface ParseSourceOptions {
  /** The format of `text`; when not given, from the file name, else from the text itself. */
  format?: 'json' | 'csv';
  /** The file name or address the text came from; a name ending in `.csv` means CSV. */
  file?: string;
  /** For CSV, which has no place for one: the timeline's title. */
  title?: string;
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
  const format = options.format ?? formatOfFile(options.file) ?? sniffFormat(text);
  if (format === 'csv') return yield* parseTimelineCsvSteps(text, options.title === undefined ? {} : {title: options.title});
  return yield* parseTimelineTextSteps(text);
}

/** `csv` or `json` for a file name or address ending in `.csv` or `.json` (before any `?query` or `#hash`). */
export function formatOfFile(file: string | undefined): 'json' | 'csv' | undefined {
  const name = file?.replace(/[?#].*$/s, '').toLowerCase();
  if (name?.endsWith('.csv')) return 'csv';
  if (name?.endsWith('.json')) return 'json';
  return undefined;
}

function sniffFormat(text: string): 'json' | 'csv' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start === '' || /^[{[<]/.test(start) ? 'json' : 'csv';
}
