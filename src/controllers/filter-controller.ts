import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The reader's filters on the events: the categories hidden from the legend
 * and the search box's query. Each change updates the host, and once the
 * host has drawn it, `onFiltered` runs (to say how many events are left).
 */
export class FilterController implements ReactiveController {
  hidden: ReadonlySet<string> = new Set();
  query = '';

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
