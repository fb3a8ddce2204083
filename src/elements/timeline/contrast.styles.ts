import {css} from 'lit';

/*
 * More contrast, for readers who ask for it: `theme="high-contrast"`, or
 * `theme="auto"` when the system says `prefers-contrast: more`. Text is black
 * on white (white on black in a dark scheme), lines are solid and every marker
 * has an outline, so colour is never the only thing that tells shapes apart.
 * In Windows' forced-colours mode the system palette wins; markers keep their
 * shape there through system colours.
 */
const contrastTokens = css`
  --_accent: var(--news-timeline-accent, light-dark(#0b3d91, #9ecbff));
  --_muted: var(--news-timeline-muted, light-dark(#1b1b1b, #ececec));
  --_surface: var(--news-timeline-surface, light-dark(#ffffff, #000000));
  --_ink: var(--news-timeline-ink, light-dark(#000000, #ffffff));
  --_line: light-dark(#000000, #ffffff);
  --_tint: light-dark(rgb(0 0 0 / 0.07), rgb(255 255 255 / 0.14));
  background: var(--news-timeline-background, light-dark(#ffffff, #000000));
  color: var(--news-timeline-color, light-dark(#000000, #ffffff));
`;

// Nested under the :host rule that turns them on (CSS nesting: every engine we test).
const contrastShapes = css`
  .dot,
  .swatch {
    box-shadow: 0 0 0 1px var(--_surface), 0 0 0 2.5px var(--_ink);
  }
  .bar,
  .range-bar {
    outline: 1px solid var(--_ink);
  }
  .era {
    border-inline-start-style: solid;
  }
  .item:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline-width: 3px;
  }
  .label,
  .era-label,
  .tick span {
    color: var(--_ink);
  }
`;

export const contrastStyles = css`
  :host([theme='high-contrast']) {
    ${contrastTokens}
    ${contrastShapes}
  }
  @media (prefers-contrast: more) {
    :host([theme='auto']),
    :host(:not([theme])) {
      ${contrastTokens}
      ${contrastShapes}
    }
  }
  @media (forced-colors: active) {
    .dot,
    .bar,
    .swatch,
    .cluster {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
      box-shadow: none;
    }
    .selected .dot,
    .selected .bar,
    .brush {
      background: Highlight;
      border-color: Highlight;
    }
  }
`;
