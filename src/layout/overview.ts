import type {TimelineEvent} from '../data/types.js';
import type {TimeWindow} from './time-scale.js';

/**
 * How many events fall in each of `bins` equal slices of `extent` (a range
 * counts in every slice it covers), for the overview's density strip. O(n + bins).
 */
export function densityBins(events: readonly TimelineEvent[], extent: TimeWindow, bins: number): number[] {
  const counts = new Array<number>(Math.max(1, bins)).fill(0);
  const span = extent.end - extent.start;
  if (span <= 0) return counts;
  const bin = (time: number) => Math.min(counts.length - 1, Math.max(0, Math.floor(((time - extent.start) / span) * counts.length)));
  // Ranges are added as +1 at their first slice and -1 after their last, then summed.
  const diff = new Array<number>(counts.length + 1).fill(0);
  for (const event of events) {
    const first = bin(event.date.start);
    const last = event.end ? bin(event.end.end - 1) : first;
    diff[first]++;
    diff[last + 1]--;
  }
  let running = 0;
  for (let i = 0; i < counts.length; i++) counts[i] = running += diff[i];
  return counts;
}

/** An SVG path of bars of height `count / max × height` across `width`, for the density strip. */
export function densityPath(counts: readonly number[], width: number, height: number): string {
  const max = Math.max(1, ...counts);
  const step = width / counts.length;
  let d = '';
  counts.forEach((count, i) => {
    if (!count) return;
    const h = Math.max(1.5, (count / max) * height);
    d += `M${(i * step).toFixed(1)} ${height}h${Math.max(1, step - 1).toFixed(1)}v${(-h).toFixed(1)}h${(-Math.max(1, step - 1)).toFixed(1)}z`;
  });
  return d;
}

/** The overview's drawing box: its density path is drawn in these units and stretched to the strip. */
export const OVERVIEW_BOX = {width: 1000, height: 24};
