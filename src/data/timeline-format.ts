import {withoutBom} from './file-text.js';

/** The two kinds of file a timeline comes in: JSON (news-timeline's own or TimelineJS3) and CSV. */
export type TimelineFormat = 'json' | 'csv';

/** Where a timeline's text came from, as far as its format goes. */
export interface TextOrigin {
  /** The format asked for (the element's `type`, the CLI's `--format`): it wins over everything else. */
  readonly format?: TimelineFormat | undefined;
  /** The file name or address; one ending in `.csv` or `.json` (before any `?query` or `#hash`) names the format. */
  readonly file?: string | undefined;
}

/** Where a fetched timeline came from: an address, and the answer's Content-Type (`null` when it had none). */
export interface AnswerOrigin extends TextOrigin {
  readonly contentType: string | null;
}

/** `csv` or `json` for a file name or address ending in `.csv` or `.json` (before any `?query` or `#hash`). */
export function formatOfFile(file: string | undefined): TimelineFormat | undefined {
  const name = file?.replace(/[?#].*$/s, '').toLowerCase();
  if (name?.endsWith('.csv')) return 'csv';
  if (name?.endsWith('.json')) return 'json';
  return undefined;
}

/** The format of a text with no name: JSON starts with `{` or `[` (an empty file or an HTML page counts as JSON gone wrong); anything else is CSV. */
export function sniffFormat(text: string): TimelineFormat {
  const start = withoutBom(text).trimStart();
  return start === '' || /^[{[<]/.test(start) ? 'json' : 'csv';
}

/**
 * The format of a fetched timeline: the one asked for, else the one the
 * address names, else `text/csv` in the answer's Content-Type; JSON
 * otherwise. The address wins over the type because servers often label CSV
 * `text/plain` or `application/octet-stream`. An answer is never told by its
 * text: CSV read as JSON fails with the way to read it (`type="csv"`).
 */
export function formatOfAnswer(origin: AnswerOrigin): TimelineFormat {
  return origin.format ?? formatOfFile(origin.file) ?? (/^\s*text\/csv\s*(;|$)/i.test(origin.contentType ?? '') ? 'csv' : 'json');
}

/** The format of a text that came in no answer (a file on disk, standard input): as asked, else as named, else by its first character. */
export function formatOfText(text: string, origin: TextOrigin): TimelineFormat {
  return origin.format ?? formatOfFile(origin.file) ?? sniffFormat(text);
}

/** What to ask a server for: the format asked for or named by the address, or JSON before CSV when neither says. */
export function acceptHeader(origin: Pick<TextOrigin, 'format' | 'file'>): string {
  const format = origin.format ?? formatOfFile(origin.file);
  if (format === 'csv') return 'text/csv, text/plain;q=0.5';
  if (format === 'json') return 'application/json, text/plain;q=0.5';
  return 'application/json, text/csv;q=0.9, text/plain;q=0.5';
}
