import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface CardState {
  /** Id of the event whose card is shown (for a cluster, its first event). */
  readonly eventId: string;
  /** Pinned by a click, tap, Enter or Space: stays until Escape, a click outside or the close button. */
  readonly pinned: boolean;
  /** Key of a cluster whose events the card lists instead of one event. */
  readonly cluster?: string;
}

export interface CardControllerOptions {
  /** A pinned card was closed by the reader (Escape, outside click, close button). */
  onUnpin(reason: 'escape' | 'outside' | 'button'): void;
  /** The page scrolled or resized while a card was open: place it again. */
  onReposition(): void;
}

const HOVER_CLOSE_DELAY = 200;

/**
 * Opens and closes the one source card. Hover and focus open it for a while;
 * a pin keeps it. Owns the document-wide listeners a card needs (Escape,
 * outside clicks, scroll and resize) and holds them only while a card is open.
 */
export class CardController implements ReactiveController {
  state?: CardState;
  private closeTimer = 0;
  private frame = 0;
  private listening = false;

  private readonly onPointerDown = (event: PointerEvent) => {
    if (!this.state?.pinned) return;
    if (event.composedPath().includes(this.host as unknown as EventTarget)) return;
    this.close();
    this.options.onUnpin('outside');
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.state) return;
    const wasPinned = this.state.pinned;
    this.close();
    if (wasPinned) this.options.onUnpin('escape');
  };

  private readonly onViewportChange = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.options.onReposition();
    });
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: CardControllerOptions) {
    host.addController(this);
  }

  /** Shows the card for an event; `pin` keeps it open. A pinned card is not replaced by a hover. */
  open(eventId: string, pin: boolean): void {
    this.cancelClose();
    if (this.state?.pinned && !pin && this.state.eventId !== eventId) return;
    const pinned = pin || (this.state?.eventId === eventId && this.state.pinned);
    if (this.state?.eventId === eventId && this.state.pinned === pinned && !this.state.cluster) return;
    this.state = {eventId, pinned};
    this.listen(true);
    this.host.requestUpdate();
  }

  /** Shows, pinned, the list of a cluster's events. */
  openCluster(key: string, firstEventId: string): void {
    this.cancelClose();
    this.state = {eventId: firstEventId, pinned: true, cluster: key};
    this.listen(true);
    this.host.requestUpdate();
  }

  /** Closes an unpinned card shortly, so the pointer can travel from marker to card. */
  closeSoon(): void {
    if (!this.state || this.state.pinned) return;
    this.cancelClose();
    this.closeTimer = window.setTimeout(() => this.close(), HOVER_CLOSE_DELAY);
  }

  /** Closes an unpinned card now (focus left it). */
  closeUnpinned(): void {
    if (this.state && !this.state.pinned) this.close();
  }

  cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  close(): void {
    this.cancelClose();
    if (!this.state) return;
    this.state = undefined;
    this.listen(false);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancelClose();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.listen(false);
  }

  hostConnected(): void {
    if (this.state) this.listen(true);
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('pointerdown', this.onPointerDown as EventListener, true);
    document[method]('keydown', this.onKeyDown as EventListener);
    window[method]('scroll', this.onViewportChange, {capture: true, passive: true} as AddEventListenerOptions);
    window[method]('resize', this.onViewportChange);
  }
}
