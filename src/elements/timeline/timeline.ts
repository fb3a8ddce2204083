import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {styleMap} from 'lit/directives/style-map.js';
import {MutationController} from '@lit-labs/observers/mutation-controller.js';
import {ResizeController} from '@lit-labs/observers/resize-controller.js';
import {CardController} from '../../controllers/card-controller.js';
import {FetchController, type FetchState} from '../../controllers/fetch-controller.js';
import {ZoomController} from '../../controllers/zoom-controller.js';
import {parseTimeline} from '../../data/parse-timeline.js';
import {parseTimelineText} from '../../data/parse-timeline-text.js';
import type {ParseResult, Timeline, TimelineEvent, TimelineProblem} from '../../data/types.js';
import {NewsTimelineErrorEvent} from '../../events/error-event.js';
import {NewsTimelineLoadEvent} from '../../events/load-event.js';
import {NewsTimelineSelectEvent} from '../../events/select-event.js';
import {formatDateRange} from '../../format/format-date.js';
import {stringsFor, type UiStrings} from '../../format/strings.js';
import type {EventLayout, LayoutItem} from '../../layout/layout-events.js';
import {computeTicks} from '../../layout/ticks.js';
import {createTimeScale, type TimeWindow} from '../../layout/time-scale.js';
import {visibleItems} from '../../layout/visible-window.js';
import {placeCard, renderEventCard} from '../event-card/event-card.js';
import {eventCardStyles} from '../event-card/event-card.styles.js';
import {readEventElements} from '../event/read-event-elements.js';
import {eraStripHeight, itemKey, renderAxis, renderEras, renderItems, renderLegend} from './render-parts.js';
import {timelineStyles} from './timeline.styles.js';
import {categoryColors, layoutAtZoom, layoutEras, timelineGeometry, type TimelineGeometry} from './timeline-view.js';
import {moveTarget} from './keyboard-navigation.js';
import {LabelMeasurer} from './label-measurer.js';
import {renderProblems} from './render-problems.js';

const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

type Outcome = {kind: 'load'; result: ParseResult} | {kind: 'error'; message: string; problems: readonly TimelineProblem[]};

/**
 * An interactive, dated timeline of news events with a source card for each.
 * Data comes from `src` (a JSON file), the `data` property, or
 * `<news-timeline-event>` children, in that order of preference.
 *
 * @summary Zoomable, sourced timeline of news events for article embeds.
 * @tag news-timeline
 *
 * @fires {NewsTimelineLoadEvent} news-timeline-load - The data was read and is shown (from any source); carries the problems found in it.
 * @fires {NewsTimelineErrorEvent} news-timeline-error - Nothing can be shown: the file could not be fetched or is not a timeline.
 * @fires {NewsTimelineSelectEvent} news-timeline-select - A reader pinned an event's card (click, tap, Enter, Space) or closed it. Not fired when `selected` is set from code.
 *
 * @slot empty - Shown instead of the default message when the timeline has no events.
 *
 * @csspart region - The whole widget, a landmark named by the timeline's title.
 * @csspart title - The timeline's title.
 * @csspart description - The timeline's description.
 * @csspart legend - The list of categories; `legend-item` for each entry.
 * @csspart zoom-controls - The group of zoom buttons; `zoom-button` for each.
 * @csspart viewport - The area that pans and zooms.
 * @csspart era - The band of an era; `era-label` for its title.
 * @csspart marker - A point event; `marker-selected` is added to the selected one.
 * @csspart range - An event with an end; `range-selected` when selected; `bar` is its bar.
 * @csspart label - An event's visible title.
 * @csspart cluster - A group of events too close to show apart, with their count.
 * @csspart axis - The time axis; `tick` and `tick-label` for its ticks.
 * @csspart card - The source card; `card-quote`, `card-link` and `card-close` inside it.
 * @csspart state - Loading, empty and error messages.
 * @csspart problems - The list of problems found in the data.
 *
 * @cssprop [--news-timeline-accent] - Links, focus rings and the selection.
 * @cssprop [--news-timeline-muted] - Secondary text (dates, era titles, ticks).
 * @cssprop [--news-timeline-axis-color] - The axis line and ticks.
 * @cssprop [--news-timeline-font=inherit] - Font family of the whole widget.
 * @cssprop [--news-timeline-background] - Background; transparent in the light theme.
 * @cssprop [--news-timeline-color] - Text colour; inherited from the page in the light theme.
 * @cssprop [--news-timeline-surface] - Background of the card and buttons.
 * @cssprop [--news-timeline-ink] - Text colour of the card and buttons.
 * @cssprop [--news-timeline-marker-size=12px] - Diameter of event markers.
 * @cssprop [--news-timeline-lane-height=30px] - Height of each row of events.
 * @cssprop [--news-timeline-focus-color] - Focus ring colour.
 * @cssprop [--news-timeline-category-ID] - Colour of the category with that id (lower case, other characters as `-`).
 */
export class NewsTimeline extends LitElement {
  static override styles = [timelineStyles, eventCardStyles];

  /** URL of a timeline JSON file, fetched when set; a newer value cancels the older request. */
  @property() accessor src: string | undefined;

  /** A timeline document (or its JSON text) set from code; wins over `src` and children. */
  @property({attribute: false}) accessor data: unknown;

  /** Id of the event whose card is pinned open; set by the reader's click or from code. */
  @property({reflect: true}) accessor selected: string | null = null;

  /** `auto` (default) follows the reader's colour scheme; `light` or `dark` force one. */
  @property({reflect: true}) accessor theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Milliseconds to wait for `src` to answer before showing an error (default 30000). */
  @property({type: Number}) accessor timeout = 30_000;

  /** Rows of events before crowded ones collapse into clusters (default 6). */
  @property({type: Number}) accessor lanes = 6;

  @state() private accessor childrenVersion = 0;
  @state() private accessor hint = false;
  @state() private accessor announcement = '';

  private result?: ParseResult;
  private file?: string;
  private geometry?: TimelineGeometry;
  private colors = new Map<string, string>();
  private layout?: EventLayout;
  private layoutKey = '';
  private itemOfEvent = new Map<string, number>();
  private activeKey?: string;
  private pendingOutcome?: Outcome;
  private hintTimer = 0;
  private zoomConfig = '';
  private readonly measurer = new LabelMeasurer();

  private readonly fetcher = new FetchController(this, (state) => this.settleFetch(state));
  private readonly zoom = new ZoomController(this, {
    onEnd: (_, byReader) => byReader && this.announceWindow(),
    onPlainWheel: () => this.showWheelHint(),
  });
  private readonly card = new CardController(this, {
    onUnpin: (reason) => this.unpin(reason),
    onReposition: () => this.positionCard(),
  });
  // Watches a zero-height strip rather than the host: the host's height follows
  // the layout, and observing it would feed a resize back into itself.
  private readonly size = new ResizeController(this, {target: null, callback: (entries) => entries[0]?.contentRect.width});
  // Light-DOM children are a data source: re-read them when they change.
  protected readonly children$ = new MutationController(this, {
    config: {childList: true, subtree: true, characterData: true, attributes: true},
    callback: () => this.childrenVersion++,
    skipInitial: true,
  });

  /** The parsed timeline being shown, if any. */
  get timeline(): Timeline | undefined {
    return this.result?.timeline;
  }

  /** Problems found in the data being shown. */
  get problems(): readonly TimelineProblem[] {
    return this.result?.problems ?? [];
  }

  private get strings(): UiStrings {
    return stringsFor(this.locale);
  }

  /** The language of the nearest `lang` attribute, for dates and words. */
  private get locale(): string | undefined {
    return this.closest('[lang]')?.getAttribute('lang') || undefined;
  }

  private get width(): number {
    return Math.max(0, Math.floor(this.size.value ?? 0));
  }

  // --- public methods -------------------------------------------------------

  /** Zooms in (factor > 1) or out (< 1) around the centre. */
  zoomBy(factor: number): void {
    this.zoom.zoomBy(factor, false);
  }

  /** Shows the span from `start` to `end` (Dates, ISO strings or ms). */
  zoomTo(start: Date | string | number, end: Date | string | number): void {
    const g = this.geometry;
    if (!g || !this.width) return;
    const scale = createTimeScale(g.extent, this.width);
    this.zoom.show(scale(new Date(start)), scale(new Date(end)), false);
  }

  /** Zooms out to the whole timeline. */
  fit(): void {
    this.zoom.show(0, this.width, false);
  }

  // --- data -------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('timeout')) this.fetcher.timeout = this.timeout;
    if (changed.has('data') || changed.has('src') || changed.has('childrenVersion') || !this.hasUpdated) this.readData();
    if (changed.has('selected') && this.selected !== (this.card.state?.pinned ? this.card.state.eventId : null)) {
      if (this.selected) this.card.open(this.selected, true);
      else this.card.close();
    }
    this.prepareLayout();
  }

  private readData(): void {
    if (this.data !== undefined && this.data !== null) {
      this.fetcher.load(undefined);
      this.file = undefined;
      this.accept(typeof this.data === 'string' ? parseTimelineText(this.data) : parseTimeline(this.data));
    } else if (this.src) {
      this.fetcher.load(this.src);
    } else {
      this.fetcher.load(undefined);
      const doc = readEventElements(this);
      this.file = undefined;
      if (doc) this.accept(rewriteChildPaths(parseTimeline(doc)));
      else this.result = undefined;
    }
  }

  private settleFetch(state: FetchState): void {
    if (state.status === 'loaded') {
      this.file = state.file;
      this.accept(state.result);
    } else if (state.status === 'failed') {
      this.result = state.result;
      this.pendingOutcome = {kind: 'error', message: state.message, problems: state.result?.problems ?? []};
    }
  }

  private accept(result: ParseResult): void {
    this.result = result;
    this.geometry = result.timeline && timelineGeometry(result.timeline);
    this.colors = result.timeline ? categoryColors(result.timeline) : new Map();
    this.layoutKey = '';
    this.measurer.clear();
    this.pendingOutcome = result.timeline
      ? {kind: 'load', result}
      : {kind: 'error', message: this.strings.loadFailed(result.problems[0]?.message ?? ''), problems: result.problems};
    if (this.zoom.state.k !== 1 || this.zoom.state.x !== 0) this.zoom.show(0, this.width, false);
  }

  // --- layout -----------------------------------------------------------------

  private prepareLayout(): void {
    const timeline = this.timeline;
    const g = this.geometry;
    const width = this.width;
    if (!timeline || !g || !width) return;
    const {k} = this.zoom.state;
    const key = `${width}|${k}|${this.lanes}`;
    if (key === this.layoutKey && this.layout) return;
    this.layoutKey = key;
    this.measurer.setFont(this);
    this.layout = layoutAtZoom(timeline.events, g.extent, width, k, Math.max(1, this.lanes), (e) => this.measurer.width(e.title));
    this.itemOfEvent = new Map();
    this.layout.items.forEach((item, i) => {
      for (const event of item.kind === 'event' ? [item.event] : item.events) this.itemOfEvent.set(event.id, i);
    });
    if (!this.activeKey || !this.layout.items.some((item) => itemKey(item) === this.activeKey)) {
      const first = this.layout.items[0];
      this.activeKey = first && itemKey(first);
    }
  }

  /** The time span on screen now. */
  get visibleWindow(): TimeWindow | undefined {
    const g = this.geometry;
    if (!g || !this.width) return undefined;
    const {k, x} = this.zoom.state;
    const span = g.extent.end - g.extent.start;
    const start = g.extent.start + (-x / (this.width * k)) * span;
    return {start, end: start + span / k};
  }

  // --- rendering --------------------------------------------------------------

  protected override render() {
    const strings = this.strings;
    const timeline = this.timeline;
    const fetchState = this.fetcher.state;
    const failed = this.pendingOutcome?.kind === 'error' ? this.pendingOutcome : fetchState.status === 'failed' ? fetchState : undefined;
    return html`<div class="measure"></div>
      <section part="region" aria-labelledby=${timeline ? 'title' : nothing} aria-label=${timeline ? nothing : strings.events}>
      ${fetchState.status === 'loading'
        ? html`<p class="state" part="state" role="status">${strings.loading}</p>`
        : failed && !timeline
          ? html`<div class="state error" part="state" role="alert">
              <p>${'message' in failed && fetchState.status === 'failed' ? strings.loadFailed(fetchState.message) : failed.message}</p>
              ${this.src ? html`<button class="retry" @click=${() => this.fetcher.reload()}>Try again</button>` : nothing}
            </div>`
          : timeline
            ? this.renderTimeline(timeline, strings)
            : nothing}
      ${this.result && this.result.problems.length ? renderProblems(this.result, strings, this.file) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderTimeline(timeline: Timeline, strings: UiStrings) {
    const header = html`<div class="header">
      <div class="heading">
        <p class="title" part="title" id="title">${timeline.title}</p>
        ${timeline.description ? html`<p class="description" part="description">${timeline.description}</p>` : nothing}
        ${renderLegend(timeline, this.colors, strings)}
      </div>
      ${timeline.events.length ? this.renderControls(strings) : nothing}
    </div>`;
    if (!timeline.events.length) {
      return html`${header}<slot name="empty"><p class="state" part="state">${strings.empty}</p></slot>`;
    }
    return html`${header}${this.renderViewport(timeline, strings)}${this.renderCard(timeline, strings)}`;
  }

  private renderControls(strings: UiStrings) {
    const {k} = this.zoom.state;
    const atMin = k <= 1.0001;
    const atMax = k >= this.zoom.maxScale * 0.9999;
    const button = (label: string, disabled: boolean, action: () => void, icon: unknown) =>
      html`<button part="zoom-button" aria-label=${label} title=${label} aria-disabled=${disabled ? 'true' : 'false'}
        @click=${() => !disabled && action()}>${icon}</button>`;
    return html`<div class="controls" part="zoom-controls" role="group" aria-label=${strings.zoomIn.split(' ')[0]}>
      ${button(strings.zoomOut, atMin, () => this.zoom.zoomBy(0.5), html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12h14"/></svg>`)}
      ${button(strings.zoomIn, atMax, () => this.zoom.zoomBy(2), html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12h14M12 5v14"/></svg>`)}
      ${button(strings.fit, atMin, () => this.zoom.show(0, this.width), html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/></svg>`)}
    </div>`;
  }

  private renderViewport(timeline: Timeline, strings: UiStrings) {
    const width = this.width;
    const layout = this.layout;
    const g = this.geometry!;
    const {k, x: offset} = this.zoom.state;
    const window = this.visibleWindow;
    const base = createTimeScale(g.extent, width * k);
    const eras = layoutEras(timeline, (t) => base(t));
    const items = layout && width ? this.itemsToRender(layout, offset, width) : [];
    const ticks = window ? computeTicks(createTimeScale(window, width), this.locale).filter((t) => t.x >= 0 && t.x <= width) : [];
    const lanes = Math.max(this.lanes, layout?.laneCount ?? 0);
    const openId = this.card.state?.eventId;
    return html`<div class="viewport" part="viewport"
      style=${styleMap({'--_lanes': String(lanes), '--_eras-height': `${eraStripHeight(eras.rows)}px`})}>
      ${renderEras(eras.bands, offset, width)}
      <ol class="events" aria-label=${strings.events}
        @click=${this.onItemClick} @keydown=${this.onKeyDown}
        @pointerover=${this.onPointerOver} @pointerout=${this.onPointerOut}
        @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        ${renderItems(items, {
          offset, colors: this.colors, locale: this.locale, strings, activeKey: this.activeKey,
          selectedId: this.selected ?? undefined, openId,
        })}
      </ol>
      ${renderAxis(ticks, width)}
      ${this.hint ? html`<p class="hint" part="hint" role="status">${strings.wheelHint}</p>` : nothing}
    </div>`;
  }

  /** What is on screen, plus the item holding keyboard focus so focus is never lost to panning. */
  private itemsToRender(layout: EventLayout, offset: number, width: number): LayoutItem[] {
    const items = visibleItems(layout, -offset - 40, -offset + width + 40);
    const active = layout.items.find((item) => itemKey(item) === this.activeKey);
    if (active && !items.includes(active)) {
      items.push(active);
      items.sort((a, b) => a.x0 - b.x0);
    }
    return items;
  }

  private renderCard(timeline: Timeline, strings: UiStrings) {
    const state = this.card.state;
    const event = state && timeline.events.find((e) => e.id === state.eventId);
    const color = event?.category ? this.colors.get(event.category) : undefined;
    return html`<div class="card ${event && !supportsPopover ? 'open' : ''}" part="card" id="card" popover="manual"
      role="dialog" aria-labelledby="card-title" style=${styleMap({'--_c': color})}
      @pointerenter=${() => this.card.cancelClose()} @pointerleave=${() => this.card.closeSoon()}
      @focusout=${this.onFocusOut}>
      ${event ? renderEventCard(event, {timeline, strings, locale: this.locale, pinned: state!.pinned, onClose: () => this.closeFromButton()}) : nothing}
    </div>`;
  }

  protected override firstUpdated(): void {
    this.size.observe(this.renderRoot.querySelector('.measure')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport && this.geometry) {
      this.zoom.attach(viewport);
      const config = `${this.width}|${this.geometry.maxScale}`;
      if (config !== this.zoomConfig) {
        this.zoomConfig = config;
        this.zoom.configure(this.width, this.geometry.maxScale);
      }
    } else {
      this.zoom.detach();
    }
    this.syncCard();
    const outcome = this.pendingOutcome;
    this.pendingOutcome = undefined;
    if (outcome?.kind === 'load') {
      const {timeline, problems, eventsLeftOut} = outcome.result;
      this.dispatchEvent(new NewsTimelineLoadEvent(timeline!, problems, eventsLeftOut));
    } else if (outcome?.kind === 'error') {
      this.dispatchEvent(new NewsTimelineErrorEvent(outcome.message, outcome.problems));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
    this.zoom.detach();
  }

  // --- the card ---------------------------------------------------------------

  private get cardElement() {
    return this.renderRoot.querySelector<HTMLElement>('#card');
  }

  /** The marker (or the cluster holding it) that the card points at. */
  private anchorFor(eventId: string): HTMLElement | null {
    const index = this.itemOfEvent.get(eventId);
    const item = index === undefined ? undefined : this.layout?.items[index];
    if (!item) return null;
    return this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(itemKey(item))}"]`);
  }

  private syncCard(): void {
    const card = this.cardElement;
    if (!card) return;
    const open = Boolean(this.card.state && card.childElementCount);
    if (supportsPopover) {
      const shown = card.matches(':popover-open');
      if (open && !shown) card.showPopover();
      if (!open && shown) card.hidePopover();
    }
    if (open) this.positionCard();
  }

  private positionCard(): void {
    const card = this.cardElement;
    const anchor = this.card.state && this.anchorFor(this.card.state.eventId);
    if (!card || !anchor) return;
    const place = placeCard(anchor.getBoundingClientRect(), card.getBoundingClientRect(), {
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    });
    card.style.setProperty('left', `${place.left}px`);
    card.style.setProperty('top', `${place.top}px`);
  }

  private pin(event: TimelineEvent): void {
    this.card.open(event.id, true);
    if (this.selected !== event.id) {
      this.selected = event.id;
      this.dispatchEvent(new NewsTimelineSelectEvent(event.id, event));
    }
  }

  private unpin(reason: 'escape' | 'outside' | 'button'): void {
    const id = this.selected;
    this.selected = null;
    if (id !== null) this.dispatchEvent(new NewsTimelineSelectEvent(null, undefined));
    if (reason !== 'outside' && id) this.anchorFor(id)?.focus();
  }

  private closeFromButton(): void {
    this.card.close();
    this.unpin('button');
  }

  // --- reader input -----------------------------------------------------------

  private itemFrom(event: Event): {button: HTMLElement; item: LayoutItem} | undefined {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-key]');
    const key = button?.dataset.key;
    const item = key ? this.layout?.items.find((i) => itemKey(i) === key) : undefined;
    return button && item ? {button, item} : undefined;
  }

  private readonly onItemClick = (event: MouseEvent) => {
    const hit = this.itemFrom(event);
    if (!hit) return;
    this.activeKey = itemKey(hit.item);
    if (hit.item.kind === 'cluster') {
      this.zoomToCluster(hit.item);
      return;
    }
    this.pin(hit.item.event);
  };

  private zoomToCluster(cluster: Extract<LayoutItem, {kind: 'cluster'}>): void {
    const g = this.geometry;
    if (!g) return;
    const first = cluster.events[0].date.start;
    const last = cluster.events.reduce((end, e) => Math.max(end, (e.end ?? e.date).end), first);
    // Events on one day never spread apart: show at least four days around them.
    const pad = Math.max((last - first) * 0.15, 2 * 86_400_000);
    const scale = createTimeScale(g.extent, this.width);
    this.zoom.show(scale(first - pad), scale(last + pad));
  }

  private readonly onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const hit = this.itemFrom(event);
    if (hit?.item.kind === 'event') this.card.open(hit.item.event.id, false);
  };

  private readonly onPointerOut = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    if (this.itemFrom(event)) this.card.closeSoon();
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const hit = this.itemFrom(event);
    if (!hit) return;
    this.activeKey = itemKey(hit.item);
    if (hit.item.kind === 'event') this.card.open(hit.item.event.id, false);
    else this.card.closeUnpinned();
    this.requestUpdate();
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.cardElement?.contains(next) || this.renderRoot.querySelector('.events')?.contains(next))) return;
    this.card.closeUnpinned();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const layout = this.layout;
    const hit = this.itemFrom(event);
    if (!layout || !hit) return;
    if ((event.key === 'Enter' || event.key === ' ') && hit.item.kind === 'event') {
      // The button's own click follows; this only keeps Space from scrolling the page.
      if (event.key === ' ') event.preventDefault();
      return;
    }
    const index = layout.items.indexOf(hit.item);
    const target = moveTarget(event.key, index, layout.items.length, getComputedStyle(this).direction === 'rtl');
    if (target === undefined) return;
    event.preventDefault();
    void this.focusItem(layout.items[target]);
  };

  private async focusItem(item: LayoutItem): Promise<void> {
    this.activeKey = itemKey(item);
    const {x} = this.zoom.state;
    const left = item.x0 + x;
    if (left < 0 || item.x0 + x > this.width - 24) this.zoom.centre(((item.x0 + item.x1) / 2) / this.zoom.state.k, true);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(itemKey(item))}"]`)?.focus();
  }

  private announceWindow(): void {
    const window = this.visibleWindow;
    if (!window) return;
    const days = (window.end - window.start) / 86_400_000;
    const options = days > 400 ? 'year' : days > 60 ? 'month' : 'day';
    const at = (t: number) => ({iso: '', precision: options, start: t, end: t}) as const;
    this.announcement = this.strings.showing(formatDateRange(at(window.start), at(window.end), this.locale));
  }

  private showWheelHint(): void {
    this.hint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint = false), 2500);
  }
}

/** Problems in `<news-timeline-event>` children name the element, not a JSON path. */
function rewriteChildPaths(result: ParseResult): ParseResult {
  return {
    ...result,
    problems: result.problems.map((p) => ({...p, path: p.path.replace(/^events\[(\d+)\]/, 'news-timeline-event[$1]')})),
  };
}
