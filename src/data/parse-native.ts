import {isHttpUrl} from './links.js';
import {orderByKeys} from '../steps/order-by-keys.js';
import type {Steps} from '../steps/steps.js';
import {lastInstant, parsePartialDate, readDate} from './dates.js';
import {clip, clipText} from './clip.js';
import {createCategoryList, createUniqueIds, deriveEventId, type CategoryList} from './ids.js';
import {isObject, type Json} from './is-object.js';
import {at, createProblemLog, describeType, type ProblemLog} from './problems.js';
import {DEFAULT_IMPORTANCE, IMPORTANCE} from './types.js';
import {readStatus} from './provenance.js';
import type {MediaFieldReaders, readMedia} from './read-media.js';
import type {
  ParseResult,
  PartialDate,
  Timeline,
  TimelineEra,
  TimelineEvent,
  TimelineCorrection,
  TimelineSource,
} from './types.js';

/** CSS colours we accept from data (hex, colour functions, the named colours); identical to the schema's `color` pattern. */
export const COLOR_PATTERN =
  /^(?:#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%+\-\s/]*\)|(?:aliceblue|antiquewhite|aqua|aquamarine|azure|beige|bisque|black|blanchedalmond|blue|blueviolet|brown|burlywood|cadetblue|chartreuse|chocolate|coral|cornflowerblue|cornsilk|crimson|cyan|darkblue|darkcyan|darkgoldenrod|darkgray|darkgreen|darkgrey|darkkhaki|darkmagenta|darkolivegreen|darkorange|darkorchid|darkred|darksalmon|darkseagreen|darkslateblue|darkslategray|darkslategrey|darkturquoise|darkviolet|deeppink|deepskyblue|dimgray|dimgrey|dodgerblue|firebrick|floralwhite|forestgreen|fuchsia|gainsboro|ghostwhite|gold|goldenrod|gray|green|greenyellow|grey|honeydew|hotpink|indianred|indigo|ivory|khaki|lavender|lavenderblush|lawngreen|lemonchiffon|lightblue|lightcoral|lightcyan|lightgoldenrodyellow|lightgray|lightgreen|lightgrey|lightpink|lightsalmon|lightseagreen|lightskyblue|lightslategray|lightslategrey|lightsteelblue|lightyellow|lime|limegreen|linen|magenta|maroon|mediumaquamarine|mediumblue|mediumorchid|mediumpurple|mediumseagreen|mediumslateblue|mediumspringgreen|mediumturquoise|mediumvioletred|midnightblue|mintcream|mistyrose|moccasin|navajowhite|navy|oldlace|olive|olivedrab|orange|orangered|orchid|palegoldenrod|palegreen|paleturquoise|palevioletred|papayawhip|peachpuff|peru|pink|plum|powderblue|purple|rebeccapurple|red|rosybrown|royalblue|saddlebrown|salmon|sandybrown|seagreen|seashell|sienna|silver|skyblue|slateblue|slategray|slategrey|snow|springgreen|steelblue|tan|teal|thistle|tomato|turquoise|violet|wheat|white|whitesmoke|yellow|yellowgreen|transparent|currentcolor|currentColor))$/;

const ROOT_KEYS = ['$schema', 'title', 'description', 'media', 'events', 'eras', 'categories', 'story', 'updated'];
const EVENT_KEYS = ['id', 'date', 'end', 'displayDate', 'dateNote', 'title', 'summary', 'category', 'sources', 'media', 'importance', 'updated', 'corrections'];
const SOURCE_KEYS = ['name', 'url', 'excerpt', 'published', 'status', 'archived', 'accessed'];
const ERA_KEYS = ['title', 'start', 'end'];
const CATEGORY_KEYS = ['id', 'label', 'color'];
const CORRECTION_KEYS = ['date', 'text'];

const EVENT_LEFT_OUT = '; the event was left out';
const ERA_LEFT_OUT = '; the era was left out';
const CATEGORY_LEFT_OUT = '; the category was left out';
const UPDATE_LEFT_OUT = '; the update time was left out';
const CORRECTION_LEFT_OUT = '; the correction was left out';

/**
 * How sources without a publication date or an address are reported: not at
 * all (the default: a page shows what it has), or as warnings or errors (the
 * CLI's `validate`, and its `--strict`), for an editor checking a file.
 */
export type SourceChecks = 'warning' | 'error' | undefined;

/**
 * Reads a document in news-timeline's own format (already parsed from JSON)
 * into the normalised model, plus every problem found. Never throws and never
 * mutates `doc`. A bad event is reported and left out; the rest is kept.
 * This is `parseTimeline` without the TimelineJS3 import, which is kept out
 * so that the script-tag bundle can load that import only for such a file.
 */
export function* parseNativeSteps(doc: unknown, sourceChecks?: SourceChecks): Steps<ParseResult> {
  const log = createProblemLog();
  if (!isObject(doc)) {
    log.error('', `expected a timeline: a JSON object with "title" and "events", but the document is ${describeType(doc)}`);
    return {problems: log.problems, eventsLeftOut: 0};
  }
  checkKeys(doc, '', ROOT_KEYS, log);
  if (doc.$schema !== undefined && typeof doc.$schema !== 'string') {
    log.warning('$schema', `expected the address of the schema as text, got ${describeType(doc.$schema)}; it was ignored`);
  }
  const title = requiredText(doc, '', 'title', log, '; the timeline is shown without a title') ?? '';
  const description = optionalText(doc, '', 'description', log, false, '; it was left out');
  const media = readMediaWith(doc.media, 'media', log);
  const categories = readCategories(doc, log);
  const events = yield* readEvents(doc, log, categories, sourceChecks);
  const eras = readList(doc, '', 'eras', log, (value, path) => readEra(value, path, log)).sort((a, b) => a.start.start - b.start.start);
  const story = readStory(doc, events, log);
  const updated = updateTime(doc, '', 'updated', log);
  const timeline: Timeline = {
    title, events, eras, categories: categories.categories,
    ...(description !== undefined && {description}),
    ...(story && {story}),
    ...(media && {media}),
    ...(updated && {updated}),
  };
  const eventsLeftOut = Array.isArray(doc.events) ? doc.events.length - events.length : 0;
  return {timeline, problems: log.problems, eventsLeftOut};
}

/** Events read between two yields: about a millisecond's work. */
const EVENTS_PER_STEP = 256;

function* readEvents(doc: Json, log: ProblemLog, categories: CategoryList, sourceChecks: SourceChecks): Steps<TimelineEvent[]> {
  if (!('events' in doc)) {
    log.error('events', 'is missing; expected an array of events');
    return [];
  }
  const list = listAt(doc, '', 'events', log);
  const claimId = createUniqueIds();
  const read: DraftEvent[] = [];
  for (let index = 0; index < list.length; index++) {
    if (index % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
    const path = at('events', index);
    const event = readEvent(list[index], path, log, sourceChecks);
    if (!event) continue;
    const id = claimId(event.id);
    if (id !== event.id) {
      log.warning(at(path, 'id'), `"${clip(event.id)}" is used by an earlier event; this one was renamed "${clip(event.id)}${id.slice(event.id.length)}"`);
      event.id = id;
    }
    const category = event.category;
    if (category !== undefined && categories.add({id: category, label: clipText(category, MAX_LABEL_LENGTH)})) {
      const long = category.length > MAX_LABEL_LENGTH;
      log.warning(at(path, 'category'), `"${clip(category)}" is not declared in "categories"; it was added with its id as label${long ? `, cut to its first ${MAX_LABEL_LENGTH} characters` : ''}`);
    }
    read.push(event);
  }
  // In date order, then end, then file order: a stable sort by end, then by start.
  // Typed keys and a merge sort that can pause between passes, which a comparator sort cannot.
  const ends = new Float64Array(read.length);
  for (let i = 0; i < read.length; i++) ends[i] = (read[i].end ?? read[i].date).end;
  const byEnd = yield* orderByKeys(ends);
  const starts = new Float64Array(read.length);
  for (let i = 0; i < read.length; i++) starts[i] = read[byEnd[i]].date.start;
  const byStart = yield* orderByKeys(starts);
  // The drafts are ours alone, so they take their index in place: copying 100k events cost more than reading them.
  const events: TimelineEvent[] = new Array(read.length);
  for (let i = 0; i < read.length; i++) {
    const event = read[byEnd[byStart[i]]];
    event.index = i;
    events[i] = event;
  }
  return events;
}

type DraftEvent = {-readonly [K in keyof TimelineEvent]: TimelineEvent[K]};

function readEvent(value: unknown, path: string, log: ProblemLog, sourceChecks: SourceChecks): DraftEvent | undefined {
  if (!isObject(value)) {
    log.error(path, `expected an event object, got ${describeType(value)}; it was left out`);
    return undefined;
  }
  checkKeys(value, path, EVENT_KEYS, log);
  const title = requiredText(value, path, 'title', log, EVENT_LEFT_OUT);
  const date = requiredDate(value, path, 'date', log, EVENT_LEFT_OUT);
  let end = optionalDate(value, path, 'end', log, '; the end was left out, so the event shows as a single date');
  const summary = optionalText(value, path, 'summary', log, false, '; the summary was left out');
  const category = optionalText(value, path, 'category', log, true, '; the category was left out');
  const sources = readList(value, path, 'sources', log, (item, itemPath) => readSource(item, itemPath, log, sourceChecks));
  const importance = readImportance(value.importance, path, log);
  const media = readMediaWith(value.media, at(path, 'media'), log);
  const displayDate = optionalText(value, path, 'displayDate', log, true, '; the date is shown from "date"');
  const dateNote = optionalText(value, path, 'dateNote', log, true, '; the note was left out');
  let id = requiredText(value, path, 'id', log, '; an id was made from the date and title', 'warning');
  const updated = updateTime(value, path, 'updated', log);
  // Oldest first; a stable sort, so two of one day keep the file's order.
  const corrections = readList(value, path, 'corrections', log, (item, itemPath) => readCorrection(item, itemPath, log)).sort((a, b) => a.date.start - b.date.start);
  if (title === undefined || date === undefined) return undefined;
  id ??= deriveEventId(date.iso, title);
  if (end && lastInstant(end) < date.start) {
    log.error(at(path, 'end'), `"${end.iso}" is before the event's date "${date.iso}"; the end was left out`);
    end = undefined;
  }
  return {
    id, index: 0, date, title, sources,
    ...(end && {end}),
    ...(summary !== undefined && {summary}),
    ...(category !== undefined && {category}),
    ...(importance !== undefined && {importance}),
    ...(media && {media}),
    ...(displayDate !== undefined && {displayDate}),
    ...(dateNote !== undefined && {dateNote}),
    ...(updated && {updated}),
    ...(corrections.length && {corrections}),
  };
}

/**
 * The reader of media (read-media.ts), once given: the element loads it, in
 * its media part, for data that has media (see `needsMedia`); the data entry,
 * the CLI and servers give it at once (parse-timeline.ts). Not imported
 * here, so that the script-tag bundle does not carry it.
 */
let mediaReader: typeof readMedia | undefined;

/** Lets the parser read media with `reader`. */
export function acceptMedia(reader: typeof readMedia): void {
  mediaReader = reader;
}

function readMediaWith(value: unknown, path: string, log: ProblemLog) {
  if (value === undefined) return undefined;
  // Only a caller that skipped needsMedia gets here: say so rather than drop the medium unseen.
  if (!mediaReader) log.error(path, 'was left out: the media reader was not loaded');
  return mediaReader?.(value, path, log, fieldReaders(log));
}

/** A correction of an event's entry: without its date or text, it is reported and left out. */
function readCorrection(value: unknown, path: string, log: ProblemLog): TimelineCorrection | undefined {
  if (!isObject(value)) {
    log.error(path, `expected a correction object with "date" and "text", got ${describeType(value)}${CORRECTION_LEFT_OUT}`);
    return undefined;
  }
  checkKeys(value, path, CORRECTION_KEYS, log);
  if (value.date === undefined) log.error(at(path, 'date'), `is missing${CORRECTION_LEFT_OUT}`);
  const date = updateTime(value, path, 'date', log, CORRECTION_LEFT_OUT);
  const text = requiredText(value, path, 'text', log, CORRECTION_LEFT_OUT);
  return date && text !== undefined ? {date, text} : undefined;
}

/**
 * An update time (`updated`, a correction's `date`): a day, or a time to the
 * minute (or finer) with its zone. A time without one is refused: readers see
 * it on their own clock, and a bare time names no instant. Soft (EDTF) and
 * deep dates name no moment of an edit either, hence the plain ISO reader.
 */
function updateTime(parent: Json, path: string, key: string, log: ProblemLog, consequence = UPDATE_LEFT_OUT): PartialDate | undefined {
  const value = parent[key];
  const date = typeof value == 'string' ? parsePartialDate(value) : '';
  if (typeof date != 'string' && (date.precision == 'day' || date.offsetMinutes !== undefined)) return date;
  if (value !== undefined) {
    log.error(at(path, key), `expected a date-time with its zone like 2021-10-20T14:05Z or a date, got ${typeof value == 'string' ? `"${clip(value, 40)}"` : describeType(value)}${consequence}`);
  }
  return undefined;
}

/** The field readers a medium is read with (see read-media.ts). */
function fieldReaders(log: ProblemLog): MediaFieldReaders {
  return {
    text: (parent, path, key, nonEmpty, consequence, exact) => optionalText(parent, path, key, log, nonEmpty, consequence, 'error', exact),
    checkKeys: (value, path, known) => checkKeys(value, path, known, log),
  };
}

/** An event's `importance`: an integer from 0 to 3; anything else is said, and the event keeps the default. */
function readImportance(value: unknown, path: string, log: ProblemLog): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= IMPORTANCE.min && value <= IMPORTANCE.max) return value;
  const got = typeof value === 'number' ? String(value) : typeof value === 'string' ? `the text "${clip(value)}"` : describeType(value);
  log.warning(at(path, 'importance'), `expected a whole number from ${IMPORTANCE.min} to ${IMPORTANCE.max}, got ${got}; the event has the default importance, ${DEFAULT_IMPORTANCE}`);
  return undefined;
}

function readSource(value: unknown, path: string, log: ProblemLog, checks: SourceChecks): TimelineSource | undefined {
  if (!isObject(value)) {
    log.error(path, `expected a source object with a "name", got ${describeType(value)}; it was left out`);
    return undefined;
  }
  checkKeys(value, path, SOURCE_KEYS, log);
  const name = requiredText(value, path, 'name', log, '; the source was left out');
  const url = readLink(value, path, 'url', log, '; the link was left out');
  const excerpt = optionalText(value, path, 'excerpt', log, false, '; the excerpt was left out');
  const published = optionalDate(value, path, 'published', log, '; the publication date was left out');
  const status = readStatus(value.status, path, log);
  const archived = readLink(value, path, 'archived', log, '; the archived copy was left out');
  const accessed = optionalDate(value, path, 'accessed', log, '; the access date was left out');
  if (name === undefined) return undefined;
  // Said only when asked (the CLI's validate): kept short, as the core bundle carries it.
  if (checks) for (const key of ['url', 'published']) if (value[key] === undefined) log[checks](at(path, key), 'is missing');
  return {
    name, ...(url && {url}), ...(excerpt !== undefined && {excerpt}), ...(published && {published}),
    ...(status && {status}), ...(archived && {archived}), ...(accessed && {accessed}),
  };
}

/** An http(s) address at `key`; any other scheme is an error, since it would become a link a reader clicks. */
function readLink(parent: Json, path: string, key: string, log: ProblemLog, consequence: string): string | undefined {
  const url = optionalText(parent, path, key, log, true, consequence, 'error', true);
  if (url === undefined || isHttpUrl(url)) return url;
  log.error(at(path, key), `"${clip(url)}" is not an http(s) address${consequence}`);
  return undefined;
}

function readEra(value: unknown, path: string, log: ProblemLog): TimelineEra | undefined {
  if (!isObject(value)) {
    log.error(path, `expected an era object with "title", "start" and "end", got ${describeType(value)}; it was left out`);
    return undefined;
  }
  checkKeys(value, path, ERA_KEYS, log);
  const title = requiredText(value, path, 'title', log, ERA_LEFT_OUT);
  const start = requiredDate(value, path, 'start', log, ERA_LEFT_OUT);
  const end = requiredDate(value, path, 'end', log, ERA_LEFT_OUT);
  if (title === undefined || !start || !end) return undefined;
  if (lastInstant(end) < start.start) {
    log.error(at(path, 'end'), `"${end.iso}" is before the era's start "${start.iso}"; the era was left out`);
    return undefined;
  }
  return {title, start, end};
}

/**
 * The editor's reading order. Every step must name an event that was kept,
 * once; a step that does not is reported and left out, and the rest of the
 * story stands.
 */
function readStory(doc: Json, events: readonly TimelineEvent[], log: ProblemLog): string[] | undefined {
  if (doc.story === undefined) return undefined;
  const ids = new Set(events.map((e) => e.id));
  const steps = new Map<string, number>();
  const list = listAt(doc, '', 'story', log);
  list.forEach((id, index) => {
    const path = at('story', index);
    if (typeof id !== 'string' || !id) {
      log.error(path, `expected the id of an event as text, got ${describeType(id)}; the step was left out`);
    } else if (!ids.has(id)) {
      log.error(path, `"${clip(id)}" is not the id of an event of this timeline (or that event was left out); the step was left out`);
    } else if (steps.has(id)) {
      log.error(path, `"${clip(id)}" is already step ${steps.get(id)! + 1} of the story; this repeat was left out`);
    } else {
      steps.set(id, index);
    }
  });
  if (steps.size) return [...steps.keys()];
  if (list.length) log.warning('story', 'names no event that can be shown; previous and next go through every event in date order');
  return undefined;
}

function readCategories(doc: Json, log: ProblemLog): CategoryList {
  const list = createCategoryList();
  readList(doc, '', 'categories', log, (value, path) => {
    if (!isObject(value)) {
      log.error(path, `expected a category object with "id" and "label", got ${describeType(value)}; it was left out`);
      return undefined;
    }
    checkKeys(value, path, CATEGORY_KEYS, log);
    const id = requiredText(value, path, 'id', log, CATEGORY_LEFT_OUT);
    const label = requiredText(value, path, 'label', log, CATEGORY_LEFT_OUT);
    let color = optionalText(value, path, 'color', log, true, '; a default colour is used', 'error', true);
    if (color !== undefined && !COLOR_PATTERN.test(color)) {
      log.error(at(path, 'color'), `"${clip(color)}" is not a CSS colour such as "#b3261e" or "rgb(179 38 30)"; a default colour is used`);
      color = undefined;
    }
    if (id !== undefined && label !== undefined && !list.add({id, label, ...(color && {color})})) {
      log.error(at(path, 'id'), `"${clip(id)}" is declared twice; this one was left out`);
    }
    return undefined;
  });
  return list;
}

// --- field readers --------------------------------------------------------

function readList<T>(
  parent: Json, path: string, key: string, log: ProblemLog,
  readItem: (value: unknown, path: string, index: number) => T | undefined,
): T[] {
  const list = listAt(parent, path, key, log);
  const listPath = at(path, key);
  const items: T[] = [];
  list.forEach((item, index) => {
    const read = readItem(item, at(listPath, index), index);
    if (read !== undefined) items.push(read);
  });
  return items;
}

/** The array at `key`, or none (with a problem when something else is there). */
function listAt(parent: Json, path: string, key: string, log: ProblemLog): readonly unknown[] {
  const value = parent[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    log.error(at(path, key), `expected an array, got ${describeType(value)}; it was left out`);
    return [];
  }
  return value;
}

// `consequence` ends the message with what became of the thing the field belongs to.
function requiredText(
  parent: Json, path: string, key: string, log: ProblemLog, consequence = '',
  severity: 'error' | 'warning' = 'error',
): string | undefined {
  if (parent[key] === undefined) {
    log[severity](at(path, key), `is missing${consequence}`);
    return undefined;
  }
  return optionalText(parent, path, key, log, true, consequence, severity);
}

function optionalText(
  parent: Json, path: string, key: string, log: ProblemLog, nonEmpty = false, consequence = '',
  severity: 'error' | 'warning' = 'error', exact = false,
): string | undefined {
  const value = parent[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || (nonEmpty && !value.trim())) {
    log[severity](at(path, key), `expected ${nonEmpty ? 'non-empty ' : ''}text, got ${describeType(value)}${consequence}`);
    return undefined;
  }
  return exact ? trimmed(value, path, key, log) : capped(value.trim(), path, key, log);
}

/**
 * Longest text kept for display, in UTF-16 units. Far above any real summary or
 * excerpt, far below what stalls a browser's text layout (a 5 MB summary took
 * WebKit over 20 s to lay out).
 */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * Longest label kept (titles, names, category labels), in UTF-16 units: some
 * fifty words. Labels sit in buttons and one-line boxes, and WebKit stops
 * wrapping an unbroken run after a few dozen lines there (a 5,000-character
 * category label made its legend button 1,838 px wide in a 760 px timeline).
 */
export const MAX_LABEL_LENGTH = 300;

/** Keys whose text is a label, kept to `MAX_LABEL_LENGTH`. */
const LABEL_KEYS = new Set(['title', 'label', 'name', 'displayDate']);

// Fields take the path and key apart, and join them only for a problem: most fields have none.
function capped(text: string, path: string, key: string, log: ProblemLog): string {
  const limit = LABEL_KEYS.has(key) ? MAX_LABEL_LENGTH : MAX_TEXT_LENGTH;
  if (text.length <= limit) return text;
  log.warning(at(path, key), `is ${text.length.toLocaleString('en')} characters long; only the first ${limit.toLocaleString('en')} are shown`);
  return clipText(text, limit);
}

/** Values with a fixed shape (dates, links, colours) must not carry spaces; they are forgiven, and said. */
function trimmed(value: string, path: string, key: string, log: ProblemLog): string {
  const text = value.trim();
  if (text !== value) log.warning(at(path, key), `"${clip(value)}" has spaces or line breaks around it; they were ignored`);
  return text;
}

function requiredDate(parent: Json, path: string, key: string, log: ProblemLog, consequence: string): PartialDate | undefined {
  if (parent[key] === undefined) {
    log.error(at(path, key), `is missing; expected an ISO 8601 date such as "2001-10-07"${consequence}`);
    return undefined;
  }
  return optionalDate(parent, path, key, log, consequence);
}

function optionalDate(parent: Json, path: string, key: string, log: ProblemLog, consequence = ''): PartialDate | undefined {
  const value = parent[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    const hint = typeof value === 'number' ? ` (write it in quotes: "${value}")` : '';
    log.error(at(path, key), `expected an ISO 8601 date as text, got ${describeType(value)}${hint}${consequence}`);
    return undefined;
  }
  const date = readDate(trimmed(value, path, key, log));
  if (typeof date === 'string') {
    log.error(at(path, key), `${date}${consequence}`);
    return undefined;
  }
  return date;
}

function checkKeys(value: Json, path: string, known: readonly string[], log: ProblemLog): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    // Only a key of about the right length can be a typo of a known one (and long keys would make this quadratic).
    const guess = key.length <= 16 ? known.find((k) => editDistance(k, key.toLowerCase()) <= 2) : undefined;
    log.warning(at(path, key), `is not part of the timeline format and was ignored${guess ? ` (did you mean "${guess}"?)` : ''}`);
  }
}

function editDistance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}
