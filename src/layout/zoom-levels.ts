import type {LayoutItem} from './layout-events.js';

/** Layout levels per doubling of the zoom: a new layout every 2^(1/8) ≈ 9 % of zoom. */
export const LEVELS_PER_DOUBLING = 8;

/**
 * The zoom level to lay events out at for the zoom factor `k` (≥ 1): the
 * largest 2^(i / LEVELS_PER_DOUBLING) not above it. Zooming within one level
 * reuses its layout, drawn wider (see `placeItem`), so a zoom gesture lays
 * out once per level rather than once per frame.
 */
export function layoutLevel(k: number): number {
  if (!(k > 1)) return 1;
  // The small allowance keeps a scale that is a level, give or take rounding, on that level.
  const step = Math.floor(Math.log2(k) * LEVELS_PER_DOUBLING + 1e-9);
  return 2 ** (step / LEVELS_PER_DOUBLING);
}

/**
 * An item laid out at one zoom level, where it sits at `ratio` (≥ 1) times
 * that zoom. Dates spread by `ratio` while markers, labels and gaps keep their
 * size in pixels, so items apart at the layout's level stay apart: every edge
 * moves right by at least `ratio` times less than the positions around it.
 */
export function placeItem(item: LayoutItem, ratio: number): LayoutItem {
  if (ratio === 1) return item;
  const x = item.x * ratio;
  // What lies left of the marker (a dot's radius, a label before it) keeps its width.
  const x0 = x - (item.x - item.x0);
  if (item.kind === 'cluster') return {...item, x, x0, x1: x + (item.x1 - item.x)};
  const xEnd = item.xEnd * ratio;
  // The right edge is the end of the bar, or of what lies right of the marker (label, radius), whichever is further.
  const placed = {...item, x, x0, xEnd, x1: Math.max(xEnd, x + (item.x1 - item.x))};
  // A soft date's span is time, like the bar: it widens with the zoom, and the item takes it in whole.
  if (item.fade) placed.fade = {from: item.fade.from * ratio, to: item.fade.to * ratio};
  if (!item.band) return placed;
  const band = {x0: item.band.x0 * ratio, x1: item.band.x1 * ratio};
  return {...placed, band, x0: Math.min(x0, band.x0), x1: Math.max(placed.x1, band.x1)};
}
