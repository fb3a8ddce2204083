import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FetchController} from '../../controllers/fetch-controller.js';
import {documentSteps, nativeSteps, textSteps} from '../../data/parse-with-parts.js';
import type {ParseResult, TimelineEvent, TimelineProblem} from '../../data/types.js';
import {NewsTimelineErrorEvent} from '../../events/error-event.js';
import {NewsTimelineLoadEvent} from '../../events/load-event.js';
import {prepareTimelineSteps, type PreparedTimeline} from '../../layout/timeline-view.js';
import {runSteps, type Steps} from '../../steps/steps.js';
import {scheduleTask} from '../../steps/run-in-tasks.js';
import type {EventChanges} from '../../data/diff-events.js';
import {childPath, hasFormChildren, readTimelineTitle} from '../event/form-children.js';
import {loadFormReader, loadLiveUpdates} from '../../lazy-parts.js';

/** What works out the changes between two versions of a timeline and tells the page (diff-events.ts and the update event, in the live part). */
export type Live = Pick<Awaited<ReturnType<typeof loadLiveUpdates>>, 'diffEvents' | 'NewsTimelineUpdateEvent' | 'markChanges'>;

/** What became of the latest data, for the element's load or error event. */
type DataOutcome =
  | {readonly kind: 'load'; readonly result: ParseResult}
  | {readonly kind: 'update'; readonly result: ParseResult; readonly changes: EventChanges; readonly live: Live}
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
  /**
   * Set when the latest version replaced an earlier version of the same
   * timeline (a poll of `src`, `data` set again) rather than a new one: what
   * changed, by event id. The element takes it once (takeChanges).
   */
  private changes?: {readonly changes: EventChanges; readonly live: Live};
  /** The data shown came from the `data` property: setting it again is a new version of it. */
  private fromData = false;
  /** The `data` last read: read again as it is (its title's attribute changed, say), it is no new version. */
  private dataRead: unknown;
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

  /** Data is on its way, and none is shown meanwhile: a request, or a reader still loading. */
  get loading(): boolean {
    return this.fetcher.state.status === 'loading' || Boolean(this.waitingFor && !this.result?.timeline);
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
    if (outcome?.kind === 'load' || outcome?.kind === 'update') {
      const {timeline, problems: found, eventsLeftOut} = outcome.result;
      const problems = asked.length ? [...found, ...asked] : found;
      if (outcome.kind === 'load') this.host.dispatchEvent(new NewsTimelineLoadEvent(timeline!, problems, eventsLeftOut));
      else {
        const {added, changed, removed} = outcome.changes;
        this.host.dispatchEvent(new outcome.live.NewsTimelineUpdateEvent(timeline!, added, changed, removed, problems));
      }
    } else if (outcome?.kind === 'error') {
      this.host.dispatchEvent(new NewsTimelineErrorEvent(outcome.message, outcome.problems));
    }
  }

  /** What changed in the latest version of the timeline (and the live part that worked it out), once; undefined for a new timeline. */
  takeChanges(): {readonly changes: EventChanges; readonly live: Live} | undefined {
    const changes = this.changes;
    this.changes = undefined;
    return changes;
  }

  /**
   * Asks `src` again (see FetchController.poll) and, when it changed, takes
   * the new version as a version of the one shown. Resolves false when the
   * poll failed; what is shown then stays.
   */
  async poll(live: Live): Promise<boolean> {
    const shown = this.result?.timeline;
    if (!shown || this.fromData) return true;
    const outcome = await this.fetcher.poll((result) => prepareWithChanges(result, shown.events, live.diffEvents));
    if (outcome.kind === 'failed') return false;
    // Drawn in a task of its own: after the last slice of the parse, the two together would hold the page up.
    if (outcome.kind === 'changed') await new Promise<void>((resolve) => scheduleTask(resolve));
    if (outcome.kind === 'changed' && this.result?.timeline === shown) {
      this.accept(outcome.result, outcome.prepared.view, outcome.prepared.changes, live);
      this.host.requestUpdate();
    }
    return true;
  }

  read({data, src, type, loadFailed}: DataRequest): void {
    this.loadFailed = loadFailed;
    // Whatever was waiting for a reader to load is for data that is no longer current.
    this.waitingFor = undefined;
    const shownFromData = this.fromData && data !== this.dataRead ? this.result?.timeline : undefined;
    this.fromData = data !== undefined && data !== null;
    this.dataRead = data;
    if (data !== undefined && data !== null) {
      this.fetcher.load(undefined);
      this.file = undefined;
      this.acceptWhenRead(typeof data === 'string' ? textSteps(data) : documentSteps(data), undefined, shownFromData?.events);
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
   * loading state meanwhile. `adapt` is applied to the result. With
   * `shown`, the events of the version on screen, the data is a new version
   * of it: what changed is worked out (by the live part, loaded for it), and
   * the old version stays on screen until the new one is ready.
   */
  private acceptWhenRead(
    steps: Steps<ParseResult> | Promise<Steps<ParseResult>>, adapt = (result: ParseResult) => result, shown?: readonly TimelineEvent[],
  ): void {
    const take = (loaded: Steps<ParseResult>, live?: Live) => {
      const result = adapt(runSteps(loaded));
      this.accept(result, undefined, live && shown && result.timeline ? runSteps(live.diffEvents(shown, result.timeline.events)) : undefined, live);
    };
    // Without the live part the new version is still shown, as a new timeline: only its marks are missing.
    const differ = shown && loadLiveUpdates().catch(() => undefined);
    if (!(steps instanceof Promise) && !differ) {
      take(steps);
      return;
    }
    if (!shown) {
      this.result = undefined;
      this.error = undefined;
    }
    const waiting = (this.waitingFor = Promise.all([steps, differ]).then(
      ([loaded, live]) => {
        if (this.waitingFor === waiting) take(loaded, live);
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

  /**
   * Takes a parsed timeline to draw; what is worked out from it comes along
   * when it was done in slices; `changes` (worked out by the `live` part)
   * when it is a new version of the one shown.
   */
  private accept(result: ParseResult, prepared = runSteps(prepareTimelineSteps(result.timeline)), changes?: EventChanges, live?: Live): void {
    this.result = result;
    this.prepared = prepared;
    // A version that keeps none of the events shown is another timeline: there is nothing to merge it with.
    const another = changes && changes.removed.length > 0 && changes.added.length === result.timeline?.events.length;
    this.changes = result.timeline && !another && changes && live ? {changes, live} : undefined;
    this.version++;
    this.error = result.timeline ? undefined : this.loadFailed(result.problems[0]?.message ?? '');
    this.outcome = this.error === undefined
      ? this.changes ? {kind: 'update', result, ...this.changes} : {kind: 'load', result}
      : {kind: 'error', message: this.error, problems: result.problems};
  }
}

/** What a poll works out from a new version before it is shown: the view's preparation and what changed since `shown`. */
function* prepareWithChanges(result: ParseResult, shown: readonly TimelineEvent[], diff: Live['diffEvents']): Steps<{view: PreparedTimeline | undefined; changes: EventChanges | undefined}> {
  const view = yield* prepareTimelineSteps(result.timeline);
  const changes = result.timeline ? yield* diff(shown, result.timeline.events) : undefined;
  return {view, changes};
}

/** Problems in children name the element (`news-timeline-event[3].date`), not a JSON path. */
function rewriteChildPaths(result: ParseResult): ParseResult {
  return {...result, problems: result.problems.map((p) => ({...p, path: childPath(p.path)}))};
}
