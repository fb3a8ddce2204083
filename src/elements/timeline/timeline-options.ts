import {LitElement, type PropertyDeclarations} from 'lit';

/**
 * The options of `<news-timeline>`: the attributes a page sets and the
 * properties code sets, with their defaults. The element (timeline.ts)
 * extends this class with what it does with them. Here too, what a page
 * can style: its slot, parts and custom properties.
 *
 * @slot empty - Shown instead of the default message when the timeline has no events.
 *
 * @csspart region - The whole widget, a landmark named by the timeline's title.
 * @csspart title - The timeline's title.
 * @csspart updated - The line under the title that says when the timeline was last changed.
 * @csspart description - The timeline's description.
 * @csspart legend - The list of categories; `legend-item` for each toggle.
 * @csspart status-filter - The source status toggles (when some source has a status); `status-item` for each toggle.
 * @csspart search - The search box (with the `search` attribute); `search-input` for the field.
 * @csspart zoom-controls - The group of zoom buttons; `zoom-button` for each.
 * @csspart stepper - Previous and next event, in the header and in a pinned card; `step-button` for each button, `step-position` for "12 of 49".
 * @csspart viewport - The area that pans and zooms.
 * @csspart era - The band of an era; `era-label` for its title.
 * @csspart marker - A point event; `marker-selected` is added to the selected one.
 * @csspart range - An event with an end; `range-selected` when selected; `bar` is its bar.
 * @csspart label - An event's visible title.
 * @csspart cluster - A group of events too close to show apart, with their count.
 * @csspart axis - The time axis; `tick` and `tick-label` for its ticks.
 * @csspart overview - The whole span in miniature; `brush` marks the part on screen.
 * @csspart card - The source card (floating, or inline in the chronology); `card-quote`, `card-link`, `card-corrections` and `card-close` inside it.
 * @csspart media - An event's medium (in the card) or the timeline's (under its title): a figure with its caption and credit; `media-link` for the link to it, `media-show` for the button that loads it in place.
 * @csspart chronology - The vertical layout's list; `year` for its year headings, `entry` for each event (`entry-selected` when open), `rail` for the date rail and `range-bar` for the bar of an event that lasts.
 * @csspart state - Loading, empty and error messages.
 * @csspart problems - The list of problems found in the data.
 * @csspart badge - "New" or "Updated" on an event added or changed by a live update (`refresh`, `data` set again) or since the last visit (`remember`).
 * @csspart live-status - "Updates paused" with its retry button, after a failed check for a new version.
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
export abstract class TimelineOptions extends LitElement {
  // Declared here rather than with decorators: their standard form costs
  // about 1 KB of helpers in the script-tag bundle, for nothing this gives.
  static override properties: PropertyDeclarations = {
    src: {},
    type: {},
    data: {attribute: false},
    theme: {reflect: true},
    start: {},
    end: {},
    hash: {type: Boolean},
    search: {type: Boolean},
    timeout: {type: Number},
    layout: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    lanes: {type: Number},
    startAt: {attribute: 'start-at'},
    embeds: {},
    statusFilter: {attribute: 'status-filter'},
    refreshInterval: {attribute: 'refresh', type: Number},
    remember: {type: Boolean},
  };

  /** URL of a timeline JSON file or CSV spreadsheet, fetched when set; a newer value cancels the older request. */
  declare src: string | undefined;

  /**
   * The format of `src`: `json` or `csv`. When not set (the default), a path
   * ending in `.csv` or a `text/csv` answer is read as CSV, anything else as JSON.
   *
   * A CSV file has one event per row under a header row naming the columns:
   * `date` and `title` (required), `id`, `end`, `summary`, `category`, and a
   * source's `source`, `source_url` (or `url`), `excerpt`, `published`,
   * `status`, `archived` and `accessed`, with a number for more sources
   * (`source 2`, `source_url 2`, …). Its title is
   * the element's first heading child (or its `aria-label`). Problems name the file, the spreadsheet row
   * (the header is row 1) and the column.
   */
  declare type: 'json' | 'csv' | undefined;

  /** A timeline document (or its JSON text) set from code; wins over `src` and children. */
  declare data: unknown;

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

  /**
   * The event whose card is open when the timeline has loaded: `first` or
   * `last` (of the data's `story` when it has one, else in date order), or an
   * event's id. `selected` and the URL fragment (with `hash`) win over it.
   * Read each time new data arrives; by default no card is open.
   */
  declare startAt: string | undefined;

  /**
   * The services whose players a reader may load in the card, by id,
   * separated by spaces: `youtube vimeo dailymotion soundcloud spotify`
   * (the ones with a player that works in a frame). Unset (the default), a
   * hosted medium is only a link that opens the service in a new tab. Even
   * when listed, the player loads only when the reader clicks "Show here",
   * from the privacy-enhanced host where there is one (youtube-nocookie.com,
   * Vimeo with `dnt=1`), in a sandboxed frame.
   */
  declare embeds: string | undefined;

  /**
   * Source statuses, separated by spaces: `confirmed`, `reported`, `disputed`,
   * `retracted`. Only events with a source of one of them are shown at first
   * (`status-filter="confirmed"`: only confirmed events); the reader can change
   * it with the status toggles in the legend, which appear when some source
   * has a status. Unset (the default), every event is shown. Other words are
   * reported in `problems`.
   */
  declare statusFilter: string | undefined;

  /**
   * The `refresh` attribute (the property has another name, as `refresh()`
   * is the method that checks at once): seconds between checks of `src`
   * for a new version (at least 15); unset
   * or 0 (the default), it is read once. Checks are conditional requests
   * (`If-None-Match`, `If-Modified-Since`: a 304 costs nothing), made only
   * while the page is visible. A new version is merged by event id: added
   * events are marked New, changed ones Updated, removed ones go; the view,
   * focus, filters and an open card stay. After a failed check the interval
   * doubles (up to 16 times) and a status offers to retry; what is shown stays.
   */
  declare refreshInterval: number | undefined;

  /**
   * Mark the events added (New) or changed (Updated, by their `updated`
   * time) since the reader's last visit. The ids seen and the time are kept
   * in this page's `localStorage`, under the timeline's `src` (or the
   * element's `id`); without this attribute nothing is stored.
   */
  declare remember: boolean;

  constructor() {
    super();
    this.theme = 'auto';
    this.hash = false;
    this.search = false;
    this.timeout = 30_000;
    this.layout = 'auto';
    this.headingLevel = 2;
    this.lanes = 6;
    this.remember = false;
  }
}
