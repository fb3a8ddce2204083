import {html, nothing, svg, type TemplateResult} from 'lit';
import {setStyles} from '../../directives/set-styles.js';
import type {TimelineCategory} from '../../data/types.js';
import type {UiStrings} from '../../format/strings.js';
import {OVERVIEW_BOX} from '../../layout/overview.js';

/*
 * The timeline's controls: category filters in the legend, zoom buttons, the
 * search box and the overview strip. Templates only; state and handlers come
 * from the element.
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

export interface ZoomContext {
  readonly strings: UiStrings;
  readonly atMin: boolean;
  readonly atMax: boolean;
  readonly onZoom: (factor: number) => void;
  readonly onFit: () => void;
}

export function renderZoomControls({strings, atMin, atMax, onZoom, onFit}: ZoomContext): TemplateResult {
  // aria-disabled rather than disabled: the button keeps its place in the tab order.
  const button = (label: string, disabled: boolean, action: () => void, path: string) =>
    html`<button part="zoom-button" aria-label=${label} title=${label} aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => !disabled && action()}><svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${path}/>`}</svg></button>`;
  return html`<div class="controls" part="zoom-controls" role="group" aria-label=${strings.zoomGroup}>
    ${button(strings.zoomOut, atMin, () => onZoom(0.5), 'M5 12h14')}
    ${button(strings.zoomIn, atMax, () => onZoom(2), 'M5 12h14M12 5v14')}
    ${button(strings.fit, atMin, onFit, 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5')}
  </div>`;
}

export function renderSearch(query: string, strings: UiStrings, onInput: (query: string) => void): TemplateResult {
  return html`<div class="search" part="search">
    <input type="search" part="search-input" aria-label=${strings.search} placeholder=${strings.search} .value=${query}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}

export interface OverviewContext {
  /** SVG path of the density bars over a 1000 × 24 box. */
  readonly density: string;
  /** The visible window as fractions of the whole span. */
  readonly start: number;
  readonly end: number;
  /** Time runs right to left: the strip is mirrored. */
  readonly rtl: boolean;
  readonly onPointerDown: (event: PointerEvent) => void;
  readonly onPointerMove: (event: PointerEvent) => void;
  readonly onPointerUp: (event: PointerEvent) => void;
}


/**
 * The whole span in miniature, with a brush over the part on screen. A
 * pointer aid: keyboard and screen reader users have the same moves through
 * the keys and buttons, so it is hidden from assistive technology.
 */
export function renderOverview({density, start, end, rtl, onPointerDown, onPointerMove, onPointerUp}: OverviewContext): TemplateResult {
  // Within the overview whatever the window: a window past the data's ends must not widen the page.
  const from = Math.min(1, Math.max(0, start));
  const to = Math.min(1, Math.max(from, end));
  return html`<div class="overview ${rtl ? 'rtl' : ''}" part="overview" aria-hidden="true"
    @pointerdown=${onPointerDown} @pointermove=${onPointerMove} @pointerup=${onPointerUp} @pointercancel=${onPointerUp}>
    <svg viewBox="0 0 ${OVERVIEW_BOX.width} ${OVERVIEW_BOX.height}" preserveAspectRatio="none">${svg`<path d=${density}/>`}</svg>
    <div class="brush" part="brush" ${setStyles({
      // The brush is at least 6 px wide (see the styles): deep in the last hours of the span it
      // would stick out past the overview, and make a narrow page scroll sideways.
      [rtl ? 'right' : 'left']: `min(${from * 100}%, 100% - 6px)`,
      width: `${(to - from) * 100}%`,
    })}></div>
  </div>`;
}
