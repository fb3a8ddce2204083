import type {Steps} from '../steps/steps.js';
import {findJsonError} from './json-error.js';
import {parseJsonSteps} from './parse-json-steps.js';
import type {ParseResult} from './types.js';

/** A file's JSON document, or why it has none (as a result with that one error). */
export type JsonReading = {readonly doc: unknown} | {readonly failed: ParseResult};

/**
 * Reads the JSON document in the text of a timeline file, with the problems a
 * file can have before it is JSON at all: empty, an HTML page (a wrong address
 * or a login wall), or JSON with a syntax error (with line and column).
 */
export function* readJsonTextSteps(text: string): Steps<JsonReading> {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (!trimmed) return fatal('the file is empty; expected a JSON timeline');
  if (trimmed.startsWith('<')) {
    return fatal('the file is an HTML page, not JSON; check that the address points to the timeline file');
  }
  try {
    return {doc: yield* parseJsonSteps(body)};
  } catch {
    return fatal(`the file is not valid JSON${locate(body)}`);
  }
}

function fatal(message: string): JsonReading {
  return {failed: {problems: [{severity: 'error', path: '', message}], eventsLeftOut: 0}};
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

/** `csv` or `json` for a file name or address ending in `.csv` or `.json` (before any `?query` or `#hash`). */
export function formatOfFile(file: string | undefined): 'json' | 'csv' | undefined {
  const name = file?.replace(/[?#].*$/s, '').toLowerCase();
  if (name?.endsWith('.csv')) return 'csv';
  if (name?.endsWith('.json')) return 'json';
  return undefined;
}

/** The format of a text with no name: JSON starts with `{` or `[` (an empty file or an HTML page counts as JSON gone wrong); anything else is CSV. */
export function sniffFormat(text: string): 'json' | 'csv' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start === '' || /^[{[<]/.test(start) ? 'json' : 'csv';
}
