import type {ReactiveController, ReactiveElement} from 'lit';
import {clip} from '../data/clip.js';
import type {TimelineEvent, TimelineProblem} from '../data/types.js';
import {NewsTimelineSelectEvent} from '../events/select-event.js';

/** What the one source card shows. */
export interface CardState {
  /** Id of the event whose card is shown (for a cluster, its first event). */
  readonly eventId: string;
  /** Pinned by a click, tap, Enter or Space: stays until Escape, a click outside or the close button. */
  readonly pinned: boolean;
  /** Key of a cluster whose events the card lists instead of one event. */
  readonly cluster?: string;
}

/** How a reader closed a pinned card. */
export type UnpinReason = 'escape' | 'outside' | 'button';

export interface SelectionControllerOptions {
  /** A pinned card was closed by the reader: the element returns focus to what it pointed at. */
  onUnpinned?(reason: UnpinReason, eventId: string | null, cluster: string | undefined): void;
  /** The page scrolled or resized while a card was open: place it again. */
  onReposition?(): void;
}

const HOVER_CLOSE_DELAY = 200;

/**
 * The one owner of what is selected in a `<news-timeline>`: the pinned event
 * (the element's `selected`), what the card shows (a hovered or focused event,
 * a pinned one, or a cluster's list), the move that must bring a selection
 * into view, the event holding the roving tab stop, and the URL fragment when
 * the page asks for it (`hashEnabled`). It fires `news-timeline-select` for
 * the reader's choices (never for changes made from code), and holds the
 * document-wide listeners an open card needs (Escape, outside clicks, scroll
 * and resize) only while one is open.
 *
 * It knows the timeline's events through `setEvents`; an id set before they
 * arrive waits for them, and an id that names none of them is reported as a
 * problem (once in the console) and changes nothing.
 */
export class SelectionController implements ReactiveController {
  /** What the card shows, if anything. */
  card?: CardState;
  /** The event holding the roving tab stop (for a cluster, its first event). */
  activeId?: string;
  /** Keep the selection in the page URL's fragment (`#event-id`). */
  hashEnabled = false;
  /** Problems with what was asked to be selected (an unknown id), for the current data. */
  problems: readonly TimelineProblem[] = [];

  private selectedId: string | null = null;
  private revealId?: string;
  private events?: ReadonlyMap<string, TimelineEvent>;
  private readonly warned = new Set<string>();
  private writtenToFragment: string | null = null;
  private closeTimer = 0;
  private frame = 0;
  private listening = false;

  constructor(private readonly host: ReactiveElement, private readonly options: SelectionControllerOptions = {}) {
    host.addController(this);
  }

  /** Id of the pinned event (or of one asked for before the events arrived). */
  get selected(): string | null {
    return this.selectedId;
  }

  // --- from code ----------------------------------------------------------------

  /**
   * Selects an event from code (the `selected` property, `select()`, the
   * fragment): pins its card and owes a move to bring it into view; `null`
   * closes the card. An id that is no event of the timeline is reported and
   * changes nothing. `origin` names the attribute the id came from, for that report.
   */
  request(id: string | null, origin: 'selected' | 'start-at' = 'selected'): void {
    if (id === this.selectedId && (id === null || this.card?.pinned)) return;
    if (id !== null && this.events && !this.events.has(id)) {
      this.reportUnknown(id, origin);
      // The attribute may now name the unknown id: have it reflect the selection again.
      this.host.requestUpdate('selected', id);
      return;
    }
    const old = this.selectedId;
    this.selectedId = id;
    if (id === null) {
      this.revealId = undefined;
      this.close();
    } else {
      this.revealId = id;
      if (this.events) this.show({eventId: id, pinned: true});
    }
    this.host.requestUpdate('selected', old);
  }

  /**
   * New data: what was asked for before is checked against its events, and
   * brought into view once laid out. The fragment, when enabled and naming
   * one of the events, wins over `selected`.
   */
  setEvents(events: ReadonlyMap<string, TimelineEvent> | undefined): void {
    this.events = events;
    this.problems = [];
    this.card = undefined;
    this.listen(false);
    if (!events) return;
    const fragment = this.fragmentId();
    const wanted = fragment ?? this.selectedId;
    if (wanted === null) return;
    this.selectedId = null;
    this.request(wanted);
  }

  /** The id to bring into view, once: called when a layout can show it. */
  takeReveal(): string | undefined {
    const id = this.revealId;
    this.revealId = undefined;
    return id;
  }

  /** Whether a move into view is still owed. */
  get revealPending(): boolean {
    return this.revealId !== undefined;
  }

  // --- from the reader ----------------------------------------------------------

  /** A reader pinned an event's card (click, tap, Enter, Space). */
  pin(event: TimelineEvent): void {
    this.show({eventId: event.id, pinned: true});
    this.activeId = event.id;
    if (this.selectedId === event.id) return;
    const old = this.selectedId;
    this.selectedId = event.id;
    this.host.requestUpdate('selected', old);
    this.host.dispatchEvent(new NewsTimelineSelectEvent(event.id, event));
  }

  /** A reader stepped to an event (previous, next, a swipe): pinned as by a click, and brought into view as from code. */
  stepTo(event: TimelineEvent): void {
    this.revealId = event.id;
    this.pin(event);
  }

  /** A reader closed the pinned card (Escape, a click outside, the close button). */
  unpin(reason: UnpinReason): void {
    const id = this.selectedId;
    const cluster = this.card?.cluster;
    this.close();
    this.revealId = undefined;
    if (id !== null) {
      this.selectedId = null;
      this.host.requestUpdate('selected', id);
      this.host.dispatchEvent(new NewsTimelineSelectEvent(null, undefined));
    }
    this.options.onUnpinned?.(reason, id, cluster);
  }

  /** Hover or focus shows an event's card for a while; a pinned card of another event stays. */
  preview(eventId: string): void {
    this.cancelClose();
    if (this.card?.pinned && this.card.eventId !== eventId) return;
    this.show({eventId, pinned: this.card?.eventId === eventId && this.card.pinned});
  }

  /** Shows, pinned, the list of a cluster's events. */
  openCluster(key: string, firstEventId: string): void {
    this.cancelClose();
    this.show({eventId: firstEventId, pinned: true, cluster: key});
  }

  /** Closes an unpinned card shortly, so the pointer can travel from marker to card. */
  closeSoon(): void {
    if (!this.card || this.card.pinned) return;
    this.cancelClose();
    this.closeTimer = window.setTimeout(() => this.close(), HOVER_CLOSE_DELAY);
  }

  /** Closes an unpinned card now (focus left it). */
  closeUnpinned(): void {
    if (this.card && !this.card.pinned) this.close();
  }

  cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  /** The filters hid the event whose card is open: close the card, keeping the selection. */
  closeCard(): void {
    this.close();
  }

  // --- lifecycle ----------------------------------------------------------------

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    if (this.card) this.listen(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.cancelClose();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.listen(false);
  }

  /** Writes the selection to the fragment after each update that changed it. */
  hostUpdated(): void {
    if (this.selectedId === this.writtenToFragment) return;
    this.writtenToFragment = this.selectedId;
    this.writeFragment(this.selectedId);
  }

  // --- the card -----------------------------------------------------------------

  private show(card: CardState): void {
    const now = this.card;
    if (now && now.eventId === card.eventId && now.pinned === card.pinned && now.cluster === card.cluster) return;
    this.card = card;
    this.listen(true);
    this.host.requestUpdate();
  }

  private close(): void {
    this.cancelClose();
    if (!this.card) return;
    this.card = undefined;
    this.listen(false);
    this.host.requestUpdate();
  }

  private readonly onPointerDown = (event: PointerEvent) => {
    if (!this.card?.pinned) return;
    if (event.composedPath().includes(this.host)) return;
    this.unpin('outside');
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.card) return;
    if (this.card.pinned) this.unpin('escape');
    else this.close();
  };

  private readonly onViewportChange = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.options.onReposition?.();
    });
  };

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('pointerdown', this.onPointerDown as EventListener, true);
    document[method]('keydown', this.onKeyDown as EventListener);
    window[method]('scroll', this.onViewportChange, {capture: true, passive: true} as AddEventListenerOptions);
    window[method]('resize', this.onViewportChange);
  }

  // --- unknown ids --------------------------------------------------------------

  private reportUnknown(id: string, origin: 'selected' | 'start-at'): void {
    const message = `"${clip(id)}" is not the id of an event in this timeline; nothing was selected`;
    if (!this.problems.some((p) => p.path === origin && p.message === message)) {
      this.problems = [...this.problems, {severity: 'warning', path: origin, message}];
    }
    if (this.warned.has(`${origin} ${id}`)) return;
    this.warned.add(`${origin} ${id}`);
    console.warn(`<news-timeline> ${origin}: ${message}`);
  }

  // --- the URL fragment -----------------------------------------------------------
  //
  // The page may use its own fragments: only one that names an event of this
  // timeline is ever read, and the fragment is only written while it is empty
  // or already names one of this timeline's events.

  private readonly onHashChange = () => {
    const id = this.fragmentId();
    if (id) this.request(id);
  };

  /** The event id in the fragment, when enabled and naming one of ours. */
  private fragmentId(): string | undefined {
    if (!this.hashEnabled || !this.events) return undefined;
    const id = decodeURIComponent(location.hash.slice(1));
    return id && this.events.has(id) ? id : undefined;
  }

  private writeFragment(id: string | null): void {
    if (!this.hashEnabled) return;
    const current = this.fragmentId();
    const ours = location.hash === '' || current !== undefined;
    if (!ours || (current ?? null) === id) return;
    const url = new URL(location.href);
    url.hash = id ? encodeURIComponent(id) : '';
    history.replaceState(history.state, '', url.hash ? url : url.href.replace(/#$/, ''));
  }
}
