import {runSteps, type Steps} from '../steps/steps.js';
import {acceptExtendedDates} from './dates.js';
import {parseEdtf} from './edtf.js';
import {acceptMedia, parseNativeSteps, type SourceChecks} from './parse-native.js';
import {readMedia} from './read-media.js';
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

/**
 * Lets the parser read EDTF dates and media: the data entry, the CLI and
 * servers read them at once (the element loads their readers only for a
 * document that has one). Called by the parsing functions, not when this
 * module loads, so that a bundle that only re-exports them does not take the
 * readers along.
 */
export function readEdtfDates(): void {
  acceptExtendedDates(parseEdtf);
  acceptMedia(readMedia);
}

/** `parseTimeline` a slice at a time: it yields every few hundred events. */
export function parseTimelineSteps(doc: unknown, sourceChecks?: SourceChecks): Steps<ParseResult> {
  readEdtfDates();
  return isTimelineJS(doc) ? parseTimelineJSSteps(doc, sourceChecks) : parseNativeSteps(doc, sourceChecks);
}
