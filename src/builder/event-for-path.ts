import {htmlToText} from '../data/html-to-text.js';
import type {Timeline} from '../data/types.js';

/** What the input says of one event: enough to find it again among the parsed ones. */
export interface InputEntry {
  readonly id?: string;
  readonly title: string;
  readonly date?: string;
}

/** The input's events by the start of a problem path that names them: `events[3]` (JSON) or `rows[12]` (CSV). */
export type InputEntries = ReadonlyMap<string, InputEntry>;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

/** The events of a JSON document, news-timeline's (`title`, `date`) or TimelineJS3's (`text.headline`, `unique_id`). */
function jsonEntries(doc: unknown): Map<string, InputEntry> {
  const entries = new Map<string, InputEntry>();
  const events = (doc as {events?: unknown} | null)?.events;
  if (!Array.isArray(events)) return entries;
  events.forEach((event: Record<string, unknown> | null, index) => {
    if (!event || typeof event !== 'object') return;
    const headline = text((event.text as Record<string, unknown> | undefined)?.headline);
    const title = text(event.title) ?? (headline === undefined ? undefined : htmlToText(headline).trim());
    if (title === undefined) return;
    const id = text(event.id) ?? text(event.unique_id);
    const date = text(event.date);
    entries.set(`events[${index}]`, {title, ...(id && {id}), ...(date && {date})});
  });
  return entries;
}

/**
 * CSV text as records of cells (RFC 4180: quoted cells may hold commas,
 * doubled quotes and line breaks). A record is a spreadsheet row, whatever
 * line breaks its cells hold, which is how the reader numbers rows.
 */
export function splitCsvRecords(csv: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) record.push(cell), (cell = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && csv[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      (record = []), (cell = '');
    } else cell += char;
  }
  if (cell !== '' || record.length) records.push([...record, cell]);
  return records;
}

/** The rows of a CSV file by spreadsheet row number (the header is row 1), from its `id`, `title` or `Headline`, and `date` columns. */
function csvEntries(csv: string): Map<string, InputEntry> {
  const entries = new Map<string, InputEntry>();
  const firstLine = csv.slice(0, csv.search(/\r|\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const [header = [], ...rows] = splitCsvRecords(csv, delimiter);
  const names = header.map((name) => name.trim().toLowerCase());
  const column = (...candidates: string[]) => names.findIndex((name) => candidates.includes(name));
  const [idAt, titleAt, dateAt] = [column('id'), column('title', 'headline'), column('date')];
  if (titleAt < 0) return entries;
  rows.forEach((cells, index) => {
    const title = htmlToText(cells[titleAt] ?? '').trim();
    if (!title) return;
    const id = idAt < 0 ? undefined : cells[idAt]?.trim();
    const date = dateAt < 0 ? undefined : cells[dateAt]?.trim();
    entries.set(`rows[${index + 2}]`, {title, ...(id && {id}), ...(date && {date})});
  });
  return entries;
}

/** The input's events by path, from the text of a JSON or CSV file; none for text that is neither. */
export function readInputEntries(source: string): InputEntries {
  const body = source.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(body)) {
    try {
      return jsonEntries(JSON.parse(body));
    } catch {
      return new Map();
    }
  }
  return csvEntries(body);
}

/**
 * The id of the shown event a problem's path names (`events[3].date`,
 * `rows[12].Date`), or `undefined` when the path names no event or the event
 * was left out. Found by its id when the input gives one, else by its title
 * (and date, when several share the title).
 */
export function eventIdForPath(path: string, entries: InputEntries, timeline: Timeline | undefined): string | undefined {
  const key = /^(?:events|rows)\[\d+\]/.exec(path)?.[0];
  const entry = key === undefined ? undefined : entries.get(key);
  if (!entry || !timeline) return undefined;
  if (entry.id !== undefined && timeline.events.some((event) => event.id === entry.id)) return entry.id;
  const sameTitle = timeline.events.filter((event) => event.title === entry.title);
  return (sameTitle.find((event) => event.date.iso === entry.date) ?? sameTitle[0])?.id;
}
