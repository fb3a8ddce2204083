import {html, svg, type TemplateResult} from 'lit';
import {setStyles} from '../../directives/set-styles.js';
import type {UiStrings} from '../../format/strings.js';
import {OVERVIEW_BOX} from '../../layout/overview.js';

/*
 * The horizontal view's ways around: the zoom buttons and the overview strip
 * with its brush. Templates only; state and handlers come from the view.
 */

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
