import {isHttpUrl} from '../data/links.js';
import type {PartialDate, Timeline, TimelineCategory, TimelineEra, TimelineEvent, TimelineSource} from '../data/types.js';
import {formatDateRange, formatPartialDate, machineDate} from '../format/format-date.js';
import {stringsFor, type UiStrings} from '../format/strings.js';

export interface TimelineToHtmlOptions {
  /**
   * The locale the dates are written in (a BCP 47 tag), also set as the
   * `lang` attribute of `<news-timeline>`. Dates default to `en-GB`, and the
   * attribute is then left out so the element follows the page's language.
   */
  lang?: string;
  /**
   * The address of the timeline file, set as the `src` attribute: with
   * JavaScript the element loads the file instead of reading the markup,
   * which stays as the fallback. A relative or http(s) address; anything
   * else throws.
   */
  src?: string;
}

const DEFAULT_LOCALE = 'en-GB';
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text or an attribute value made safe for HTML: `&`, `<`, `>`, `"` and `'` are escaped. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`);

/** An http(s) address as it may appear in `href` or `cite`, or `undefined`. */
function safeUrl(url: string | undefined): string | undefined {
  return isHttpUrl(url) ? url : undefined;
}

function checkSrc(src: string): string {
  const trimmed = src.trim();
  if (!trimmed || /[\s]/.test(trimmed) || (SCHEME.test(trimmed) && !isHttpUrl(trimmed))) {
    throw new TypeError(`src must be a relative or http(s) address, got "${src}"`);
  }
  return trimmed;
}

const renderTime = (date: PartialDate, locale: string) =>
  `<time${attr('datetime', date.iso)}>${escapeHtml(formatPartialDate(date, locale))}</time>`;

function renderDate(event: TimelineEvent, locale: string): string {
  const text = event.displayDate ?? (event.end ? formatDateRange(event.date, event.end, locale) : formatPartialDate(event.date, locale));
  return `<time${attr('datetime', machineDate(event.date))}>${escapeHtml(text)}</time>`;
}

/**
 * After the name: the publication date, then the status in words, the
 * archived copy and the access date, marked (`data-status`, `data-archived`,
 * `data-accessed`) so that `<news-timeline>` reads them back.
 */
function sourceDetails(source: TimelineSource, locale: string, strings: UiStrings): string {
  const archived = safeUrl(source.archived);
  const accessed = source.accessed && `<time data-accessed${attr('datetime', machineDate(source.accessed))}>${escapeHtml(formatPartialDate(source.accessed, locale))}</time>`;
  return (
    (source.published ? `, ${renderTime(source.published, locale)}` : '') +
    (source.status ? ` · ${escapeHtml(strings.status(source.status))}` : '') +
    (archived ? ` · <a data-archived${attr('href', archived)}>${escapeHtml(strings.archivedCopy)}</a>` : '') +
    // The words come from the language's template; only the date is marked up.
    (accessed ? ` · ${escapeHtml(strings.accessed('\0')).replace('\0', accessed)}` : '')
  );
}

function renderSource(source: TimelineSource, locale: string, strings: UiStrings): string {
  const url = safeUrl(source.url);
  const name = escapeHtml(source.name);
  const cite = `<cite${attr('data-status', source.status)}>${url ? `<a${attr('href', url)}>${name}</a>` : name}</cite>`;
  const published = sourceDetails(source, locale, strings);
  if (source.excerpt === undefined) return `    <p>${cite}${published}</p>\n`;
  return (
    `    <figure>\n` +
    `      <blockquote${attr('cite', url)}>${escapeHtml(source.excerpt)}</blockquote>\n` +
    `      <figcaption>${cite}${published}</figcaption>\n` +
    `    </figure>\n`
  );
}

// Each list item holds the element the timeline reads; an era's dates beside it are for readers only.
const renderCategory = (category: TimelineCategory) =>
  `    <li><news-timeline-category${attr('name', category.id)}${attr('color', category.color)}>${escapeHtml(category.label)}</news-timeline-category></li>\n`;

const renderEra = (era: TimelineEra, locale: string) =>
  `    <li><news-timeline-era${attr('start', era.start.iso)}${attr('end', era.end.iso)}>${escapeHtml(era.title)}</news-timeline-era>` +
  ` (${renderTime(era.start, locale)} – ${renderTime(era.end, locale)})</li>\n`;

const renderList = (items: string[]) => (items.length ? `  <ul>\n${items.join('')}  </ul>\n` : '');

/**
 * Under the sources: "Corrections" and each one as a `[data-correction]`
 * item, its date in a `<time>` (a time on the clock it was written with,
 * zone named: the page is written before any reader's zone is known).
 */
const renderCorrections = (event: TimelineEvent, locale: string, strings: UiStrings) =>
  event.corrections?.length
    ? `    <h4>${escapeHtml(strings.corrections)}</h4>\n    <ul>\n` +
      event.corrections.map((c) => `      <li data-correction>${renderTime(c.date, locale)} — ${escapeHtml(c.text)}</li>\n`).join('') +
      `    </ul>\n`
    : '';

function renderEvent(event: TimelineEvent, locale: string, strings: UiStrings): string {
  return (
    `  <news-timeline-event${attr('id', event.id)}${attr('date', event.date.iso)}${attr('end', event.end?.iso)}${attr('date-note', event.dateNote)}${attr('category', event.category)}${attr('importance', event.importance?.toString())}${attr('updated', event.updated?.iso)}>\n` +
    `    <h3>${escapeHtml(event.title)}</h3>\n` +
    `    ${renderDate(event, locale)}\n` +
    // Visible too, for a reader without JavaScript: why the date is uncertain. The attribute stays what is read back.
    (event.dateNote !== undefined ? `    <p data-date-note>${escapeHtml(event.dateNote)}</p>\n` : '') +
    (event.summary !== undefined ? `    <p>${escapeHtml(event.summary)}</p>\n` : '') +
    event.sources.map((source) => renderSource(source, locale, strings)).join('') +
    renderCorrections(event, locale, strings) +
    `  </news-timeline-event>\n`
  );
}

/**
 * The markup of a timeline in its HTML form: `<news-timeline>` with the title
 * in an `<h2>`, the description in a `<p>`, the categories as a list of
 * `<news-timeline-category>` and the eras as a list of `<news-timeline-era>`
 * (each with its dates beside it), then one `<news-timeline-event>` child per
 * event, in date order. A reader without JavaScript (or a search engine)
 * reads it as a legend and a chronology; `<news-timeline>` reads it back as
 * the same timeline.
 *
 * Each event has its title in an `<h3>`, its date in a `<time>` written at
 * the precision of the data, the note on its date (if any) in a
 * `<p data-date-note>` as well as its attribute, its summary in a `<p>`, and each source as a
 * `<figure>` (a `<blockquote>` excerpt and its `<cite>`) or, without an
 * excerpt, a `<p><cite>`, followed by a `<time>` when it has a publication
 * date, its status in words, a link to its archived copy and its access
 * date, in the words of `lang` (a language news-timeline knows, else English);
 * then its corrections, if any, and its `updated` time as an attribute. The
 * timeline's own update time follows the title, in `<p><time data-updated>`.
 * Every text is escaped and only http(s) links are written.
 */
export function timelineToHtml(timeline: Timeline, options: TimelineToHtmlOptions = {}): string {
  const locale = options.lang ?? DEFAULT_LOCALE;
  const src = options.src === undefined ? undefined : checkSrc(options.src);
  const strings = stringsFor(locale);
  return (
    `<news-timeline${attr('lang', options.lang)}${attr('src', src)}>\n` +
    (timeline.title ? `  <h2>${escapeHtml(timeline.title)}</h2>\n` : '') +
    // The words come from the language's template; only the date is marked up.
    (timeline.updated ? `  <p>${escapeHtml(strings.updated('\0')).replace('\0', `<time data-updated${attr('datetime', timeline.updated.iso)}>${escapeHtml(formatPartialDate(timeline.updated, locale))}</time>`)}</p>\n` : '') +
    (timeline.description !== undefined ? `  <p>${escapeHtml(timeline.description)}</p>\n` : '') +
    renderList(timeline.categories.map(renderCategory)) +
    renderList(timeline.eras.map((era) => renderEra(era, locale))) +
    timeline.events.map((event) => renderEvent(event, locale, strings)).join('') +
    `</news-timeline>\n`
  );
}
