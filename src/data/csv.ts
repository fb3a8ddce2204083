import {hostName} from './links.js';
import type {Steps} from '../steps/steps.js';
import {emptyOrHtml, withoutBom} from './file-text.js';
import {createCategoryList, createUniqueIds, deriveEventId, slug} from './ids.js';
import type {SourceChecks} from './parse-native.js';
import {createProblemLog, type ProblemLog} from './problems.js';
import type {
  ParseResult,
  TimelineCorrectionInput,
  TimelineDocument,
  TimelineEventInput,
  TimelineProblem,
  TimelineSourceInput,
} from './types.js';

/**
 * Timelines kept in a spreadsheet, exported as CSV.
 *
 * The text is RFC 4180 CSV: cells separated by commas, quoted with `"` when
 * they hold commas, quotes (doubled: `""`) or line breaks; lines end in CRLF
 * or LF; a byte order mark and a final line break are fine. Spreadsheets set
 * to a locale with decimal commas export with `;` instead, so when the header
 * row has no comma but has a semicolon, `;` is the delimiter.
 *
 * The first row names the columns (any case, spaces around ignored):
 *
 * - `date` and `title` (required), `id`, `end`, `summary`, `category` (its
 *   text is the label; the id is made from it), `importance` (0–3);
 * - a source: `source` (the name), `source_url` (also `source url` or
 *   `url`), `excerpt`, `published`, `status` (confirmed, reported, disputed
 *   or retracted), `archived` (the address of an archived copy), `accessed`;
 *   more sources with a number after the name: `source 2`, `source_url 2`,
 *   `excerpt 2`, `published 2`, `status 2`, … When a source has an address
 *   but no name, the address's host names it;
 * - `updated` (when the entry last changed: `2021-10-20T14:05Z` or a day);
 * - a correction: `correction`, then `correction 2`, … one correction a
 *   cell, its date, a colon and a space, then its text
 *   (`2021-10-21: The name of the format was wrong.`, or with a time,
 *   `2021-10-21T09:30Z: …`). A cell without a date before its text is
 *   reported as a correction without a date.
 *
 * Each further row is one event; spaces around a cell are ignored. Rows with
 * nothing in them (no cell with more than spaces) are ignored
 * (spreadsheets export them). There are no metadata rows: the title comes
 * from the caller. Problems name cells as `rows[12].date`, where 12 is the
 * row number a spreadsheet shows (the header is row 1).
 *
 * A header that is TimelineJS3's spreadsheet template's (see
 * `isTimelineJSSheetHeader`) is not read here: its rows go to the
 * TimelineJS3 reader (`parseTimelineJSSheetSteps`), as its JSON would.
 */
export interface CsvOptions {
  /** The timeline's title; "Timeline" (with a warning) when not given. */
  title?: string;
  /** Report sources without a publication date or address (see `SourceChecks`). */
  sourceChecks?: SourceChecks;
}

type Field = 'id' | 'date' | 'end' | 'title' | 'summary' | 'category' | 'importance' | 'updated';
type SourceField = 'name' | 'url' | 'excerpt' | 'published' | 'status' | 'archived' | 'accessed';
type Column = {kind: 'event'; field: Field} | {kind: 'source'; field: SourceField; number: number} | {kind: 'correction'; number: number};

const EVENT_COLUMNS: readonly Field[] = ['id', 'date', 'end', 'title', 'summary', 'category', 'importance', 'updated'];
const SOURCE_COLUMNS: Record<string, SourceField> = {
  source: 'name', 'source url': 'url', url: 'url', excerpt: 'excerpt', published: 'published',
  status: 'status', archived: 'archived', accessed: 'accessed',
};
const KNOWN = 'id, date, end, title, summary, category, importance, updated, source, source_url, excerpt, published, status, archived, accessed (and source 2, source_url 2, … for more sources), correction (and correction 2, …)';

/** A header cell as a TimelineJS3 template column's name: lower case, one space between words. */
const sheetKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether a header row is that of TimelineJS3's spreadsheet template: it has
 * its "Year" and "Headline" columns (in any case, order or spacing; other
 * columns, empty ones included, may stand between) and no "date" column of
 * news-timeline's own.
 */
export function isTimelineJSSheetHeader(names: readonly string[]): boolean {
  const keys = names.map(sheetKey);
  return keys.includes('year') && keys.includes('headline') && !keys.includes('date');
}

/** The rows of a CSV file in TimelineJS3's spreadsheet template, for its reader. */
export interface TimelineJSSheet {
  /** Each column's name as the header writes it (spaces around dropped). */
  readonly header: readonly string[];
  /** Each column's name as `sheetKey` writes it (`end month`), or `undefined` for an unnamed column or a repeat. */
  readonly columns: readonly (string | undefined)[];
  /** The rows that have something in them. */
  readonly rows: readonly CsvRecord[];
  /** The caller's title, for a sheet without a `title` row. */
  readonly title?: string | undefined;
}

/** A header cell as a column, or `undefined` for a name news-timeline does not read. */
function readColumn(header: string): Column | undefined {
  const name = header.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  if ((EVENT_COLUMNS as readonly string[]).includes(name)) return {kind: 'event', field: name as Field};
  const correction = /^correction ?(\d*)$/.exec(name);
  if (correction) return Number(correction[1] || 1) < 1 ? undefined : {kind: 'correction', number: Number(correction[1] || 1)};
  const match = /^(source|source url|url|excerpt|published|status|archived|accessed) ?(\d*)$/.exec(name);
  if (!match) return undefined;
  const number = match[2] ? Number(match[2]) : 1;
  if (number < 1) return undefined;
  return {kind: 'source', field: SOURCE_COLUMNS[match[1]], number};
}

const columnKey = (column: Column) => (column.kind === 'event' ? column.field : `${column.kind === 'source' ? column.field : 'correction'} ${column.number}`);

/** A correction's cell, "2021-10-21: text": the date is what comes before the first colon followed by a space. */
function readCorrectionCell(cell: string): TimelineCorrectionInput {
  const match = /^(\S+?):\s+([\s\S]*)$/.exec(cell);
  // Without a date, the parser reports the correction as one without a date.
  return (match ? {date: match[1], text: match[2]} : {text: cell}) as TimelineCorrectionInput;
}

/** A spreadsheet column letter: 0 → A, 26 → AA. */
function letter(index: number): string {
  let n = index + 1;
  let text = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    text = String.fromCharCode(65 + rest) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

export interface CsvRecord {
  /** The row number a spreadsheet shows (1-based; the header is 1). */
  readonly row: number;
  readonly cells: string[];
}

/** `;` when a header line has no comma but has a semicolon (a decimal-comma locale's export), else `,`. */
function delimiterOf(headerLine: string): ',' | ';' {
  return !headerLine.includes(',') && headerLine.includes(';') ? ';' : ',';
}

/**
 * The names in `line` when it reads as a CSV header row: two or more short
 * cells, separated as `parseTimelineCsv` separates them, at least one of them
 * a column news-timeline reads. `undefined` otherwise: the caller can then
 * tell a CSV file that was read as JSON by mistake.
 */
export function csvHeaderColumns(line: string): string[] | undefined {
  const names = line.split(delimiterOf(line)).map((cell) => cell.replace(/^\s*"?|"?\s*$/g, '')).filter(Boolean);
  return names.length > 1 && (names.some((name) => readColumn(name)) || isTimelineJSSheetHeader(names)) && !/[{}[\]:]/.test(line) ? names : undefined;
}

/**
 * The quoted cell whose opening quote is at `open`: its value and the
 * offset after it. A quote counts as closing when a delimiter, a line break
 * or the end of the text follows it, or when the cell stays on one line;
 * otherwise (or when there is no quote left) the opening quote was never
 * closed, and the cell runs to the end of its line, so that one missing quote
 * costs one row and not the rest of the file.
 */
function readQuoted(text: string, open: number, delimiter: string): {value: string; end: number; unclosed: boolean} {
  let quote = open;
  // The first quote that is not doubled closes the cell.
  do quote = text.indexOf('"', quote + 1);
  while (quote > 0 && text[quote + 1] === '"' && ++quote);
  AFTER_QUOTE.lastIndex = quote + 1;
  const next = AFTER_QUOTE.exec(text)![1];
  const closed = quote > 0 && (!/[\r\n]/.test(text.slice(open, quote)) || !next || (delimiter + '\r\n').includes(next));
  const end = closed ? quote : open + text.slice(open).search(/[\r\n]|$/);
  return {value: text.slice(open + 1, end).replaceAll('""', '"'), end: closed ? end + 1 : end, unclosed: !closed};
}

/** The first character after a closing quote and any spaces. */
const AFTER_QUOTE = /[ \t]*(.?)/sy;

/** Splits CSV text into records; problems name their spreadsheet row. */
function* splitCsv(text: string, delimiter: ',' | ';', log: ProblemLog): Steps<CsvRecord[]> {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  const row = () => records.length + 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({row: row(), cells});
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && cell === '') {
      const start = row();
      const quoted = readQuoted(text, i, delimiter);
      if (quoted.unclosed) {
        // Named as the header row (read by now, unless this is it) names the column.
        const name = start > 1 && records[0]!.cells[cells.length]?.trim();
        log.error(`rows[${start}]${name ? `.${name}` : ''}`, `the quote opening column ${letter(cells.length)} is never closed; the cell ends with its line`);
      }
      cell = quoted.value;
      i = quoted.end;
      // Text between the closing quote and the next delimiter is kept as written, and said.
      let after = '';
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') after += text[i++];
      if (after.trim()) {
        log.warning(`rows[${start}]`, `a quoted cell has text after its closing quote (${JSON.stringify(after.slice(0, 30))}); it was kept as written`);
        cell += after;
      }
      continue;
    }
    if (char === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (records.length % ROWS_PER_STEP === 0) yield;
    } else {
      cell += char;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** Rows read between two yields: about a millisecond's work. */
const ROWS_PER_STEP = 256;

/**
 * A CSV file as a document of news-timeline's format, with what turns the
 * result of parsing that document into the file's (problems named by row and
 * column); or the result of a file that has no events to read.
 */
export type CsvReading =
  | {readonly failed: ParseResult}
  | {readonly document: TimelineDocument; readonly finish: (result: ParseResult) => ParseResult}
  | {readonly sheet: TimelineJSSheet; readonly finish: (result: ParseResult) => ParseResult};

/**
 * The first half of `parseTimelineCsvSteps` (parse-timeline-text.ts): the
 * rows read into a document, which the element parses as it parses JSON,
 * loading the EDTF reader first when a date needs it; or, for TimelineJS3's
 * template, the rows for `parseTimelineJSSheetSteps` (timelinejs.ts). Either
 * way, `finish` names the result's problems by row and column.
 */
export function* readCsvSteps(text: string, options: CsvOptions = {}): Steps<CsvReading> {
  const log = createProblemLog();
  const body = withoutBom(text);
  const unreadable = emptyOrHtml(body, 'CSV', 'a CSV timeline with a header row naming its columns');
  if (unreadable) {
    log.error('', unreadable);
    return {failed: {problems: log.problems, eventsLeftOut: 0}};
  }
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const [header, ...rows] = yield* splitCsv(body, delimiterOf(firstLine), log);

  const content = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const tooLong = (record: CsvRecord) => {
    if (record.cells.length > header.cells.length && record.cells.slice(header.cells.length).some((c) => c.trim())) {
      log.error(`rows[${record.row}]`, `has ${record.cells.length} cells but the header names ${header.cells.length} columns; the cells past column ${letter(header.cells.length - 1)} were left out`);
    }
  };
  const finish = (result: ParseResult, path = (p: string) => p): ParseResult =>
    ({...result, problems: [...log.problems, ...result.problems.map((p) => ({...p, path: path(p.path)}))].map(rowNote)});

  if (isTimelineJSSheetHeader(header.cells)) {
    // Which names the template has is the TimelineJS3 reader's to say.
    const {columns} = readHeader(header.cells, rows, log, sheetKey, (key) => key, '');
    content.forEach(tooLong);
    const sheet: TimelineJSSheet = {header: header.cells.map((c) => c.trim()), columns: header.cells.map((_, i) => columns.get(i)), rows: content, title: options.title};
    return {sheet, finish};
  }

  // The header: which column is which.
  const {columns, where} = readHeader(header.cells, rows, log, readColumn, columnKey, `is not a column news-timeline reads (column %); it was ignored. Columns read: ${KNOWN}`);
  const missing = (['date', 'title'] as const).filter((field) => !where.has(field));
  if (missing.length > 0) {
    const found = header.cells.map((c) => c.trim()).filter(Boolean).map((c) => `"${c}"`).join(', ') || 'nothing';
    for (const field of missing) {
      log.error(`columns.${field}`, `is missing; the first row must name the columns, with at least "date" and "title" (it has ${found}), or be TimelineJS3's template, with at least "Year" and "Headline", so no event could be read`);
    }
    return {failed: {problems: log.problems, eventsLeftOut: content.length}};
  }
  /** A column's name as the header writes it, or `fallback` when there is no such column. */
  const headerName = (key: string, fallback = key) => {
    const index = where.get(key);
    return index === undefined ? fallback : header.cells[index].trim();
  };

  // The rows: one event each.
  const categories = createCategoryList();
  const categoryRow: number[] = [];
  const events: TimelineEventInput[] = [];
  const eventRow: number[] = [];
  const derived: boolean[] = [];
  const sourceNumbers: number[][] = [];
  const correctionNumbers: number[][] = [];
  const claimId = createUniqueIds(content.map((r) => (where.has('id') ? (r.cells[where.get('id')!] ?? '').trim() : '')).filter(Boolean));
  for (const [index, record] of content.entries()) {
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const event: Partial<Record<Field, string>> = {};
    const sources = new Map<number, Partial<TimelineSourceInput>>();
    const corrections = new Map<number, string>();
    record.cells.forEach((raw, index) => {
      const value = raw.trim();
      const column = columns.get(index);
      if (!value || !column) return;
      if (column.kind === 'event') event[column.field] = value;
      else if (column.kind === 'correction') corrections.set(column.number, value);
      else sources.set(column.number, {...sources.get(column.number), [column.field]: value});
    });
    tooLong(record);
    const input: TimelineEventInput = {id: event.id ?? '', date: event.date as string, title: event.title as string};
    if (event.date === undefined) delete (input as Partial<TimelineEventInput>).date;
    if (event.title === undefined) delete (input as Partial<TimelineEventInput>).title;
    if (event.end !== undefined) input.end = event.end;
    if (event.summary !== undefined) input.summary = event.summary;
    if (event.updated !== undefined) input.updated = event.updated;
    const correctionNumbersOfRow = [...corrections.keys()].sort((a, b) => a - b);
    if (correctionNumbersOfRow.length) input.corrections = correctionNumbersOfRow.map((n) => readCorrectionCell(corrections.get(n)!));
    // A cell is text: a number written as one is read as the number, anything else is handed on for the parser to report.
    if (event.importance !== undefined) input.importance = (/^-?\d+(\.\d+)?$/.test(event.importance) ? Number(event.importance) : event.importance) as number;
    if (event.category !== undefined) {
      input.category = slug(event.category, 'category');
      if (categories.add({id: input.category, label: event.category})) categoryRow.push(record.row);
    }
    const numbers = [...sources.keys()].sort((a, b) => a - b);
    if (numbers.length > 0) {
      input.sources = numbers.map((n) => {
        const source = sources.get(n)!;
        const name = source.name ?? (source.url !== undefined ? hostName(source.url) : undefined);
        return {...source, ...(name !== undefined && {name})} as TimelineSourceInput;
      });
    }
    const isDerived = !input.id;
    if (isDerived) input.id = claimId(deriveEventId(event.date ?? '', event.title ?? ''));
    events.push(input);
    eventRow.push(record.row);
    derived.push(isDerived);
    sourceNumbers.push(numbers);
    correctionNumbers.push(correctionNumbersOfRow);
  }

  const title = options.title?.trim();
  if (!title) log.warning('title', 'a CSV file has no title and none was given; the timeline is titled "Timeline"');
  const document: TimelineDocument = {title: title || 'Timeline', events, ...(categories.categories.length > 0 && {categories: categories.categories})};

  const SOURCE_KEYS: Record<string, string> = {
    name: 'source', url: 'source_url', excerpt: 'excerpt', published: 'published', status: 'status', archived: 'archived', accessed: 'accessed',
  };
  const toRowPath = (path: string): string => {
    const event = /^events\[(\d+)\](?:\.([a-z]+)(?:\[(\d+)\](?:\.([a-z]+))?)?)?/.exec(path);
    if (event) {
      const k = Number(event[1]);
      const row = `rows[${eventRow[k]}]`;
      const field = event[2];
      if (field === undefined || (field === 'id' && derived[k])) return row;
      if (field === 'corrections' && event[3] !== undefined) {
        const number = correctionNumbers[k][Number(event[3])];
        return `${row}.${headerName(`correction ${number}`, `correction${number > 1 ? ` ${number}` : ''}`)}`;
      }
      if (field !== 'sources') return `${row}.${headerName(field)}`;
      const number = sourceNumbers[k][Number(event[3])] ?? 1;
      const sourceField = event[4] ?? 'name';
      return `${row}.${headerName(`${sourceField} ${number}`, `${SOURCE_KEYS[sourceField]}${number > 1 ? ` ${number}` : ''}`)}`;
    }
    const category = /^categories\[(\d+)\]/.exec(path);
    if (category) return `rows[${categoryRow[Number(category[1])]}].${headerName('category')}`;
    return path;
  };
  return {document, finish: (result) => finish(result, toRowPath)};
}


/** A problem at a row, with the row said as a spreadsheet shows it. */
function rowNote(problem: TimelineProblem): TimelineProblem {
  const row = /^rows\[(\d+)\]/.exec(problem.path);
  return row ? {...problem, message: `${problem.message} (spreadsheet row ${row[1]}, counting the header as row 1)`} : problem;
}

/**
 * Which header cell is which column (`read` names it, `key` tells repeats
 * apart), with a problem for each one that is not read: unnamed with values
 * below, `unknown` (`%` is its letter), or a repeat.
 */
function readHeader<C>(
  header: readonly string[], rows: readonly CsvRecord[], log: ProblemLog,
  read: (name: string) => C | undefined, key: (column: C) => string, unknown: string,
): {columns: Map<number, C>; where: Map<string, number>} {
  const columns = new Map<number, C>();
  const where = new Map<string, number>();
  header.forEach((name, index) => {
    const trimmed = name.trim();
    if (!trimmed) {
      const used = rows.filter((r) => (r.cells[index] ?? '').trim()).length;
      if (used > 0) log.error(`columns[${letter(index)}]`, `has no name in the header row, but ${used} ${used === 1 ? 'row has a value' : 'rows have values'} in it; they were left out`);
      return;
    }
    const column = read(trimmed);
    if (column === undefined) {
      log.warning(`columns.${trimmed}`, unknown.replace('%', letter(index)));
      return;
    }
    const earlier = where.get(key(column));
    if (earlier !== undefined) {
      log.error(`columns.${trimmed}`, `names the same column as column ${letter(earlier)} ("${header[earlier].trim()}"); column ${letter(index)} was left out`);
      return;
    }
    where.set(key(column), index);
    columns.set(index, column);
  });
  return {columns, where};
}

// A Google sheet is read as CSV: the element finds its export address, and
// tells a sheet that is not published, with the reader it loads for it.
export {isUnpublishedSheet, sheetCsvAddress} from './sheet-address.js';
