import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {clip} from '../data/clip.js';
import {readStatusFilter} from '../data/provenance.js';
import {SOURCE_STATUSES, type SourceStatus, type TimelineProblem} from '../data/types.js';

/**
 * The reader's filters on the events: the categories hidden from the legend,
 * the source statuses asked for (none: every event) and the search box's query. Each change updates the host, and once the
 * host has drawn it, `onFiltered` runs (to say how many events are left).
 */
export class FilterController implements ReactiveController {
  hidden: ReadonlySet<string> = new Set();
  query = '';
  statuses: ReadonlySet<SourceStatus> = new Set();

  constructor(private readonly host: ReactiveControllerHost, private readonly onFiltered: () => void) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Hides the events of a category, or shows them again. */
  toggle(categoryId: string): Promise<void> {
    const hidden = new Set(this.hidden);
    if (!hidden.delete(categoryId)) hidden.add(categoryId);
    this.hidden = hidden;
    return this.changed();
  }

  /** Adds a status to those an event's sources must have one of, or takes it away. */
  toggleStatus(status: SourceStatus): Promise<void> {
    const statuses = new Set(this.statuses);
    if (!statuses.delete(status)) statuses.add(status);
    this.statuses = statuses;
    return this.changed();
  }

  /** Words of `status-filter` that are no status, as problems. */
  problems: readonly TimelineProblem[] = [];

  /**
   * The page's default (`status-filter`), set without a word to the reader,
   * as property sets are. Words that are no status are kept as problems
   * (and said once each in the console).
   */
  setStatusFilter(value: string | null | undefined): void {
    const {statuses, unknown} = readStatusFilter(value);
    this.statuses = statuses;
    this.problems = unknown.map((word) => {
      const message = `"${clip(word)}" is not one of ${SOURCE_STATUSES.join(', ')}; it was ignored`;
      console.warn(`<news-timeline> status-filter: ${message}`);
      return {severity: 'warning', path: 'status-filter', message};
    });
  }

  search(query: string): Promise<void> {
    this.query = query;
    return this.changed();
  }

  private async changed(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.onFiltered();
  }
}
