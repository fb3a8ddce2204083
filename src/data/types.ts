/**
 * The data model of a timeline: what the parser returns and what layout and
 * elements read. Plain objects only, so a model can cross a Worker boundary
 * or be built on a server.
 *
 * The input format (what an editor writes) is described by
 * `data/timeline.schema.json` and by `TimelineDocument` below.
 */

import type {MediaKind, MediaProvider} from './media-kind.js';

export type {MediaKind, MediaProvider};

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
  /**
   * EDTF (Extended Date/Time Format, level 1) qualifiers written after the
   * date: `?` uncertain ("possibly"), `~` approximate ("about"), `%` both.
   * The date still covers the period written (`2001-11~` is the whole of
   * November); the qualifier says how sure the source is of it.
   */
  readonly uncertain?: true;
  readonly approximate?: true;
  /**
   * Years the editor left unspecified with `X`: `201X` (10, the 2010s) or
   * `20XX` (100, 2000–2099). Precision is then `year` and `start`/`end`
   * cover every year the digits could be. (`2021-XX` and `2021-08-XX` need
   * no mark: they are the year 2021 and August 2021, precision `year` and
   * `month`, with `iso` as written.)
   */
  readonly years?: 10 | 100;
  /**
   * An EDTF season (`2021-21` spring … `2021-24` winter), precision `month`.
   * The standard ties them to no hemisphere; they cover the quarters of the
   * year (21 January–March … 24 October–December), as the reference
   * implementation (the `edtf` package) reads them.
   */
  readonly season?: 21 | 22 | 23 | 24;
  /**
   * An EDTF interval (`2001-11-12/2001-11-13`) given as a date: the moment
   * lies somewhere between its two ends, both included, and `start`/`end`
   * cover them both. An end written open (`..`) or unknown (empty) is absent,
   * and the extent is then that of the end that is given ("August 2021 or
   * later"). An event that lasts is written with `date` and `end`, not an
   * interval. Precision is that of the end given first.
   */
  readonly between?: {readonly from?: PartialDate; readonly to?: PartialDate};
}

/**
 * Whether a date is soft: qualified, a span of possible days (an interval,
 * unspecified digits, a season). Such a date is drawn with the whole extent
 * it could lie in, and said in words ("about November 2001").
 */
export const isSoftDate = (date: PartialDate): boolean =>
  Boolean(date.uncertain || date.approximate || date.between || date.years || date.season);

/** How far a source establishes an event (`sources[].status`). */
export type SourceStatus = 'confirmed' | 'reported' | 'disputed' | 'retracted';

/** Every `SourceStatus`, in the order the legend and the card list them. */
export const SOURCE_STATUSES: readonly SourceStatus[] = ['confirmed', 'reported', 'disputed', 'retracted'];

export interface TimelineSource {
  /** Who published it, e.g. "Reuters". */
  readonly name: string;
  /** An http(s) address; anything else is reported and left out. */
  readonly url?: string;
  /** A verbatim quotation from the source, shown as a quotation. */
  readonly excerpt?: string;
  /** When the source was published. */
  readonly published?: PartialDate;
  /** Whether it establishes the event, only reports it, disputes or has retracted it. */
  readonly status?: SourceStatus;
  /** An http(s) address of an archived copy (the Wayback Machine, archive.today), shown beside the live link. */
  readonly archived?: string;
  /** When the editor last read the source at its address. */
  readonly accessed?: PartialDate;
}

/**
 * A photo, video, audio file or link to a hosted player shown in an event's
 * card (or, for the timeline's own medium, under its title). Every field is
 * text, never HTML. Nothing of it is fetched before the reader opens the card.
 */
export interface TimelineMedia {
  /** An http(s) address: of the file itself, or of the page on a service (YouTube, a map, a post). */
  readonly url: string;
  /** As written, or inferred from the address (see `inferMediaKind`). */
  readonly kind: MediaKind;
  /** For an embed on a known service: which one (its `id` is what `embeds="…"` lists). */
  readonly provider?: MediaProvider;
  /**
   * What an image shows, for readers who cannot see it. `""` when the editor
   * said the image is decorative; absent when not given, and the image is
   * then offered as a link instead of being shown without a description.
   */
  readonly alt?: string;
  /** Who made it or owns it: "Photo: AP / Rahmat Gul". */
  readonly credit?: string;
  /** A sentence shown under it. */
  readonly caption?: string;
  /** A small image (http(s)) for the link card of an embed. */
  readonly thumbnail?: string;
  /** Its size in CSS pixels, which reserves its box before it loads. */
  readonly width?: number;
  readonly height?: number;
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
  /**
   * How much the event matters to the story, 0–3 (see `IMPORTANCE`): when
   * space is short, less important events are clustered first and the most
   * important keep their marker and label. Absent means `DEFAULT_IMPORTANCE`.
   */
  readonly importance?: number;
  /** Shown in the card, under the summary. */
  readonly media?: TimelineMedia;
  /**
   * Text shown instead of the date computed from `date` (and `end`), such as
   * "Spring 1865" or "c. 500 BC"; the event is still placed by `date`.
   */
  readonly displayDate?: string;
  /**
   * One sentence on why the date is uncertain or how the sources differ on
   * it ("Accounts differ on whether Kabul fell on 12 or 13 November"),
   * shown in the card under the date.
   */
  readonly dateNote?: string;
  /**
   * When the event's entry was last changed, to the minute with its zone
   * (`2021-10-20T14:05Z`): a developing story's "Updated" badge and time.
   */
  readonly updated?: PartialDate;
  /** What was corrected in the entry and when, oldest first; shown under the sources. */
  readonly corrections?: readonly TimelineCorrection[];
}

/** A correction made to an event's entry: part of the record, never hidden. */
export interface TimelineCorrection {
  readonly date: PartialDate;
  readonly text: string;
}

/** The range of `TimelineEvent.importance`. */
export const IMPORTANCE = {min: 0, max: 3} as const;

/**
 * The importance of an event that gives none: 1, one step above the least,
 * so that an editor can mark background events as 0 without marking every
 * other event up.
 */
export const DEFAULT_IMPORTANCE = 1;

/** An event's importance, its default when it gives none. */
export const importanceOf = (event: TimelineEvent): number => event.importance ?? DEFAULT_IMPORTANCE;

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
  /** The timeline's own medium, under its title (a TimelineJS3 title slide's). */
  readonly media?: TimelineMedia;
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
  /** When the timeline as a whole was last changed (shown under its title). */
  readonly updated?: PartialDate;
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
  status?: SourceStatus;
  archived?: string;
  accessed?: string;
}

export interface TimelineMediaInput {
  url: string;
  kind?: MediaKind;
  alt?: string;
  credit?: string;
  caption?: string;
  thumbnail?: string;
  width?: number;
  height?: number;
}

export interface TimelineEventInput {
  id: string;
  date: string;
  end?: string;
  displayDate?: string;
  dateNote?: string;
  title: string;
  summary?: string;
  category?: string;
  sources?: TimelineSourceInput[];
  /** An integer from 0 to 3; 1 when left out. */
  importance?: number;
  media?: TimelineMediaInput;
  /** A date-time with its zone, `2021-10-20T14:05Z`. */
  updated?: string;
  corrections?: TimelineCorrectionInput[];
}

export interface TimelineCorrectionInput {
  date: string;
  text: string;
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
  media?: TimelineMediaInput;
  events: TimelineEventInput[];
  eras?: TimelineEraInput[];
  categories?: TimelineCategoryInput[];
  /** Event ids in the order a reader steps through them (see `Timeline.story`). */
  story?: string[];
  /** A date-time with its zone: when the timeline was last changed. */
  updated?: string;
}
