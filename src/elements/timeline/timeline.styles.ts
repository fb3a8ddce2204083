import {css} from 'lit';

/*
 * Public tokens (--news-timeline-*) are read once here and copied into
 * private ones (--_*) that the rest of the sheet uses. Colours follow the
 * `theme` attribute, or the reader's colour scheme when it is `auto`.
 */
export const timelineStyles = css`
  :host {
    color-scheme: light;
    display: block;
    position: relative;
    box-sizing: border-box;
    font: inherit;
    font-family: var(--news-timeline-font, inherit);
    line-height: 1.4;
    text-align: start;
    /*
     * Fill a flex line as a block fills its container: embed wrappers are
     * often flex boxes, where an item is otherwise only as wide as its content.
     * (No container-type here: size containment made that content width 0.)
     */
    flex-grow: 1;
    --_accent: var(--news-timeline-accent, light-dark(#1f5fbf, #8ab4f8));
    --_muted: var(--news-timeline-muted, light-dark(#595e66, #a9adb4));
    --_axis: var(--news-timeline-axis-color, var(--_muted));
    --_surface: var(--news-timeline-surface, light-dark(#ffffff, #1f2226));
    --_ink: var(--news-timeline-ink, light-dark(#1b1d20, #ecebe8));
    --_line: light-dark(#c9ccd1, #43474e);
    --_tint: light-dark(rgb(0 0 0 / 0.045), rgb(255 255 255 / 0.06));
    --_marker: var(--news-timeline-marker-size, 12px);
    --_lane: var(--news-timeline-lane-height, 30px);
    --_focus: var(--news-timeline-focus-color, var(--_accent));
    background: var(--news-timeline-background, light-dark(transparent, #15171a));
    color: var(--news-timeline-color, light-dark(currentColor, #ecebe8));
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * The text settings the layout depends on, set again on the shadow root's
   * top elements. Page CSS reaches in only by inheritance through the host,
   * and a page rule that matches the host ("* { line-height: 3 }",
   * "* { all: revert }") beats the :host rule; no page selector matches these.
   * Label widths are measured in script and lanes have a fixed height, so
   * letter or word spacing, a text-transform or an unbounded font size would
   * make labels overlap, and white-space or text-indent would push text out of
   * its box. The size follows the page within bounds a layout of fixed lanes
   * can hold. Family, weight, style and colour stay the page's, for theming.
   */
  :host > * {
    font-family: var(--news-timeline-font, inherit);
    font-size: clamp(12px, 1em, 24px);
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  section {
    padding: 0.75em 0 0.5em;
  }
  .measure {
    height: 0;
  }

  /* Header: title, legend, zoom controls */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em 1em;
    margin-bottom: 0.5em;
  }
  .heading {
    flex: 1 1 20em;
    min-width: 0;
  }
  .title,
  .description,
  .legend-toggle,
  .state {
    overflow-wrap: anywhere;
  }
  /* Text from the data reads in its own direction (dir=auto) but lines up with the page's side. */
  .rtl .title,
  .rtl .description {
    text-align: right;
  }
  .legend li {
    min-width: 0;
    max-width: 100%;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .description {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.9em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .legend-toggle {
    max-width: 100%;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 1.75em;
    padding: 0 0.2em;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .legend-toggle[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend-toggle[aria-pressed='false'] .swatch {
    background: none;
    box-shadow: inset 0 0 0 1.5px var(--_c);
  }
  .legend-toggle:focus-visible,
  .search input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .search input {
    width: 12em;
    max-width: 100%;
    padding: 0 0.6em;
    cursor: text;
  }
  .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_c);
    flex: none;
  }
  .controls button,
  .stepper button,
  .retry,
  .search input {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.25em;
    height: 2.25em;
    padding: 0 0.5em;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_ink);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  /* Previous and next: in the header, and at the foot of a pinned card */
  .stepper {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .stepper button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  .stepper svg {
    width: 1.1em;
    height: 1.1em;
    stroke: currentColor;
    stroke-width: 2;
    fill: none;
  }
  .rtl .stepper svg {
    transform: scaleX(-1);
  }
  /* Wide enough for "49 of 49" in each language: the buttons do not move as the count grows. */
  .step-position {
    min-width: 5.5em;
    color: var(--_muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .stepper-card {
    justify-content: space-between;
    margin-top: 0.75em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_line);
  }
  @media (pointer: coarse) {
    .stepper button {
      min-width: 44px;
      height: 44px;
    }
  }
  /* States */
  .state {
    margin: 0;
    padding: 1.5em 1em;
    border: 1px solid var(--_line);
    border-radius: 8px;
    text-align: center;
  }
  .state.error {
    border-color: light-dark(#b3261e, #f2b8b5);
  }
  .notice {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .notice ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .notice code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
`;
