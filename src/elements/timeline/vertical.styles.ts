import {css} from 'lit';

/*
 * Styles of the vertical chronology (vertical-view.ts). They read the host's
 * private tokens (--_ink, --_muted, --_line, --_surface, --_accent, --_focus,
 * --_tint) set by timeline.styles.ts, and go after eventCardStyles so that the
 * inline card can undo the floating card's placement.
 *
 * Geometry: every row starts with an optional year heading of fixed height
 * (--_year-h), then the entry, whose first line (the date) centres the dot at
 * --_dot-y below the entry's top. Rail ends and range bars are placed from
 * those two numbers, so nothing is measured in script.
 */
export const verticalStyles = css`
  .chronology {
    --_rail: 2rem;
    --_lane-w: 0.875rem;
    --_pad: 0.625rem;
    --_date-lh: 1.25rem;
    --_dot: 0.75rem;
    --_dot-y: calc(var(--_pad) + var(--_date-lh) / 2);
    --_year-h: 2.75rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
    min-width: 0;
    margin: 0;
    padding: 0 0 0.5rem;
    list-style: none;
  }

  /* One event: optional year heading, the entry, its inline card */
  .row {
    grid-column: 1;
    position: relative;
    display: grid;
    grid-template-columns: var(--_rail) minmax(0, 1fr);
    min-width: 0;
    align-self: stretch;
  }
  .row::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_rail) / 2 - 1px);
    width: 2px;
    background: var(--_line);
  }
  .row.first::before {
    inset-block-start: var(--_dot-y);
  }
  .row.first.has-year::before {
    inset-block-start: calc(var(--_year-h) + var(--_dot-y));
  }
  .row.last::before {
    inset-block-end: auto;
    height: var(--_dot-y);
  }
  .row.last.has-year::before {
    height: calc(var(--_year-h) + var(--_dot-y));
  }
  .row.first.last::before {
    display: none;
  }

  .year {
    grid-column: 1 / -1;
    position: relative;
    display: flex;
    align-items: flex-end;
    gap: 0.5rem;
    height: var(--_year-h);
    margin: 0;
    padding: 0 0 0.375rem;
    padding-inline-start: var(--_rail);
    font-size: 1.25rem;
    font-weight: 750;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
    line-height: 1;
  }
  .year::before {
    /* a branch from the rail to the year */
    content: '';
    position: absolute;
    inset-block-end: calc(0.375rem + 0.4em);
    inset-inline-start: calc(var(--_rail) / 2 - 1px);
    width: calc(var(--_rail) / 2 - 0.25rem);
    height: 2px;
    background: var(--_line);
  }
  .year::after {
    content: '';
    flex: 1;
    align-self: center;
    height: 1px;
    margin-block-start: 0.5em;
    background: var(--_line);
  }

  .entry {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: var(--_rail) minmax(0, 1fr) 1.5rem;
    align-items: start;
    width: 100%;
    min-width: 0;
    min-height: 44px;
    margin: 0;
    padding: var(--_pad) 0;
    border: 0;
    border-radius: 6px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  .entry:focus {
    outline: none;
  }
  .entry:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  @media (hover: hover) {
    .entry:hover {
      background: var(--_tint);
    }
    .entry:hover .entry-title {
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 2px;
    }
  }
  .entry::after {
    /* the disclosure chevron */
    content: '';
    grid-column: 3;
    justify-self: center;
    width: 0.45rem;
    height: 0.45rem;
    margin-block-start: calc(var(--_date-lh) / 2 - 0.3rem);
    border-block-end: 2px solid var(--_muted);
    border-inline-end: 2px solid var(--_muted);
    transform: rotate(45deg);
  }
  .entry[aria-expanded='true']::after {
    margin-block-start: calc(var(--_date-lh) / 2 - 0.05rem);
    transform: rotate(-135deg);
  }

  .rail {
    position: relative; /* above the row's line */
    display: flex;
    align-items: center;
    justify-content: center;
    height: var(--_date-lh);
  }
  .chronology .dot {
    width: var(--_dot);
    height: var(--_dot);
    border-radius: 50%;
    background: var(--_c, var(--_muted));
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .chronology .is-range .dot {
    border-radius: 3px;
  }
  /* A soft date: a dashed ring, as on the horizontal timeline (the words say how). */
  .chronology .soft .dot {
    border: 2px dashed var(--_c, var(--_muted));
    background: var(--_surface);
  }
  .entry[aria-expanded='true'] .dot {
    box-shadow: 0 0 0 2px var(--_surface), 0 0 0 4px var(--_c, var(--_accent));
  }

  .entry-text {
    display: flex;
    flex-direction: column-reverse;
    gap: 0.125rem;
    min-width: 0;
  }
  .entry-date {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    line-height: var(--_date-lh);
  }
  .entry-title {
    font-size: 1rem;
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  /* The card, inline under its entry instead of floating */
  .chronology .inline-card {
    position: static;
    grid-column: 2;
    width: auto;
    min-width: 0;
    max-height: none;
    margin: 0 0.25rem 0.75rem 0;
    padding: 0.625rem 0.875rem 0.75rem;
    overflow: visible;
    border: 1px solid var(--_line);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_ink);
    box-shadow: none;
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
    z-index: auto;
  }
  /* The entry above already shows the date and title; the region is named by it. */
  .inline-card header {
    display: none;
  }
  .inline-card .inline-meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .inline-card .inline-meta + .card-summary {
    margin-block-start: 0.25em;
  }
  .inline-card > .card-summary:first-of-type {
    margin-block-start: 0;
  }

  /* Range bars: one grid item per range, over the rows it covers */
  .range-bar {
    justify-self: center;
    align-self: stretch;
    width: 4px;
    margin-block: calc(var(--_dot-y) - var(--_dot) / 2) var(--_pad);
    border-radius: 2px;
    background: var(--_c, var(--_muted));
    pointer-events: none;
  }
  .range-bar.selected {
    width: 6px;
    border-radius: 3px;
  }
  .range-bar.after-year {
    margin-block-start: calc(var(--_year-h) + var(--_dot-y) - var(--_dot) / 2);
  }

  @media (prefers-reduced-motion: no-preference) {
    .entry {
      transition: background-color 120ms ease;
    }
    .entry::after {
      transition: transform 160ms ease, margin 160ms ease;
    }
    .inline-card {
      animation: news-timeline-card-in 160ms ease-out;
    }
    @keyframes news-timeline-card-in {
      from {
        opacity: 0;
        transform: translateY(-4px);
      }
    }
  }
  @media (forced-colors: active) {
    .chronology .dot,
    .range-bar {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
