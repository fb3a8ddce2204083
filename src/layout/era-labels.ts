import type {EraBand} from './timeline-view.js';

/** An era band on screen, with where its title goes. Pixels from the side where time starts. */
export interface EraLabel {
  readonly band: EraBand;
  /** The band's start on screen (may be off screen, below 0). */
  readonly left: number;
  /** Where the title starts at rest: the band's start, or the viewport's edge when that is off screen. */
  readonly labelLeft: number;
  /** Width the title may take at rest; 0 when there is too little room to show any of it. */
  readonly labelWidth: number;
  /** The whole title shows at rest. */
  readonly full: boolean;
  /** How far the title moves back (towards the start) to show in full within the viewport, on hover or focus. */
  readonly fullShift: number;
}

/** Narrowest title shown at rest (px): less is a stray letter and an ellipsis. */
export const MIN_ERA_LABEL = 36;

/**
 * Places the titles of the era bands in view, over a viewport `width` px
 * wide panned by `offset`. A title may run past its band's end into the free
 * part of its row (up to the next band of the row or the viewport's edge),
 * so a short era keeps its name; where even that is too little it is
 * shortened (`full` false), and `fullShift` says where it shows in full
 * without leaving the viewport. `titleWidth` measures a title as drawn.
 * O(bands).
 */
export function placeEraLabels(
  bands: readonly EraBand[], offset: number, width: number, titleWidth: (title: string) => number, gap = 4,
): EraLabel[] {
  // The start of the next band in the same row, for each band (bands come in order of start).
  const nextInRow = new Array<number>(bands.length);
  const rowStart = new Map<number, number>();
  for (let k = bands.length - 1; k >= 0; k--) {
    nextInRow[k] = rowStart.get(bands[k].row) ?? Infinity;
    rowStart.set(bands[k].row, bands[k].x0);
  }
  const labels: EraLabel[] = [];
  bands.forEach((band, k) => {
    const left = band.x0 + offset;
    if (band.x1 + offset < 0 || left > width) return;
    const labelLeft = Math.max(left, 0);
    const room = Math.max(0, Math.min(nextInRow[k] + offset - gap, width) - labelLeft);
    const needed = titleWidth(band.title);
    const full = needed <= room;
    labels.push({
      band, left, labelLeft,
      labelWidth: full ? needed : room >= MIN_ERA_LABEL ? room : 0,
      full,
      fullShift: full ? 0 : Math.min(labelLeft, Math.max(0, labelLeft + needed - width)),
    });
  });
  return labels;
}
