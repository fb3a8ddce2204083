import type {CsvRecord, TimelineJSSheet} from './csv.js';
import type {Json} from './is-object.js';
import {createProblemLog} from './problems.js';
import type {TimelineProblem} from './types.js';

/*
 * TimelineJS3's spreadsheet template (a Google sheet, exported as CSV) as the
 * TimelineJS3 JSON its own importer builds from it: one slide a row, the
 * `title` row as the title slide, `era` rows as eras. The JSON is then read
 * by the TimelineJS3 reader like any other (timelinejs.ts), so both take the
 * same dates, HTML, groups and media the same way; `toSheetPath` names its
 * problems by the sheet's row and column instead of a JSON path.
 */

/** A TimelineJS3 sheet as a TimelineJS3 document, with what leads back from the document to the sheet. */
export interface SheetConversion {
  /** The TimelineJS3 document: `title`, `events`, `eras`. */
  readonly doc: Json;
  /** What the rows themselves had wrong, at `rows[N].Column` paths. */
  readonly problems: readonly TimelineProblem[];
  /** The sheet's `rows[N].Column` path for a path in `doc` (`events[2].end_date.month` → `rows[5].End Month`). */
  readonly toSheetPath: (path: string) => string;
}

/** The template's columns, in `sheetKey`'s spelling, and Media Alt, which an editor may add to describe an image. */
const COLUMNS = [
  'year', 'month', 'day', 'time', 'end year', 'end month', 'end day', 'end time', 'display date',
  'headline', 'text', 'media', 'media credit', 'media caption', 'media thumbnail', 'media alt', 'type', 'group', 'background',
];

/** `2:30 PM`, `14:30`, `14:30:05`, `9 am`. */
const TIME = /^(\d{1,2})(?::(\d\d))?(?::(\d\d))?\s*(?:([ap])\.?\s*m\.?)?$/i;
const TIME_FIELDS = ['hour', 'minute', 'second', 'millisecond'];

/** Converts the rows of a sheet (see `TimelineJSSheet`) into a TimelineJS3 document. Never throws. */
export function fromTimelineJSSheet(sheet: TimelineJSSheet): SheetConversion {
  const log = createProblemLog();
  const index = new Map<string, number>();
  sheet.columns.forEach((key, i) => {
    if (key === undefined) return;
    if (COLUMNS.includes(key)) index.set(key, i);
    else log.warning(`columns.${sheet.header[i]}`, `is not a column of TimelineJS3's template; it was ignored. Its columns: ${COLUMNS.join(', ')}`);
  });
  /** The column's name as the sheet's header writes it. */
  const name = (key: string) => sheet.header[index.get(key)!];
  const cellPath = (record: CsvRecord, key: string) => `rows[${record.row}]${index.has(key) ? `.${name(key)}` : ''}`;

  const events: Json[] = [];
  const eventRow: number[] = [];
  const eras: Json[] = [];
  const eraRow: number[] = [];
  let title: Json | undefined;
  let titleRow: number | undefined;

  for (const record of sheet.rows) {
    const cell = (key: string) => {
      const i = index.get(key);
      return i === undefined ? '' : (record.cells[i] ?? '').trim();
    };
    /** Only the cells that have something: a blank one is not there, as in TimelineJS3's own import. */
    const fields = (pairs: [string, string][]): Json | undefined => {
      const given = pairs.filter(([, key]) => cell(key));
      return given.length > 0 ? Object.fromEntries(given.map(([field, key]) => [field, cell(key)])) : undefined;
    };
    const date = (end: '' | 'end ') => {
      const parts = fields([['year', `${end}year`], ['month', `${end}month`], ['day', `${end}day`]]);
      const time = cell(`${end}time`);
      if (!time) return parts;
      const match = TIME.exec(time);
      if (!match) {
        log.warning(cellPath(record, `${end}time`), `"${time}" is not a time of day such as 14:30 or 2:30 PM; it was left out`);
        return parts;
      }
      const [, hour, minute, second, half] = match;
      const h = half ? (Number(hour) % 12) + (/p/i.test(half) ? 12 : 0) : Number(hour);
      return {...parts, hour: h, ...(minute && {minute}), ...(second && {second})};
    };
    const type = cell('type').toLowerCase();
    const media = fields([['url', 'media'], ['credit', 'media credit'], ['caption', 'media caption'], ['thumbnail', 'media thumbnail'], ['alt', 'media alt']]);
    const background = cell('background');
    const slide: Json = {
      start_date: date(''),
      end_date: date('end '),
      text: fields([['headline', 'headline'], ['text', 'text']]),
      media,
      group: cell('group') || undefined,
      display_date: cell('display date') || undefined,
      // A colour or an image address; either way the reader says backgrounds are not shown.
      background: background ? (/^#|^rgb/i.test(background) ? {color: background} : {url: background}) : undefined,
    };
    if (type === 'title' && !title) {
      title = slide;
      titleRow = record.row;
      continue;
    }
    if (type === 'era') {
      eras.push(slide);
      eraRow.push(record.row);
      continue;
    }
    if (type === 'title') {
      log.warning(cellPath(record, 'type'), `a second "title" row (the first is row ${titleRow}); it was read as an event`);
    } else if (type) {
      log.warning(cellPath(record, 'type'), `"${cell('type')}" is not a type TimelineJS3 knows ("title" or "era"; blank for an event); the row was read as an event`);
    }
    events.push(slide);
    eventRow.push(record.row);
  }

  if (!title && sheet.title?.trim()) title = {text: {headline: sheet.title.trim()}};
  const doc: Json = {...(title && {title}), events, ...(eras.length > 0 && {eras})};

  const toSheetPath = (path: string): string => {
    const kind = /^(?:(events|eras)\[(\d+|\*)\]|title)\.?(.*)$/.exec(path);
    if (!kind) return path;
    const [, list, n, rest] = kind;
    let key = sheetKey(rest);
    // An image's missing description is said of its Media cell when there is no Media Alt column.
    if (key === 'media alt' && !index.has(key)) key = 'media';
    // Said of every row (counted by kind): the column.
    if (n === '*') return key && index.has(key) ? `columns.${name(key)}` : path;
    const row = list === 'events' ? eventRow[Number(n)] : list === 'eras' ? eraRow[Number(n)] : titleRow;
    if (row === undefined) return path;
    return `rows[${row}]${key && index.has(key) ? `.${name(key)}` : ''}`;
  };
  return {doc, problems: log.problems, toSheetPath};
}

/** The template column of a path within a slide: `end_date.hour` → `end time`, `text.text` → `text`, `media.url` → `media`. */
function sheetKey(rest: string): string | undefined {
  const [head = '', field] = rest.split('.');
  if (head === 'start_date' || head === 'end_date') {
    const column = !field ? 'year' : TIME_FIELDS.includes(field) ? 'time' : field;
    return head === 'end_date' ? `end ${column}` : column;
  }
  if (head === 'text') return field === 'text' ? 'text' : 'headline';
  if (head === 'media') return field && field !== 'url' ? `media ${field}` : 'media';
  return head ? head.replace('_', ' ') : undefined;
}
