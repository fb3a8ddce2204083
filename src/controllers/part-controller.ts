import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * One lazily loaded part (see lazy-parts.ts) as one element sees it: started
 * when the element first needs it, or earlier when it soon may; `value` once
 * loaded, `error` (naming the part's file) when it could not be. The element
 * updates when either arrives. A failure stays until `retry()`, so that an
 * element does not ask the network again at every update.
 */
export class PartController<T> implements ReactiveController {
  value?: T;
  error?: Error;
  /** Settles once the part has loaded or failed; undefined when not loading. */
  loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
    /** Called once per element when the part arrives, before the element updates (to adopt the part's styles). */
    private readonly onLoad?: (part: T) => void,
  ) {
    host.addController(this);
  }

  /** Starts loading the part unless it is loaded, loading or failed. */
  start(): void {
    if (this.value || this.loading || this.error) return;
    this.loading = this.load().then(
      (part) => {
        this.value = part;
        this.onLoad?.(part);
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error : new Error(String(error));
      },
    ).finally(() => {
      this.loading = undefined;
      this.host.requestUpdate();
    });
  }

  /** Forgets a failure and loads again. */
  retry(): void {
    this.error = undefined;
    this.start();
  }

  hostConnected(): void {}
}
