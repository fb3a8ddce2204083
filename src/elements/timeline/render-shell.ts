import {html, nothing, type TemplateResult} from 'lit';
import type {ParseResult, Timeline, TimelineCategory} from '../../data/types.js';
import type {UiStrings} from '../../format/strings.js';
import {headingLevel} from '../event-card/event-card.js';
import type {MediaContext} from '../event-card/render-media.js';
import {loadedMedia} from '../../lazy-parts.js';
import {renderLegend, renderSearch} from './render-controls.js';
import {renderProblems} from './render-problems.js';

/*
 * The frame of <news-timeline> around whichever view is drawn: the region
 * with its states (loading, failed), the header (title, description, legend,
 * search, the view's own controls), the problems found and the live region.
 * Templates only; state and handlers come from the element.
 */

export interface ShellContext {
  readonly strings: UiStrings;
  readonly rtl: boolean;
  readonly timeline: Timeline | undefined;
  /** Data or words are on their way: the loading state is shown. */
  readonly loading: boolean;
  /** Why nothing can be shown, in the reader's words. */
  readonly failure: string | undefined;
  /** Asks again, where asking again can help (data from `src`). */
  readonly retry: (() => void) | undefined;
  readonly result: ParseResult | undefined;
  readonly file: string | undefined;
  readonly announcement: string;
  /** Whether checks for a new version are paused (see RefreshController.renderStatus). */
  readonly liveStatus: TemplateResult | typeof nothing;
  /** The header and view of a timeline that can be shown. */
  readonly body: (timeline: Timeline) => TemplateResult;
}

export function renderShell({strings, rtl, timeline, loading, failure, retry, result, file, announcement, liveStatus, body}: ShellContext): TemplateResult {
  // No white space between the top elements: it would inherit the page's
  // white-space through the host and, as "pre", take up lines of its own.
  return html`<div class="measure"></div><section part="region" class=${rtl ? 'rtl' : ''} aria-labelledby=${timeline ? 'title' : nothing} aria-label=${timeline ? nothing : strings.events}>
      ${loading
        ? renderLoading(strings)
        : failure !== undefined && !timeline
          ? renderFailure(failure, strings, retry)
          : timeline
            ? body(timeline)
            : nothing}
      ${timeline ? liveStatus : nothing}
      ${result?.problems.length ? renderProblems(result, strings, file) : nothing}
      <div class="visually-hidden" role="status">${announcement}</div>
    </section>`;
}

export interface HeaderContext {
  readonly timeline: Timeline;
  readonly strings: UiStrings;
  /** When the timeline was updated, under its title, once the provenance part has loaded. */
  readonly updated: TemplateResult | typeof nothing;
  /** The level of the title in the page's outline. */
  readonly headingLevel: number;
  readonly categories: readonly TimelineCategory[];
  readonly colors: ReadonlyMap<string, string>;
  readonly hidden: ReadonlySet<string>;
  readonly onToggle: (categoryId: string) => void;
  /** The status toggles, once the provenance part has loaded. */
  readonly statusFilter: TemplateResult | typeof nothing;
  /** The search box's query and handler, when the page asked for one. */
  readonly search: {readonly query: string; readonly onInput: (query: string) => void} | undefined;
  /** The zoom buttons of the horizontal view. */
  readonly controls: TemplateResult | typeof nothing;
  /** What may load the timeline's own medium. */
  readonly media: MediaContext;
}

export function renderHeader({timeline, strings, updated, headingLevel: level, categories, colors, hidden, onToggle, statusFilter, search, controls, media}: HeaderContext): TemplateResult {
  return html`<div class="header">
    <div class="heading">
      <p class="title" part="title" id="title" dir="auto" role="heading" aria-level=${headingLevel(level)}>${timeline.title}</p>
      ${updated}
      ${timeline.description ? html`<p class="description" part="description" dir="auto">${timeline.description}</p>` : nothing}
      ${timeline.media ? loadedMedia()?.renderMedia(timeline.media, strings, media, false) : nothing}
      ${renderLegend(categories, {colors, hidden, strings, onToggle})}
      ${statusFilter}
    </div>
    ${search ? renderSearch(search.query, strings, search.onInput) : nothing}
    ${controls}
  </div>`;
}

export function renderLoading(strings: UiStrings): TemplateResult {
  return html`<p class="state" part="state" role="status">${strings.loading}</p>`;
}

/** What cannot be shown and why, with a retry where one can help. */
export function renderFailure(message: string, strings: UiStrings, retry: (() => void) | undefined): TemplateResult {
  return html`<div class="state error" part="state" role="alert">
    <p>${message}</p>
    ${retry ? html`<button class="retry" @click=${retry}>${strings.retry}</button>` : nothing}
  </div>`;
}
