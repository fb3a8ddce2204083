import type {Steps} from '../steps/steps.js';
import {emptyOrHtml, withoutBom} from './file-text.js';
import {explainInvalidJson} from './json-error.js';
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
  const reading = yield* readJsonSteps(text);
  return 'invalid' in reading ? invalidJson(reading.invalid, explainInvalidJson) : reading;
}

/**
 * As `readJsonTextSteps`, but text that is not valid JSON comes back as
 * `invalid` (the text without its byte-order mark) for the caller to explain
 * with `invalidJson`: the element loads the explainer (json-error.ts) only
 * for such a file.
 */
export function* readJsonSteps(text: string): Steps<JsonReading | {readonly invalid: string}> {
  const body = withoutBom(text);
  const unreadable = emptyOrHtml(body, 'JSON', 'a JSON timeline');
  if (unreadable) return fatal(unreadable);
  try {
    return {doc: yield* parseJsonSteps(body)};
  } catch {
    return {invalid: body};
  }
}

/** The reading of a text that is not valid JSON, saying what is wrong where (`explain`, from json-error.ts). */
export function invalidJson(body: string, explain: (text: string) => string): {readonly failed: ParseResult} {
  return fatal(`the file is not valid JSON: ${explain(body)}`);
}

function fatal(message: string): {readonly failed: ParseResult} {
  return {failed: {problems: [{severity: 'error', path: '', message}], eventsLeftOut: 0}};
}
