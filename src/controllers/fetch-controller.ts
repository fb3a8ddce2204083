import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {loadTimeline} from '../data/load-timeline.js';
import {formatProblem} from '../data/problems.js';
import {loadCsvReader} from '../lazy-parts.js';
import {acceptHeader, type TimelineFormat} from '../data/timeline-format.js';
import {EN} from '../format/strings/en.js';
import {PartLoadError} from '../lazy-parts.js';
import type {ParseResult} from '../data/types.js';
import {runInTasks, scheduleTask, TASK_BUDGET} from '../steps/run-in-tasks.js';
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
export async function readText(response: Response, budget = TASK_BUDGET): Promise<string> {
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

/** What a server said about the version it sent, for the next conditional request. */
interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly text?: string;
}

type RunOutcome<Q> =
  | {readonly status: 'idle'}
  | {readonly status: 'unchanged'}
  | {readonly status: 'loaded'; readonly src: string; readonly file: string; readonly result: ParseResult; readonly prepared: Q}
  | {readonly status: 'failed'; readonly src: string; readonly file: string; readonly message: string; readonly result?: ParseResult};

/** What asking again for a loaded timeline found (see FetchController.poll). */
export type PollOutcome<Q> =
  | {readonly kind: 'unchanged'}
  | {readonly kind: 'changed'; readonly result: ParseResult; readonly prepared: Q}
  | {readonly kind: 'failed'; readonly message: string}
  | {readonly kind: 'aborted'};

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
  /** Keep the text of each answer, to tell a poll's identical answer from a change when the server sends no validators. */
  keepText = false;
  private abort?: AbortController;
  private polling?: AbortController;
  /** What the last loaded answer said about its version. */
  private seen?: Validators;
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
    this.polling?.abort();
    this.seen = undefined;
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
      if ((abort.signal.aborted && state.status !== 'failed') || state.status === 'unchanged') return;
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
    this.polling?.abort();
  }

  private set(state: FetchState<P>): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /**
   * Asks the server again for the loaded timeline, with conditional headers
   * from the last answer (`If-None-Match`, `If-Modified-Since`), and parses
   * and prepares it with `prepare` when it changed. Nothing here changes
   * `state`: what is shown stays until the caller takes the new version.
   * A new `load()` or disconnecting aborts it (the outcome is then `aborted`).
   */
  async poll<Q>(prepare: (result: ParseResult) => Steps<Q>): Promise<PollOutcome<Q>> {
    const {state} = this;
    if (state.status !== 'loaded' || this.polling) return {kind: 'aborted'};
    const abort = (this.polling = new AbortController());
    const seen = this.seen;
    const headers: Record<string, string> = {};
    if (seen?.etag) headers['If-None-Match'] = seen.etag;
    if (seen?.lastModified) headers['If-Modified-Since'] = seen.lastModified;
    try {
      const outcome = await this.run(state.src, this.options, abort, headers, prepare, seen?.text);
      if (abort.signal.aborted && outcome.status !== 'failed') return {kind: 'aborted'};
      if (outcome.status === 'unchanged') return {kind: 'unchanged'};
      if (outcome.status === 'failed') return {kind: 'failed', message: outcome.message};
      if (outcome.status !== 'loaded') return {kind: 'aborted'};
      return {kind: 'changed', result: outcome.result, prepared: outcome.prepared};
    } finally {
      if (this.polling === abort) this.polling = undefined;
    }
  }

  private async run<Q = P>(
    src: string, options: FetchOptions, abort: AbortController,
    conditions: Record<string, string> = {}, prepare: (result: ParseResult) => Steps<Q> = this.controllerOptions.prepare as never, lastText?: string,
  ): Promise<RunOutcome<Q>> {
    const file = fileName(src);
    let timedOut = false;
    // The timeout of this request: a later change of the property applies to the next one.
    const timeout = this.timeout;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeout);
    const unpublished = {status: 'failed', src, file, message: EN.publishSheet, unpublished: true} as const;
    let sheet: string | undefined;
    try {
      // A Google sheet's address is read as its CSV export (sheet-address.ts, in the CSV part).
      const csv = src.includes('docs.google.com/spreadsheets/') ? await loadCsvReader() : undefined;
      sheet = csv?.sheetCsvAddress(src);
      const url = sheet ?? src;
      const accept = acceptHeader({format: options.format, file: url});
      const response = await fetch(url, {signal: abort.signal, headers: {Accept: accept, ...conditions}});
      if (response.status === 304) return {status: 'unchanged'};
      const contentType = response.headers.get('Content-Type');
      const text = response.ok ? await readText(response) : '';
      // Google's sign-in page, wherever it came from (a proxy or a redirect may stand between), or a sheet's refusal.
      const signIn = /html/i.test(contentType ?? '') && text.includes('accounts.google.com');
      if (signIn || (sheet && csv!.isUnpublishedSheet({address: url, status: response.status, contentType, bodyStart: text}))) return unpublished;
      if (!response.ok) {
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        return {status: 'failed', src, file, message: `${file}: the server answered ${status}`};
      }
      // The answer is in: what is left is ours to do, however long the file.
      clearTimeout(timer);
      // A server without validators answers in full each time: the same text is still no change.
      if (text === lastText) return {status: 'unchanged'};
      const seen: Validators = {etag: response.headers.get('ETag') ?? undefined, lastModified: response.headers.get('Last-Modified') ?? undefined, text: this.keepText ? text : undefined};
      // A slice at a time: parsing 100k events in one task held the page for over a second.
      const inTasks = <T>(steps: Steps<T>) => runInTasks(steps, {signal: abort.signal});
      const parse = await loadTimeline({text, file: url, contentType, format: options.format, title: options.title}, inTasks);
      function* parseAndPrepare() {
        const result = yield* parse;
        return {result, prepared: result.timeline ? yield* prepare(result) : undefined};
      }
      const {result, prepared} = await inTasks(parseAndPrepare());
      if (!result.timeline) {
        return {status: 'failed', src, file, message: formatProblem(result.problems[0], file), result};
      }
      if (abort.signal.aborted) return {status: 'idle'};
      this.seen = seen;
      return {status: 'loaded', src, file, result, prepared: prepared as Q};
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
