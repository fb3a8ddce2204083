import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The content width of one element of the host's shadow root, from a
 * ResizeObserver. It asks for an update only when the width changes, never
 * when it starts observing: the first width comes with the observer's first
 * report, after layout, so a load renders once without a width and once with
 * it, not a third time in between.
 *
 * A width of 0 (display: none, or a move between containers) keeps the last
 * real one, so what depends on the width is not squeezed into nothing and lost.
 */
export class WidthController implements ReactiveController {
  /** The last non-zero width seen, in CSS pixels; 0 until one is seen. */
  value = 0;
  private target?: Element;
  private readonly observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver((entries) => this.measured(entries));
  }

  /** Watches `target` (call again if it is replaced). */
  observe(target: Element): void {
    if (target === this.target) return;
    if (this.target) this.observer?.unobserve(this.target);
    this.target = target;
    this.observer?.observe(target);
  }

  hostConnected(): void {
    if (this.target) this.observer?.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private measured(entries: readonly ResizeObserverEntry[]): void {
    const width = entries[entries.length - 1]?.contentRect.width;
    if (!width || width === this.value) return;
    this.value = width;
    this.host.requestUpdate();
  }
}
