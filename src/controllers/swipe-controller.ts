import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface SwipeControllerOptions {
  /** Selector of what a swipe must start in (the open card). */
  readonly within: string;
  /** A finger lifted after moving `dx`, `dy` px from where it touched. */
  onSwipe(dx: number, dy: number): void;
}

/**
 * Follows touches on part of the element's shadow root and reports each as
 * a swipe when the finger lifts. Touch only: a mouse drag there selects
 * text, as readers expect. The element decides what a swipe means.
 */
export class SwipeController implements ReactiveController {
  private touch?: {readonly id: number; readonly x: number; readonly y: number};

  constructor(private readonly host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment}, private readonly options: SwipeControllerOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('pointerdown', this.onDown as EventListener);
    root.addEventListener('pointerup', this.onUp as EventListener);
    root.addEventListener('pointercancel', this.onCancel);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    root.removeEventListener('pointerdown', this.onDown as EventListener);
    root.removeEventListener('pointerup', this.onUp as EventListener);
    root.removeEventListener('pointercancel', this.onCancel);
    this.touch = undefined;
  }

  private readonly onDown = (event: PointerEvent) => {
    const inside = (event.target as Element | null)?.closest?.(this.options.within);
    this.touch = event.pointerType === 'touch' && event.isPrimary && inside ? {id: event.pointerId, x: event.clientX, y: event.clientY} : undefined;
  };

  private readonly onUp = (event: PointerEvent) => {
    const touch = this.touch;
    if (!touch || event.pointerId !== touch.id) return;
    this.touch = undefined;
    this.options.onSwipe(event.clientX - touch.x, event.clientY - touch.y);
  };

  // The browser took the gesture over (a scroll): it was no swipe.
  private readonly onCancel = () => {
    this.touch = undefined;
  };
}
