import {html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {LanguageController} from '../../controllers/language-controller.js';
import {ChildrenController} from '../../controllers/children-controller.js';
import {LayoutController} from '../../controllers/layout-controller.js';
import {SelectionController} from '../../controllers/selection-controller.js';
import {FilterController} from '../../controllers/filter-controller.js';
import {WidthController} from '../../controllers/width-controller.js';
import {needsProvenance} from '../../data/provenance.js';
import type {Timeline, TimelineEvent, TimelineProblem} from '../../data/types.js';
import {warmUpDateFormats} from '../../format/format-date.js';
import {stringsFor, type UiStrings} from '../../format/strings.js';
import type {TimeWindow} from '../../layout/time-scale.js';
import type {PreparedTimeline} from '../../layout/timeline-view.js';
import {stepTarget} from '../../layout/keyboard-navigation.js';
import {memoStepPosition, memoStorySteps, startEventId, swipeStep} from '../../layout/story-steps.js';
import {SwipeController} from '../../controllers/swipe-controller.js';
import {eventName, markText} from '../event-card/event-card.js';
import {renderStepper} from './render-stepper.js';
import type {HorizontalView} from './horizontal-view.js';
import {CardPlacement} from './card-placement.js';
import {EarlyMoves} from './early-moves.js';
import {LabelMeasurer} from './label-measurer.js';
import {MediaChoices} from './media-choices.js';
import {renderHeader, renderShell} from './render-shell.js';
import {TimelineData} from './timeline-data.js';
import {TimelineOptions} from './timeline-options.js';
import type {LiveMark} from './live-marks.js';
import type {Live} from './timeline-data.js';
import type {EventChanges} from '../../data/diff-events.js';
import type {LivePart} from './timeline-parts.js';
import {elementStyles, TimelineParts} from './timeline-parts.js';

const NOTHING_PREPARED: PreparedTimeline = {geometry: undefined, colors: new Map(), legendCategories: [], eventById: new Map()};

/**
 * An interactive, dated timeline of news events with a source card for each.
 * Data comes from the `data` property, `src` (a JSON file or a CSV
 * spreadsheet), or `<news-timeline-event>` children, in that order of
 * preference.
 *
 * @summary Zoomable, sourced timeline of news events for article embeds.
 * @tag news-timeline
 *
 * @fires {NewsTimelineLoadEvent} news-timeline-load - The data was read and is shown (from any source); carries the problems found in it.
 * @fires {NewsTimelineErrorEvent} news-timeline-error - Nothing can be shown: the file could not be fetched or is not a timeline.
 * @fires {NewsTimelineSelectEvent} news-timeline-select - A reader pinned an event's card (click, tap, Enter, Space, the Previous and Next buttons, a swipe on the card) or closed it. Not fired when `selected` is set from code, nor by `next()` and `previous()`.
 * @fires {NewsTimelineRangeChangeEvent} news-timeline-range-change - Once at the end of a reader's zoom or pan (never per frame, not for moves made from code).
 * @fires {NewsTimelineUpdateEvent} news-timeline-update - A new version of the timeline was merged in (a check of `src` with `refresh` or `refresh()`, or `data` set again); carries the ids of the events added, changed and removed. No load event is fired for it.
 *
 * Its attributes, parts and custom properties are declared with its options (timeline-options.ts).
 */
export class NewsTimeline extends TimelineOptions {
  static override styles = elementStyles;

  static override properties: PropertyDeclarations = {
    selected: {reflect: true},
    childrenVersion: {state: true, attribute: false},
    announcement: {state: true, attribute: false},
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

  constructor() {
    super();
    this.childrenVersion = 0;
    this.announcement = '';
  }

  private readonly measurer = new LabelMeasurer();
  // Measured in the section's font, not the host's: the styles bound the size the page passes in.
  private readonly drawing: LayoutController = new LayoutController(this, {
    // A badge sits in the label, before the title: room is made for its words (and padding, about two spaces).
    labelWidth: (event) => {
      const mark = this.marks.get(event.id);
      return this.measurer.width(mark ? `${markText(mark, event, this.strings, this.locale)}  ${event.title}` : event.title);
    },
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
    onUnpinned: (reason, id, cluster) => this.cardPlacement.returnFocus(reason, id, cluster),
    onReposition: () => this.cardPlacement.position(),
  });
  private readonly cardPlacement = new CardPlacement({root: () => this.renderRoot, layouts: this.layouts, vertical: () => this.vertical, state: () => this.selection.card});
  private readonly parts = new TimelineParts(this);
  private horizontal?: HorizontalView;
  private readonly earlyMoves = new EarlyMoves();
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
  private readonly filters = new FilterController(this, () => this.announceMatches());
  // Held for its listeners on the shadow root.
  protected readonly swipes$ = new SwipeController(this, {
    within: '.card',
    onSwipe: (dx, dy) => {
      const direction = this.selection.card?.pinned ? swipeStep(dx, dy, this.rtl) : 0;
      if (direction) this.step(direction, 'swipe');
    },
  });
  private readonly stepsOf = memoStorySteps<TimelineEvent>();
  private readonly positionOf = memoStepPosition();
  /** A button of the card's stepper was pressed: after the card moved to its event, focus that button again. */
  private refocusStep?: 1 | -1;
  private readonly media = new MediaChoices(this);
  /** Checks `src` again on an interval: made once the live part has loaded, for `refresh`. */
  private refresher?: InstanceType<LivePart['RefreshController']>;
  /** Events marked New or Updated, by id (set by the live part: see markChanges); until the page is reloaded or other data comes. */
  private readonly marks = new Map<string, LiveMark>();
  /** A timeline came while the live part was loading: its last visit is read and stored once it is here (`remember`). */
  private visitOwed = false;
  /** Why `remember` could not remember (no src or id to know the timeline by). */
  private rememberProblems: readonly TimelineProblem[] = [];
  /** The language of the nearest `lang` attribute, for dates and words; read once per update. */
  private locale: string | undefined;
  /** Time runs right to left (the nearest `dir` is `rtl`); read once per update. */
  private rtl = false;

  /** The parsed timeline being shown, if any. */
  get timeline(): Timeline | undefined {
    return this.source.result?.timeline;
  }

  /** Problems found in the data being shown, and with what the page asked for (an event to select, statuses to filter by). */
  get problems(): readonly TimelineProblem[] {
    const found = this.source.result?.problems ?? [];
    const asked = this.asked;
    return asked.length ? [...found, ...asked] : found;
  }

  private get asked(): readonly TimelineProblem[] {
    // The part that checks for new versions could not load: say so, as `refresh` then does nothing.
    const {error} = this.parts.live;
    const live = error && (this.refreshInterval || this.remember) ? [{severity: 'error' as const, path: 'refresh', message: error.message}] : [];
    return [...this.selection.problems, ...this.filters.problems, ...this.rememberProblems, ...live];
  }

  /** The horizontal timeline, once its part has loaded. */
  private get view(): HorizontalView | undefined {
    const part = this.parts.horizontal.value;
    this.horizontal ??= part && new part.HorizontalView(this, {
      layouts: this.drawing, selection: this.selection, cardPlacement: this.cardPlacement,
      announce: (text) => (this.announcement = text),
    });
    return this.horizontal;
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
    if (this.view?.ready) this.view.zoom.zoomBy(factor, false);
    else this.earlyMoves.zoomBy(factor);
  }

  /**
   * Shows the span from `start` to `end` (Dates, ISO strings or ms), in either order.
   * As ms they may lie beyond what a Date holds, on a timeline of deep time.
   * @throws {RangeError} when either is not a date.
   */
  zoomTo(start: Date | string | number, end: Date | string | number): void {
    const [from, to] = [start, end].map((value, i) => {
      const time = typeof value === 'number' ? value : new Date(value).getTime();
      if (Number.isNaN(time)) throw new RangeError(`<news-timeline>.zoomTo(): the ${i ? 'end' : 'start'} ${JSON.stringify(value) ?? String(value)} is not a date (expected a Date, an ISO date string or ms since 1970)`);
      return time;
    });
    if (this.view?.ready) this.view.showTimes(from, to);
    else this.earlyMoves.zoomTo(from, to);
  }

  /** Zooms out to the whole timeline. */
  fit(): void {
    if (this.view?.ready) this.view.fit();
    else this.earlyMoves.fit();
  }

  /**
   * Checks `src` for a new version now, as `refresh` does on its interval,
   * and merges it in; resolves when done. A failed check keeps what is shown
   * and shows the "updates paused" status. Without `src`, does nothing.
   */
  async refresh(): Promise<void> {
    if (!this.src || this.data != null) return;
    this.parts.live.start();
    await this.parts.live.loading;
    await this.liveRefresher()?.now();
  }

  /** The poller of `src`, once the live part is here. */
  private liveRefresher() {
    const part = this.parts.live.value;
    this.refresher ??= part && new part.RefreshController(this, {poll: () => this.source.poll(part)});
    return this.refresher;
  }

  /** Opens the card of an event and brings it into view; `null` closes it. */
  select(id: string | null): void {
    this.selected = id;
  }

  /**
   * Shows an event for a step of the text around the timeline
   * (`<news-timeline-steps>`): selected and brought into view as with
   * `selected`, its card open only when `card` is true; `null` selects
   * nothing. The chronology is not scrolled into view (the page would move
   * under the reader: the steps scroll only the chronology's own box), and
   * there, where the selected event's card opens in place, an event without
   * its card is not selected.
   */
  showStep(id: string | null, card: boolean): void {
    this.selection.request(card || !this.vertical ? id : null);
    if (!card) this.selection.closeCard();
    if (this.vertical) this.selection.takeReveal();
  }

  /**
   * Selects the event after the selected (or focused) one among those shown:
   * in the data's `story` order when it has one, else in date order. From
   * nothing, the first in view (the story's first step).
   */
  next(): void {
    this.step(1);
  }

  /** Selects the event before the selected (or focused) one; see `next()`. */
  previous(): void {
    this.step(-1);
  }

  /** Steps from code (`by` undefined) or for the reader, who pressed a stepper's button or swiped the card. */
  private step(direction: 1 | -1, by?: 'header' | 'card' | 'swipe'): void {
    const steps = this.steps;
    const current = this.selected ?? (this.view?.input.hasFocus ? this.selection.activeId : undefined);
    // A story is in the editor's order, not by date: from outside it, it starts at its ends.
    const window = this.vertical || this.timeline?.story ? undefined : this.visibleWindow;
    const index = stepTarget(steps, current, direction, window);
    const event = steps[index];
    if (!event || event.id === current) return;
    if (by) this.selection.stepTo(event);
    else this.select(event.id);
    this.selection.activeId = event.id;
    this.refocusStep = by === 'card' ? direction : undefined;
    const strings = this.strings;
    this.announcement = `${strings.stepPosition(index + 1, steps.length)}${strings.separator}${eventName(event, this.locale)}`;
  }

  /** The events previous and next go through. */
  private get steps(): readonly TimelineEvent[] {
    return this.stepsOf(this.layouts.shown, this.timeline?.story);
  }

  private renderStepper(where: 'header' | 'card') {
    return renderStepper({strings: this.strings, position: this.positionOf(this.steps, this.selected), onStep: (direction) => this.step(direction, where)}, where);
  }

  /** The stepper at the foot of a pinned event's card (not a cluster's list). */
  private cardFooter() {
    const card = this.selection.card;
    return card?.pinned && !card.cluster && this.timeline?.events.length ? this.renderStepper('card') : nothing;
  }

  /** Opens the card `start-at` names on new data, unless `selected` or the fragment chose one. */
  private openStartEvent(): void {
    const {timeline, startAt} = this;
    const id = timeline && startAt && this.selection.selected === null ? startEventId(startAt, timeline.events, timeline.story) : undefined;
    if (id) this.selection.request(id, 'start-at');
  }

  // --- each update ------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    this.view?.input.noteFocus();
    // Both walk the ancestors: read once per update, not at every use in a render.
    this.locale = this.language.locale;
    this.rtl = this.language.rtl;
    if (changed.has('timeout')) this.source.fetcher.timeout = this.timeout;
    if (changed.has('hash')) this.selection.hashEnabled = this.hash;
    if (changed.has('embeds')) this.media.setEmbeds(this.embeds);
    if (changed.has('statusFilter')) this.filters.setStatusFilter(this.statusFilter);
    const seconds = this.src && this.data == null ? this.refreshInterval ?? 0 : 0;
    this.source.fetcher.keepText = seconds > 0;
    if (seconds > 0 || this.remember) this.parts.live.start();
    this.liveRefresher()?.every(seconds);
    if (this.visitOwed && this.parts.live.value) this.rememberVisit(true);
    if (this.filters.statuses.size) this.parts.provenance.start();
    // A move still animating toward something in the old data has no business in the new.
    if (changed.has('data') || changed.has('src')) this.view?.stop();
    if (changed.has('data') || changed.has('src') || changed.has('type') || changed.has('childrenVersion') || !this.hasUpdated) {
      // In the words of the language when the message is shown: its translations may arrive after the answer.
      const loadFailed = (message: string, unpublished?: boolean) => this.strings.loadFailed(unpublished ? this.strings.publishSheet : message);
      this.source.read({data: this.data, src: this.src, type: this.type, loadFailed});
      if (this.src) warmUpDateFormats(this.locale);
    }
    if (this.source.version !== this.drawnVersion) this.takeNewData();
    this.view?.update({
      timeline: this.timeline, geometry: this.prepared.geometry, eventById: this.prepared.eventById, colors: this.prepared.colors,
      width: this.width, vertical: this.vertical, rtl: this.rtl, locale: this.locale, strings: this.strings, media: this.media, lanes: this.lanes,
      headingLevel: this.headingLevel + 1, selectedId: this.selected ?? undefined, start: this.start, end: this.end, marks: this.marks,
      cardFooter: () => this.cardFooter(),
    });
    this.parts.start({locale: this.locale, vertical: this.vertical || (!this.width && this.layout === 'auto' && window.innerWidth < 600)});
    this.prepareLayout();
    // Moves made from code land before this render, not after it: a move in
    // `updated` would render everything a second time.
    if (this.view?.placeView()) this.prepareLayout();
    if (this.view?.ready) this.earlyMoves.applyTo(this.view);
    this.view?.input.followFocus();
  }

  /**
   * New data arrived: what was laid out for the old is dropped, and the
   * selection learns the new events. A new version of the timeline shown is
   * merged: the window, an open card and focus stay, and what changed is marked.
   */
  private takeNewData(): void {
    this.drawnVersion = this.source.version;
    const changes = this.source.takeChanges();
    this.layouts.reset();
    // A new version mostly keeps its titles: their widths are measured already.
    if (!changes) this.measurer.clear();
    if (this.timeline?.updated || needsProvenance(this.timeline?.events ?? [])) this.parts.provenance.start();
    this.refresher?.restart();
    if (changes) {
      this.mergeChanges(changes);
    } else {
      this.marks.clear();
      this.selection.setEvents(this.timeline ? this.prepared.eventById : undefined);
      this.openStartEvent();
    }
    this.rememberVisit(!changes);
  }

  /**
   * With `remember`: marks what changed since the reader's last visit (`mark`:
   * for a timeline just loaded), and stores this one; once the live part is here.
   */
  private rememberVisit(mark: boolean): void {
    const part = this.parts.live.value;
    const {remember, timeline} = this;
    this.visitOwed = Boolean(remember && timeline && !part && mark);
    if (!remember || !timeline || !part) return;
    const {changes, problem} = part.rememberVisit(this.src, this.id, timeline.events, mark);
    this.rememberProblems = problem ? [problem] : [];
    if (changes) {
      part.markChanges(this.marks, changes);
      this.layouts.reset();
    }
  }

  private mergeChanges({changes, live}: {changes: EventChanges; live: Live}): void {
    this.view?.holdWindow();
    this.selection.mergeEvents(this.prepared.eventById);
    live.markChanges(this.marks, changes);
    const {added, changed, removed} = changes;
    if (added.length || changed.length || removed.length) this.announcement = this.strings.liveChanges(added.length, changed.length, removed.length);
  }

  /** Brings the layout to the current zoom level (see TimelineLayouts). */
  private prepareLayout(): void {
    const timeline = this.timeline;
    const {geometry: g, eventById} = this.prepared;
    const width = this.width;
    if (!timeline || !g || !width) return;
    const {lanes} = this;
    const {hidden: hiddenCategories, query, statuses} = this.filters;
    const {k, x} = this.view?.zoom.state ?? {k: 1, x: 0};
    const changed = this.drawing.update({timeline, eventById, extent: g.extent, width, lanes, hiddenCategories, query, statuses}, k);
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
      loading: this.source.loading || Boolean(this.parts.languages.loading && !this.timelineShown),
      failure: this.source.failure,
      retry: this.src ? () => this.source.fetcher.reload() : undefined,
      liveStatus: this.refresher?.renderStatus(strings) ?? nothing,
      body: (timeline) => this.renderTimeline(timeline, strings),
    });
  }

  private renderTimeline(timeline: Timeline, strings: UiStrings) {
    this.timelineShown = true;
    const {legendCategories, colors} = this.prepared;
    const header = renderHeader({
      timeline, strings, updated: this.parts.provenance.value?.renderUpdated(timeline, strings, this.locale) ?? nothing, headingLevel: this.headingLevel, categories: legendCategories, colors, media: this.media,
      hidden: this.filters.hidden, onToggle: (id) => this.filters.toggle(id),
      statusFilter: this.parts.provenance.value?.renderStatusFilter({events: timeline.events, chosen: this.filters.statuses, onToggle: (status) => this.filters.toggleStatus(status)}, strings) ?? nothing,
      search: this.search ? {query: this.filters.query, onInput: (query) => this.filters.search(query)} : undefined,
      controls: timeline.events.length
        ? html`${this.renderStepper('header')}${!this.vertical && this.view ? this.view.renderZoomControls(strings) : nothing}`
        : nothing,
    });
    if (!timeline.events.length) return html`${header}<slot name="empty"><p class="state" part="state">${strings.empty}</p></slot>`;
    if (!this.vertical) return html`${header}${this.view ? this.view.render() : this.parts.renderState(this.parts.horizontal, strings)}`;
    const part = this.parts.vertical.value;
    if (!part) return html`${header}${this.parts.renderState(this.parts.vertical, strings)}`;
    return html`${header}${part.renderVertical({
      timeline, headingLevel: this.headingLevel + 1, events: this.layouts.shown, colors, locale: this.locale, strings, media: this.media,
      expandedId: this.selected ?? undefined, activeId: this.selection.activeId, marks: this.marks,
      onToggle: (event) => (this.selected === event.id ? this.selection.unpin('button') : this.selection.pin(event)),
      onActivate: (event) => (this.selection.activeId = event.id),
      cardFooter: this.cardFooter(),
    })}`;
  }

  /** Resolves once every item in view has its element and the layout of the zoom is drawn, which can take a few frames after a big change (see LayoutController). */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Data waiting for its reader is drawn in the update that follows the load.
    await this.source.settled();
    // So is a view, or the words of its language, waiting for its part.
    await this.parts.settled(this.vertical);
    let complete = await super.getUpdateComplete();
    // Data set just before (read in that update) may have started waiting for a part, media's say: its drawing follows the load.
    await this.source.settled();
    complete = (await super.getUpdateComplete()) && complete;
    // Items drawn over several frames, or a layout made between frames (100k events), come later.
    for (let frames = 0; this.drawing.pending && frames < 600; frames++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override firstUpdated(): void {
    this.size.observe(this.renderRoot.querySelector('.measure')!);
    if (this.layout === 'auto' && matchMedia('(pointer: coarse)').matches) this.parts.preloadChronology();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.view?.updated();
    const id = this.vertical && this.timeline && this.parts.vertical.value && this.selection.takeReveal();
    // In the chronology the page scrolls: bring the selected entry into view.
    if (id) this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({block: 'center'});
    this.drawing.endRender();
    this.cardPlacement.sync();
    this.view?.input.restoreFocus();
    this.cardPlacement.focusStepper(this.refocusStep);
    this.refocusStep = undefined;
    this.source.dispatchOutcome(this.asked);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.disconnect();
  }

  /** After the reader filtered: how many events are left, and the card of one filtered out closes. */
  private announceMatches(): void {
    const total = this.timeline?.events.length ?? 0;
    this.announcement = this.strings.matches(this.layouts.shown.length, total);
    const open = this.selection.card?.eventId;
    if (open && !this.layouts.shown.some((e) => e.id === open)) this.selection.closeCard();
  }
}
