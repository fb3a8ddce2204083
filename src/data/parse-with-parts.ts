import {loadCsvReader, loadJsonErrorExplainer, loadTimelineJSReader} from '../lazy-parts.js';
import type {Steps} from '../steps/steps.js';
import {parseNativeSteps} from './parse-native.js';
import type {ParseSourceOptions} from './parse-timeline-text.js';
import {runSteps} from '../steps/steps.js';
import {formatOfFile, invalidJson, readJsonSteps, sniffFormat, type JsonReading} from './read-json-text.js';
import {isTimelineJS} from './timelinejs-detect.js';
import type {ParseResult} from './types.js';

// The element's way into the parser: the same results as parseTimeline and
// parseTimelineSource, but the CSV and TimelineJS3 readers are loaded only
// for a file that needs one (see lazy-parts.ts), so the script-tag bundle
// carries neither. A document in news-timeline's own format is read at once.

/**
 * The steps that read a parsed document: at once for news-timeline's own
 * format; a promise of them for TimelineJS3, whose reader is loaded first.
 */
export function documentSteps(doc: unknown): Steps<ParseResult> | Promise<Steps<ParseResult>> {
  if (!isTimelineJS(doc)) return parseNativeSteps(doc);
  return loadTimelineJSReader().then((reader) => reader.parseTimelineJSSteps(doc));
}

/**
 * The steps that read a file's text, as `parseTimelineSourceSteps` would,
 * once the reader it needs is loaded. Only the JSON document tells TimelineJS3
 * apart, so JSON text is read first, by `run` (a slice at a time).
 * Rejects with a `PartLoadError` when a reader cannot be loaded.
 */
export async function sourceSteps(
  text: string, options: ParseSourceOptions, run: <T>(steps: Steps<T>) => Promise<T>,
): Promise<Steps<ParseResult>> {
  const format = options.format ?? formatOfFile(options.file) ?? sniffFormat(text);
  if (format === 'csv') {
    const reader = await loadCsvReader();
    return reader.parseTimelineCsvSteps(text, options.title === undefined ? {} : {title: options.title});
  }
  return jsonSteps(await run(readJsonSteps(text)));
}

/**
 * The steps that read JSON text set from code, as `sourceSteps` would for a
 * file (the text is read at once, as the element always did for data).
 */
export function textSteps(text: string): Steps<ParseResult> | Promise<Steps<ParseResult>> {
  return jsonSteps(runSteps(readJsonSteps(text)));
}

/** What follows a reading of JSON text: its document's steps, or its failure, explained once the explainer has loaded. */
function jsonSteps(reading: JsonReading | {readonly invalid: string}): Steps<ParseResult> | Promise<Steps<ParseResult>> {
  if ('invalid' in reading) {
    return loadJsonErrorExplainer().then((explainer) => failedSteps(invalidJson(reading.invalid, explainer.explainInvalidJson)));
  }
  return 'failed' in reading ? failedSteps(reading) : documentSteps(reading.doc);
}

function failedSteps(reading: {readonly failed: ParseResult}): Steps<ParseResult> {
  return finished(reading.failed);
}

/** Steps that are done before they start. */
function* finished<T>(value: T): Steps<T> {
  return value;
}
