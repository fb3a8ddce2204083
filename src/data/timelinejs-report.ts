import {htmlToText} from './html-to-text.js';
import {isObject, type Json} from './is-object.js';
import {at, createProblemLog, describeType, type ProblemLog} from './problems.js';

/*
 * The problem log of the TimelineJS3 import (timelinejs.ts), which counts
 * what is not imported by kind and says it once per kind, and the readers of
 * TimelineJS's HTML text fields that it reports through.
 */

/**
 * Parts of TimelineJS3 that have no place in news-timeline: [one, many, why].
 * Keys are relative to a slide (`media.thumbnail`) or, for `eras` and
 * `title`, prefixed with them.
 */
const NOT_IMPORTED: Record<string, [string, string, string]> = {
  background: ['background', 'backgrounds', 'news-timeline draws no backgrounds'],
  location: ['location', 'locations', 'news-timeline has no maps'],
  type: ['slide type', 'slide types', 'news-timeline has no slide types'],
  autolink: ['autolink setting', 'autolink settings', 'news-timeline never turns text into links'],
  'media.title': ['media title', 'media titles', 'a medium has a caption and a credit'],
  'media.link': ['media link', 'media links', 'a medium links to its own address, media.url'],
  'media.link_target': ['media link target', 'media link targets', 'links always open the same way'],
  'media.url(protocol-relative)': ['protocol-relative media address (//…)', 'protocol-relative media addresses (//…)', 'read as https://'],
  'text.text(no headline)': ['text without a headline', 'texts without a headline', 'the start of text.text is the title'],
  'text.headline(media only)': ['slide with only a medium', 'slides with only a medium', "the medium's caption, or the host of its address, is the title"],
  'eras.text.text': ['era text', 'era texts', 'an era has only a title'],
  'eras.media': ['era media', 'era media', 'an era has only a title and dates'],
  'eras.group': ['era group', 'era groups', 'eras have no categories'],
  'title.start_date': ['title slide date', 'title slide dates', 'the title has no date'],
  'title.end_date': ['title slide end date', 'title slide end dates', 'the title has no date'],
  'title.background': ['title slide background', 'title slide backgrounds', 'news-timeline draws no backgrounds'],
  'title.group': ['title slide group', 'title slide groups', 'the title has no category'],
};
const NOTE_ONLY = new Set(['media.url(protocol-relative)', 'text.text(no headline)', 'text.headline(media only)']);
/** Kinds that are read but not drawn: "not shown" says so better than "not imported". */
const NOT_SHOWN = new Set(['background', 'title.background']);

/** The problem log of the conversion, which also counts what was not imported, by kind. */
export interface Report extends ProblemLog {
  /** One more of a kind not imported; `path` is the kind's path, such as `events[*].background`. */
  count(kind: string, path: string): void;
  /** The counted kinds, one warning each. */
  flush(): void;
}

export function createReport(): Report {
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
        // The title slide's media fields are said as the events' are.
        const base = kind in NOT_IMPORTED ? kind : kind.replace(/^title\./, '');
        const known = NOT_IMPORTED[base];
        if (NOTE_ONLY.has(base) && known) {
          log.warning(path, `${count} ${count === 1 ? known[0] : known[1]}: ${known[2]}`);
        } else if (known) {
          log.warning(path, `${count} ${count === 1 ? known[0] : known[1]} ${count === 1 ? 'was' : 'were'} not ${NOT_SHOWN.has(base) ? 'shown' : 'imported'} (${known[2]})`);
        } else {
          const key = path.slice(path.lastIndexOf('.') + 1);
          log.warning(path, `"${key}" is not part of the TimelineJS3 format that news-timeline reads; it was ignored${count > 1 ? ` in ${count} places` : ''}`);
        }
      }
    },
  };
}

/** Whether a value carries nothing: absent, null, blank text, or an object or array of such values. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (isObject(value)) return Object.values(value).every(isBlank);
  return false;
}

/** Plain text of an HTML field; `undefined` when blank. Non-text values are reported. */
export function plainText(parent: Json, key: string, path: string, report: Report, oneLine: boolean): string | undefined {
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

