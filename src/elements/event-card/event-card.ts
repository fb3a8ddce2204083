import {isHttpUrl} from '../../data/links.js';
import {html, nothing, type TemplateResult} from 'lit';
import type {Timeline, TimelineEvent, TimelineSource} from '../../data/types.js';
import {formatDateRange, formatPartialDate, machineDate} from '../../format/format-date.js';
import type {LiveMark} from '../timeline/live-marks.js';
import type {UiStrings} from '../../format/strings.js';
import type {MediaContext} from './render-media.js';
import {loadedMedia} from '../../lazy-parts.js';

/**
 * The date line of an event at the precision it was given: "7 October 2001",
 * "Aug 14 – 30, 2021", a soft date in words ("about November 2001"); or the
 * editor's own words for it (`displayDate`).
 */
export function eventDateText(event: TimelineEvent, locale: string | undefined): string {
  if (event.displayDate) return event.displayDate;
  return event.end ? formatDateRange(event.date, event.end, locale) : formatPartialDate(event.date, locale);
}

/** Only http(s) links leave the parser; checked again here because `data` can be any object. */
export const safeUrl = (url: string | undefined) => (isHttpUrl(url) ? url : undefined);

export const newTabLink = (url: string, text: TemplateResult | string, strings: UiStrings) =>
  html`<a part="card-link" href=${url} target="_blank" rel="noopener noreferrer">${text}<span class="visually-hidden"> (${strings.newTab})</span></a>`;

/** The provenance part (source-provenance.ts), once an element has loaded it for data that needs it. */
let provenance: typeof import('./source-provenance.js') | undefined;
export const useProvenance = (part: typeof provenance) => (provenance = part);

function renderSource(source: TimelineSource, strings: UiStrings, locale: string | undefined): TemplateResult {
  const url = safeUrl(source.url);
  const name = url ? newTabLink(url, html`<span dir="auto">${source.name}</span>`, strings) : source.name;
  const details = html`${source.published ? html`, <time datetime=${machineDate(source.published) ?? nothing}>${formatPartialDate(source.published, locale)}</time>` : nothing}${
    provenance?.renderSourceDetails(source, strings, locale) ?? nothing}`;
  // A retracted source stays in the record, struck through: hiding it would hide that it was ever said.
  return html`<li class=${source.status ? `source-${source.status}` : nothing}>
    ${source.excerpt
      ? html`<figure>
          <blockquote part="card-quote" cite=${url ?? nothing}><p dir="auto">${source.excerpt}</p></blockquote>
          <figcaption>— <cite>${name}</cite>${details}</figcaption>
        </figure>`
      : html`<cite>${name}</cite>${details}`}
  </li>`;
}

/** Quotations are what the card is for: they come before sources that are only named. */
function quotedFirst(sources: readonly TimelineSource[]): TimelineSource[] {
  return [...sources.filter((s) => s.excerpt), ...sources.filter((s) => !s.excerpt)];
}

/**
 * The words of an event's badge: "New", "Updated 14:05". The time is said by
 * the provenance part, which data with update times loads (see needsProvenance).
 */
export const markText = (mark: LiveMark, event: TimelineEvent, strings: UiStrings, locale: string | undefined): string =>
  mark === 'new' ? strings.newEvent : strings.updated(event.updated && provenance?.formatUpdateTime(event.updated, locale));

/** The badge of an event added or changed by a live update (see LiveMarks), if it is marked. */
export function renderBadge(mark: LiveMark | undefined, event: TimelineEvent, strings: UiStrings, locale: string | undefined) {
  return mark ? html`<span class="badge badge-${mark}" part="badge">${markText(mark, event, strings, locale)}</span>` : nothing;
}

/** A heading level for `aria-level`, kept within 1–6. */
const eventNames = new WeakMap<TimelineEvent, {locale: string | undefined; name: string}>();

/** "Title, 7 October 2001": what a screen reader says for an event (visible label first). Kept per event, as cluster names are. */
export function eventName(event: TimelineEvent, locale: string | undefined): string {
  const kept = eventNames.get(event);
  if (kept && kept.locale === locale) return kept.name;
  const name = `${event.title}, ${eventDateText(event, locale)}`;
  eventNames.set(event, {locale, name});
  return name;
}

export const headingLevel = (level: number) => String(Math.min(6, Math.max(1, Math.round(level) || 2)));

export interface CardContext {
  readonly timeline: Timeline;
  /** Level of the card's title in the page's outline; its sources' heading is one below. */
  readonly headingLevel: number;
  readonly strings: UiStrings;
  readonly locale: string | undefined;
  readonly pinned: boolean;
  readonly onClose: () => void;
  /** Shown at the card's foot: previous and next, in a pinned card. */
  readonly footer?: TemplateResult | typeof nothing;
  readonly media: MediaContext;
  /** The event is new or updated (a live update). */
  readonly mark?: LiveMark;
}

/**
 * The content of the source card for one event: date at its precision (in
 * words when soft) and why it is uncertain (`dateNote`), title, category,
 * summary, and each source with its excerpt as a quotation and its name as
 * a link. Every data string is rendered as text.
 */
export function renderEventCard(event: TimelineEvent, {timeline, headingLevel: level, strings, locale, pinned, onClose, media, mark, footer = nothing}: CardContext): TemplateResult {
  const category = timeline.categories.find((c) => c.id === event.category);
  return html`
    <header>
      <p class="card-date"><time datetime=${machineDate(event.date) ?? nothing} dir=${event.displayDate ? 'auto' : nothing}>${eventDateText(event, locale)}</time>${category ? html` · <span class="card-category" dir="auto">${category.label}</span>` : nothing} ${renderBadge(mark, event, strings, locale)}</p>
      ${event.dateNote ? html`<p class="card-date-note" dir="auto">${event.dateNote}</p>` : nothing}
      <h3 class="card-title" id="card-title" dir="auto" aria-level=${headingLevel(level)}>${event.title}</h3>
      ${pinned ? html`<button class="card-close" part="card-close" aria-label=${strings.close} @click=${onClose}>×</button>` : nothing}
    </header>
    ${event.summary ? html`<p class="card-summary" dir="auto">${event.summary}</p>` : nothing}
    ${event.media ? loadedMedia()?.renderMedia(event.media, strings, media, true) : nothing}
    ${event.sources.length
      ? html`<h4 class="card-sources-heading" aria-level=${headingLevel(level + 1)}>${strings.sources}</h4>
          ${provenance?.renderDisagreement(event.sources, strings) ?? nothing}
          <ul class="card-sources">${quotedFirst(event.sources).map((source) => renderSource(source, strings, locale))}</ul>`
      : nothing}
    ${provenance?.renderCorrections(event, strings, locale, headingLevel(level + 1)) ?? nothing}
    ${footer}
  `;
}
