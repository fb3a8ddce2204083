import {runSteps, type Steps} from '../steps/steps.js';
import {clipText} from './clip.js';
import {hostName} from './links.js';
import {parsePartialDate} from './dates.js';
import {createCategoryList, createUniqueIds, deriveEventId, slug} from './ids.js';
import {isObject, type Json} from './is-object.js';
import {parseNativeSteps, type SourceChecks} from './parse-native.js';
import {htmlToText} from './html-to-text.js';
import {at, describeType} from './problems.js';
import {createReport, isBlank, plainText, type Report} from './timelinejs-report.js';
import {readSlideMedia} from './timelinejs-media.js';
import {fromTimelineJSSheet} from './timelinejs-sheet.js';
import type {TimelineJSSheet} from './csv.js';
import type {
  ParseResult,
  TimelineDocument,
  TimelineEraInput,
  TimelineEventInput,
  TimelineMediaInput,
  TimelineProblem,
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
 * `unique_id` as the id, `media` with an http(s) `url` as the event's medium
 * (the title slide's as the timeline's), `display_date` as the date shown,
 * `eras[]`, and the title slide as the title and description. Everything else is
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
export function* parseTimelineJSSteps(doc: unknown, sourceChecks?: SourceChecks): Steps<ParseResult> {
  const conversion = yield* fromTimelineJSSteps(doc);
  const result = yield* parseNativeSteps(conversion.document, sourceChecks);
  const problems = [
    ...conversion.problems,
    ...result.problems.map((problem) => ({...problem, path: toTimelineJSPath(conversion, problem.path)})),
  ];
  return {...result, problems, eventsLeftOut: conversion.eventsLeftOut + result.eventsLeftOut};
}

/**
 * Reads the rows of a CSV file in TimelineJS3's spreadsheet template (from
 * `readCsvSteps`) as the TimelineJS3 document they make, naming every
 * problem by the sheet's row and column (`rows[7].End Month`).
 */
export function* parseTimelineJSSheetSteps(sheet: TimelineJSSheet, sourceChecks?: SourceChecks): Steps<ParseResult> {
  const {doc, problems, toSheetPath} = fromTimelineJSSheet(sheet);
  const result = yield* parseTimelineJSSteps(doc, sourceChecks);
  return {...result, problems: [...problems, ...result.problems.map((problem) => ({...problem, path: toSheetPath(problem.path)}))]};
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

  const {title, description, media, hasTitle} = readTitle(root, report);
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
    ...(media && {media}),
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

function readTitle(root: Json, report: Report): {title: string; description?: string; media?: TimelineMediaInput; hasTitle: boolean} {
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
  const media = readSlideMedia(slide.media, 'title.media', report);
  for (const key of Object.keys(slide)) {
    if (key === 'text' || key === 'media' || isBlank(slide[key])) continue;
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
  return {title, hasTitle: headline !== undefined, ...(description !== undefined && {description}), ...(media && {media})};
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
  const displayDate = readDisplayDate(slide);
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
  const media = readSlideMedia(slide.media, at(path, 'media'), report);
  // TimelineJS3 shows a slide of a medium alone; so do we, under its caption or host.
  if (title === undefined && media) {
    title = clipText(media.caption ?? hostName(media.url) ?? media.url, 80, true);
    report.count('text.headline(media only)', 'events[*].text');
  }
  const id = idText(slide.unique_id);
  if (!isBlank(slide.unique_id) && id === undefined) {
    report.warning(at(path, 'unique_id'), `expected text, got ${describeType(slide.unique_id)}; an id was made from the date and title`);
  }
  if (date === undefined) return undefined;
  if (title === undefined) {
    report.error(textPath, 'has no headline and no text; the event was left out');
    return undefined;
  }
  return {
    id: id ?? '', date, title,
    ...(end !== undefined && {end}),
    ...(summary !== undefined && {summary}),
    ...(category !== undefined && {category}),
    ...(media && {media}),
    ...(displayDate !== undefined && {displayDate}),
  };
}

/**
 * The slide's own words for its date: its `display_date`, else those of its
 * dates (`start_date.display_date`, with the end's after a dash), as
 * TimelineJS3 shows them. Plain text; HTML in it is read as text.
 */
function readDisplayDate(slide: Json): string | undefined {
  const words = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? htmlToText(String(value)).replace(/\s+/g, ' ').trim() : '') || undefined;
  const date = (key: string) => (isObject(slide[key]) ? words((slide[key] as Json).display_date) : undefined);
  const own = words(slide.display_date);
  if (own) return own;
  const start = date('start_date');
  const end = date('end_date');
  return start && end ? `${start} – ${end}` : start ?? end;
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
      // An event shows it (readDisplayDate); an era has no date line to show it in.
      if (list === 'eras') report.warning(at(path, 'display_date'), `display_date ${JSON.stringify(String(value[field]))} is not used; the era is placed by its dates`);
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
  if (/^media\b/.test(path)) return `title.${path}`;
  return path;
}

function eventField(rest: string, derivedId: boolean | undefined): string {
  const field = /^\.([a-zA-Z]+)(.*)$/.exec(rest);
  if (!field) return rest;
  const [, key, tail] = field;
  switch (key) {
    case 'date': return '.start_date';
    case 'end': return '.end_date';
    case 'title': return '.text.headline';
    case 'summary': return '.text.text';
    case 'category': return '.group';
    case 'id': return derivedId ? '' : '.unique_id';
    case 'displayDate': return '.display_date';
    case 'media': return `.media${tail}`;
    default: return rest;
  }
}
