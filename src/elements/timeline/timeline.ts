import {adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {LanguageController} from '../../controllers/language-controller.js';
import {ChildrenController} from '../../controllers/children-controller.js';
import {LayoutController} from '../../controllers/layout-controller.js';
import {SelectionController, type UnpinReason} from '../../controllers/selection-controller.js';
import {WidthController} from '../../controllers/width-controller.js';
import {PartController} from '../../controllers/part-controller.js';
import {loadHorizontalView, loadVerticalView} from '../../lazy-parts.js';
import type {Timeline, TimelineProblem} from '../../data/types.js';
import {NewsTimelineErrorEvent} from '../../events/error-event.js';
import {NewsTimelineLoadEvent} from '../../events/load-event.js';
import {warmUpDateFormats} from '../../format/format-date.js';
import {loadStrings, needsBuiltInStrings, stringsFor, type UiStrings} from '../../format/strings.js';
import type {TimeWindow} from '../../layout/time-scale.js';
import type {PreparedTimeline} from '../../layout/timeline-view.js';
import {stepTarget} from '../../layout/keyboard-navigation.js';
import {eventCardStyles} from '../event-card/event-card.styles.js';
import type {HorizontalView} from './horizontal-view.js';
import {CardPlacement} from './card-placement.js';
import {LabelMeasurer} from './label-measurer.js';
import {renderFailure, renderHeader, renderLoading, renderShell} from './render-shell.js';
import {TimelineData} from './timeline-data.js';
import {TimelineOptions} from './timeline-options.js';
import {timelineStyles} from './timeline.styles.js';
import {contrastStyles} from './contrast.styles.js';

const NOTHING_PREPARED: PreparedTimeline = {geometry: undefined, colors: new Map(), legendCategories: [], eventById: new Map()};

/**
 * An interactive, dated timeline of news events with a source card for each.
 * Data comes from the `data` property, `src` (a JSON file or a CSV
 * spreadsheet), or `<news-timeline-event>` children, in that order of
 * preference.
 *
 * A CSV file has one event per row under a header row naming the columns:
 * `date` and `title` (required), `id`, `end`, `summary`, `category`, and a
 * source's `source`, `source_url` (or `url`), `excerpt` and `published`, with
 * a number for more sources (`source 2`, `source_url 2`, …). It is read as
 * CSV when `type="csv"`, when the path of `src` ends in `.csv`, or when the
 * server answers `text/csv`. Its title is the element's first heading child
 * (or its `aria-label`). Problems name the file, the spreadsheet row
 * (the header is row 1) and the column.
 *
 * @summary Zoomable, sourced timeline of news events for article embeds.
 * @tag news-timeline
 *
 * @fires {NewsTimelineLoadEvent} news-timeline-load - The data was read and is shown (from any source); carries the problems found in it.
 * @fires {NewsTimelineErrorEvent} news-timeline-error - Nothing can be shown: the file could not be fetched or is not a timeline.
 * @fires {NewsTimelineSelectEvent} news-timeline-select - A reader pinned an event's card (click, tap, Enter, Space) or closed it. Not fired when `selected` is set from code.
 * @fires {NewsTimelineRangeChangeEvent} news-timeline-range-change - Once at the end of a reader's zoom or pan (never per frame, not for moves made from code).
 *
 * Its attributes, parts and custom properties are declared with its options (timeline-options.ts).
 */
export class NewsTimeline extends TimelineOptions {
  // Each view's styles come with its part, which adds them (see `adoptViewStyles`).
  static override styles = [timelineStyles, eventCardStyles, contrastStyles];

  static override properties: PropertyDeclarations = {
    selected: {reflect: true},
    childrenVersion: {state: true, attribute: false},
    announcement: {state: true, attribute: false},
    hiddenCategories: {state: true, attribute: false},
    query: {state: true, attribute: false},
  };

  /**
   * Id of the event whose card is pinned open; set by the reader or from code
   * (which also brings it into view). An id that names no event of the
   * timeline changes nothing and is reported in `problems`.
   */
  set selected(id: string | null) {
    this.selection.request(id || null);
  }
  get selected(): string | null {
    return this.selection.selected;
  }

  private declare childrenVersion: number;
  private declare announcement: string;
  private declare hiddenCategories: ReadonlySet<string>;
  private declare query: string;

  constructor() {
    super();
    this.childrenVersion = 0;
    this.announcement = '';
    this.hiddenCategories = new Set();
    this.query = '';
  }


  private readonly measurer = new LabelMeasurer();
  // Measured in the section's font, not the host's: the styles bound the size the page passes in.
  private readonly drawing: LayoutController = new LayoutController(this, {
    labelWidth: (event) => this.measurer.width(event.title),
    beforeLayout: () => this.measurer.setFont(this.renderRoot.querySelector('section') ?? this),
    zoomK: () => this.view?.zoom.state.k ?? 1,
  });
  private readonly layouts = this.drawing.layouts;
  private readonly source = new TimelineData(this);
  /** The data version drawn from (see TimelineData.version). */
  private drawnVersion = -1;
  /** A timeline has been drawn: a change of language then keeps it on screen, in the old words, until the new ones load. */
  private timelineShown = false;
  private readonly selection: SelectionController = new SelectionController(this, {
    onUnpinned: (reason, id, cluster) => this.returnFocus(reason, id, cluster),
    onReposition: () => this.cardPlacement.position(),
  });
  private readonly cardPlacement = new CardPlacement({
    root: () => this.renderRoot,
    layouts: this.layouts,
    vertical: () => this.vertical,
    state: () => this.selection.card,
  });
  /** The horizontal timeline, once its part has loaded (see startParts). */
  private view?: HorizontalView;
  private readonly horizontalView = new PartController(this, loadHorizontalView, (part) => {
    this.view = new part.HorizontalView(this, {
      layouts: this.drawing, selection: this.selection, cardPlacement: this.cardPlacement,
      announce: (text) => (this.announcement = text),
    });
    this.adoptViewStyles();
  });
  /** A window asked for (zoomTo) before the horizontal view had loaded, shown when it has. */
  private requestedWindow?: readonly [number, number];
  // Watches a zero-height strip rather than the host: the host's height follows
  // the layout, and observing it would feed a resize back into itself.
  private readonly size = new WidthController(this);
  // Light-DOM children are a data source: re-read them when they change. Of the
  // host's own attributes only aria-label is (the title): the others are options,
  // and those it reflects change in its first update, which read the data twice.
  protected readonly children$ = new ChildrenController(this, (records) => {
    if (records.some((r) => r.type !== 'attributes' || r.target !== this || r.attributeName === 'aria-label')) this.childrenVersion++;
  });
  private readonly language = new LanguageController(this);
  /**
   * The built-in translations beyond English, a part of their own: loaded
   * when the element's language needs them, which it shows its loading state
   * for. Should they fail to load, the element speaks English and says why in
   * the console.
   */
  private readonly languages = new PartController(this, () =>
    loadStrings(this.locale).catch((error: unknown) => {
      console.warn(String(error instanceof Error ? error.message : error));
      throw error;
    }));
  /** The vertical chronology, a part of its own: loaded as soon as it may be drawn (see startParts). */
  private readonly verticalView = new PartController(this, loadVerticalView, () => this.adoptViewStyles());
  /** The language of the nearest `lang` attribute, for dates and words; read once per update. */
  private locale: string | undefined;
  /** Time runs right to left (the nearest `dir` is `rtl`); read once per update. */
  private rtl = false;

  /** The parsed timeline being shown, if any. */
  get timeline(): Timeline | undefined {
    return this.source.result?.timeline;
  }

  /** Problems found in the data being shown, and with what was asked to be selected. */
  get problems(): readonly TimelineProblem[] {
    const found = this.source.result?.problems ?? [];
    const asked = this.selection.problems;
    return asked.length ? [...found, ...asked] : found;
  }

  /** The time span on screen now, in ms UTC. */
  get visibleWindow(): TimeWindow | undefined {
    return this.view?.visibleWindow;
  }

  private get strings(): UiStrings {
    return stringsFor(this.locale);
  }

  private get prepared(): PreparedTimeline {
    return this.source.prepared ?? NOTHING_PREPARED;
  }

  /** The vertical chronology is drawn: forced, or `auto` in a narrow container. */
  private get vertical(): boolean {
    return this.layout === 'vertical' || (this.layout === 'auto' && this.width > 0 && this.width < 600);
  }

  private get width(): number {
    return Math.max(0, Math.floor(this.size.value));
  }

  // --- public methods -------------------------------------------------------

  /**
   * Zooms in (factor > 1) or out (< 1) around the centre.
   * @throws {RangeError} when `factor` is not a positive number.
   */
  zoomBy(factor: number): void {
    if (!(factor > 0 && Number.isFinite(factor))) throw new RangeError(`<news-timeline>.zoomBy(): the factor must be a positive number, got ${String(factor)}`);
    this.view?.zoom.zoomBy(factor, false);
  }

  /**
   * Shows the span from `start` to `end` (Dates, ISO strings or ms), in either order.
   * @throws {RangeError} when either is not a date.
   */
  zoomTo(start: Date | string | number, end: Date | string | number): void {
    const [from, to] = [start, end].map((value, i) => {
      const time = new Date(value).getTime();
      if (Number.isNaN(time)) throw new RangeError(`<news-timeline>.zoomTo(): the ${i ? 'end' : 'start'} ${JSON.stringify(value) ?? String(value)} is not a date (expected a Date, an ISO date string or ms since 1970)`);
      return time;
    });
    if (this.view) this.view.showTimes(from, to);
    else this.requestedWindow = [from, to];
  }

  /** Zooms out to the whole timeline. */
  fit(): void {
    if (this.view) this.view.fit();
    else this.requestedWindow = undefined;
  }

  /** Opens the card of an event and brings it into view; `null` closes it. */
  select(id: string | null): void {
    this.selected = id;
  }

  /** Selects the event after the selected (or focused) one, in date order. */
  next(): void {
    this.step(1);
  }

  /** Selects the event before the selected (or focused) one, in date order. */
  previous(): void {
    this.step(-1);
  }

  private step(direction: 1 | -1): void {
    const events = this.layouts.shown;
    const current = this.selected ?? (this.view?.input.hasFocus ? this.selection.activeId : undefined);
    const index = stepTarget(events, current, direction, this.vertical ? undefined : this.visibleWindow);
    if (index >= 0) this.select(events[index].id);
  }

  // --- each update ------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    this.view?.input.noteFocus();
    // Both walk the ancestors: read once per update, not at every use in a render.
    this.locale = this.language.locale;
    this.rtl = this.language.rtl;
    if (changed.has('timeout')) this.source.fetcher.timeout = this.timeout;
    if (changed.has('hash')) this.selection.hashEnabled = this.hash;
    // A move still animating toward something in the old data has no business in the new.
    if (changed.has('data') || changed.has('src')) this.view?.stop();
    if (changed.has('data') || changed.has('src') || changed.has('type') || changed.has('childrenVersion') || !this.hasUpdated) {
      const strings = this.strings;
      this.source.read({data: this.data, src: this.src, type: this.type, loadFailed: (message) => strings.loadFailed(message)});
      if (this.src) warmUpDateFormats(this.locale);
    }
    if (this.source.version !== this.drawnVersion) this.takeNewData();
    this.view?.update({
      timeline: this.timeline, geometry: this.prepared.geometry, eventById: this.prepared.eventById, colors: this.prepared.colors,
      width: this.width, vertical: this.vertical, rtl: this.rtl, locale: this.locale, strings: this.strings, lanes: this.lanes,
      headingLevel: this.headingLevel + 1, selectedId: this.selected ?? undefined, start: this.start, end: this.end,
    });
    this.startParts();
    this.prepareLayout();
    // Moves made from code land before this render, not after it: a move in
    // `updated` would render everything a second time.
    if (this.view?.placeView()) this.prepareLayout();
    this.showRequestedWindow();
    this.view?.input.followFocus();
  }

  /** New data arrived: what was laid out for the old is dropped, and the selection learns the new events. */
  private takeNewData(): void {
    this.drawnVersion = this.source.version;
    this.layouts.reset();
    this.measurer.clear();
    this.selection.setEvents(this.timeline ? this.prepared.eventById : undefined);
  }

  /**
   * Starts loading the parts this element will draw with, as early as it can
   * tell: the translation its language needs; the chronology when the layout is forced vertical or the element
   * (before it is measured: the window) is narrower than 600 px, in
   * parallel with the data's request.
   */
  private startParts(): void {
    if (needsBuiltInStrings(this.locale)) this.languages.start();
    const narrowWindow = !this.width && this.layout === 'auto' && window.innerWidth < 600;
    if (this.vertical || narrowWindow) this.verticalView.start();
    else this.horizontalView.start();
  }

  /** Brings the layout to the current zoom level (see TimelineLayouts). */
  private prepareLayout(): void {
    const timeline = this.timeline;
    const {geometry: g, eventById} = this.prepared;
    const width = this.width;
    if (!timeline || !g || !width) return;
    const {lanes, hiddenCategories, query} = this;
    const {k, x} = this.view?.zoom.state ?? {k: 1, x: 0};
    const changed = this.drawing.update({timeline, eventById, extent: g.extent, width, lanes, hiddenCategories, query}, k);
    const active = this.selection.activeId;
    if (changed && (!active || !this.layouts.itemOfEvent.has(active))) this.selection.activeId = this.layouts.shown[0]?.id;
    if (!this.vertical) this.view?.input.followView(() => this.layouts.visible(x, width), x, width);
  }

  protected override render() {
    this.drawing.startRender();
    const strings = this.strings;
    const {result, file} = this.source;
    return renderShell({
      strings, rtl: this.rtl, timeline: this.timeline, result, file, announcement: this.announcement,
      loading: this.source.loading || Boolean(this.languages.loading && !this.timelineShown),
      failure: this.source.failure,
      retry: this.src ? () => this.source.fetcher.reload() : undefined,
      body: (timeline) => this.renderTimeline(timeline, strings),
    });
  }

  private renderTimeline(timeline: Timeline, strings: UiStrings) {
    this.timelineShown = true;
    const {legendCategories, colors} = this.prepared;
    const header = renderHeader({
      timeline, strings, headingLevel: this.headingLevel, categories: legendCategories, colors,
      hidden: this.hiddenCategories, onToggle: (id) => this.toggleCategory(id),
      search: this.search ? {query: this.query, onInput: (query) => this.filterBy(query)} : undefined,
      controls: timeline.events.length && !this.vertical && this.view ? this.view.renderZoomControls(strings) : nothing,
    });
    if (!timeline.events.length) return html`${header}<slot name="empty"><p class="state" part="state">${strings.empty}</p></slot>`;
    if (!this.vertical) return html`${header}${this.view ? this.view.render() : this.renderPartState(this.horizontalView, strings)}`;
    const part = this.verticalView.value;
    if (!part) return html`${header}${this.renderPartState(this.verticalView, strings)}`;
    return html`${header}${part.renderVertical({
      timeline, headingLevel: this.headingLevel + 1, events: this.layouts.shown, colors, locale: this.locale, strings,
      expandedId: this.selected ?? undefined, activeId: this.selection.activeId,
      onToggle: (event) => (this.selected === event.id ? this.selection.unpin('button') : this.selection.pin(event)),
      onActivate: (event) => (this.selection.activeId = event.id),
    })}`;
  }

  /** In place of a part still loading, the loading state; of one that failed, its error (naming its file) and a retry. */
  private renderPartState(part: Pick<PartController<unknown>, 'error' | 'retry'>, strings: UiStrings) {
    const {error} = part;
    return error ? renderFailure(strings.loadFailed(error.message), strings, () => part.retry()) : renderLoading(strings);
  }

  /** The styles of the views loaded so far, in their place between the element's own and the high-contrast ones. */
  private adoptViewStyles(): void {
    const views = [this.horizontalView.value?.horizontalStyles, this.verticalView.value?.verticalStyles];
    const cascade = [timelineStyles, views[0], eventCardStyles, views[1], contrastStyles];
    adoptStyles(this.renderRoot as ShadowRoot, cascade.filter((sheet) => sheet !== undefined));
  }

  /** Shows a window asked for with zoomTo() before the horizontal view had loaded. */
  private showRequestedWindow(): void {
    const window = this.requestedWindow;
    if (!window || !this.view) return;
    this.requestedWindow = undefined;
    this.view.showTimes(window[0], window[1]);
  }

  /** Resolves once every item in view has its element and the layout of the zoom is drawn, which can take a few frames after a big change (see LayoutController). */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Data waiting for its reader is drawn in the update that follows the load.
    await this.source.settled();
    // The words of its language, when they are a part still loading.
    while (this.languages.loading) await this.languages.loading;
    // So is a chronology waiting for its part.
    while (this.vertical && this.verticalView.loading) await this.verticalView.loading;
    while (!this.vertical && this.horizontalView.loading) await this.horizontalView.loading;
    let complete = await super.getUpdateComplete();
    // Items drawn over several frames, or a layout made between frames (100k events), come later.
    for (let frames = 0; this.drawing.pending && frames < 600; frames++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override firstUpdated(): void {
    this.size.observe(this.renderRoot.querySelector('.measure')!);
    // A phone or tablet turns between portrait and landscape, and an element
    // wide enough now may be narrow then: have the chronology ready, when idle.
    if (this.layout === 'auto' && matchMedia('(pointer: coarse)').matches) {
      const preload = () => this.verticalView.start();
      if ('requestIdleCallback' in window) requestIdleCallback(preload);
      else setTimeout(preload, 500);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.view?.updated();
    const id = this.vertical && this.timeline && this.verticalView.value && this.selection.takeReveal();
    // In the chronology the page scrolls: bring the selected entry into view.
    if (id) this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({block: 'center'});
    this.drawing.endRender();
    this.cardPlacement.sync();
    this.view?.input.restoreFocus();
    const outcome = this.source.takeOutcome();
    if (outcome?.kind === 'load') {
      const {timeline, eventsLeftOut} = outcome.result;
      this.dispatchEvent(new NewsTimelineLoadEvent(timeline!, this.problems, eventsLeftOut));
    } else if (outcome?.kind === 'error') {
      this.dispatchEvent(new NewsTimelineErrorEvent(outcome.message, outcome.problems));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.disconnect();
  }

  /** After the reader closed a pinned card, focus goes back to what it pointed at (not after a click elsewhere). */
  private returnFocus(reason: UnpinReason, id: string | null, cluster: string | undefined): void {
    if (reason === 'outside') return;
    const {cardPlacement} = this;
    const anchor = cluster ? cardPlacement.anchorForKey(cluster) : id ? cardPlacement.anchorFor(id) : null;
    anchor?.focus({preventScroll: true});
  }

  // --- filters ------------------------------------------------------------------

  private toggleCategory(id: string): void {
    const hidden = new Set(this.hiddenCategories);
    if (!hidden.delete(id)) hidden.add(id);
    this.hiddenCategories = hidden;
    this.announceMatches();
  }

  private filterBy(query: string): void {
    this.query = query;
    this.announceMatches();
  }

  private async announceMatches(): Promise<void> {
    await this.updateComplete;
    const total = this.timeline?.events.length ?? 0;
    this.announcement = this.strings.matches(this.layouts.shown.length, total);
    const open = this.selection.card?.eventId;
    if (open && !this.layouts.shown.some((e) => e.id === open)) this.selection.closeCard();
  }
}
