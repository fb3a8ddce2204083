import {LitElement, adoptStyles, html, nothing, type PropertyValues} from 'lit';
import {setStyles} from '../../directives/set-styles.js';
import {BrushController} from '../../controllers/brush-controller.js';
import {LanguageController} from '../../controllers/language-controller.js';
import {ChildrenController} from '../../controllers/children-controller.js';
import {FetchController, type FetchState} from '../../controllers/fetch-controller.js';
import {LayoutController} from '../../controllers/layout-controller.js';
import {SelectionController, type UnpinReason} from '../../controllers/selection-controller.js';
import {WidthController} from '../../controllers/width-controller.js';
import {ZoomController} from '../../controllers/zoom-controller.js';
import {PartController} from '../../controllers/part-controller.js';
import {loadVerticalView} from '../../lazy-parts.js';
import {parseNativeSteps} from '../../data/parse-native.js';
import {documentSteps, textSteps} from '../../data/parse-with-parts.js';
import type {ParseResult, Timeline, TimelineCategory, TimelineEvent, TimelineProblem} from '../../data/types.js';
import {NewsTimelineErrorEvent} from '../../events/error-event.js';
import {NewsTimelineLoadEvent} from '../../events/load-event.js';
import {NewsTimelineRangeChangeEvent} from '../../events/range-change-event.js';
import {warmUpDateFormats} from '../../format/format-date.js';
import {loadStrings, needsBuiltInStrings, stringsFor, type UiStrings} from '../../format/strings.js';
import {computeTicks} from '../../layout/ticks.js';
import {createTimeScale, type TimeWindow} from '../../layout/time-scale.js';
import {runSteps, type Steps} from '../../steps/steps.js';
import {headingLevel} from '../event-card/event-card.js';
import {eventCardStyles} from '../event-card/event-card.styles.js';
import {childPath, readEventElements, readTimelineTitle} from '../event/read-event-elements.js';
import {EventInput} from './timeline-input.js';
import {CardPlacement, supportsPopover} from './card-placement.js';
import {LabelMeasurer} from './label-measurer.js';
import {renderCardContent} from './render-card.js';
import {renderLegend, renderOverview, renderSearch, renderZoomControls} from './render-controls.js';
import {itemKey} from '../../layout/item-keys.js';
import {eraStripHeight, renderAxis, renderEras, renderItems} from './render-parts.js';
import {renderProblems} from './render-problems.js';
import {timelineStyles} from './timeline.styles.js';
import {contrastStyles} from './contrast.styles.js';
import {layoutEras, prepareTimelineSteps, revealScale, windowText, type PreparedTimeline, type TimelineGeometry} from '../../layout/timeline-view.js';


type Outcome = {kind: 'load'; result: ParseResult} | {kind: 'error'; message: string; problems: readonly TimelineProblem[]};

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
    hint: {state: true},
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
  private declare hint: boolean;
  private declare announcement: string;
  private declare hiddenCategories: ReadonlySet<string>;
  private declare query: string;

  private result?: ParseResult;
  private file?: string;
  private geometry?: TimelineGeometry;
  private colors: ReadonlyMap<string, string> = new Map();
  private legendCategories: readonly TimelineCategory[] = [];
  private readonly measurer = new LabelMeasurer();
  // Measured in the section's font, not the host's: the styles bound the size the page passes in.
  private readonly drawing: LayoutController = new LayoutController(this, {
    labelWidth: (event) => this.measurer.width(event.title),
    beforeLayout: () => this.measurer.setFont(this.renderRoot.querySelector('section') ?? this),
    zoomK: () => this.zoom.state.k,
  });
  private readonly layouts = this.drawing.layouts;
  private eventById: ReadonlyMap<string, TimelineEvent> = new Map();
  private pendingOutcome?: Outcome;
  /** Data set from code waits for a reader to load (see acceptWhenRead); the element shows its loading state. */
  private waitingFor?: Promise<void>;
  /** Why data set from code or children cannot be shown; kept until other data comes. */
  private dataError?: string;
  private initialWindowShown = false;
  /** A timeline has been drawn: a change of language then keeps it on screen, in the old words, until the new ones load. */
  private timelineShown = false;
  private hintTimer = 0;
  private zoomConfig = '';

  private readonly fetcher = new FetchController<PreparedTimeline>(this, {
    onSettled: (state) => this.settleFetch(state),
    prepare: (result) => prepareTimelineSteps(result.timeline),
  });
  private readonly zoom = new ZoomController(this, {
    onEnd: (_, byReader) => {
      this.drawing.settle();
      if (byReader) this.rangeChanged();
    },
    onPlainWheel: () => this.showWheelHint(),
  });
  private readonly selection: SelectionController = new SelectionController(this, {
    onUnpinned: (reason, id, cluster) => this.returnFocus(reason, id, cluster),
    onReposition: () => this.cardPlacement.position(),
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
  /** Time runs right to left (the nearest `dir` is `rtl`); read once per update. */
  private rtl = false;
  private readonly cardPlacement = new CardPlacement({
    root: () => this.renderRoot,
    layouts: this.layouts,
    vertical: () => this.vertical,
    state: () => this.selection.card,
  });
  private readonly input = new EventInput({
    root: () => this.renderRoot,
    layout: () => this.layouts.current,
    place: (item) => this.layouts.place(item),
    itemOfEvent: () => this.layouts.itemOfEvent,
    geometry: () => this.geometry,
    width: () => this.width,
    rtl: () => this.rtl,
    cardElement: () => this.cardPlacement.element,
    zoom: this.zoom,
    selection: this.selection,
    requestUpdate: () => this.requestUpdate(),
    updateComplete: () => this.updateComplete,
  });
  private readonly brush = new BrushController(this, {
    current: () => this.windowFraction(),
    mirrored: () => this.rtl,
    onBrush: (start, end, done) => this.zoom.show(start * this.width, end * this.width, true, {animate: false, quiet: !done}),
  });

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
    this.hint = false;
    this.announcement = '';
    this.hiddenCategories = new Set();
    this.query = '';
  }

  /** The parsed timeline being shown, if any. */
  get timeline(): Timeline | undefined {
    return this.result?.timeline;
  }

  /** Problems found in the data being shown, and with what was asked to be selected. */
  get problems(): readonly TimelineProblem[] {
    const found = this.result?.problems ?? [];
    const asked = this.selection.problems;
    return asked.length ? [...found, ...asked] : found;
  }

  /** The time span on screen now, in ms UTC. */
  get visibleWindow(): TimeWindow | undefined {
    const g = this.geometry;
    if (!g || !this.width) return undefined;
    const {start, end} = this.windowFraction();
    const span = g.extent.end - g.extent.start;
    return {start: g.extent.start + start * span, end: g.extent.start + end * span};
  }

  private get strings(): UiStrings {
    return stringsFor(this.locale);
  }

  /** The language of the nearest `lang` attribute, for dates and words. */
  private locale: string | undefined;

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
    this.zoom.zoomBy(factor, false);
  }

  /**
   * Shows the span from `start` to `end` (Dates, ISO strings or ms), in either order.
   * @throws {RangeError} when either is not a date.
   */
  zoomTo(start: Date | string | number, end: Date | string | number): void {
    const times = [start, end].map((value, i) => {
      const time = new Date(value).getTime();
      if (Number.isNaN(time)) throw new RangeError(`<news-timeline>.zoomTo(): the ${i ? 'end' : 'start'} ${JSON.stringify(value) ?? String(value)} is not a date (expected a Date, an ISO date string or ms since 1970)`);
      return time;
    });
    const g = this.geometry;
    if (!g || !this.width) return;
    const scale = createTimeScale(g.extent, this.width);
    const [x0, x1] = times.map((t) => scale(t)).sort((a, b) => a - b);
    this.zoom.show(x0, x1, false);
  }

  /** Zooms out to the whole timeline. */
  fit(): void {
    this.zoom.show(0, this.width, false);
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
    const current = this.selected ?? (this.input.hasFocus ? this.selection.activeId : undefined);
    const index = current === undefined ? -1 : events.findIndex((e) => e.id === current);
    this.select(events[index < 0 ? this.firstInWindow(events, direction) : Math.min(events.length - 1, Math.max(0, index + direction))].id);
  }

  /** From nothing: the first event at or after the window's start, or (going back) the last before its end. */
  private firstInWindow(events: readonly TimelineEvent[], direction: 1 | -1): number {
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

  // --- data -------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    this.input.noteFocus();
    // Both walk the ancestors: read once per update, not at every use in a render.
    this.locale = this.language.locale;
    this.rtl = this.language.rtl;
    this.zoom.setMirrored(this.rtl);
    if (changed.has('timeout')) this.fetcher.timeout = this.timeout;
    if (changed.has('hash')) this.selection.hashEnabled = this.hash;
    // A move still animating toward something in the old data has no business in the new.
    if (changed.has('data') || changed.has('src')) this.zoom.stop();
    if (changed.has('data') || changed.has('src') || changed.has('type') || changed.has('childrenVersion') || !this.hasUpdated) this.readData();
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated) this.initialWindowShown = false;
    this.startParts();
    this.prepareLayout();
    // Moves made from code land before this render, not after it: a move in
    // `updated` would render everything a second time.
    const {k} = this.zoom.state;
    this.placeView();
    if (this.zoom.state.k !== k) this.prepareLayout();
    this.input.followFocus();
  }

  /** Sets the zoom's limits, and makes the moves owed: the first window, and bringing a selection into view. */
  private placeView(): void {
    const g = this.geometry;
    if (!g || !this.width || this.vertical || !this.timeline?.events.length) return;
    const config = `${this.width}|${g.maxScale}`;
    if (config !== this.zoomConfig) {
      this.zoomConfig = config;
      this.zoom.configure(this.width, g.maxScale);
    }
    this.showInitialWindow();
    const id = this.layouts.current && this.selection.takeReveal();
    if (id) this.reveal(id);
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

  private readData(): void {
    // Whatever was waiting for a reader to load is for data that is no longer current.
    this.waitingFor = undefined;
    if (this.data !== undefined && this.data !== null) {
      this.fetcher.load(undefined);
      this.file = undefined;
      this.acceptWhenRead(typeof this.data === 'string' ? textSteps(this.data) : documentSteps(this.data));
    } else if (this.src) {
      this.dataError = undefined;
      // An unknown type is no type: the address and the answer decide.
      const format = this.type === 'csv' || this.type === 'json' ? this.type : undefined;
      this.fetcher.load(this.src, {format, title: readTimelineTitle(this)});
      warmUpDateFormats(this.locale);
    } else {
      this.fetcher.load(undefined);
      const doc = readEventElements(this);
      this.file = undefined;
      if (doc) this.accept(rewriteChildPaths(runSteps(parseNativeSteps(doc))));
      else this.result = undefined;
      if (!doc) this.selection.setEvents(undefined);
    }
  }

  /**
   * Reads data set from code: at once, or once the reader it needs has
   * loaded (a TimelineJS3 document), showing the loading state meanwhile.
   */
  private acceptWhenRead(steps: Steps<ParseResult> | Promise<Steps<ParseResult>>): void {
    if (!(steps instanceof Promise)) {
      this.accept(runSteps(steps));
      return;
    }
    this.result = undefined;
    this.dataError = undefined;
    const waiting = (this.waitingFor = steps.then(
      (loaded) => {
        if (this.waitingFor === waiting) this.accept(runSteps(loaded));
      },
      (error: unknown) => {
        if (this.waitingFor !== waiting) return;
        const message = error instanceof Error ? error.message : String(error);
        this.dataError = this.strings.loadFailed(message);
        this.pendingOutcome = {kind: 'error', message: this.dataError, problems: []};
      },
    ).finally(() => {
      if (this.waitingFor !== waiting) return;
      this.waitingFor = undefined;
      this.requestUpdate();
    }));
  }

  private settleFetch(state: FetchState<PreparedTimeline>): void {
    if (state.status === 'loaded') {
      this.file = state.file;
      this.accept(state.result, state.prepared);
    } else if (state.status === 'failed') {
      this.result = state.result;
      this.pendingOutcome = {kind: 'error', message: state.message, problems: state.result?.problems ?? []};
    }
  }

  /** Takes a parsed timeline to draw; what is worked out from it comes along when it was done in slices. */
  private accept(result: ParseResult, prepared = runSteps(prepareTimelineSteps(result.timeline))): void {
    this.result = result;
    this.dataError = result.timeline ? undefined : this.strings.loadFailed(result.problems[0]?.message ?? '');
    ({geometry: this.geometry, colors: this.colors, legendCategories: this.legendCategories, eventById: this.eventById} = prepared);
    this.layouts.reset();
    this.measurer.clear();
    this.initialWindowShown = false;
    this.selection.setEvents(result.timeline ? this.eventById : undefined);
    this.pendingOutcome = this.dataError === undefined
      ? {kind: 'load', result}
      : {kind: 'error', message: this.dataError, problems: result.problems};
  }

  // --- layout -----------------------------------------------------------------

  /** Brings the layout to the current zoom level (see TimelineLayouts). */
  private prepareLayout(): void {
    const timeline = this.timeline;
    const g = this.geometry;
    const width = this.width;
    if (!timeline || !g || !width) return;
    const {eventById, lanes, hiddenCategories, query} = this;
    const changed = this.drawing.update({timeline, eventById, extent: g.extent, width, lanes, hiddenCategories, query}, this.zoom.state.k);
    const active = this.selection.activeId;
    if (changed && (!active || !this.layouts.itemOfEvent.has(active))) this.selection.activeId = this.layouts.shown[0]?.id;
    const {x} = this.zoom.state;
    if (!this.vertical) this.input.followView(() => this.layouts.visible(x, width), x, width);
  }

  /** The window on screen as fractions of the whole span. */
  private windowFraction(): {start: number; end: number} {
    const {k, x} = this.zoom.state;
    const width = this.width || 1;
    return {start: -x / (width * k), end: (-x + width) / (width * k)};
  }

  // --- rendering --------------------------------------------------------------

  protected override render() {
    this.drawing.startRender();
    const strings = this.strings;
    const timeline = this.timeline;
    const fetchState = this.fetcher.state;
    const failure = fetchState.status === 'failed' ? fetchState.message : this.dataError;
    // No white space between the top elements: it would inherit the page's
    // white-space through the host and, as "pre", take up lines of its own.
    return html`<div class="measure"></div><section part="region" class=${this.rtl ? 'rtl' : ''} aria-labelledby=${timeline ? 'title' : nothing} aria-label=${timeline ? nothing : strings.events}>
        ${fetchState.status === 'loading' || this.waitingFor || (this.languages.loading && !this.timelineShown)
          ? html`<p class="state" part="state" role="status">${strings.loading}</p>`
          : failure !== undefined && !timeline
            ? html`<div class="state error" part="state" role="alert">
                <p>${fetchState.status === 'failed' ? strings.loadFailed(fetchState.message) : failure}</p>
                ${this.src ? html`<button class="retry" @click=${() => this.fetcher.reload()}>${strings.retry}</button>` : nothing}
              </div>`
            : timeline
              ? this.renderTimeline(timeline, strings)
              : nothing}
        ${this.result?.problems.length ? renderProblems(this.result, strings, this.file) : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </section>`;
  }

  private renderTimeline(timeline: Timeline, strings: UiStrings) {
    this.timelineShown = true;
    const {k} = this.zoom.state;
    const header = html`<div class="header">
      <div class="heading">
        <p class="title" part="title" id="title" dir="auto" role="heading" aria-level=${headingLevel(this.headingLevel)}>${timeline.title}</p>
        ${timeline.description ? html`<p class="description" part="description" dir="auto">${timeline.description}</p>` : nothing}
        ${renderLegend(this.legendCategories, {colors: this.colors, hidden: this.hiddenCategories, strings, onToggle: (id) => this.toggleCategory(id)})}
      </div>
      ${this.search ? renderSearch(this.query, strings, (query) => this.filterBy(query)) : nothing}
      ${timeline.events.length && !this.vertical
        ? renderZoomControls({
            strings, atMin: k <= 1.0001, atMax: k >= this.zoom.maxScale * 0.9999,
            onZoom: (factor) => this.zoom.zoomBy(factor), onFit: () => this.zoom.show(0, this.width),
          })
        : nothing}
    </div>`;
    if (!timeline.events.length) {
      return html`${header}<slot name="empty"><p class="state" part="state">${strings.empty}</p></slot>`;
    }
    if (this.vertical) {
      const part = this.verticalView.value;
      if (!part) return html`${header}${this.renderPartState(this.verticalView, strings)}`;
      return html`${header}${part.renderVertical({
        timeline, headingLevel: this.headingLevel + 1, events: this.layouts.shown, colors: this.colors, locale: this.locale, strings,
        expandedId: this.selected ?? undefined, activeId: this.selection.activeId,
        onToggle: (event) => (this.selected === event.id ? this.selection.unpin('button') : this.selection.pin(event)),
        onActivate: (event) => (this.selection.activeId = event.id),
      })}`;
    }
    return html`${header}${this.renderViewport(timeline, strings)}${this.renderOverview()}${this.renderCard(timeline, strings)}`;
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

  private renderViewport(timeline: Timeline, strings: UiStrings) {
    const width = this.width;
    const layout = this.layouts.current;
    const g = this.geometry!;
    const {k, x: offset} = this.zoom.state;
    const window = this.visibleWindow;
    const base = createTimeScale(g.extent, width * k);
    const eras = layoutEras(timeline, (t) => base(t));
    const activeKey = this.input.activeItem && itemKey(this.input.activeItem);
    const openId = this.selection.card?.eventId;
    const selectedId = this.selected ?? undefined;
    const inView = layout && width ? this.layouts.visible(offset, width, this.input.activeItem) : [];
    // Focus, selection and the card's anchor are never held back: they must have an element.
    const items = this.drawing.take(inView, (key, item) =>
      key === activeKey || (item.kind === 'event' && (item.event.id === selectedId || item.event.id === openId)));
    const ticks = window ? computeTicks(createTimeScale(window, width), this.locale).filter((t) => t.x >= 0 && t.x <= width) : [];
    const lanes = Math.max(this.lanes, layout?.laneCount ?? 0);
    return html`<div class="viewport ${this.rtl ? 'rtl' : ''}" part="viewport"
      ${setStyles({'--_lanes': String(lanes), '--_eras-height': `${eraStripHeight(eras.rows)}px`})}>
      ${renderEras(eras.bands, offset, width, this.rtl)}
      <ol class="events" aria-label=${strings.events}
        @click=${this.input.onItemClick} @keydown=${this.input.onKeyDown}
        @pointerover=${this.input.onPointerOver} @pointerout=${this.input.onPointerOut}
        @focusin=${this.input.onFocusIn} @focusout=${this.input.onFocusOut}>
        ${renderItems(items, {
          offset, rtl: this.rtl, colors: this.colors, locale: this.locale, strings, activeKey, selectedId, openId,
        })}
      </ol>
      ${renderAxis(ticks, width, this.rtl)}
      ${this.hint ? html`<p class="hint" part="hint" role="status">${strings.wheelHint}</p>` : nothing}
    </div>`;
  }

  private renderOverview() {
    const density = this.layouts.densityPath(this.geometry!.extent);
    const {start, end} = this.windowFraction();
    const {onPointerDown, onPointerMove, onPointerUp} = this.brush;
    return renderOverview({density, start, end, rtl: this.rtl, onPointerDown, onPointerMove, onPointerUp});
  }

  private renderCard(timeline: Timeline, strings: UiStrings) {
    const state = this.selection.card;
    const event = state && this.eventById.get(state.eventId);
    const cluster = state?.cluster ? this.cardPlacement.clusterByKey(state.cluster) : undefined;
    const color = event?.category ? this.colors.get(event.category) : undefined;
    return html`<div class="card ${(event || cluster) && !supportsPopover ? 'open' : ''}" part="card" id="card" popover="manual"
      role="dialog" aria-labelledby="card-title" ${setStyles({'--_c': color})}
      @pointerenter=${() => this.selection.cancelClose()} @pointerleave=${() => this.selection.closeSoon()}
      @focusout=${this.input.onFocusOut}>
      ${renderCardContent({
        timeline, headingLevel: this.headingLevel + 1, event, cluster, strings, locale: this.locale, pinned: Boolean(state?.pinned),
        onClose: () => this.selection.unpin('button'), onPick: (picked) => this.selection.pin(picked),
      })}
    </div>`;
  }

  /** Resolves once every item in view has its element and the layout of the zoom is drawn, which can take a few frames after a big change (see LayoutController). */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Data waiting for its reader is drawn in the update that follows the load.
    while (this.waitingFor) await this.waitingFor;
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
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport && this.zoomConfig) {
      // The limits were set before the render (placeView): bound without them,
      // d3-zoom would measure the element, forcing a layout of the page here.
      this.zoom.attach(viewport);
    } else {
      this.zoom.detach();
      this.zoomConfig = '';
      const id = this.vertical && this.timeline && this.verticalView.value && this.selection.takeReveal();
      // In the chronology the page scrolls: bring the selected entry into view.
      if (id) this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({block: 'center'});
    }
    this.drawing.endRender();
    this.cardPlacement.sync();
    this.input.restoreFocus();
    this.dispatchOutcome();
  }

  private dispatchOutcome(): void {
    const outcome = this.pendingOutcome;
    this.pendingOutcome = undefined;
    if (outcome?.kind === 'load') {
      const {timeline, eventsLeftOut} = outcome.result;
      this.dispatchEvent(new NewsTimelineLoadEvent(timeline!, this.problems, eventsLeftOut));
    } else if (outcome?.kind === 'error') {
      this.dispatchEvent(new NewsTimelineErrorEvent(outcome.message, outcome.problems));
    }
  }

  private showInitialWindow(): void {
    if (this.initialWindowShown || !this.geometry) return;
    this.initialWindowShown = true;
    const start = this.start ? Date.parse(this.start) : NaN;
    const end = this.end ? Date.parse(this.end) : NaN;
    const scale = createTimeScale(this.geometry.extent, this.width);
    if (start < end) this.zoom.show(scale(start), scale(end), false, {animate: false});
    else if (this.zoom.state.k !== 1 || this.zoom.state.x !== 0) this.zoom.show(0, this.width, false, {animate: false});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
    this.zoom.detach();
  }

  // --- selection and the card -------------------------------------------------

  /** Zooms in until the event stands alone (not in a cluster), and centres it. */
  private reveal(id: string): void {
    const event = this.layouts.shown.find((e) => e.id === id);
    const g = this.geometry;
    if (!event || !g) return;
    const k = revealScale(event, this.zoom.state.k, this.zoom.maxScale, (scale) => this.layouts.at(scale));
    const scale = createTimeScale(g.extent, this.width);
    const centre = scale((event.date.start + (event.end ?? event.date).end) / 2);
    const half = this.width / k / 2;
    this.zoom.show(centre - half, centre + half, false);
    this.selection.activeId = event.id;
  }

  /** After the reader closed a pinned card, focus goes back to what it pointed at (not after a click elsewhere). */
  private returnFocus(reason: UnpinReason, id: string | null, cluster: string | undefined): void {
    if (reason === 'outside') return;
    const anchor = cluster ? this.cardPlacement.anchorForKey(cluster) : id ? this.cardPlacement.anchorFor(id) : null;
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

  // --- reader input -----------------------------------------------------------

  private rangeChanged(): void {
    const window = this.visibleWindow;
    if (!window) return;
    this.announcement = this.strings.showing(windowText(window, this.locale));
    this.dispatchEvent(new NewsTimelineRangeChangeEvent(new Date(window.start), new Date(window.end)));
  }

  private showWheelHint(): void {
    this.hint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint = false), 2500);
  }
}

/** Problems in children name the element (`news-timeline-event[3].date`), not a JSON path. */
function rewriteChildPaths(result: ParseResult): ParseResult {
  return {
    ...result,
    problems: result.problems.map((p) => ({...p, path: childPath(p.path)})),
  };
}
