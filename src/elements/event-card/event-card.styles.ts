import {css} from 'lit';

/** Styles of the source card; it lives in the timeline's shadow root and the top layer. */
export const eventCardStyles = css`
  .card {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    width: min(26rem, calc(100vw - 16px));
    max-height: min(28rem, calc(100vh - 16px));
    margin: 0;
    padding: 0.75em 1em 0.85em;
    overflow: auto;
    border: 1px solid var(--_line);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_ink);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    font: inherit;
    font-family: var(--news-timeline-font, inherit);
    /* rem keeps the card readable in small print; bounded, as the timeline's text is, for huge page roots. */
    font-size: clamp(12px, 0.9375rem, 22px);
    line-height: 1.45;
    z-index: 2147483647; /* only matters where the popover top layer is missing */
    /* A sideways swipe on the card steps to the next event: the browser keeps only vertical scrolling and zoom. */
    touch-action: pan-y pinch-zoom;
  }
  .card:not(:popover-open):not(.open) {
    display: none;
  }
  .card-title,
  .card-date-note,
  .card-summary,
  .card-category,
  .card blockquote,
  .card figcaption,
  .card cite {
    overflow-wrap: anywhere;
  }
  .card header {
    position: relative;
    padding-inline-end: 1.75em;
  }
  .card-date {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  /* Why the date is uncertain: quieter than the title, as the date line is, but in the reading size. */
  .card-date-note {
    margin: 0.1em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
    font-style: italic;
  }
  .card-category::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.3em;
    border-radius: 50%;
    background: var(--_c, var(--_muted));
  }
  .card-title {
    margin: 0.15em 0 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .card-close {
    position: absolute;
    top: -0.35em;
    inset-inline-end: -0.5em;
    width: 2em;
    height: 2em;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1.1em;
    cursor: pointer;
  }
  .card-close:focus-visible,
  .card a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .card-summary {
    margin: 0.5em 0 0;
  }
  .card-sources-heading {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .card-sources {
    margin: 0.3em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .card-sources li + li {
    margin-top: 0.4em;
  }
  .card figure {
    margin: 0;
  }
  .card blockquote {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_c, var(--_accent));
    font-style: italic;
  }
  .card blockquote p {
    margin: 0;
  }
  .card figcaption {
    margin-top: 0.2em;
    color: var(--_muted);
  }
  .card cite {
    font-style: normal;
  }
  .card a {
    color: var(--_accent);
  }
  /* Media, in the card and under the timeline's title. The box is reserved
     before anything loads: from width and height when given, else 16:9. A
     blocked or broken image keeps the box and shows its alt text in it. */
  figure.media {
    margin: 0.6em 0 0;
    max-width: 26rem;
  }
  .header .media {
    font-size: 0.875em;
  }
  .media-box {
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: 4px;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .media-box > * {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
    border: 0;
    color: inherit;
    font-size: 0.875em;
  }
  .media audio {
    width: 100%;
  }
  .media-link {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_accent);
  }
  .media-thumb {
    width: 4em;
    height: 3em;
    object-fit: cover;
    border-radius: 3px;
  }
  .media-show {
    margin-top: 0.3em;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_line, currentColor);
    border-radius: 4px;
    background: var(--_surface, transparent);
    color: inherit;
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .media-show:focus-visible,
  .media-link:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .media figcaption {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.8125em;
    overflow-wrap: anywhere;
  }
  .media-credit {
    font-style: italic;
  }
  /* New and Updated (live updates): a word in a box, not colour alone. */
  .badge {
    display: inline-block;
    margin-inline-end: 0.4em;
    padding: 0 0.3em;
    border: 1px solid var(--_accent);
    border-radius: 3px;
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.35;
    vertical-align: 0.1em;
    white-space: nowrap;
  }
  .live-status {
    margin: 0.5em 0;
    color: var(--_muted);
  }
`;
