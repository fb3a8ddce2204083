import {loadEdtfReader, loadJsonErrorExplainer, loadMedia, loadTimelineJSReader} from '../lazy-parts.js';
import {needsMedia} from './needs-media.js';
import {needsExtendedDates} from './needs-extended-dates.js';
import {runSteps, type Steps} from '../steps/steps.js';
import {parseNativeSteps} from './parse-native.js';
import {invalidJson, readJsonSteps, type JsonReading} from './read-json-text.js';
import {isTimelineJS} from './timelinejs-detect.js';
import type {ParseResult} from './types.js';

// The element's way into the parser: the same results as parseTimeline and
// parseTimelineSource, but the TimelineJS3 reader and the explainer of JSON
// syntax errors and the EDTF date reader are loaded only for a file that needs
// one (see lazy-parts.ts),
// so the script-tag bundle carries neither. A document in news-timeline's own
// format is read at once. A fetched file goes through loadTimeline
// (load-timeline.ts), which loads the CSV reader too.

/**
 * The steps that read a parsed document: at once for news-timeline's own
 * format; a promise of them for TimelineJS3, whose reader is loaded first.
 */
export function documentSteps(doc: unknown): Steps<ParseResult> | Promise<Steps<ParseResult>> {
  if (!isTimelineJS(doc)) return nativeSteps(doc);
  // A TimelineJS3 slide's media become ours, read by the media part.
  return Promise.all([loadTimelineJSReader(), loadMedia()]).then(([reader]) => reader.parseTimelineJSSteps(doc));
}

/**
 * The steps that read a document in news-timeline's own format: at once, or
 * once the readers it needs have loaded: EDTF for a document with such a
 * date, media for one with a medium.
 */
export function nativeSteps(doc: unknown): Steps<ParseResult> | Promise<Steps<ParseResult>> {
  const readers = [needsExtendedDates(doc) && loadEdtfReader(), needsMedia(doc) && loadMedia()].filter((loading) => loading !== false);
  return readers.length ? Promise.all(readers).then(() => parseNativeSteps(doc)) : parseNativeSteps(doc);
}

/**
 * The steps that read JSON text set from code, as `loadTimeline` would for a
 * file (the text is read at once, as the element always did for data).
 */
export function textSteps(text: string): Steps<ParseResult> | Promise<Steps<ParseResult>> {
  return readingSteps(runSteps(readJsonSteps(text)));
}

/**
 * What follows a reading of JSON text (see `readJsonSteps`): its document's
 * steps, or its failure, explained once the explainer has loaded.
 */
export function readingSteps(reading: JsonReading | {readonly invalid: string}): Steps<ParseResult> | Promise<Steps<ParseResult>> {
  if ('invalid' in reading) {
    return loadJsonErrorExplainer().then((explainer) => failedSteps(invalidJson(reading.invalid, explainer.explainInvalidJson)));
  }
  return 'failed' in reading ? failedSteps(reading) : documentSteps(reading.doc);
}

function failedSteps(reading: {readonly failed: ParseResult}): Steps<ParseResult> {
  return finished(reading.failed);
}

/** Steps that are done before they start. */
export function* finished<T>(value: T): Steps<T> {
  return value;
}
