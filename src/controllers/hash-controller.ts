import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Keeps the page's URL fragment and the selected event in step, when asked
 * (`enabled`). The page may use its own fragments: only one that names an
 * event of this timeline is ever read, and the fragment is only written
 * while it is empty or already names one of this timeline's events.
 */
export class HashController implements ReactiveController {
  enabled = false;
  private readonly onHashChange = () => this.read();

  constructor(
    host: ReactiveControllerHost,
    /** Whether an id names an event of the timeline. */
    private readonly isEvent: (id: string) => boolean,
    /** Called with the event id the fragment names. */
    private readonly onNavigate: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The event id in the fragment, if it names one of ours. */
  get current(): string | undefined {
    const id = decodeURIComponent(location.hash.slice(1));
    return id && this.isEvent(id) ? id : undefined;
  }

  /** Selects the event the fragment names, if any (on load and on hashchange). */
  read(): void {
    const id = this.enabled ? this.current : undefined;
    if (id) this.onNavigate(id);
  }

  /** Writes the selection to the fragment, or clears a fragment that was ours. */
  write(id: string | null): void {
    if (!this.enabled) return;
    const ours = location.hash === '' || this.current !== undefined;
    if (!ours || (this.current ?? null) === id) return;
    const url = new URL(location.href);
    url.hash = id ? encodeURIComponent(id) : '';
    history.replaceState(history.state, '', url.hash ? url : url.href.replace(/#$/, ''));
  }
}
