/**
 * The data model of a timeline: what the parser returns and what layout and
 * elements read. Plain objects only, so a model can cross a Worker boundary
 * or be built on a server.
 *
 * The input format (what an editor writes) is described by
 * `data/timeline.schema.json` and by `TimelineDocument` below.
 */

/** How much of a date the editor gave: `2001`, `2001-10`, `2001-10-07` or a time of day. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** A date parsed once, with the precision it was written at. */
export interface PartialDate {
  /** The text as written in the data, e.g. `"2001-10"`. */
  readonly iso: string;
  readonly precision: DatePrecision;
  /** First instant covered, in milliseconds since the epoch (UTC). */
  readonly start: number;
  /**
   * First instant after the period the date names (exclusive), in ms UTC:
   * `2001-10` covers October, so `end` is 1 November 2001. For a time of day
   * it equals `start`.
   */
  readonly end: number;
  /**
   * For a time of day written with an offset (`+04:30`), that offset in
   * minutes, so the time can be shown as the source's wall clock read it.
   * `0` for `Z`, `undefined` when no offset was written (read as UTC).
   */
  readonly offsetMinutes?: number;
  /**
   * A year beyond the range of a JavaScript Date (such as `-13800000000`),
   * precision `year`, its `start`/`end` counted in mean Gregorian years (see
   * `data/deep-time.ts`). Never pass such a date's times to `Date` or `Intl`.
   */
  readonly deep?: true;
}

export interface TimelineSource {
  /** Who published it, e.g. "Reuters". */
  readonly name: string;
  /** An http(s) address; anything else is reported and left out. */
  readonly url?: string;
  /** A verbatim quotation from the source, shown as a quotation. */
  readonly excerpt?: string;
  /** When the source was published. */
  readonly published?: PartialDate;
}

export interface TimelineEvent {
  /** Stable, unique within the timeline; used for selection and deep links. */
  readonly id: string;
  /** Position in date order (0-based), equal to the event's index in `Timeline.events`. */
  readonly index: number;
  readonly date: PartialDate;
  /** Present for a range (an event that lasts), never before `date`. */
  readonly end?: PartialDate;
  readonly title: string;
  readonly summary?: string;
  /** A category id; always one of `Timeline.categories`. */
  readonly category?: string;
  readonly sources: readonly TimelineSource[];
}

export interface TimelineEra {
  readonly title: string;
  readonly start: PartialDate;
  readonly end: PartialDate;
}

export interface TimelineCategory {
  readonly id: string;
  readonly label: string;
  /** A CSS colour checked by the parser (hex, rgb/hsl/…() or a colour name). */
  readonly color?: string;
}

/** A normalised timeline: events sorted by date, every date parsed. */
export interface Timeline {
  readonly title: string;
  readonly description?: string;
  /** Sorted by start, then end (points before ranges), then input order. */
  readonly events: readonly TimelineEvent[];
  /** Sorted by start. */
  readonly eras: readonly TimelineEra[];
  /** Declared categories in input order, then any used but not declared. */
  readonly categories: readonly TimelineCategory[];
  /**
   * The editor's reading order: ids of events, each once, all of them events
   * of this timeline. Previous/next follow it (and visit only these events);
   * without it they go through every event in date order.
   */
  readonly story?: readonly string[];
}

/**
 * Something wrong in the input. `error`: that part was left out (an event
 * without a valid date, a link that is not http(s)). `warning`: it was kept
 * with a repair that the message names (a duplicate id renamed, say).
 */
export interface TimelineProblem {
  readonly severity: 'error' | 'warning';
  /** JSON path into the document, e.g. `events[12].date`; `""` for the document itself. */
  readonly path: string;
  /** A plain sentence naming what was expected, e.g. `"2021-13-01" is not a valid date`. */
  readonly message: string;
}

export interface ParseResult {
  /** `undefined` only when the input is not a timeline at all. */
  readonly timeline?: Timeline;
  readonly problems: readonly TimelineProblem[];
  /** How many events of the input were left out because of errors. */
  readonly eventsLeftOut: number;
}

// ---------------------------------------------------------------------------
// The input format, as written by editors (see data/timeline.schema.json).

export interface TimelineSourceInput {
  name: string;
  url?: string;
  excerpt?: string;
  published?: string;
}

export interface TimelineEventInput {
  id: string;
  date: string;
  end?: string;
  title: string;
  summary?: string;
  category?: string;
  sources?: TimelineSourceInput[];
}

export interface TimelineEraInput {
  title: string;
  start: string;
  end: string;
}

export interface TimelineCategoryInput {
  id: string;
  label: string;
  color?: string;
}

export interface TimelineDocument {
  $schema?: string;
  title: string;
  description?: string;
  events: TimelineEventInput[];
  eras?: TimelineEraInput[];
  categories?: TimelineCategoryInput[];
  /** Event ids in the order a reader steps through them (see `Timeline.story`). */
  story?: string[];
}
