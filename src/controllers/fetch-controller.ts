import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {loadTimeline} from '../data/load-timeline.js';
import {formatProblem} from '../data/problems.js';
import {isUnpublishedSheet, sheetCsvAddress} from '../data/sheet-address.js';
import {acceptHeader, type TimelineFormat} from '../data/timeline-format.js';
import {EN} from '../format/strings/en.js';
import {PartLoadError} from '../lazy-parts.js';
import type {ParseResult} from '../data/types.js';
import {runInTasks, scheduleTask} from '../steps/run-in-tasks.js';
import type {Steps} from '../steps/steps.js';

export type FetchState<P = unknown> =
  | {readonly status: 'idle'}
  | {readonly status: 'loading'; readonly src: string}
  | {readonly status: 'loaded'; readonly src: string; readonly file: string; readonly result: ParseResult; readonly prepared: P}
  | {
    readonly status: 'failed'; readonly src: string; readonly file: string; readonly message: string; readonly result?: ParseResult;
    /** The address is a Google sheet that is not published (or answered as if it were not): the page says how to publish it. */
    readonly unpublished?: true;
  };

/** The last part of a URL's path, to name the file in messages. */
export function fileName(src: string): string {
  try {
    const {pathname} = new URL(src, 'http://x/');
    return decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? src) || src;
  } catch {
    return src;
  }
}

/** What to read a fetched file as, beyond its address. */
export interface FetchOptions {
  /** The format, when the page says; otherwise it comes from the address or the answer. */
  readonly format?: TimelineFormat;
  /** The title of a CSV timeline, which has no place for one in the file. */
  readonly title?: string;
}

/**
 * The body of `response` as text, as `response.text()` gives it (UTF-8, a
 * byte order mark dropped), but read and decoded a chunk at a time with a
 * new task every `budget` ms: Chromium decoded a 30 MB body for `text()` in
 * one task of close to a second.
 */
export async function readText(response: Response, budget = 10): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let sliceStart = performance.now();
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, {stream: true}));
    if (performance.now() - sliceStart >= budget) {
      await new Promise<void>((resolve) => scheduleTask(resolve));
      sliceStart = performance.now();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** A timeout in words: "30 seconds", "1 second", "0.3 seconds" (never "0 seconds"). */
export function seconds(ms: number): string {
  const value = Number((Math.max(0, ms) / 1000).toPrecision(2));
  return `${value} ${value === 1 ? 'second' : 'seconds'}`;
}

export interface FetchControllerOptions<P> {
  /** Called with the outcome of each load that was not replaced by a newer one. */
  readonly onSettled: (state: FetchState<P>) => void;
  /** What the host works out from a timeline before drawing it, done in the same slices as the parse. */
  readonly prepare: (result: ParseResult) => Steps<P>;
  /** Milliseconds before a request that has not answered is given up (default 30 s). */
  readonly timeout?: number;
}

/**
 * Fetches the timeline at a URL and hands the answer to `loadTimeline`, which
 * tells its format and parses it. A new URL aborts the request in flight, so
 * only the latest answer is ever shown; disconnecting aborts too. The file is
 * read, parsed and prepared in tasks of about 10 ms, so a large one does not
 * hold up the page; the timeout counts until the whole answer has arrived.
 */
export class FetchController<P> implements ReactiveController {
  state: FetchState<P> = {status: 'idle'};
  /** Milliseconds before a request that has not answered is given up. */
  timeout: number;
  private abort?: AbortController;
  private src?: string;
  /** What the current request was started with: a change of format or title reads it again. */
  private key?: string;
  private options: FetchOptions = {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly controllerOptions: FetchControllerOptions<P>,
  ) {
    this.timeout = controllerOptions.timeout ?? 30_000;
    host.addController(this);
  }

  /** Starts loading `src` unless it is already the one loaded or loading, read the same way. */
  load(src: string | undefined, options: FetchOptions = {}): void {
    const key = JSON.stringify([src, options.format, options.title]);
    if (key === this.key && this.state.status !== 'idle') return;
    this.abort?.abort();
    this.src = src;
    this.key = key;
    this.options = options;
    if (!src) {
      this.set({status: 'idle'});
      return;
    }
    const abort = (this.abort = new AbortController());
    this.set({status: 'loading', src});
    void this.run(src, options, abort).then((state) => {
      if (abort.signal.aborted && state.status !== 'failed') return;
      if (abort !== this.abort) return;
      this.set(state);
      this.controllerOptions.onSettled(state);
    });
  }

  /** Loads the current `src` again, for a retry button. */
  reload(): void {
    this.key = undefined;
    this.load(this.src, this.options);
  }

  hostConnected(): void {
    // Reconnected after a move in the DOM: finish what disconnecting aborted.
    if (this.state.status === 'loading' && this.src) this.reload();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  private set(state: FetchState<P>): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async run(src: string, options: FetchOptions, abort: AbortController): Promise<FetchState<P>> {
    const file = fileName(src);
    let timedOut = false;
    // The timeout of this request: a later change of the property applies to the next one.
    const timeout = this.timeout;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeout);
    // A Google sheet's address is read as its CSV export (sheet-address.ts).
    const sheet = sheetCsvAddress(src);
    const url = sheet ?? src;
    const unpublished = {status: 'failed', src, file, message: EN.publishSheet, unpublished: true} as const;
    try {
      const accept = acceptHeader({format: options.format, file: url});
      const response = await fetch(url, {signal: abort.signal, headers: {Accept: accept}});
      const contentType = response.headers.get('Content-Type');
      const text = response.ok ? await readText(response) : '';
      if (isUnpublishedSheet({address: url, status: response.status, contentType, bodyStart: text})) return unpublished;
      if (!response.ok) {
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        return {status: 'failed', src, file, message: `${file}: the server answered ${status}`};
      }
      // The answer is in: what is left is ours to do, however long the file.
      clearTimeout(timer);
      // A slice at a time: parsing 100k events in one task held the page for over a second.
      const inTasks = <T>(steps: Steps<T>) => runInTasks(steps, {signal: abort.signal});
      const parse = await loadTimeline({text, file: url, contentType, format: options.format, title: options.title}, inTasks);
      const {prepare} = this.controllerOptions;
      function* parseAndPrepare() {
        const result = yield* parse;
        return {result, prepared: result.timeline ? yield* prepare(result) : undefined};
      }
      const {result, prepared} = await inTasks(parseAndPrepare());
      if (!result.timeline) {
        return {status: 'failed', src, file, message: formatProblem(result.problems[0], file), result};
      }
      return {status: 'loaded', src, file, result, prepared: prepared as P};
    } catch (error) {
      if (timedOut) {
        return {status: 'failed', src, file, message: `${file}: no answer within ${seconds(timeout)}`};
      }
      if (abort.signal.aborted) return {status: 'idle'};
      if (error instanceof PartLoadError) return {status: 'failed', src, file, message: `${file}: ${error.message}`};
      // Google sends a sheet that is not published to its sign-in page, which does not let a page read it.
      if (sheet) return unpublished;
      return {status: 'failed', src, file, message: `${file}: could not be fetched (offline, or the server does not allow this page to read it)`};
    } finally {
      clearTimeout(timer);
    }
  }
}
