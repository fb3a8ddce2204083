import type {LayoutItem} from './layout-events.js';

/** What a key pressed on an event asks the timeline to do. */
export type KeyAction =
  | {readonly type: 'focus'; readonly index: number}
  | {readonly type: 'page'; readonly direction: 1 | -1}
  | {readonly type: 'zoom'; readonly factor: number}
  | {readonly type: 'fit'};

/**
 * Maps a key on the item at `index` (of `items`, in date order) to an action.
 * Left/Right follow time (which runs leftward in a right-to-left page),
 * Up/Down go to the nearest item in the lane above or below, Home/End to the
 * ends, PageUp/PageDown a screenful back or on, +/- zoom and 0 fits all.
 */
export function keyAction(key: string, index: number, items: readonly LayoutItem[], rtl = false): KeyAction | undefined {
  const last = items.length - 1;
  switch (key) {
    case rtl ? 'ArrowLeft' : 'ArrowRight':
      return {type: 'focus', index: Math.min(index + 1, last)};
    case rtl ? 'ArrowRight' : 'ArrowLeft':
      return {type: 'focus', index: Math.max(index - 1, 0)};
    case 'ArrowUp':
      return {type: 'focus', index: nearestInLane(items, index, -1)};
    case 'ArrowDown':
      return {type: 'focus', index: nearestInLane(items, index, 1)};
    case 'Home':
      return {type: 'focus', index: 0};
    case 'End':
      return {type: 'focus', index: last};
    case 'PageDown':
      return {type: 'page', direction: rtl ? -1 : 1};
    case 'PageUp':
      return {type: 'page', direction: rtl ? 1 : -1};
    case '+':
    case '=':
      return {type: 'zoom', factor: 2};
    case '-':
    case '_':
      return {type: 'zoom', factor: 0.5};
    case '0':
      return {type: 'fit'};
    default:
      return undefined;
  }
}

/**
 * The item in the nearest lane up (`step` -1) or down (+1) that has items,
 * closest in position to this one; the same item when there is none. O(n).
 */
export function nearestInLane(items: readonly LayoutItem[], index: number, step: 1 | -1): number {
  const from = items[index];
  let lane = from.lane + step;
  const maxLane = items.reduce((m, item) => Math.max(m, item.lane), 0);
  while (lane >= 0 && lane <= maxLane) {
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < items.length; i++) {
      if (items[i].lane !== lane) continue;
      const distance = Math.abs(items[i].x - from.x);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    if (best >= 0) return best;
    lane += step;
  }
  return index;
}

/**
 * The index of the event that next() (`direction` 1) or previous() (-1)
 * goes to, among `events` in date order: the one after or before `currentId`;
 * from nothing, the first at or after the start of `window` going on, or the
 * last before its end going back (the ends of the list without a window).
 * -1 when there are no events.
 */
export function stepTarget(
  events: readonly {readonly id: string; readonly date: {readonly start: number}}[],
  currentId: string | undefined,
  direction: 1 | -1,
  window?: {readonly start: number; readonly end: number},
): number {
  if (!events.length) return -1;
  const last = events.length - 1;
  const index = currentId === undefined ? -1 : events.findIndex((e) => e.id === currentId);
  if (index >= 0) return Math.min(last, Math.max(0, index + direction));
  if (!window) return direction > 0 ? 0 : last;
  if (direction > 0) {
    const after = events.findIndex((e) => e.date.start >= window.start);
    return after < 0 ? last : after;
  }
  let before = last;
  while (before > 0 && events[before].date.start > window.end) before--;
  return before;
}
