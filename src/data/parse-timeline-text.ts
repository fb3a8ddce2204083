import {runSteps, type Steps} from '../steps/steps.js';
import {describeJsonError} from './json-error.js';
import {csvHeaderColumns, parseTimelineCsvSteps} from './csv.js';
import {parseJsonSteps} from './parse-json-steps.js';
import {parseTimelineSteps} from './parse-timeline.js';
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
    return fatal(`the file is not valid JSON: ${csvHint(body) ?? describeJsonError(body)?.message ?? 'it could not be read'}`);
  }
  return yield* parseTimelineSteps(doc);
}

function fatal(message: string): ParseResult {
  return {problems: [{severity: 'error', path: '', message}], eventsLeftOut: 0};
}

/**
 * When text that was read as JSON starts with a CSV header row (names a
 * spreadsheet column news-timeline reads), how to read it as CSV instead: an
 * export address without an extension, served as `text/plain`, lands here.
 */
function csvHint(text: string): string | undefined {
  const firstLine = /^\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const columns = csvHeaderColumns(firstLine);
  if (!columns) return undefined;
  return `it looks like CSV (columns ${columns.join(', ')}); read it with type="csv" (--format csv on the command line)`;
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
