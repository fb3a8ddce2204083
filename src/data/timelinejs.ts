import {hostName} from './links.js';
import {runSteps, type Steps} from '../steps/steps.js';
import {clip, clipText} from './clip.js';
import {parsePartialDate} from './dates.js';
import {htmlToText} from './html-to-text.js';
import {createCategoryList, createUniqueIds, deriveEventId, slug} from './ids.js';
import {isObject, type Json} from './is-object.js';
import {parseNativeSteps} from './parse-native.js';
import {at, createProblemLog, describeType, type ProblemLog} from './problems.js';
import type {
  ParseResult,
  TimelineDocument,
  TimelineEraInput,
  TimelineEventInput,
  TimelineProblem,
  TimelineSourceInput,
} from './types.js';

/**
 * Import of TimelineJS3 JSON (the format of Knight Lab's TimelineJS: a
 * `title` slide, `events[]` slides with `start_date` objects, `eras[]`).
 *
 * `fromTimelineJS` converts such a document into our `TimelineDocument` and
 * reports, at paths into the TimelineJS document, everything it could not
 * carry over; `parseTimeline` then reads the converted document as usual and
 * `toTimelineJSPath` turns the paths of its problems back into TimelineJS
 * paths. Events are converted in order, so `events[3]` stays `events[3]`.
 *
 * What maps: dates at the precision their fields give (year, month, day, time
 * of day; a time is read as UTC, since TimelineJS3 dates carry no offset),
 * `text.headline` and `text.text` as plain text, `group` as a category,
 * `unique_id` as the id, `media` with an http(s) `url` as a source, `eras[]`,
 * and the title slide as the title and description. Everything else is
 * reported once per kind. Settings that match news-timeline's own behaviour
 * (`scale: "human"` or `"cosmological"`, `autolink: false`) are accepted
 * without a word: years beyond the calendar (−13,800,000,000) are kept as
 * deep years, and a timeline that has them is drawn on a scale of years.
 */

export interface TimelineJSConversion {
  /** The converted document, for `parseTimeline`. */
  readonly document: TimelineDocument;
  /** What the conversion could not carry over, at paths into the TimelineJS document. */
  readonly problems: readonly TimelineProblem[];
  /** For each converted event, the index of the TimelineJS event it came from. */
  readonly eventIndex: readonly number[];
  /** For each converted event, whether its id was made here (the TimelineJS event had no `unique_id`). */
  readonly derivedId: readonly boolean[];
  /** For each converted era, the index of the TimelineJS era it came from. */
  readonly eraIndex: readonly number[];
  /** For each converted category, the path of the first `group` that named it. */
  readonly categoryOrigin: readonly string[];
  /** Whether the document had a title slide with a headline. */
  readonly hasTitle: boolean;
  /** TimelineJS events left out by the conversion (each is named in an error). */
  readonly eventsLeftOut: number;
}

export {isTimelineJS} from './timelinejs-detect.js';

/**
 * Reads a TimelineJS3 document: converts it, reads the result as usual, and
 * names every problem at its path in the TimelineJS document.
 */
export function* parseTimelineJSSteps(doc: unknown): Steps<ParseResult> {
  const conversion = yield* fromTimelineJSSteps(doc);
  const result = yield* parseNativeSteps(conversion.document);
  const problems = [
    ...conversion.problems,
    ...result.problems.map((problem) => ({...problem, path: toTimelineJSPath(conversion, problem.path)})),
  ];
  return {...result, problems, eventsLeftOut: conversion.eventsLeftOut + result.eventsLeftOut};
}

// The years a JavaScript Date can hold in full (its range is ±8.64e15 ms around 1970);
// years beyond are imported as deep years (data/deep-time.ts), on a scale of years alone.
const FIRST_YEAR = -271820;
const LAST_YEAR = 275759;
/** A deep year has at most 15 digits, so that it and its milliseconds stay exact enough to order. */
const MAX_YEARS = 999_999_999_999_999;

const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type DateField = (typeof DATE_FIELDS)[number];
const FIELD_RANGE: Record<Exclude<DateField, 'year'>, [number, number]> = {
  month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59], millisecond: [0, 999],
};

const SLIDE_KEYS = ['start_date', 'end_date', 'text', 'media', 'group', 'unique_id', 'display_date'];

/**
 * Parts of TimelineJS3 that have no place in news-timeline: [one, many, why].
 * Keys are relative to a slide (`media.thumbnail`) or, for `eras` and
 * `title`, prefixed with them.
 */
const NOT_IMPORTED: Record<string, [string, string, string]> = {
  background: ['background', 'backgrounds', 'news-timeline has no event backgrounds'],
  location: ['location', 'locations', 'news-timeline has no maps'],
  type: ['slide type', 'slide types', 'news-timeline has no slide types'],
  autolink: ['autolink setting', 'autolink settings', 'news-timeline never turns text into links'],
  'media.thumbnail': ['media thumbnail', 'media thumbnails', 'news-timeline shows no images'],
  'media.alt': ['media alt text', 'media alt texts', 'news-timeline shows no images'],
  'media.title': ['media title', 'media titles', 'a source has only a name and an address'],
  'media.link': ['media link', 'media links', 'a source has one address, taken from media.url'],
  'media.link_target': ['media link target', 'media link targets', 'links always open the same way'],
  'media.caption': ['media caption', 'media captions', 'a source has only a name, here taken from media.credit, and an address'],
  'media.url(protocol-relative)': ['protocol-relative media address (//…)', 'protocol-relative media addresses (//…)', 'read as https://'],
  'text.text(no headline)': ['text without a headline', 'texts without a headline', 'the start of text.text is the title'],
  'eras.text.text': ['era text', 'era texts', 'an era has only a title'],
  'eras.media': ['era media', 'era media', 'an era has only a title and dates'],
  'eras.group': ['era group', 'era groups', 'eras have no categories'],
  'title.media': ['title slide media', 'title slide media', 'news-timeline shows no title media'],
  'title.start_date': ['title slide date', 'title slide dates', 'the title has no date'],
  'title.end_date': ['title slide end date', 'title slide end dates', 'the title has no date'],
  'title.background': ['title slide background', 'title slide backgrounds', 'news-timeline has no backgrounds'],
  'title.group': ['title slide group', 'title slide groups', 'the title has no category'],
};
const NOTE_ONLY = new Set(['media.url(protocol-relative)', 'text.text(no headline)']);

/** The problem log of the conversion, which also counts what was not imported, by kind. */
interface Report extends ProblemLog {
  /** One more of a kind not imported; `path` is the kind's path, such as `events[*].background`. */
  count(kind: string, path: string): void;
  /** The counted kinds, one warning each. */
  flush(): void;
}

function createReport(): Report {
  const log = createProblemLog();
  const kinds = new Map<string, {path: string; count: number}>();
  return {
    ...log,
    count(kind, path) {
      const entry = kinds.get(kind) ?? {path, count: 0};
      entry.count++;
      kinds.set(kind, entry);
    },
    flush() {
      for (const [kind, {path, count}] of kinds) {
        const known = NOT_IMPORTED[kind];
        if (NOTE_ONLY.has(kind) && known) {
          log.warning(path, `${count} ${count === 1 ? known[0] : known[1]}: ${known[2]}`);
        } else if (known) {
          log.warning(path, `${count} ${count === 1 ? known[0] : known[1]} ${count === 1 ? 'was' : 'were'} not imported (${known[2]})`);
        } else {
          const key = path.slice(path.lastIndexOf('.') + 1);
          log.warning(path, `"${key}" is not part of the TimelineJS3 format that news-timeline reads; it was ignored${count > 1 ? ` in ${count} places` : ''}`);
        }
      }
    },
  };
}

/** Whether a value carries nothing: absent, null, blank text, or an object or array of such values. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (isObject(value)) return Object.values(value).every(isBlank);
  return false;
}

/** Plain text of an HTML field; `undefined` when blank. Non-text values are reported. */
function plainText(parent: Json, key: string, path: string, report: Report, oneLine: boolean): string | undefined {
  const value = parent[key];
  if (isBlank(value)) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    report.error(at(path, key), `expected text, got ${describeType(value)}; it was left out`);
    return undefined;
  }
  const text = htmlToText(String(value));
  const result = oneLine ? text.replace(/ *\n+ */g, ' ') : text;
  return result || undefined;
}

/** Slides converted between two yields: about a millisecond's work. */
const SLIDES_PER_STEP = 128;

/**
 * Converts a TimelineJS3 document into a news-timeline document. Never throws
 * and never mutates `doc`; problems carry paths into `doc`.
 */
export function fromTimelineJS(doc: unknown): TimelineJSConversion {
  return runSteps(fromTimelineJSSteps(doc));
}

/** `fromTimelineJS` a slice at a time: it yields every few hundred slides. */
export function* fromTimelineJSSteps(doc: unknown): Steps<TimelineJSConversion> {
  const report = createReport();
  const root: Json = isObject(doc) ? doc : {};
  if (!isObject(doc)) report.error('', `expected a TimelineJS3 document: a JSON object with "events", but the document is ${describeType(doc)}`);

  for (const key of Object.keys(root)) {
    if (key === 'title' || key === 'events' || key === 'eras') continue;
    const value = root[key];
    if (key === 'scale') {
      // news-timeline picks the scale from the dates: years alone once they pass the calendar's range.
      if (value === 'human' || value === 'cosmological' || isBlank(value)) continue;
      report.warning('scale', `${JSON.stringify(value)} was ignored: expected "human" or "cosmological"; the scale follows the dates (years alone once they lie beyond the calendar)`);
      continue;
    }
    if (isBlank(value)) continue;
    report.count(`root.${key}`, key);
  }

  const {title, description, hasTitle} = readTitle(root, report);
  const categories = createCategoryList();
  const categoryOrigin: string[] = [];
  const events: TimelineEventInput[] = [];
  const eventIndex: number[] = [];
  const derivedId: boolean[] = [];
  let total = 0;

  if (root.events === undefined) {
    if (isObject(doc)) report.error('events', 'is missing; expected an array of event slides');
  } else if (!Array.isArray(root.events)) {
    report.error('events', `expected an array of event slides, got ${describeType(root.events)}; it was left out`);
  } else {
    total = root.events.length;
    const claimId = createUniqueIds(root.events.map((e) => (isObject(e) ? idText(e.unique_id) : undefined)).filter((id) => id !== undefined));
    for (let index = 0; index < total; index++) {
      if (index % SLIDES_PER_STEP === SLIDES_PER_STEP - 1) yield;
      const path = at('events', index);
      const event = readSlide(root.events[index], path, report);
      if (!event) continue;
      const label = event.category;
      if (label !== undefined) {
        event.category = slug(label, 'group');
        if (categories.add({id: event.category, label})) categoryOrigin.push(at(path, 'group'));
      }
      const derived = event.id === '';
      if (derived) event.id = claimId(deriveEventId(event.date, event.title));
      events.push(event);
      eventIndex.push(index);
      derivedId.push(derived);
    }
  }

  const eras: TimelineEraInput[] = [];
  const eraIndex: number[] = [];
  if (root.eras !== undefined && !Array.isArray(root.eras)) {
    report.error('eras', `expected an array of eras, got ${describeType(root.eras)}; it was left out`);
  } else if (Array.isArray(root.eras)) {
    root.eras.forEach((value, index) => {
      const era = readEra(value, at('eras', index), report);
      if (!era) return;
      eras.push(era);
      eraIndex.push(index);
    });
  }

  report.flush();
  const document: TimelineDocument = {
    title, events,
    ...(description !== undefined && {description}),
    ...(eras.length > 0 && {eras}),
    ...(categories.categories.length > 0 && {categories: categories.categories}),
  };
  return {
    document, problems: report.problems, eventIndex, derivedId, eraIndex, categoryOrigin, hasTitle,
    eventsLeftOut: total - events.length,
  };
}

function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim()) return value.trim();
  return undefined;
}

function readTitle(root: Json, report: Report): {title: string; description?: string; hasTitle: boolean} {
  const slide = root.title;
  const fallback = (path: string, why: string) => {
    report.warning(path, `${why}; the timeline is titled "Timeline"`);
    return 'Timeline';
  };
  if (isBlank(slide)) return {title: fallback('title', 'there is no title slide'), hasTitle: false};
  if (!isObject(slide)) {
    return {title: fallback('title', `expected a title slide object with "text", got ${describeType(slide)}`), hasTitle: false};
  }
  const text = isObject(slide.text) ? slide.text : {};
  if (slide.text !== undefined && !isObject(slide.text) && !isBlank(slide.text)) {
    report.error('title.text', `expected an object with "headline" and "text", got ${describeType(slide.text)}; it was left out`);
  }
  const headline = plainText(text, 'headline', 'title.text', report, true);
  const description = plainText(text, 'text', 'title.text', report, false);
  for (const key of Object.keys(slide)) {
    if (key === 'text' || isBlank(slide[key])) continue;
    if (key === 'display_date') {
      report.warning('title.display_date', `display_date ${JSON.stringify(String(slide[key]))} is not used; the title has no date`);
      continue;
    }
    report.count(`title.${key}`, `title.${key}`);
  }
  for (const key of Object.keys(text)) {
    if (key !== 'headline' && key !== 'text' && !isBlank(text[key])) report.count(`title.text.${key}`, `title.text.${key}`);
  }
  const title = headline ?? fallback('title.text.headline', 'the title slide has no headline');
  return {title, hasTitle: headline !== undefined, ...(description !== undefined && {description})};
}

type DraftEvent = {-readonly [K in keyof TimelineEventInput]: TimelineEventInput[K]};

/** One event slide, or `undefined` (with an error naming why) when it cannot be shown. */
function readSlide(slide: unknown, path: string, report: Report): DraftEvent | undefined {
  if (!isObject(slide)) {
    report.error(path, `expected an event slide object, got ${describeType(slide)}; the event was left out`);
    return undefined;
  }
  for (const key of Object.keys(slide)) {
    if (SLIDE_KEYS.includes(key) || isBlank(slide[key])) continue;
    if (key === 'autolink' && slide[key] === false) continue;
    report.count(key, `events[*].${key}`);
  }
  if (!isBlank(slide.display_date)) {
    report.warning(at(path, 'display_date'), `display_date ${JSON.stringify(String(slide.display_date))} is not used; the date is shown from start_date`);
  }
  const date = readDate(slide, 'start_date', path, report, 'events', '; the event was left out');
  const end = isBlank(slide.end_date) ? undefined : readDate(slide, 'end_date', path, report, 'events', '; the end was left out, so the event shows as a single date');

  const text = isObject(slide.text) ? slide.text : {};
  if (!isObject(slide.text) && !isBlank(slide.text)) {
    report.error(at(path, 'text'), `expected an object with "headline" and "text", got ${describeType(slide.text)}; it was left out`);
  }
  const textPath = at(path, 'text');
  for (const key of Object.keys(text)) {
    if (key !== 'headline' && key !== 'text' && !isBlank(text[key])) report.count(`text.${key}`, `events[*].text.${key}`);
  }
  let title = plainText(text, 'headline', textPath, report, true);
  const summary = plainText(text, 'text', textPath, report, false);
  if (title === undefined && summary !== undefined) {
    title = clipText(summary.replace(/\s+/g, ' '), 80, true);
    report.count('text.text(no headline)', 'events[*].text.headline');
  }
  const category = plainText(slide, 'group', path, report, true);
  const source = readMedia(slide, path, report);
  const id = idText(slide.unique_id);
  if (!isBlank(slide.unique_id) && id === undefined) {
    report.warning(at(path, 'unique_id'), `expected text, got ${describeType(slide.unique_id)}; an id was made from the date and title`);
  }
  if (date === undefined) return undefined;
  if (title === undefined) {
    const only = isBlank(slide.media) ? '' : ' (only media, which news-timeline cannot show)';
    report.error(textPath, `has no headline and no text${only}; the event was left out`);
    return undefined;
  }
  return {
    id: id ?? '', date, title,
    ...(end !== undefined && {end}),
    ...(summary !== undefined && {summary}),
    ...(category !== undefined && {category}),
    ...(source && {sources: [source]}),
  };
}

function readEra(value: unknown, path: string, report: Report): TimelineEraInput | undefined {
  if (!isObject(value)) {
    report.error(path, `expected an era object with "start_date", "end_date" and "text", got ${describeType(value)}; the era was left out`);
    return undefined;
  }
  const text = isObject(value.text) ? value.text : {};
  for (const key of Object.keys(value)) {
    if (['start_date', 'end_date', 'text'].includes(key) || isBlank(value[key])) continue;
    report.count(`eras.${key}`, `eras[*].${key}`);
  }
  for (const key of Object.keys(text)) {
    if (key !== 'headline' && !isBlank(text[key])) report.count(`eras.text.${key}`, `eras[*].text.${key}`);
  }
  const start = readDate(value, 'start_date', path, report, 'eras', '; the era was left out');
  const end = readDate(value, 'end_date', path, report, 'eras', '; the era was left out');
  if (start === undefined || end === undefined) return undefined;
  let title = plainText(text, 'headline', at(path, 'text'), report, true);
  if (title === undefined) {
    title = `${start} – ${end}`;
    report.warning(at(path, 'text.headline'), `is missing; the era is titled "${title}"`);
  }
  return {title, start, end};
}

/**
 * The ISO 8601 text of a TimelineJS date object, or `undefined` after
 * reporting why there is none. `consequence` says what became of its owner.
 */
function readDate(parent: Json, key: string, owner: string, report: Report, list: 'events' | 'eras', consequence: string): string | undefined {
  const path = at(owner, key);
  const value = parent[key];
  if (value === undefined || value === null) {
    report.error(path, `is missing; expected a date object such as {"year": 2001, "month": 10, "day": 7}${consequence}`);
    return undefined;
  }
  if (!isObject(value)) {
    report.error(path, `expected a date object such as {"year": 2001, "month": 10, "day": 7}, got ${describeType(value)}${consequence}`);
    return undefined;
  }
  for (const field of Object.keys(value)) {
    if ((DATE_FIELDS as readonly string[]).includes(field) || isBlank(value[field])) continue;
    if (field === 'display_date') {
      const shown = list === 'eras' ? 'the era is placed by its dates' : `the date is shown from ${key}`;
      report.warning(at(path, 'display_date'), `display_date ${JSON.stringify(String(value[field]))} is not used; ${shown}`);
      continue;
    }
    report.count(`${list}.${key}.${field}`, `${list}[*].${key}.${field}`);
  }
  const numbers: Partial<Record<DateField, number>> = {};
  for (const field of DATE_FIELDS) {
    const raw = value[field];
    if (isBlank(raw)) continue;
    const number = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    const range = field === 'year' ? undefined : FIELD_RANGE[field];
    if (!Number.isInteger(number) || (range && (number < range[0] || number > range[1]))) {
      const expected = range ? `a whole number from ${range[0]} to ${range[1]}` : 'a whole number of years, such as 2001 or -500';
      report.error(at(path, field), `expected ${expected}, got ${JSON.stringify(raw)}${consequence}`);
      return undefined;
    }
    numbers[field] = number;
  }
  const year = numbers.year;
  if (year === undefined) {
    report.error(at(path, 'year'), `is missing; every TimelineJS date needs a year${consequence}`);
    return undefined;
  }
  if (Math.abs(year) > MAX_YEARS) {
    report.error(at(path, 'year'), `${JSON.stringify(value.year)} cannot be shown: news-timeline places years up to ${MAX_YEARS} either side of year 0${consequence}`);
    return undefined;
  }
  const deep = year < FIRST_YEAR || year > LAST_YEAR;
  // The precision is the run of fields given from the year down; a field after a gap is reported and not used.
  let precise = 1;
  while (!deep && precise < DATE_FIELDS.length && numbers[DATE_FIELDS[precise]] !== undefined) precise++;
  const finer = DATE_FIELDS.slice(1).filter((field) => numbers[field] !== undefined);
  if (deep && finer.length > 0) {
    // Beyond the calendar there are years only; the year still places the slide.
    report.warning(at(path, finer[0]), `${finer.map((f) => `"${f}"`).join(', ')} ${finer.length === 1 ? 'was' : 'were'} left out: the year ${year} lies beyond the calendar, so it is placed on a scale of years alone`);
  }
  const ignored = deep ? [] : DATE_FIELDS.slice(precise).filter((field) => numbers[field] !== undefined);
  const iso = isoText(numbers, precise);
  if (ignored.length > 0) {
    const gap = DATE_FIELDS[precise];
    report.error(at(path, ignored[0]), `is given without "${gap}"; ${ignored.map((f) => `"${f}"`).join(', ')} ${ignored.length === 1 ? 'was' : 'were'} left out, so the date reads ${iso}`);
  }
  const parsed = parsePartialDate(iso);
  if (typeof parsed === 'string') {
    report.error(path, `${parsed}${consequence}`);
    return undefined;
  }
  return iso;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO text for the first `precise` fields; years outside 0–9999 are written expanded (`-0500`, `+12021`). */
function isoText(n: Partial<Record<DateField, number>>, precise: number): string {
  const year = n.year ?? 0;
  let iso = year < 0 ? `-${pad(-year, 4)}` : year > 9999 ? `+${year}` : pad(year, 4);
  if (precise > 1) iso += `-${pad(n.month ?? 1, 2)}`;
  if (precise > 2) iso += `-${pad(n.day ?? 1, 2)}`;
  if (precise > 3) iso += `T${pad(n.hour ?? 0, 2)}:${pad(n.minute ?? 0, 2)}`;
  if (precise > 5) iso += `:${pad(n.second ?? 0, 2)}`;
  if (precise > 6) iso += `.${pad(n.millisecond ?? 0, 3)}`;
  return iso;
}

/** The slide's media as a source when its address is http(s); otherwise reported. */
function readMedia(slide: Json, path: string, report: Report): TimelineSourceInput | undefined {
  const media = slide.media;
  if (isBlank(media)) return undefined;
  const mediaPath = at(path, 'media');
  if (!isObject(media)) {
    report.error(mediaPath, `expected a media object with "url", got ${describeType(media)}; the media was not imported`);
    return undefined;
  }
  for (const key of Object.keys(media)) {
    if (['url', 'caption', 'credit'].includes(key) || isBlank(media[key])) continue;
    report.count(`media.${key}`, `events[*].media.${key}`);
  }
  const credit = plainText(media, 'credit', mediaPath, report, true);
  const caption = plainText(media, 'caption', mediaPath, report, true);
  let url = typeof media.url === 'string' ? media.url.trim() : '';
  if (!url) {
    const why = isBlank(media.url) ? 'has no url' : `has a url that is ${describeType(media.url)}, not text`;
    report.error(mediaPath, `${why}, so it cannot be a source; the media was not imported`);
    return undefined;
  }
  if (url.startsWith('//')) {
    url = `https:${url}`;
    report.count('media.url(protocol-relative)', 'events[*].media.url');
  }
  const host = hostName(url);
  if (host === undefined) {
    const what = url.startsWith('<') ? 'is embedded HTML (a quotation, a post or a frame), not an http(s) address' : 'is not an http(s) address';
    report.error(at(mediaPath, 'url'), `"${clip(url)}" ${what}; the media was not imported`);
    return undefined;
  }
  if (credit !== undefined && caption !== undefined) report.count('media.caption', 'events[*].media.caption');
  return {name: credit ?? caption ?? host, url};
}


/**
 * The path in the TimelineJS document for a problem `parseTimeline` found in
 * the converted one: `events[2].date` → `events[5].start_date` when the third
 * converted event came from the sixth slide. Paths with no counterpart are
 * returned as they are.
 */
export function toTimelineJSPath(conversion: TimelineJSConversion, path: string): string {
  const event = /^events\[(\d+)\](.*)$/.exec(path);
  if (event) {
    const k = Number(event[1]);
    const index = conversion.eventIndex[k];
    if (index === undefined) return path;
    return `events[${index}]${eventField(event[2], conversion.derivedId[k])}`;
  }
  const era = /^eras\[(\d+)\](.*)$/.exec(path);
  if (era) {
    const index = conversion.eraIndex[Number(era[1])];
    if (index === undefined) return path;
    const rest = era[2].replace(/^\.title/, '.text.headline').replace(/^\.start/, '.start_date').replace(/^\.end/, '.end_date');
    return `eras[${index}]${rest}`;
  }
  const category = /^categories\[(\d+)\]/.exec(path);
  if (category) return conversion.categoryOrigin[Number(category[1])] ?? path;
  if (path === 'title') return conversion.hasTitle ? 'title.text.headline' : 'title';
  if (path === 'description') return 'title.text.text';
  return path;
}

function eventField(rest: string, derivedId: boolean | undefined): string {
  const field = /^\.([a-z]+)(.*)$/.exec(rest);
  if (!field) return rest;
  const [, key, tail] = field;
  switch (key) {
    case 'date': return '.start_date';
    case 'end': return '.end_date';
    case 'title': return '.text.headline';
    case 'summary': return '.text.text';
    case 'category': return '.group';
    case 'id': return derivedId ? '' : '.unique_id';
    case 'sources': return tail.endsWith('.url') ? '.media.url' : '.media';
    default: return rest;
  }
}
