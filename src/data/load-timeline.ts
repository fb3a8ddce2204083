import {loadCsvReader, loadTimelineJSReader} from '../lazy-parts.js';
import type {Steps} from '../steps/steps.js';
import {finished, nativeSteps, readingSteps} from './parse-with-parts.js';
import {readJsonSteps} from './read-json-text.js';
import {formatOfAnswer, type AnswerOrigin} from './timeline-format.js';
import type {ParseResult} from './types.js';

/** What a request for a timeline brought back, for `loadTimeline`. */
export interface LoadedText extends AnswerOrigin {
  /** The body, as text. */
  readonly text: string;
  /** The title of a CSV timeline, which has no place for one in the file. */
  readonly title?: string | undefined;
}

/** Runs steps to their end, in whatever slices it likes (the element: tasks of about 10 ms). */
export type StepRunner = <T>(steps: Steps<T>) => Promise<T>;

/**
 * Reads the text of a fetched timeline file: tells its format (see
 * `formatOfAnswer`), loads the reader it needs (the CSV and
 * TimelineJS3 readers and the explainer of JSON syntax errors are parts of
 * their own, see lazy-parts.ts), reads JSON with `run` a slice at a time, and
 * gives the steps that parse it into the timeline and its problems; an
 * unreadable file (empty, an HTML page, not JSON) gives a result with that
 * one error. Rejects only with a `PartLoadError`, when a reader cannot be loaded.
 */
export async function loadTimeline(loaded: LoadedText, run: StepRunner): Promise<Steps<ParseResult>> {
  const {text, title} = loaded;
  if (formatOfAnswer(loaded) === 'csv') {
    const reader = await loadCsvReader();
    const reading = await run(reader.readCsvSteps(text, title === undefined ? {} : {title}));
    if ('failed' in reading) return finished(reading.failed);
    // TimelineJS3's template: its reader is loaded only now, once the header says so.
    if ('sheet' in reading) return finishing((await loadTimelineJSReader()).parseTimelineJSSheetSteps(reading.sheet), reading.finish);
    return finishing(await nativeSteps(reading.document), reading.finish);
  }
  return readingSteps(await run(readJsonSteps(text)));
}

/** `steps`, with `finish` applied to their result. */
function* finishing(steps: Steps<ParseResult>, finish: (result: ParseResult) => ParseResult): Steps<ParseResult> {
  return finish(yield* steps);
}
