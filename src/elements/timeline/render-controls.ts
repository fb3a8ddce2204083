import {html, nothing, type TemplateResult} from 'lit';
import {setStyles} from '../../directives/set-styles.js';
import {SOURCE_STATUSES, type SourceStatus, type TimelineCategory} from '../../data/types.js';
import type {UiStrings} from '../../format/strings.js';
import {renderStatus} from '../event-card/event-card.js';

/*
 * The timeline's controls for either view: category filters in the legend
 * and the search box (the horizontal view's own are in render-navigation.ts).
 * Templates only; state and handlers come from the element.
 */

export interface LegendContext {
  readonly colors: ReadonlyMap<string, string>;
  readonly hidden: ReadonlySet<string>;
  readonly strings: UiStrings;
  readonly onToggle: (categoryId: string) => void;
}

/** Each category that some event uses (see `prepareTimelineSteps`) a toggle button: pressed means its events are shown. */
export function renderLegend(categories: readonly TimelineCategory[], {colors, hidden, strings, onToggle}: LegendContext): TemplateResult | typeof nothing {
  if (!categories.length) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${strings.legend}>
    ${categories.map(
      (c) => html`<li>
        <button class="legend-toggle" part="legend-item" aria-pressed=${hidden.has(c.id) ? 'false' : 'true'}
          @click=${() => onToggle(c.id)}><span class="swatch" ${setStyles({'--_c': colors.get(c.id)})}></span><span dir="auto">${c.label}</span></button>
      </li>`,
    )}
  </ul>`;
}

export interface StatusFilterContext {
  /** The statuses some source of the data has: only those get a toggle. */
  readonly used: readonly SourceStatus[];
  /** The statuses asked for; none shows every event. */
  readonly chosen: ReadonlySet<SourceStatus>;
  readonly onToggle: (status: SourceStatus) => void;
}

/**
 * "Show only" and a toggle for each status the data uses: pressed ones show
 * only the events with a source of that status (none pressed, every event).
 * A status the page chose is offered even when no source has it, so that the
 * reader can always lift a filter that hides everything.
 */
export function renderStatusFilter({used, chosen, onToggle}: StatusFilterContext, strings: UiStrings): TemplateResult | typeof nothing {
  const offered = SOURCE_STATUSES.filter((status) => used.includes(status) || chosen.has(status));
  if (!offered.length) return nothing;
  return html`<div class="legend status-filter" part="status-filter" role="group" aria-labelledby="status-filter-label">
    <span id="status-filter-label">${strings.statusFilter}</span>
    ${offered.map((status) => html`<button class="legend-toggle" part="status-item" aria-pressed=${chosen.has(status) ? 'true' : 'false'}
      @click=${() => onToggle(status)}>${renderStatus(status, strings)}</button>`)}
  </div>`;
}

export function renderSearch(query: string, strings: UiStrings, onInput: (query: string) => void): TemplateResult {
  return html`<div class="search" part="search">
    <input type="search" part="search-input" aria-label=${strings.search} placeholder=${strings.search} .value=${query}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}
