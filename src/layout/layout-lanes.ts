/** Narrowest a label is cut to (px) to make room for a neighbour's marker. */
export const MIN_LABEL = 48;

/**
 * Lanes that remember their last item, so a marker with no room can take
 * space from that item's label (down to its shortest) instead of being hidden.
 * Up to `maxOverflow` lanes below the `maxLanes` regular ones take what fits
 * nowhere else.
 */
export function createLanes(maxLanes: number, maxOverflow: number, gap: number) {
  const ends: number[] = [];
  const lastIndex: number[] = [];
  const shortestEnd: number[] = [];
  let overflowLanes = 0;
  const ensure = (lane: number) => {
    while (ends.length <= lane) {
      ends.push(-Infinity);
      lastIndex.push(-1);
      shortestEnd.push(-Infinity);
    }
  };
  return {
    /** The first regular lane free at `x0`, or -1. */
    fits(x0: number): number {
      for (let lane = 0; lane < maxLanes; lane++) {
        ensure(lane);
        if (ends[lane] + gap <= x0) return lane;
      }
      return -1;
    },
    claim(lane: number, x1: number, index: number, shortest: number): void {
      ensure(lane);
      ends[lane] = x1;
      lastIndex[lane] = index;
      shortestEnd[lane] = shortest;
    },
    fitsByCutting(x0: number, cut: (index: number, x1: number) => void): number {
      for (let lane = 0; lane < Math.min(maxLanes, ends.length); lane++) {
        if (lastIndex[lane] >= 0 && shortestEnd[lane] + gap <= x0) {
          cut(lastIndex[lane], x0 - gap);
          return lane;
        }
      }
      return -1;
    },
    /** A lane below the regular ones, used only when nothing else fits; -1 when they are all taken. */
    overflow(x0: number): number {
      for (let lane = maxLanes; lane < maxLanes + overflowLanes; lane++) {
        if (ends[lane] + gap <= x0) return lane;
      }
      if (overflowLanes >= maxOverflow) return -1;
      ensure(maxLanes + overflowLanes);
      return maxLanes + overflowLanes++;
    },
    /**
     * The lane whose last item ends first, among the overflow lanes (or the
     * regular ones when there are none): where an item with no room joins a cluster.
     */
    leastFull(): number {
      const from = overflowLanes ? maxLanes : 0;
      const to = overflowLanes ? maxLanes + overflowLanes : Math.min(maxLanes, ends.length);
      let best = from;
      for (let lane = from + 1; lane < to; lane++) if (ends[lane] < ends[best]) best = lane;
      return best;
    },
    /** Index in the placed items of the last item in `lane`. */
    lastOf(lane: number): number {
      return lastIndex[lane];
    },
  };
}

