import {css} from 'lit';

/*
 * The horizontal timeline's own rules (the zoom buttons, the viewport with
 * its eras, events and axis, the overview and its brush, the list of a
 * cluster's events in the card), which come with its part (horizontal.ts).
 * They use the private tokens (--_*) that timeline.styles.ts sets.
 */
export const horizontalStyles = css`
  .overview {
    position: relative;
    height: 28px;
    margin-top: 4px;
    border-radius: 4px;
    background: var(--_tint);
    cursor: pointer;
    touch-action: none;
  }
  .overview.rtl svg {
    transform: scaleX(-1);
  }
  .overview svg {
    position: absolute;
    inset: 2px 0;
    width: 100%;
    height: calc(100% - 4px);
    fill: var(--_muted);
    opacity: 0.7;
  }
  .brush {
    position: absolute;
    top: 0;
    bottom: 0;
    min-width: 6px;
    border: 2px solid var(--_accent);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    cursor: grab;
  }
  .card-list {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .card-pick {
    display: block;
    width: 100%;
    min-height: 2.5em;
    padding: 0.3em 0.4em;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .controls {
    display: flex;
    gap: 0.25em;
  }
  .controls button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  .controls svg {
    width: 1.1em;
    height: 1.1em;
    stroke: currentColor;
    stroke-width: 2;
    fill: none;
  }
  @media (pointer: coarse) {
    .controls button {
      min-width: 44px;
      height: 44px;
    }
  }

  /* Viewport: eras, lanes of events, axis */
  /* The direction follows the nearest dir attribute (the rtl class), whatever CSS the page sets. */
  .viewport,
  .overview {
    direction: ltr;
  }
  .viewport.rtl,
  .overview.rtl {
    direction: rtl;
  }
  .viewport {
    position: relative;
    overflow: hidden;
    /* clip, where supported, also stops focus() from scrolling the viewport sideways */
    overflow: clip;
    height: calc(var(--_eras-height) + var(--_lanes) * var(--_lane) + 2.25em);
    border-block: 1px solid var(--_line);
    cursor: grab;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport:active {
    cursor: grabbing;
  }
  .era {
    position: absolute;
    top: 0;
    bottom: 2.25em;
    border-inline-start: 1px dashed var(--_line);
    background: var(--_tint);
  }
  .era-label {
    position: absolute;
    box-sizing: border-box;
    max-width: var(--_room);
    height: 18px;
    padding: 1px 6px 0;
    overflow: hidden;
    color: var(--_muted);
    font-size: 0.6875em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .era-label.no-room {
    visibility: hidden;
  }
  /* A shortened title shows in full while hovered, or while focus is on an event of its era, moved back into view. */
  .era-label.short:hover,
  .viewport:focus-within .era-label.short.current {
    z-index: 2;
    max-width: 100%;
    visibility: visible;
    background: var(--_surface);
    box-shadow: 0 0 0 1px var(--_line);
    transform: translateX(calc(-1 * var(--_full-shift)));
  }
  .viewport.rtl .era-label.short:hover,
  .viewport.rtl:focus-within .era-label.short.current {
    transform: translateX(var(--_full-shift));
  }
  .events {
    position: absolute;
    inset: var(--_eras-height) 0 2.25em 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .events > li {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    height: var(--_lane);
  }
  .item {
    display: flex;
    align-items: center;
    gap: 4px;
    height: 100%;
    max-width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .dot {
    flex: none;
    width: var(--_marker);
    height: var(--_marker);
    border-radius: 50%;
    background: var(--_c, var(--_muted));
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .label {
    overflow: hidden;
    font-size: 0.8125em;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .item:hover .label,
  .item[aria-expanded='true'] .label {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .label-before {
    flex-direction: row-reverse;
  }
  .range {
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 2px;
  }
  .range .label {
    padding-inline-start: 2px;
    max-width: 100%;
  }
  .bar {
    display: block;
    height: 6px;
    border-radius: 3px;
    background: var(--_c, var(--_muted));
  }
  /* Soft dates: a dashed ring for the dot and a band over the span it could lie in; a bar fades over its soft ends. */
  .soft .dot {
    border: 2px dashed var(--_c, var(--_muted));
    background: var(--_surface);
  }
  .band {
    position: absolute;
    bottom: 3px;
    height: 4px;
    border-radius: 2px;
    background: repeating-linear-gradient(90deg, var(--_c, var(--_muted)) 0 4px, transparent 4px 7px);
    opacity: 0.6;
    pointer-events: none;
  }
  .soft .bar {
    background: linear-gradient(90deg, transparent, var(--_c, var(--_muted)) var(--_fade-from), var(--_c, var(--_muted)) calc(100% - var(--_fade-to)), transparent);
  }
  .rtl .soft .bar {
    transform: scaleX(-1);
  }
  .selected .dot {
    box-shadow: 0 0 0 2px var(--_surface), 0 0 0 4px var(--_c, var(--_accent));
  }
  .selected .bar {
    outline: 2px solid var(--_c, var(--_accent));
    outline-offset: 2px;
  }
  .cluster {
    justify-content: center;
    width: 26px;
    height: 26px;
    margin-top: calc((var(--_lane) - 26px) / 2);
    border: 2px solid currentColor;
    border-radius: 13px;
    background: var(--_surface);
    color: var(--_ink);
    font-size: 0.75em;
    font-weight: 700;
  }
  .axis {
    position: absolute;
    inset: auto 0 0 0;
    height: 2.25em;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_axis);
    color: var(--_muted);
    list-style: none;
    font-size: 0.75em;
  }
  .tick {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    white-space: nowrap;
  }
  .tick::before {
    content: '';
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    height: 5px;
    border-inline-start: 1px solid var(--_axis);
  }
  .tick span {
    display: block;
    padding-top: 6px;
    transform: translateX(-50%);
  }
  .tick.at-start span {
    transform: none;
  }
  .tick.at-end span {
    transform: translateX(-100%);
  }
  /* Right to left: ticks hang from the right edge, so labels centre and end the other way. */
  .rtl .tick span {
    transform: translateX(50%);
  }
  .rtl .tick.at-start span {
    transform: none;
  }
  .rtl .tick.at-end span {
    transform: translateX(100%);
  }
  .tick.major span {
    color: var(--_ink);
    font-weight: 600;
  }

  .hint {
    position: absolute;
    inset: auto 0 2.75em;
    width: max-content;
    max-width: calc(100% - 2em);
    margin: auto;
    padding: 0.35em 0.75em;
    border-radius: 6px;
    background: var(--_ink);
    color: var(--_surface);
    font-size: 0.8125em;
    pointer-events: none;
  }
`;
