/** Narrowest a label is cut to (px) to make room for a neighbour's marker. */
export const MIN_LABEL = 48;

/**
 * Lanes that remember their last item, so a marker with no room can take
 * space from that item's label (down to its shortest) instead of being hidden,
 * and a more important event can take all of it (see `yielding`).
 * Up to `maxOverflow` lanes below the `maxLanes` regular ones take what fits
 * nowhere else.
 */
export function createLanes(maxLanes: number, maxOverflow: number, gap: number) {
  const ends: number[] = [];
  const lastIndex: number[] = [];
  const shortestEnd: number[] = [];
  // The importance of each lane's last item, and where it ends without its label.
  const lastImportance: number[] = [];
  const bareEnd: number[] = [];
  let overflowLanes = 0;
  const ensure = (lane: number) => {
    while (ends.length <= lane) {
      ends.push(-Infinity);
      lastIndex.push(-1);
      shortestEnd.push(-Infinity);
      lastImportance.push(0);
      bareEnd.push(-Infinity);
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
    /**
     * `shortest`: the end its label may be cut back to by an item at least as
     * important; `bare`: its end without a label, for a more important one.
     */
    claim(lane: number, x1: number, index: number, shortest: number, importance = 0, bare = shortest): void {
      ensure(lane);
      ends[lane] = x1;
      lastIndex[lane] = index;
      shortestEnd[lane] = shortest;
      lastImportance[lane] = importance;
      bareEnd[lane] = bare;
    },
    /**
     * For an item of `importance` whose label wants to start at `x0` and may
     * start as late as `latest`: the regular lane whose last item is less
     * important and leaves the most room once its label is cut or dropped,
     * or -1. Returns where the item can start in it.
     */
    yielding(x0: number, latest: number, importance: number): {lane: number; x0: number} {
      let best = -1;
      for (let lane = 0; lane < Math.min(maxLanes, ends.length); lane++) {
        if (lastIndex[lane] >= 0 && lastImportance[lane] < importance && (best < 0 || bareEnd[lane] < bareEnd[best])) best = lane;
      }
      if (best < 0 || bareEnd[best] + gap > latest) return {lane: -1, x0};
      return {lane: best, x0: Math.max(x0, bareEnd[best] + gap)};
    },
    /** Where `lane` ends now. */
    endOf(lane: number): number {
      return ends[lane];
    },
    fitsByCutting(x0: number, cut: (index: number, x1: number) => void, importance = 0): number {
      for (let lane = 0; lane < Math.min(maxLanes, ends.length); lane++) {
        // A label is never cut for a less important item: that one is clustered first.
        if (lastIndex[lane] >= 0 && shortestEnd[lane] + gap <= x0 && lastImportance[lane] <= importance) {
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

