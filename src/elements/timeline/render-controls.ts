import {html, nothing, type TemplateResult} from 'lit';
import {setStyles} from '../../directives/set-styles.js';
import type {TimelineCategory} from '../../data/types.js';
import type {UiStrings} from '../../format/strings.js';

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

export function renderSearch(query: string, strings: UiStrings, onInput: (query: string) => void): TemplateResult {
  return html`<div class="search" part="search">
    <input type="search" part="search-input" aria-label=${strings.search} placeholder=${strings.search} .value=${query}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}
