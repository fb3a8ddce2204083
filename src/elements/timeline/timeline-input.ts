import type {SelectionController} from '../../controllers/selection-controller.js';
import type {ZoomController} from '../../controllers/zoom-controller.js';
import type {ItemIndex} from '../../layout/item-index.js';
import type {EventLayout, LayoutItem} from '../../layout/layout-events.js';
import {createTimeScale} from '../../layout/time-scale.js';
import {keyAction} from '../../layout/keyboard-navigation.js';
import {itemByKey, itemKey} from '../../layout/item-keys.js';
import type {TimelineGeometry} from '../../layout/timeline-view.js';

const DAY = 86_400_000;
type Cluster = Extract<LayoutItem, {kind: 'cluster'}>;

/** What the reader's input needs to read and drive in `<news-timeline>`. */
export interface EventInputHost {
  root(): HTMLElement | DocumentFragment;
  /** The layout of the current zoom level; its positions are that level's. */
  layout(): EventLayout | undefined;
  /** A layout item where it is drawn at the current zoom. */
  place(item: LayoutItem): LayoutItem;
  itemOfEvent(): ItemIndex;
  geometry(): TimelineGeometry | undefined;
  width(): number;
  rtl(): boolean;
  cardElement(): HTMLElement | null;
  readonly zoom: ZoomController;
  readonly selection: SelectionController;
  requestUpdate(): void;
  updateComplete(): Promise<unknown>;
}

/**
 * The reader's pointer, focus and keys on the events: hover and focus open
 * the card, clicks pin it or open a cluster, keys move a roving tab stop.
 * Handlers are delegated from the events list, so there is one of each
 * whatever the number of events.
 */
export class EventInput {
  /** Keyboard focus is on one of the events, so it follows when a re-layout replaces that button. */
  private focusInside = false;
  /** Focus is being given back after a render (see restoreFocus). */
  private restoring = false;
  /** Between noteFocus and restoreFocus: the element is rendering. */
  private rendering = false;
  /** The key of the focused button, as noted before this render. */
  private focusedKey?: string;

  constructor(private readonly host: EventInputHost) {}

  itemFrom(event: Event): {button: HTMLElement; item: LayoutItem} | undefined {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-key]');
    const key = button?.dataset.key;
    const layout = this.host.layout();
    const item = key && layout ? itemByKey(layout.items, this.host.itemOfEvent(), key) : undefined;
    return button && item ? {button, item} : undefined;
  }

  readonly onItemClick = (event: MouseEvent) => {
    const hit = this.itemFrom(event);
    if (hit) this.activate(hit.item);
  };

  private activate(item: LayoutItem): void {
    this.setActive(item);
    if (item.kind === 'cluster') this.openCluster(item);
    else this.host.selection.pin(item.event);
  }

  /** A cluster zooms in to show its events apart; one whose events share a day lists them in the card. */
  private openCluster(cluster: Cluster): void {
    const first = cluster.events[0];
    const last = cluster.events[cluster.events.length - 1];
    const sameDay = Math.floor(first.date.start / DAY) === Math.floor(last.date.start / DAY) && cluster.events.every((e) => !e.end);
    if (sameDay || this.host.zoom.state.k >= this.host.zoom.maxScale * 0.9999) {
      this.host.selection.openCluster(itemKey(cluster), first.id);
      return;
    }
    const g = this.host.geometry()!;
    const end = cluster.events.reduce((t, e) => Math.max(t, (e.end ?? e.date).end), first.date.start);
    // Show at least four days, so events of one day keep their context.
    const pad = Math.max((end - first.date.start) * 0.15, 2 * DAY);
    const scale = createTimeScale(g.extent, this.host.width());
    this.host.zoom.show(scale(first.date.start - pad), scale(end + pad));
  }

  readonly onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const hit = this.itemFrom(event);
    if (hit?.item.kind === 'event') this.host.selection.preview(hit.item.event.id);
  };

  readonly onPointerOut = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    if (this.itemFrom(event)) this.host.selection.closeSoon();
  };

  readonly onFocusIn = (event: FocusEvent) => {
    const hit = this.restoring ? undefined : this.itemFrom(event);
    if (!hit) return;
    // The selection asks for its own update when the card changes; the tab stop only when it moved
    // (focus given back to the same event after a re-layout moves nothing).
    if (this.setActive(hit.item)) this.host.requestUpdate();
    if (hit.item.kind === 'event') this.host.selection.preview(hit.item.event.id);
    else this.host.selection.closeUnpinned();
  };

  readonly onFocusOut = (event: FocusEvent) => {
    // A button removed by a re-layout loses focus too (Chromium says so); its successor gets it back after the render.
    if (this.rendering) return;
    const next = event.relatedTarget as Node | null;
    if (next && (this.host.cardElement()?.contains(next) || this.host.root().querySelector('.events')?.contains(next))) return;
    this.host.selection.closeUnpinned();
  };

  readonly onKeyDown = (event: KeyboardEvent) => {
    const layout = this.host.layout();
    const hit = this.itemFrom(event);
    if (!layout || !hit || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ' || event.key === 'Enter') {
      // Handled here rather than through the button's own click, which engines
      // synthesise differently from keys (and Space would scroll the page).
      event.preventDefault();
      this.activate(hit.item);
      return;
    }
    const index = layout.items.indexOf(hit.item);
    const action = keyAction(event.key, index, layout.items, this.host.rtl());
    if (!action) return;
    event.preventDefault();
    const {k, x} = this.host.zoom.state;
    if (action.type === 'focus') void this.focusItem(layout.items[action.index]);
    else if (action.type === 'zoom') this.host.zoom.zoomBy(action.factor, true, this.host.place(hit.item).x + x);
    else if (action.type === 'fit') this.host.zoom.show(0, this.host.width());
    else {
      // A screenful on: the first item past the edge comes to the near side of the view.
      const edge = action.direction > 0 ? -x + this.host.width() : -x;
      const place = this.host.place;
      const target = action.direction > 0 ? layout.items.find((i) => place(i).x0 >= edge) : [...layout.items].reverse().find((i) => place(i).x1 <= edge);
      if (!target) return;
      const left = action.direction > 0 ? place(target).x0 - 16 : place(target).x1 + 16 - this.host.width();
      this.host.zoom.show(left / k, (left + this.host.width()) / k);
      void this.focusItem(target, false);
    }
  };

  private async focusItem(item: LayoutItem, bringIntoView = true): Promise<void> {
    this.setActive(item);
    const {x, k} = this.host.zoom.state;
    const {x0, x1} = this.host.place(item);
    if (bringIntoView && (x0 + x < 0 || x1 + x > this.host.width())) this.host.zoom.centre((x0 + x1) / 2 / k);
    this.host.requestUpdate();
    await this.host.updateComplete();
    this.host.root().querySelector<HTMLElement>(`[data-key="${CSS.escape(itemKey(item))}"]`)?.focus({preventScroll: true});
  }

  get activeItem(): LayoutItem | undefined {
    const id = this.host.selection.activeId;
    const index = id === undefined ? undefined : this.host.itemOfEvent().get(id);
    return index === undefined ? undefined : this.host.layout()?.items[index];
  }

  /** An event's button has keyboard focus. */
  get hasFocus(): boolean {
    return Boolean((this.host.root() as ShadowRoot).activeElement?.closest?.('[data-key]'));
  }

  /**
   * Keeps the tab stop on screen while focus is elsewhere, so that a reader
   * who tabs in, or steps from nothing, starts from what they see rather than
   * from the first event of the whole story. `inView` gives the placed items
   * in view, asked only when the tab stop has to move (this runs at every
   * update, zoom frames included); the pan is `x`.
   */
  followView(inView: () => readonly LayoutItem[], x: number, width: number): void {
    if (this.focusInside) return;
    const onScreen = (item: LayoutItem) => item.x + x >= 0 && item.x + x <= width;
    const active = this.activeItem;
    if (active && onScreen(this.host.place(active))) return;
    const first = inView().find(onScreen);
    if (first) this.setActive(first);
  }

  /** Puts the tab stop on an item; true when it moved. */
  setActive(item: LayoutItem): boolean {
    const id = item.kind === 'event' ? item.event.id : item.events[0].id;
    if (this.host.selection.activeId === id) return false;
    this.host.selection.activeId = id;
    return true;
  }

  /**
   * Notes, before a render, whether an event has keyboard focus: a render may
   * remove or move its button (a cluster splitting), which drops the focus.
   */
  noteFocus(): void {
    this.rendering = true;
    const focused = (this.host.root() as ShadowRoot).activeElement?.closest?.<HTMLElement>('[data-key]');
    this.focusInside = Boolean(focused);
    this.focusedKey = focused?.dataset.key;
  }

  /**
   * Before a render that keeps focus among the events: the card follows the
   * item holding the tab stop, which a re-layout may have changed (a cluster
   * split or formed), so that giving focus back after the render changes
   * nothing more.
   */
  followFocus(): void {
    const item = this.focusInside ? this.activeItem : undefined;
    // Only when the focused button is about to be replaced: otherwise the card is the reader's to open and close.
    if (!item || itemKey(item) === this.focusedKey) return;
    if (item.kind === 'event') this.host.selection.preview(item.event.id);
    else this.host.selection.closeUnpinned();
  }

  /** After a re-layout replaced the focused button (a cluster split, say), focus its successor. */
  restoreFocus(): void {
    this.rendering = false;
    if (!this.focusInside || this.host.root().querySelector(':focus')) return;
    const item = this.activeItem;
    if (!item) return;
    // Its tab stop and card were settled before the render (followFocus).
    this.restoring = true;
    try {
      this.host.root().querySelector<HTMLElement>(`[data-key="${CSS.escape(itemKey(item))}"]`)?.focus({preventScroll: true});
    } finally {
      this.restoring = false;
    }
  }
}
