import type {TimelineEvent} from '../data/types.js';
import type {Extent} from './assign-lanes.js';

export interface LayoutOptions {
  /** Pixel position of an instant (ms UTC) at the current zoom level. */
  readonly xOf: (time: number) => number;
  /** Width in pixels of an event's label text, before `maxLabelWidth` clips it. */
  readonly labelWidth: (event: TimelineEvent) => number;
  readonly maxLanes: number;
  /** Diameter of a point marker, px. */
  readonly markerSize?: number;
  /** Diameter of a cluster marker, px; markers closer than this are grouped. */
  readonly clusterSize?: number;
  readonly maxLabelWidth?: number;
  /** Up to this many crowded events stack in lanes before they form a cluster. */
  readonly maxStack?: number;
  /** Free pixels kept between neighbours in a lane. */
  readonly gap?: number;
  /** Right edge of the drawing (px); a label that would cross it goes left of its marker. */
  readonly end?: number;
  /**
   * Lanes below `maxLanes` for what finds no room in them (default 1). When
   * these are full too, the item joins the last one of such a lane as a
   * cluster, so the number of lanes, and of items on screen, stays bounded
   * whatever the number of events.
   */
  readonly maxOverflowLanes?: number;
}

interface Placed extends Extent {
  /**
   * Lane from the top, 0-based. Lanes from `maxLanes` on hold only what found
   * no room anywhere even without a label (where bars fill every lane), and
   * clusters of what found no room there either.
   */
  readonly lane: number;
}

export interface EventItem extends Placed {
  readonly kind: 'event';
  readonly event: TimelineEvent;
  /** Marker position (the start), px. */
  readonly x: number;
  /** End of a range bar, px; equals `x` for a point. */
  readonly xEnd: number;
  /** Width of the visible label, 0 when hidden for lack of room. */
  readonly labelWidth: number;
  /** The label sits left of the marker (near the end of the timeline). */
  readonly labelBefore?: boolean;
}

export interface ClusterItem extends Placed {
  readonly kind: 'cluster';
  /** The crowded events, in date order. */
  readonly events: readonly TimelineEvent[];
  /** Centre of the cluster marker, px. */
  readonly x: number;
}

export type LayoutItem = EventItem | ClusterItem;

export interface EventLayout {
  /** In date order of their first event (= order of `x0`). */
  readonly items: readonly LayoutItem[];
  readonly laneCount: number;
  /** `maxEnd[i]` is the largest `x1` among `items[0..i]`, for visible-window queries. */
  readonly maxEnd: readonly number[];
}

type Candidate =
  | {kind: 'event'; event: TimelineEvent; x: number; xEnd: number; bar: boolean; group: number}
  | {kind: 'cluster'; events: TimelineEvent[]; x: number; first: number; last: number; group: number};

/**
 * Lays out events at one zoom level: ranges wide enough become bars, point
 * events closer than a cluster's width form groups, small groups stack in
 * lanes and large ones collapse into a cluster. Labels sit right of their
 * marker and are dropped (not overlapped) where a lane has no room. Nothing
 * is left out: every event ends up in exactly one item.
 *
 * Positions are those of `xOf`, independent of panning, so a pan only moves
 * the result. Each pass is O(n log n + n × lanes); a pass clusters every
 * crowd that found no room, so a few passes suffice whatever the size.
 */
export function layoutEvents(events: readonly TimelineEvent[], options: LayoutOptions): EventLayout {
  const {xOf, maxLanes, markerSize = 12, clusterSize = 26, maxLabelWidth = 200, gap = 6, end = Infinity} = options;
  const maxStack = Math.max(1, Math.min(options.maxStack ?? 4, maxLanes));
  const maxOverflow = Math.max(0, options.maxOverflowLanes ?? 1);
  const candidates = groupCandidates(events, xOf, clusterSize);
  const clusteredGroups = new Set<number>();
  const groupSizes = markCrowdedGroups(candidates, maxStack, clusteredGroups);

  for (let attempt = 0; ; attempt++) {
    const items = toItemsInOrder(candidates, clusteredGroups, clusterSize, markerSize);
    const lanes = createLanes(maxLanes, maxOverflow, gap);
    const placed: Array<EventItem | ClusterItem> = [];
    // Shortens the label of the item at `index` so it ends at `x1` (only labels after their marker are cut).
    const cutLabel = (index: number, x1: number) => {
      const cut = placed[index] as EventItem;
      placed[index] = {...cut, x1, labelWidth: Math.max(0, x1 - (cut.x + (cut.xEnd > cut.x ? 4 : markerSize / 2 + 4)))};
    };
    // Nowhere to go, not even below the lanes: the item joins the last one of an overflow lane.
    // Members and marker span of each item that took others in, by index in `placed`.
    const joined = new Map<number, {events: TimelineEvent[]; first: number; last: number}>();
    const spill = (events: readonly TimelineEvent[], x: number) => {
      const lane = lanes.leastFull();
      const index = lanes.lastOf(lane);
      const host = placed[index];
      let into = joined.get(index);
      if (!into) joined.set(index, (into = {events: host.kind === 'event' ? [host.event] : [...host.events], first: host.x, last: host.x}));
      for (const event of events) into.events.push(event);
      into.last = Math.max(into.last, x);
      placed[index] = joinCluster(host, into.events, (into.first + into.last) / 2, clusterSize);
      lanes.claim(lane, placed[index], index, placed[index].x1);
    };
    const failedGroups = new Set<number>();
    for (const item of items) {
      if (item.kind === 'cluster') {
        const extent = {x0: item.x - clusterSize / 2, x1: item.x + clusterSize / 2};
        let lane = lanes.fits(extent);
        if (lane < 0) lane = lanes.fitsByCutting(extent, cutLabel);
        if (lane < 0) lane = lanes.overflow(extent);
        if (lane < 0) {
          spill(item.events, item.x);
          continue;
        }
        lanes.claim(lane, extent, placed.length, extent.x1);
        placed.push({kind: 'cluster', events: item.events, x: item.x, lane, ...extent});
        continue;
      }
      const r = item.bar ? 0 : markerSize / 2;
      const text = Math.min(options.labelWidth(item.event), maxLabelWidth);
      const labelStart = item.x + r + 4;
      // Near the end of the timeline a point's label goes before it rather than off the edge.
      const before = !item.bar && labelStart + text > end && item.x - r - 4 - text >= 0;
      const labelled = before
        ? {x0: item.x - r - 4 - text, x1: item.x + r}
        : {x0: item.x - r, x1: Math.max(item.xEnd, labelStart + text)};
      // A label may later be cut short by a neighbour, but never below this.
      const shortest = before ? labelled.x1 : Math.max(item.xEnd, labelStart + Math.min(text, MIN_LABEL));
      const bare = {x0: item.x - r, x1: item.xEnd + r};
      let lane = lanes.fits(labelled);
      let extent = labelled;
      if (lane < 0) {
        lane = lanes.fits(bare);
        extent = bare;
      }
      if (lane < 0) lane = lanes.fitsByCutting(bare, cutLabel);
      if (lane < 0) {
        // A crowded point with no room even without its label: its crowd becomes a cluster in the next pass.
        if (!item.bar && groupSizes.get(item.group)! > 1) failedGroups.add(item.group);
        lane = lanes.overflow(bare);
      }
      if (lane < 0) {
        spill([item.event], item.x);
        continue;
      }
      const labelWidth = extent === labelled ? text : 0;
      lanes.claim(lane, extent, placed.length, labelWidth ? shortest : extent.x1);
      placed.push({
        kind: 'event', event: item.event, x: item.x, xEnd: item.xEnd, lane, labelWidth, ...extent,
        ...(labelWidth && before && {labelBefore: true}),
      });
    }
    if (failedGroups.size && attempt < events.length) {
      for (const group of failedGroups) clusteredGroups.add(group);
      continue;
    }
    // Clusters that took in later items list them in date order, and moved right: restore the order of left edges.
    for (const {events} of joined.values()) events.sort((a, b) => a.index - b.index);
    if (joined.size) placed.sort((a, b) => a.x0 - b.x0);
    const maxEnd: number[] = [];
    let running = -Infinity;
    for (const item of placed) maxEnd.push((running = Math.max(running, item.x1)));
    const laneCount = placed.reduce((n, item) => Math.max(n, item.lane + 1), 0);
    return {items: placed, laneCount, maxEnd};
  }
}

/**
 * `item` (an event or a cluster, the last in its lane) as a cluster of
 * `members`, centred at `x`, or further right if that would move its left
 * edge left: it only ever moves right, so it keeps clear of what is before
 * it in its lane.
 */
function joinCluster(item: LayoutItem, members: readonly TimelineEvent[], x: number, clusterSize: number): ClusterItem {
  const centre = Math.max(item.x0 + clusterSize / 2, x);
  return {kind: 'cluster', events: members, x: centre, lane: item.lane, x0: centre - clusterSize / 2, x1: centre + clusterSize / 2};
}

/** Narrowest a label is cut to (px) to make room for a neighbour's marker. */
const MIN_LABEL = 48;

/**
 * Lanes that remember their last item, so a marker with no room can take
 * space from that item's label (down to its shortest) instead of being hidden.
 * Up to `maxOverflow` lanes below the `maxLanes` regular ones take what fits
 * nowhere else.
 */
function createLanes(maxLanes: number, maxOverflow: number, gap: number) {
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
    fits({x0}: Extent): number {
      for (let lane = 0; lane < maxLanes; lane++) {
        ensure(lane);
        if (ends[lane] + gap <= x0) return lane;
      }
      return -1;
    },
    claim(lane: number, extent: Extent, index: number, shortest: number): void {
      ensure(lane);
      ends[lane] = extent.x1;
      lastIndex[lane] = index;
      shortestEnd[lane] = shortest;
    },
    fitsByCutting({x0}: Extent, cut: (index: number, x1: number) => void): number {
      for (let lane = 0; lane < Math.min(maxLanes, ends.length); lane++) {
        if (lastIndex[lane] >= 0 && shortestEnd[lane] + gap <= x0) {
          cut(lastIndex[lane], x0 - gap);
          return lane;
        }
      }
      return -1;
    },
    /** A lane below the regular ones, used only when nothing else fits; -1 when they are all taken. */
    overflow(extent: Extent): number {
      for (let lane = maxLanes; lane < maxLanes + overflowLanes; lane++) {
        if (ends[lane] + gap <= extent.x0) return lane;
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

/** Points chained by gaps under `clusterSize` share a group; bars stand alone. */
function groupCandidates(events: readonly TimelineEvent[], xOf: (t: number) => number, clusterSize: number) {
  const candidates: Array<Extract<Candidate, {kind: 'event'}>> = [];
  let group = -1;
  let lastPointX = -Infinity;
  for (const event of events) {
    // A point sits in the middle of the period its date names ("2004" mid-year, a day at noon);
    // a range runs from the start of its first period to the end of its last.
    const x = event.end || event.date.precision === 'time' ? xOf(event.date.start) : xOf((event.date.start + event.date.end) / 2);
    const xEnd = event.end ? xOf(event.end.end) : x;
    const bar = xEnd - x >= clusterSize;
    if (bar) {
      candidates.push({kind: 'event', event, x, xEnd, bar, group: ++group});
      continue;
    }
    if (x - lastPointX >= clusterSize) group++;
    lastPointX = x;
    candidates.push({kind: 'event', event, x, xEnd, bar, group});
  }
  return candidates;
}

function markCrowdedGroups(candidates: ReadonlyArray<Extract<Candidate, {kind: 'event'}>>, maxStack: number, into: Set<number>) {
  const sizes = new Map<number, number>();
  for (const c of candidates) if (!c.bar) sizes.set(c.group, (sizes.get(c.group) ?? 0) + 1);
  for (const [group, size] of sizes) if (size > maxStack) into.add(group);
  return sizes;
}

/** Replaces each clustered group by one cluster candidate, keeping date order. */
function toItemsInOrder(
  candidates: ReadonlyArray<Extract<Candidate, {kind: 'event'}>>, clustered: ReadonlySet<number>, clusterSize: number, markerSize: number,
): Candidate[] {
  const out: Candidate[] = [];
  let current: Extract<Candidate, {kind: 'cluster'}> | undefined;
  for (const c of candidates) {
    if (c.bar || !clustered.has(c.group)) {
      out.push(c);
      continue;
    }
    if (current?.group !== c.group) {
      current = {kind: 'cluster', events: [], x: c.x, first: c.x, last: c.x, group: c.group};
      out.push(current);
    }
    current.events.push(c.event);
    current.last = c.x;
    current.x = (current.first + current.last) / 2;
  }
  // Lanes are filled left to right, so items go in order of their marker's left edge
  // (a cluster is centred on its crowd; a bar starts at its date; a point's dot is centred on it).
  const left = (c: Candidate) => c.x - (c.kind === 'cluster' ? clusterSize / 2 : c.bar ? 0 : markerSize / 2);
  return out.sort((a, b) => left(a) - left(b));
}
