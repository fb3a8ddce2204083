import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {BrushController} from '../../controllers/brush-controller.js';
import type {LayoutController} from '../../controllers/layout-controller.js';
import type {SelectionController} from '../../controllers/selection-controller.js';
import {ZoomController} from '../../controllers/zoom-controller.js';
import {setStyles} from '../../directives/set-styles.js';
import type {Timeline, TimelineEvent} from '../../data/types.js';
import {NewsTimelineRangeChangeEvent} from '../../events/range-change-event.js';
import {EN, type UiStrings} from '../../format/strings.js';
import {itemKey} from '../../layout/item-keys.js';
import type {LayoutItem} from '../../layout/layout-events.js';
import {computeTicks} from '../../layout/ticks.js';
import {computeYearTicks} from '../../layout/year-ticks.js';
import {createTimeScale, type TimeWindow} from '../../layout/time-scale.js';
import {placeEraLabels} from '../../layout/era-labels.js';
import {layoutEras, revealScale, windowText, type TimelineGeometry} from '../../layout/timeline-view.js';
import {supportsPopover, type CardPlacement} from './card-placement.js';
import {renderCardContent} from './render-card.js';
import type {LiveMark} from './live-marks.js';
import type {MediaContext} from '../event-card/render-media.js';
import {renderOverview, renderZoomControls} from './render-navigation.js';
import {eraStripHeight, renderAxis, renderEras, renderItems} from './render-parts.js';
import {LabelMeasurer} from './label-measurer.js';
import {EventInput} from './timeline-input.js';

/** What the horizontal view draws from, handed over by the element at each update. */
export interface HorizontalSnapshot {
  readonly timeline?: Timeline;
  readonly geometry?: TimelineGeometry;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly colors: ReadonlyMap<string, string>;
  /** The element's width in px (0 before it is measured). */
  readonly width: number;
  /** The chronology is drawn instead: the view keeps no zoom. */
  readonly vertical: boolean;
  readonly rtl: boolean;
  readonly locale: string | undefined;
  readonly strings: UiStrings;
  /** What may load media in the card (the element's MediaChoices). */
  readonly media: MediaContext;
  readonly lanes: number;
  readonly headingLevel: number;
  /** Events marked New or Updated by a live update. */
  readonly marks: ReadonlyMap<string, LiveMark>;
  readonly selectedId: string | undefined;
  /** The `start` and `end` attributes: the window shown first. */
  readonly start: string | undefined;
  readonly end: string | undefined;
  /**
   * Previous and next for the foot of a pinned event's card; a template
   * drawn at render time, when the filters' layout of this update is known.
   */
  readonly cardFooter: () => TemplateResult | typeof nothing;
}

/** The element the view draws in. */
export type HorizontalViewHost = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

export interface HorizontalViewOptions {
  readonly layouts: LayoutController;
  readonly selection: SelectionController;
  /** Puts the card beside what it points at; the element's, as the chronology's card needs it too. */
  readonly cardPlacement: CardPlacement;
  /** Says something to screen-reader users, politely (the element's live region). */
  announce(text: string): void;
}

const EMPTY: HorizontalSnapshot = {
  eventById: new Map(), colors: new Map(), width: 0, vertical: false, rtl: false, locale: undefined,
  strings: EN, media: undefined as unknown as MediaContext, lanes: 0, headingLevel: 2, selectedId: undefined, start: undefined, end: undefined,
  cardFooter: () => nothing, marks: new Map(),
};

/**
 * The horizontal timeline of `<news-timeline>`: the zoomable viewport with
 * its eras, events and axis, the overview with its brush, the floating card,
 * and the reader's input on them. It owns the zoom: where the view is, the
 * first window, and the moves that bring a selected event into view.
 */
export class HorizontalView {
  private snapshot: HorizontalSnapshot = EMPTY;
  readonly zoom: ZoomController;
  readonly input: EventInput;
  private readonly cardPlacement: CardPlacement;
  private readonly brush: BrushController;
  private readonly layouts: LayoutController;
  private readonly selection: SelectionController;
  private hint = false;
  private hintTimer = 0;
  private zoomConfig = '';
  private initialWindowShown = false;
  /** The window to show again once a new version of the timeline is laid out (see holdWindow). */
  private heldWindow?: TimeWindow;
  /** Era titles as drawn: 11/16 of the font, semi-bold capitals (see `.era-label`). */
  private readonly eraMeasurer = new LabelMeasurer({scale: 0.6875, weight: '600', upperCase: true, letterSpacing: 0.02, padding: 12});
  private eraFontRead = false;

  constructor(private readonly host: HorizontalViewHost, private readonly options: HorizontalViewOptions) {
    ({layouts: this.layouts, selection: this.selection, cardPlacement: this.cardPlacement} = options);
    this.zoom = new ZoomController(host, {
      onEnd: (_, byReader) => {
        this.layouts.settle();
        if (byReader) this.rangeChanged();
      },
      onPlainWheel: () => this.showWheelHint(),
    });
    this.brush = new BrushController(host, {
      current: () => this.windowFraction(),
      mirrored: () => this.snapshot.rtl,
      onBrush: (start, end, done) => this.zoom.show(start * this.snapshot.width, end * this.snapshot.width, true, {animate: false, quiet: !done}),
    });
    const layouts = this.layouts.layouts;
    this.input = new EventInput({
      root: () => host.renderRoot,
      layout: () => layouts.current,
      place: (item: LayoutItem) => layouts.place(item),
      itemOfEvent: () => layouts.itemOfEvent,
      geometry: () => this.snapshot.geometry,
      width: () => this.snapshot.width,
      rtl: () => this.snapshot.rtl,
      cardElement: () => this.cardPlacement.element,
      zoom: this.zoom,
      selection: this.selection,
      requestUpdate: () => host.requestUpdate(),
      updateComplete: () => host.updateComplete,
    });
  }

  /** Takes what the next render draws from; a new timeline is shown from its first window again. */
  update(snapshot: HorizontalSnapshot): void {
    if (snapshot.timeline !== this.snapshot.timeline && this.heldWindow) {
      // A new version of the timeline on screen: the reader's window stays, whatever the new extent.
    } else if (snapshot.timeline !== this.snapshot.timeline || snapshot.start !== this.snapshot.start || snapshot.end !== this.snapshot.end) {
      this.initialWindowShown = false;
    }
    // Fonts may have loaded since: era titles are measured again for new data or a new width.
    if (snapshot.timeline !== this.snapshot.timeline || snapshot.width !== this.snapshot.width) this.eraFontRead = false;
    this.snapshot = snapshot;
    this.zoom.setMirrored(snapshot.rtl);
  }

  /** Shows the window on screen now again once the next version of the timeline is drawn, which may reach further. */
  holdWindow(): void {
    this.heldWindow = this.visibleWindow;
  }

  /** The time span on screen now, in ms UTC. */
  get visibleWindow(): TimeWindow | undefined {
    const {geometry: g, width} = this.snapshot;
    if (!g || !width) return undefined;
    const {start, end} = this.windowFraction();
    const span = g.extent.end - g.extent.start;
    return {start: g.extent.start + start * span, end: g.extent.start + end * span};
  }

  /** Shows the span between two instants (ms UTC), in either order. */
  showTimes(a: number, b: number): void {
    const {geometry: g, width} = this.snapshot;
    if (!g || !width) return;
    const scale = createTimeScale(g.extent, width);
    const [x0, x1] = [scale(a), scale(b)].sort((p, q) => p - q);
    this.zoom.show(x0, x1, false);
  }

  /** Zooms out to the whole timeline. */
  fit(): void {
    this.zoom.show(0, this.snapshot.width, false);
  }

  /** The view has data, a width and its zoom's limits: moves asked of it can be made. */
  get ready(): boolean {
    const {geometry: g, width, vertical, timeline} = this.snapshot;
    return Boolean(g && width && !vertical && timeline?.events.length && this.zoomConfig);
  }

  /**
   * Before a render: sets the zoom's limits and makes the moves owed (the
   * first window, bringing a selection into view), so that they land in this
   * render rather than causing another. True when the zoom changed.
   */
  placeView(): boolean {
    const {geometry: g, width, vertical, timeline} = this.snapshot;
    if (!g || !width || vertical || !timeline?.events.length) return false;
    const {k} = this.zoom.state;
    const config = `${width}|${g.maxScale}`;
    if (config !== this.zoomConfig) {
      this.zoomConfig = config;
      this.zoom.configure(width, g.maxScale);
    }
    this.showInitialWindow();
    const held = this.heldWindow;
    this.heldWindow = undefined;
    if (held) {
      const scale = createTimeScale(g.extent, width);
      this.zoom.show(scale(held.start), scale(held.end), false, {animate: false, quiet: true});
    }
    const id = this.layouts.layouts.current && this.selection.takeReveal();
    if (id) this.reveal(id);
    return this.zoom.state.k !== k;
  }

  /** After a render: binds the zoom to the viewport drawn (or lets go when none is), and puts the card and focus back. */
  updated(): void {
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('.viewport');
    // The limits were set before the render (placeView): bound without them,
    // d3-zoom would measure the element, forcing a layout of the page here.
    if (viewport && this.zoomConfig) {
      this.zoom.attach(viewport);
    } else {
      this.zoom.detach();
      this.zoomConfig = '';
    }
  }

  /** A move still animating toward something in old data has no business in new data. */
  stop(): void {
    this.zoom.stop();
  }

  disconnect(): void {
    clearTimeout(this.hintTimer);
    this.zoom.detach();
  }

  renderZoomControls(strings: UiStrings) {
    const {k} = this.zoom.state;
    return renderZoomControls({
      strings, atMin: k <= 1.0001, atMax: k >= this.zoom.maxScale * 0.9999,
      onZoom: (factor) => this.zoom.zoomBy(factor), onFit: () => this.zoom.show(0, this.snapshot.width),
    });
  }

  /** The viewport, the overview and the card. */
  render() {
    const {timeline, geometry} = this.snapshot;
    if (!timeline || !geometry) return nothing;
    return html`${this.renderViewport(timeline, geometry)}${this.renderOverview(geometry)}${this.renderCard(timeline)}`;
  }

  private renderViewport(timeline: Timeline, g: TimelineGeometry) {
    const {width, rtl, strings, locale, colors, selectedId} = this.snapshot;
    const {layouts} = this.layouts;
    const layout = layouts.current;
    const {k, x: offset} = this.zoom.state;
    const window = this.visibleWindow;
    const base = createTimeScale(g.extent, width * k);
    const eras = layoutEras(timeline, (t) => base(t));
    if (!this.eraFontRead && eras.bands.length) {
      this.eraFontRead = true;
      this.eraMeasurer.setFont(this.host.renderRoot.querySelector('section') ?? this.host);
    }
    const eraLabels = placeEraLabels(eras.bands, offset, width, (title) => this.eraMeasurer.width(title));
    const activeItem = this.input.activeItem;
    const activeKey = activeItem && itemKey(activeItem);
    const openId = this.selection.card?.eventId;
    const inView = layout && width ? layouts.visible(offset, width, activeItem) : [];
    // Focus, selection and the card's anchor are never held back: they must have an element.
    const items = this.layouts.take(inView, (key, item) =>
      key === activeKey || (item.kind === 'event' && (item.event.id === selectedId || item.event.id === openId)));
    const ticks = !window ? [] : (g.years ? computeYearTicks(window, width, strings.year) : computeTicks(createTimeScale(window, width), locale))
      .filter((t) => t.x >= 0 && t.x <= width);
    const lanes = Math.max(this.snapshot.lanes, layout?.laneCount ?? 0);
    const input = this.input;
    return html`<div class="viewport ${rtl ? 'rtl' : ''}" part="viewport"
      ${setStyles({'--_lanes': String(lanes), '--_eras-height': `${eraStripHeight(eras.rows)}px`})}>
      ${renderEras(eraLabels, rtl, activeItem && layouts.place(activeItem).x)}
      <ol class="events" aria-label=${strings.events}
        @click=${input.onItemClick} @keydown=${input.onKeyDown}
        @pointerover=${input.onPointerOver} @pointerout=${input.onPointerOut}
        @focusin=${input.onFocusIn} @focusout=${input.onFocusOut}>
        ${renderItems(items, {offset, rtl, colors, locale, strings, activeKey, selectedId, openId, marks: this.snapshot.marks})}
      </ol>
      ${renderAxis(ticks, width, rtl)}
      ${this.hint ? html`<p class="hint" part="hint" role="status">${strings.wheelHint}</p>` : nothing}
    </div>`;
  }

  private renderOverview(g: TimelineGeometry) {
    const density = this.layouts.layouts.densityPath(g.extent);
    const {start, end} = this.windowFraction();
    const {onPointerDown, onPointerMove, onPointerUp} = this.brush;
    return renderOverview({density, start, end, rtl: this.snapshot.rtl, onPointerDown, onPointerMove, onPointerUp});
  }

  private renderCard(timeline: Timeline) {
    const {eventById, colors, strings, locale, headingLevel, media, cardFooter} = this.snapshot;
    const state = this.selection.card;
    const event = state && eventById.get(state.eventId);
    const cluster = state?.cluster ? this.cardPlacement.clusterByKey(state.cluster) : undefined;
    const color = event?.category ? colors.get(event.category) : undefined;
    return html`<div class="card ${(event || cluster) && !supportsPopover ? 'open' : ''}" part="card" id="card" popover="manual"
      role="dialog" aria-labelledby="card-title" ${setStyles({'--_c': color})}
      @pointerenter=${() => this.selection.cancelClose()} @pointerleave=${() => this.selection.closeSoon()}
      @focusout=${this.input.onFocusOut}>
      ${renderCardContent({
        timeline, headingLevel, event, cluster, strings, locale, media, pinned: Boolean(state?.pinned),
        onClose: () => this.selection.unpin('button'), onPick: (picked) => this.selection.pin(picked), footer: cardFooter(), marks: this.snapshot.marks,
      })}
    </div>`;
  }

  /** The window on screen as fractions of the whole span. */
  private windowFraction(): {start: number; end: number} {
    const {k, x} = this.zoom.state;
    const width = this.snapshot.width || 1;
    return {start: -x / (width * k), end: (-x + width) / (width * k)};
  }

  private showInitialWindow(): void {
    const {geometry, width, start: from, end: to} = this.snapshot;
    if (this.initialWindowShown || !geometry) return;
    this.initialWindowShown = true;
    const start = from ? Date.parse(from) : NaN;
    const end = to ? Date.parse(to) : NaN;
    const scale = createTimeScale(geometry.extent, width);
    if (start < end) this.zoom.show(scale(start), scale(end), false, {animate: false});
    else if (this.zoom.state.k !== 1 || this.zoom.state.x !== 0) this.zoom.show(0, width, false, {animate: false});
  }

  /** Zooms in until the event stands alone (not in a cluster), and centres it. */
  private reveal(id: string): void {
    const {layouts} = this.layouts;
    const event = layouts.shown.find((e) => e.id === id);
    const {geometry: g, width} = this.snapshot;
    if (!event || !g) return;
    const k = revealScale(event, this.zoom.state.k, this.zoom.maxScale, (scale) => layouts.at(scale));
    const scale = createTimeScale(g.extent, width);
    const centre = scale((event.date.start + (event.end ?? event.date).end) / 2);
    const half = width / k / 2;
    this.zoom.show(centre - half, centre + half, false);
    this.selection.activeId = event.id;
  }

  private rangeChanged(): void {
    const window = this.visibleWindow;
    if (!window) return;
    const years = this.snapshot.geometry?.years;
    this.options.announce(this.snapshot.strings.showing(windowText(window, this.snapshot.locale, years)));
    this.host.dispatchEvent(new NewsTimelineRangeChangeEvent(window.start, window.end));
  }

  private showWheelHint(): void {
    this.hint = true;
    this.host.requestUpdate();
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => {
      this.hint = false;
      this.host.requestUpdate();
    }, 2500);
  }
}
