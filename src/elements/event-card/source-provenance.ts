import {css, html, nothing, type TemplateResult} from 'lit';
import {SOURCE_STATUSES, type SourceStatus, type Timeline, type TimelineEvent, type TimelineSource} from '../../data/types.js';
import {sourcesDisagree, statusesUsed} from '../../data/source-statuses.js';
import {formatPartialDate} from '../../format/format-date.js';
import {formatUpdated} from '../../format/format-updated.js';

export {formatUpdateTime} from '../../format/format-updated.js';
import type {UiStrings} from '../../format/strings.js';
import {newTabLink, safeUrl} from './event-card.js';

/*
 * Where each fact comes from: a source's status, archived copy and access
 * date in the card, the line that says an event's sources disagree, and the
 * status toggles beside the legend. A part of its own (lazy-parts.ts), loaded
 * only for data whose sources say any of it (or a page that set
 * `status-filter`): most timelines never need it. An event's corrections
 * are drawn here too, as only developing stories have them.
 */

/**
 * A status as its word after its mark, a shape of its own (styled per
 * `status-…` class) so that no reader depends on colour; the word says it to
 * screen readers, so the mark is hidden from them.
 */
const renderStatus = (status: SourceStatus, strings: UiStrings): TemplateResult =>
  html`<span class="source-status"><span class="status-mark status-${status}" aria-hidden="true"></span>${strings.status(status)}</span>`;

/** After a source's name and date: its status, its archived copy and when it was read. */
export function renderSourceDetails(source: TimelineSource, strings: UiStrings, locale: string | undefined) {
  const archived = safeUrl(source.archived);
  return html`${source.status ? html` · ${renderStatus(source.status, strings)}` : nothing}${
    archived ? html` · ${newTabLink(archived, strings.archivedCopy, strings)}` : nothing}${
    source.accessed ? html` · <span class="source-accessed">${strings.accessed(formatPartialDate(source.accessed, locale))}</span>` : nothing}`;
}

/** One line when the event's sources disagree (see `sourcesDisagree`). */
export const renderDisagreement = (sources: readonly TimelineSource[], strings: UiStrings) =>
  sourcesDisagree(sources) ? html`<p class="card-disagree">${strings.sourcesDisagree}</p>` : nothing;

/**
 * Under the sources: "Corrections" (a heading at `level`, the sources' own)
 * and each correction, oldest first as parsed, its date in the reader's
 * words (a time on the reader's clock) before its text.
 */
/** "Updated 20 October 2021, 14:05" under the timeline's title, for a timeline that says when it was updated. */
export const renderUpdated = (timeline: Timeline, strings: UiStrings, locale: string | undefined) =>
  timeline.updated
    ? html`<p class="description" part="updated"><time datetime=${timeline.updated.iso}>${strings.updated(formatUpdated(timeline.updated, locale))}</time></p>`
    : nothing;

export function renderCorrections(event: TimelineEvent, strings: UiStrings, locale: string | undefined, level: string) {
  return event.corrections?.length
    ? html`<h4 class="card-sources-heading" aria-level=${level}>${strings.corrections}</h4>
      <ul class="card-sources card-corrections" part="card-corrections">${event.corrections.map((correction) =>
        html`<li><time datetime=${correction.date.iso}>${formatUpdated(correction.date, locale)}</time> — <span dir="auto">${correction.text}</span></li>`)}</ul>`
    : nothing;
}

export interface StatusFilterContext {
  readonly events: readonly TimelineEvent[];
  /** The statuses asked for; none shows every event. */
  readonly chosen: ReadonlySet<SourceStatus>;
  readonly onToggle: (status: SourceStatus) => void;
}

/**
 * "Sources:" and a toggle for each status some source has: pressed ones
 * show only the events with a source of that status (none pressed, every
 * event). A status the page chose is offered even when no source has it, so
 * that the reader can always lift a filter that hides everything.
 */
export function renderStatusFilter({events, chosen, onToggle}: StatusFilterContext, strings: UiStrings): TemplateResult | typeof nothing {
  const used = statusesUsed(events);
  const offered = SOURCE_STATUSES.filter((status) => used.includes(status) || chosen.has(status));
  if (!offered.length) return nothing;
  return html`<div class="legend status-filter" part="status-filter" role="group" aria-labelledby="status-filter-label">
    <span id="status-filter-label">${strings.sources}:</span>
    ${offered.map((status) => html`<button class="legend-toggle" part="status-item" aria-pressed=${chosen.has(status) ? 'true' : 'false'}
      @click=${() => onToggle(status)}>${renderStatus(status, strings)}</button>`)}
  </div>`;
}

export const provenanceStyles = css`
  .card-disagree {
    margin: 0.3em 0 0;
    font-size: 0.875em;
    font-style: italic;
  }
  .source-retracted :is(cite, blockquote) {
    text-decoration: line-through;
  }
  /* One shape per status, so that no reader depends on colour: a disc, a ring, a diamond, a slashed square. */
  .status-mark {
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.3em;
    border: 0.12em solid;
  }
  .status-confirmed,
  .status-reported {
    border-radius: 50%;
  }
  .status-confirmed {
    background: currentColor;
  }
  .status-disputed {
    transform: rotate(45deg);
  }
  .status-retracted {
    background: linear-gradient(45deg, #0000 40%, currentColor 0 60%, #0000 0);
  }
  /* Status toggles narrow what is shown: the pressed ones are outlined, none struck out. */
  .status-filter .legend-toggle {
    color: inherit;
    text-decoration: none;
  }
  .status-filter [aria-pressed='true'] {
    box-shadow: inset 0 0 0 2px;
  }
`;
