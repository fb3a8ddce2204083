import type {EventLayout, LayoutItem} from './layout-events.js';

/** First index whose value is ≥ `target` in an ascending array (its length if none). */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Items of a layout that reach into `[x0, x1]` (pixels at the layout's zoom
 * level), in order. Binary search on the running maximum of item ends finds
 * the first candidate, so a long range that started far to the left is kept.
 */
export function visibleItems(layout: EventLayout, x0: number, x1: number): LayoutItem[] {
  const out: LayoutItem[] = [];
  const {items, maxEnd} = layout;
  for (let i = lowerBound(maxEnd, x0); i < items.length; i++) {
    const item = items[i];
    // Items are ordered by left edge, give or take a marker's radius.
    if (item.x0 > x1 + 32) break;
    if (item.x1 >= x0 && item.x0 <= x1) out.push(item);
  }
  return out;
}
