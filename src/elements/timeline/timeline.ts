import {LitElement, adoptStyles, html, nothing, type PropertyValues} from 'lit';
import {LanguageController} from '../../controllers/language-controller.js';
import {ChildrenController} from '../../controllers/children-controller.js';
import {LayoutController} from '../../controllers/layout-controller.js';
import {SelectionController, type UnpinReason} from '../../controllers/selection-controller.js';
import {WidthController} from '../../controllers/width-controller.js';
import {PartController} from '../../controllers/part-controller.js';
import {loadVerticalView} from '../../lazy-parts.js';
import type {Timeline, TimelineProblem} from '../../data/types.js';
import {NewsTimelineErrorEvent} from '../../events/error-event.js';
import {NewsTimelineLoadEvent} from '../../events/load-event.js';
import {warmUpDateFormats} from '../../format/format-date.js';
import {loadStrings, needsBuiltInStrings, stringsFor, type UiStrings} from '../../format/strings.js';
import type {TimeWindow} from '../../layout/time-scale.js';
import type {PreparedTimeline} from '../../layout/timeline-view.js';
import {headingLevel} from '../event-card/event-card.js';
import {eventCardStyles} from '../event-card/event-card.styles.js';
import {HorizontalView} from './horizontal-view.js';
import {LabelMeasurer} from './label-measurer.js';
import {renderLegend, renderSearch} from './render-controls.js';
import {renderProblems} from './render-problems.js';
import {TimelineData} from './timeline-data.js';
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
 * @slot empty - Shown instead of the default message when the timeline has no events.
 *
 * @csspart region - The whole widget, a landmark named by the timeline's title.
 * @csspart title - The timeline's title.
 * @csspart description - The timeline's description.
 * @csspart legend - The list of categories; `legend-item` for each toggle.
 * @csspart search - The search box (with the `search` attribute); `search-input` for the field.
 * @csspart zoom-controls - The group of zoom buttons; `zoom-button` for each.
 * @csspart viewport - The area that pans and zooms.
 * @csspart era - The band of an era; `era-label` for its title.
 * @csspart marker - A point event; `marker-selected` is added to the selected one.
 * @csspart range - An event with an end; `range-selected` when selected; `bar` is its bar.
 * @csspart label - An event's visible title.
 * @csspart cluster - A group of events too close to show apart, with their count.
 * @csspart axis - The time axis; `tick` and `tick-label` for its ticks.
 * @csspart overview - The whole span in miniature; `brush` marks the part on screen.
 * @csspart card - The source card (floating, or inline in the chronology); `card-quote`, `card-link` and `card-close` inside it.
 * @csspart chronology - The vertical layout's list; `year` for its year headings, `entry` for each event (`entry-selected` when open), `rail` for the date rail and `range-bar` for the bar of an event that lasts.
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
  // The vertical chronology's styles come with its part, which adds them in this order (see `verticalView`).
  static override styles = [timelineStyles, eventCardStyles, contrastStyles];

  // Declared here rather than with decorators: their standard form costs
  // about 1 KB of helpers in the script-tag bundle, for nothing this gives.
  static override properties = {
    src: {},
    type: {},
    data: {attribute: false},
    selected: {reflect: true},
    theme: {reflect: true},
    start: {},
    end: {},
    hash: {type: Boolean},
    search: {type: Boolean},
    timeout: {type: Number},
    layout: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    lanes: {type: Number},
    childrenVersion: {state: true},
    announcement: {state: true},
    hiddenCategories: {state: true},
    query: {state: true},
  };

  /** URL of a timeline JSON file or CSV spreadsheet, fetched when set; a newer value cancels the older request. */
  declare src: string | undefined;

  /**
   * The format of `src`: `json` or `csv`. When not set (the default), a path
   * ending in `.csv` or a `text/csv` answer is read as CSV, anything else as JSON.
   */
  declare type: 'json' | 'csv' | undefined;

  /** A timeline document (or its JSON text) set from code; wins over `src` and children. */
  declare data: unknown;

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

  /**
   * `auto` (default) follows the reader's colour scheme and contrast
   * preference; `light` or `dark` force a scheme; `high-contrast` gives black
   * on white (white on black when the reader prefers dark) with outlined markers.
   */
  declare theme: 'auto' | 'light' | 'dark' | 'high-contrast';

  /** Start of the initial window (ISO 8601); with `end`. Default: the whole timeline. */
  declare start: string | undefined;

  /** End of the initial window (ISO 8601); with `start`. */
  declare end: string | undefined;

  /** Keep the selection in the page URL's fragment (`#event-id`). Off by default. */
  declare hash: boolean;

  /** Show a search box that filters events by their text. */
  declare search: boolean;

  /** Milliseconds to wait for `src` to answer before showing an error (default 30000). */
  declare timeout: number;

  /**
   * `auto` (default): a horizontal axis, or a vertical chronology when the
   * element is narrower than 600 px; `horizontal` or `vertical` force one.
   */
  declare layout: 'auto' | 'horizontal' | 'vertical';

  /**
   * Level of the timeline's title in the page's outline (1–6, default 2):
   * the card's title and the chronology's years are one below it, so the
   * timeline fits under the page's own headings.
   */
  declare headingLevel: number;

  /** Rows of events before crowded ones collapse into clusters (default 6). */
  declare lanes: number;

  private declare childrenVersion: number;
  private declare announcement: string;
  private declare hiddenCategories: ReadonlySet<string>;
  private declare query: string;

  constructor() {
    super();
    this.theme = 'auto';
    this.hash = false;
    this.search = false;
    this.timeout = 30_000;
    this.layout = 'auto';
    this.headingLevel = 2;
    this.lanes = 6;
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
    zoomK: () => this.view.zoom.state.k,
  });
  private readonly layouts = this.drawing.layouts;
  private readonly source = new TimelineData(this);
  /** The data version drawn from (see TimelineData.version). */
  private drawnVersion = -1;
  /** A timeline has been drawn: a change of language then keeps it on screen, in the old words, until the new ones load. */
  private timelineShown = false;
  private readonly selection: SelectionController = new SelectionController(this, {
    onUnpinned: (reason, id, cluster) => this.returnFocus(reason, id, cluster),
    onReposition: () => this.view.cardPlacement.position(),
  });
  private readonly view = new HorizontalView(this, {
    layouts: this.drawing,
    selection: this.selection,
    announce: (text) => (this.announcement = text),
  });
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
  private readonly verticalView = new PartController(this, loadVerticalView, (part) =>
    adoptStyles(this.renderRoot as ShadowRoot, [timelineStyles, eventCardStyles, part.verticalStyles, contrastStyles]));
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
    return this.view.visibleWindow;
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
    this.view.zoom.zoomBy(factor, false);
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
    this.view.showTimes(from, to);
  }

  /** Zooms out to the whole timeline. */
  fit(): void {
    this.view.fit();
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
    if (!events.length) return;
    const current = this.selected ?? (this.view.input.hasFocus ? this.selection.activeId : undefined);
    const index = current === undefined ? -1 : events.findIndex((e) => e.id === current);
    this.select(events[index < 0 ? this.firstInWindow(events, direction) : Math.min(events.length - 1, Math.max(0, index + direction))].id);
  }

  /** From nothing: the first event at or after the window's start, or (going back) the last before its end. */
  private firstInWindow(events: readonly {date: {start: number}}[], direction: 1 | -1): number {
    const window = this.vertical ? undefined : this.visibleWindow;
    if (!window) return direction > 0 ? 0 : events.length - 1;
    if (direction > 0) {
      const after = events.findIndex((e) => e.date.start >= window.start);
      return after < 0 ? events.length - 1 : after;
    }
    let before = events.length - 1;
    while (before > 0 && events[before].date.start > window.end) before--;
    return before;
  }

  // --- each update ------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    this.view.input.noteFocus();
    // Both walk the ancestors: read once per update, not at every use in a render.
    this.locale = this.language.locale;
    this.rtl = this.language.rtl;
    if (changed.has('timeout')) this.source.fetcher.timeout = this.timeout;
    if (changed.has('hash')) this.selection.hashEnabled = this.hash;
    // A move still animating toward something in the old data has no business in the new.
    if (changed.has('data') || changed.has('src')) this.view.stop();
    if (changed.has('data') || changed.has('src') || changed.has('type') || changed.has('childrenVersion') || !this.hasUpdated) {
      const strings = this.strings;
      this.source.read({data: this.data, src: this.src, type: this.type, loadFailed: (message) => strings.loadFailed(message)});
      if (this.src) warmUpDateFormats(this.locale);
    }
    if (this.source.version !== this.drawnVersion) this.takeNewData();
    this.view.update({
      timeline: this.timeline, geometry: this.prepared.geometry, eventById: this.prepared.eventById, colors: this.prepared.colors,
      width: this.width, vertical: this.vertical, rtl: this.rtl, locale: this.locale, strings: this.strings, lanes: this.lanes,
      headingLevel: this.headingLevel + 1, selectedId: this.selected ?? undefined, start: this.start, end: this.end,
    });
    this.startParts();
    this.prepareLayout();
    // Moves made from code land before this render, not after it: a move in
    // `updated` would render everything a second time.
    if (this.view.placeView()) this.prepareLayout();
    this.view.input.followFocus();
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
  }

  /** Brings the layout to the current zoom level (see TimelineLayouts). */
  private prepareLayout(): void {
    const timeline = this.timeline;
    const {geometry: g, eventById} = this.prepared;
    const width = this.width;
    if (!timeline || !g || !width) return;
    const {lanes, hiddenCategories, query} = this;
    const {k, x} = this.view.zoom.state;
    const changed = this.drawing.update({timeline, eventById, extent: g.extent, width, lanes, hiddenCategories, query}, k);
    const active = this.selection.activeId;
    if (changed && (!active || !this.layouts.itemOfEvent.has(active))) this.selection.activeId = this.layouts.shown[0]?.id;
    if (!this.vertical) this.view.input.followView(() => this.layouts.visible(x, width), x, width);
  }

  protected override render() {
    this.drawing.startRender();
    const strings = this.strings;
    const timeline = this.timeline;
    const failure = this.source.failure;
    const result = this.source.result;
    // No white space between the top elements: it would inherit the page's
    // white-space through the host and, as "pre", take up lines of its own.
    return html`<div class="measure"></div><section part="region" class=${this.rtl ? 'rtl' : ''} aria-labelledby=${timeline ? 'title' : nothing} aria-label=${timeline ? nothing : strings.events}>
        ${this.source.loading || (this.languages.loading && !this.timelineShown)
          ? html`<p class="state" part="state" role="status">${strings.loading}</p>`
          : failure !== undefined && !timeline
            ? html`<div class="state error" part="state" role="alert">
                <p>${failure}</p>
                ${this.src ? html`<button class="retry" @click=${() => this.source.fetcher.reload()}>${strings.retry}</button>` : nothing}
              </div>`
            : timeline
              ? this.renderTimeline(timeline, strings)
              : nothing}
        ${result?.problems.length ? renderProblems(result, strings, this.source.file) : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </section>`;
  }

  private renderTimeline(timeline: Timeline, strings: UiStrings) {
    this.timelineShown = true;
    const {legendCategories, colors} = this.prepared;
    const header = html`<div class="header">
      <div class="heading">
        <p class="title" part="title" id="title" dir="auto" role="heading" aria-level=${headingLevel(this.headingLevel)}>${timeline.title}</p>
        ${timeline.description ? html`<p class="description" part="description" dir="auto">${timeline.description}</p>` : nothing}
        ${renderLegend(legendCategories, {colors, hidden: this.hiddenCategories, strings, onToggle: (id) => this.toggleCategory(id)})}
      </div>
      ${this.search ? renderSearch(this.query, strings, (query) => this.filterBy(query)) : nothing}
      ${timeline.events.length && !this.vertical ? this.view.renderZoomControls(strings) : nothing}
    </div>`;
    if (!timeline.events.length) {
      return html`${header}<slot name="empty"><p class="state" part="state">${strings.empty}</p></slot>`;
    }
    if (!this.vertical) return html`${header}${this.view.render()}`;
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
    return part.error
      ? html`<div class="state error" part="state" role="alert">
          <p>${strings.loadFailed(part.error.message)}</p>
          <button class="retry" @click=${() => part.retry()}>${strings.retry}</button>
        </div>`
      : html`<p class="state" part="state" role="status">${strings.loading}</p>`;
  }

  /** Resolves once every item in view has its element and the layout of the zoom is drawn, which can take a few frames after a big change (see LayoutController). */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Data waiting for its reader is drawn in the update that follows the load.
    await this.source.settled();
    // The words of its language, when they are a part still loading.
    while (this.languages.loading) await this.languages.loading;
    // So is a chronology waiting for its part.
    while (this.vertical && this.verticalView.loading) await this.verticalView.loading;
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
    this.view.updated();
    const id = this.vertical && this.timeline && this.verticalView.value && this.selection.takeReveal();
    // In the chronology the page scrolls: bring the selected entry into view.
    if (id) this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({block: 'center'});
    this.drawing.endRender();
    this.view.cardPlacement.sync();
    this.view.input.restoreFocus();
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
    this.view.disconnect();
  }

  /** After the reader closed a pinned card, focus goes back to what it pointed at (not after a click elsewhere). */
  private returnFocus(reason: UnpinReason, id: string | null, cluster: string | undefined): void {
    if (reason === 'outside') return;
    const {cardPlacement} = this.view;
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
