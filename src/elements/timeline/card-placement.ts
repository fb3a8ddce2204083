import type {CardState, UnpinReason} from '../../controllers/selection-controller.js';
import type {LayoutItem} from '../../layout/layout-events.js';
import {placeCard} from '../../layout/place-card.js';
import {itemByKey, itemKey} from '../../layout/item-keys.js';
import type {TimelineLayouts} from '../../layout/timeline-layouts.js';

type Cluster = Extract<LayoutItem, {kind: 'cluster'}>;

/** Where the Popover API is missing (older engines), the card is shown by a class instead. */
export const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

export interface CardPlacementHost {
  root(): ParentNode;
  readonly layouts: TimelineLayouts;
  /** The chronology is drawn, where each entry is its own anchor. */
  vertical(): boolean;
  state(): CardState | undefined;
}

/**
 * Finds what the source card points at and puts the card beside it: opens
 * and closes the popover to match the card's state, and places it in the
 * viewport next to its marker, cluster or chronology entry.
 */
export class CardPlacement {
  constructor(private readonly host: CardPlacementHost) {}

  get element(): HTMLElement | null {
    return this.host.root().querySelector<HTMLElement>('#card');
  }

  /** After the reader closed a pinned card, focus goes back to what it pointed at (not after a click elsewhere). */
  returnFocus(reason: UnpinReason, eventId: string | null, clusterKey: string | undefined): void {
    if (reason === 'outside') return;
    const anchor = clusterKey ? this.anchorForKey(clusterKey) : eventId ? this.anchorFor(eventId) : null;
    anchor?.focus({preventScroll: true});
  }

  /**
   * After a step from the card's own Previous or Next: the card moved to the
   * new event (in the chronology it opens under another entry), and focus
   * follows to the same button there.
   */
  focusStepper(direction: 1 | -1 | undefined): void {
    if (!direction) return;
    const root = this.host.root();
    const button = root.querySelector<HTMLElement>(`.stepper-card [data-step="${direction > 0 ? 'next' : 'previous'}"]`);
    if (button && (root as ShadowRoot).activeElement !== button) button.focus({preventScroll: true});
  }

  /** The marker (or the cluster holding it) that the card points at; the entry in the chronology. */
  anchorFor(eventId: string): HTMLElement | null {
    const root = this.host.root();
    if (this.host.vertical()) return root.querySelector<HTMLElement>(`[data-id="${CSS.escape(eventId)}"]`);
    const {layouts} = this.host;
    const index = layouts.itemOfEvent.get(eventId);
    const item = index === undefined ? undefined : layouts.current?.items[index];
    return item ? this.anchorForKey(itemKey(item)) : null;
  }

  /** The drawn item with a key (an event's, or a cluster's). */
  anchorForKey(key: string): HTMLElement | null {
    return this.host.root().querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  clusterByKey(key: string): Cluster | undefined {
    const {layouts} = this.host;
    const item = layouts.current && itemByKey(layouts.current.items, layouts.itemOfEvent, key);
    return item?.kind === 'cluster' ? item : undefined;
  }

  /** Opens or closes the popover to match the card's state, and places an open one. */
  sync(): void {
    const card = this.element;
    // An update can still run after the element left the page; a popover cannot open there.
    if (!card?.isConnected) return;
    const open = Boolean(this.host.state() && card.childElementCount);
    if (supportsPopover) {
      const shown = card.matches(':popover-open');
      if (open && !shown) card.showPopover();
      if (!open && shown) card.hidePopover();
    }
    if (open) this.position();
  }

  /** Places the open card next to what it points at, within the viewport. */
  position(): void {
    const card = this.element;
    const state = this.host.state();
    const anchor = state && (state.cluster ? this.anchorForKey(state.cluster) : this.anchorFor(state.eventId));
    if (!card || !anchor) return;
    const place = placeCard(anchor.getBoundingClientRect(), card.getBoundingClientRect(), {
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    });
    card.style.setProperty('left', `${place.left}px`);
    card.style.setProperty('top', `${place.top}px`);
  }
}
