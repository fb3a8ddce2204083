import {findJsonError} from './json-error.js';
import {parseTimeline} from './parse-timeline.js';
import type {ParseResult} from './types.js';

/**
 * Parses the text of a timeline file. Adds to `parseTimeline` the problems a
 * file can have before it is JSON at all: empty, an HTML page (a wrong
 * address or a login wall), or JSON with a syntax error (with line and column).
 */
export function parseTimelineText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (!trimmed) return fatal('the file is empty; expected a JSON timeline');
  if (trimmed.startsWith('<')) {
    return fatal('the file is an HTML page, not JSON; check that the address points to the timeline file');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return fatal(`the file is not valid JSON${locate(body)}`);
  }
  return parseTimeline(doc);
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
