/** A horizontal extent in pixels, `x0 <= x1`. */
export interface Extent {
  readonly x0: number;
  readonly x1: number;
}

/** Places extents, in order of `x0`, in the lowest lane that has room. */
export interface LanePacker {
  /** The lane given to the extent, or -1 when none of the lanes had room. */
  place(extent: Extent): number;
  /** Lanes in use so far. */
  readonly laneCount: number;
}

/**
 * Greedy first-fit lane packing: an extent fits a lane whose last extent
 * ends at least `gap` pixels before it starts. O(lanes) per extent.
 */
export function createLanePacker(maxLanes: number, gap = 0): LanePacker {
  const laneEnds: number[] = [];
  return {
    place({x0, x1}) {
      for (let lane = 0; lane < maxLanes; lane++) {
        if (lane === laneEnds.length) laneEnds.push(-Infinity);
        if (laneEnds[lane] + gap <= x0) {
          laneEnds[lane] = x1;
          return lane;
        }
      }
      return -1;
    },
    get laneCount() {
      return laneEnds.length;
    },
  };
}
