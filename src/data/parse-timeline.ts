import {runSteps, type Steps} from '../steps/steps.js';
// The data entry, the CLI and servers read EDTF dates at once: loading the reader is what makes them readable
// (the element loads it only when a document needs it).
import './edtf.js';
import {parseNativeSteps, type SourceChecks} from './parse-native.js';
import {isTimelineJS, parseTimelineJSSteps} from './timelinejs.js';
import type {ParseResult} from './types.js';

export {COLOR_PATTERN, MAX_LABEL_LENGTH, MAX_TEXT_LENGTH} from './parse-native.js';

/**
 * Turns a timeline document (already parsed from JSON) into the normalised
 * model, plus every problem found. Never throws and never mutates `doc`.
 * A bad event is reported and left out; the rest is kept.
 *
 * A TimelineJS3 document (see `isTimelineJS`) is converted first and its
 * problems name paths in the TimelineJS document.
 */
export function parseTimeline(doc: unknown): ParseResult {
  return runSteps(parseTimelineSteps(doc));
}

/** `parseTimeline` a slice at a time: it yields every few hundred events. */
export function parseTimelineSteps(doc: unknown, sourceChecks?: SourceChecks): Steps<ParseResult> {
  return isTimelineJS(doc) ? parseTimelineJSSteps(doc, sourceChecks) : parseNativeSteps(doc, sourceChecks);
}
