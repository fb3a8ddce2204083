import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FetchController} from '../../controllers/fetch-controller.js';
import {documentSteps, nativeSteps, textSteps} from '../../data/parse-with-parts.js';
import type {ParseResult, TimelineProblem} from '../../data/types.js';
import {NewsTimelineErrorEvent} from '../../events/error-event.js';
import {NewsTimelineLoadEvent} from '../../events/load-event.js';
import {prepareTimelineSteps, type PreparedTimeline} from '../../layout/timeline-view.js';
import {runSteps, type Steps} from '../../steps/steps.js';
import {childPath, hasFormChildren, readTimelineTitle} from '../event/form-children.js';
import {loadFormReader} from '../../lazy-parts.js';

/** What became of the latest data, for the element's load or error event. */
type DataOutcome =
  | {readonly kind: 'load'; readonly result: ParseResult}
  | {readonly kind: 'error'; readonly message: string; readonly problems: readonly TimelineProblem[]};

/** Where the element's data comes from this time, in its order of preference. */
export interface DataRequest {
  /** The `data` property: a document, or its JSON text. */
  readonly data: unknown;
  readonly src: string | undefined;
  readonly type: string | undefined;
  /** Words the messages of data that cannot be shown are put in; `unpublished` for a Google sheet that is not published. */
  readonly loadFailed: (message: string, unpublished?: boolean) => string;
}

/**
 * The data of `<news-timeline>`, wherever it comes from: the `data`
 * property, `src` (through the FetchController) or the element's children.
 * It owns what was read (the result, its file, why nothing can be shown)
 * and what is worked out from it, and bumps `version` each time they change.
 */
export class TimelineData implements ReactiveController {
  result?: ParseResult;
  /** The file named in problems, for data that came from `src`. */
  file?: string;
  prepared?: PreparedTimeline;
  /** Why data set from code or children cannot be shown; kept until other data comes. */
  error?: string;
  /** Changes whenever `result` does. */
  version = 0;
  readonly fetcher: FetchController<PreparedTimeline>;
  /** Data set from code waits for a reader to load (see acceptWhenRead); the element shows its loading state. */
  private waitingFor?: Promise<void>;
  private outcome?: DataOutcome;
  private loadFailed: DataRequest['loadFailed'] = (message) => message;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.fetcher = new FetchController<PreparedTimeline>(host, {
      onSettled: (state) => {
        if (state.status === 'loaded') {
          this.file = state.file;
          this.accept(state.result, state.prepared);
        } else if (state.status === 'failed') {
          // Only the problems change: what was drawn from earlier data stays worked out.
          this.result = state.result;
          this.outcome = {kind: 'error', message: state.message, problems: state.result?.problems ?? []};
        }
      },
      prepare: (result) => prepareTimelineSteps(result.timeline),
    });
  }

  hostConnected(): void {}

  /** Data is on its way: a request, or a reader still loading. */
  get loading(): boolean {
    return this.fetcher.state.status === 'loading' || Boolean(this.waitingFor);
  }

  /** Why nothing can be shown: the request failed, or the data cannot be read. */
  get failure(): string | undefined {
    const state = this.fetcher.state;
    return state.status === 'failed' ? this.loadFailed(state.message, state.unpublished) : this.error;
  }

  /** Resolves once data set from code has the reader it waits for. */
  async settled(): Promise<void> {
    while (this.waitingFor) await this.waitingFor;
  }

  /**
   * Tells the page, once drawn, what became of the latest data: a load event
   * with its problems (and `asked`, those of what the page asked to select), or
   * an error event.
   */
  dispatchOutcome(asked: readonly TimelineProblem[]): void {
    const outcome = this.outcome;
    this.outcome = undefined;
    if (outcome?.kind === 'load') {
      const {timeline, problems, eventsLeftOut} = outcome.result;
      this.host.dispatchEvent(new NewsTimelineLoadEvent(timeline!, asked.length ? [...problems, ...asked] : problems, eventsLeftOut));
    } else if (outcome?.kind === 'error') {
      this.host.dispatchEvent(new NewsTimelineErrorEvent(outcome.message, outcome.problems));
    }
  }

  read({data, src, type, loadFailed}: DataRequest): void {
    this.loadFailed = loadFailed;
    // Whatever was waiting for a reader to load is for data that is no longer current.
    this.waitingFor = undefined;
    if (data !== undefined && data !== null) {
      this.fetcher.load(undefined);
      this.file = undefined;
      this.acceptWhenRead(typeof data === 'string' ? textSteps(data) : documentSteps(data));
    } else if (src) {
      this.error = undefined;
      // An unknown type is no type: the address and the answer decide.
      const format = type === 'csv' || type === 'json' ? type : undefined;
      this.fetcher.load(src, {format, title: readTimelineTitle(this.host)});
    } else {
      this.fetcher.load(undefined);
      this.file = undefined;
      if (hasFormChildren(this.host)) {
        // Read when the part has loaded, so the children as they are then (a later change reads again).
        this.acceptWhenRead(loadFormReader().then((form) => nativeSteps(form.readEventElements(this.host))), rewriteChildPaths);
      } else {
        this.result = undefined;
        this.prepared = undefined;
        this.version++;
      }
    }
  }

  /**
   * Reads data set from code or children: at once, or once the reader it
   * needs has loaded (a TimelineJS3 document, EDTF dates), showing the
   * loading state meanwhile. `adapt` is applied to the result.
   */
  private acceptWhenRead(steps: Steps<ParseResult> | Promise<Steps<ParseResult>>, adapt = (result: ParseResult) => result): void {
    if (!(steps instanceof Promise)) {
      this.accept(adapt(runSteps(steps)));
      return;
    }
    this.result = undefined;
    this.error = undefined;
    const waiting = (this.waitingFor = steps.then(
      (loaded) => {
        if (this.waitingFor === waiting) this.accept(adapt(runSteps(loaded)));
      },
      (error: unknown) => {
        if (this.waitingFor !== waiting) return;
        this.error = this.loadFailed(error instanceof Error ? error.message : String(error));
        this.outcome = {kind: 'error', message: this.error, problems: []};
      },
    ).finally(() => {
      if (this.waitingFor !== waiting) return;
      this.waitingFor = undefined;
      this.host.requestUpdate();
    }));
  }

  /** Takes a parsed timeline to draw; what is worked out from it comes along when it was done in slices. */
  private accept(result: ParseResult, prepared = runSteps(prepareTimelineSteps(result.timeline))): void {
    this.result = result;
    this.prepared = prepared;
    this.version++;
    this.error = result.timeline ? undefined : this.loadFailed(result.problems[0]?.message ?? '');
    this.outcome = this.error === undefined
      ? {kind: 'load', result}
      : {kind: 'error', message: this.error, problems: result.problems};
  }
}

/** Problems in children name the element (`news-timeline-event[3].date`), not a JSON path. */
function rewriteChildPaths(result: ParseResult): ParseResult {
  return {...result, problems: result.problems.map((p) => ({...p, path: childPath(p.path)}))};
}
