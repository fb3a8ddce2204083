import type {TimelineEvent} from '../data/types.js';
import type {Extent} from './assign-lanes.js';
import {addMembers, type Candidates, type ClusterCandidate, groupCandidates, labelWidths, membersOf, prepare, toItemsInOrder} from './layout-candidates.js';
import {initialThresholds, raiseThreshold} from './importance-thresholds.js';
import {createLanes, MIN_LABEL} from './layout-lanes.js';
import {orderByKeys} from '../steps/order-by-keys.js';
import type {Steps} from '../steps/steps.js';

export interface LayoutOptions {
  /** Pixel position of an instant (ms UTC) at the current zoom level. */
  readonly xOf: (time: number) => number;
  /**
   * Width in pixels of an event's label text, before `maxLabelWidth` clips it.
   * Asked once per event for a given events array and function, since the
   * layouts of every zoom level share the answers: pass another function when
   * the widths change (new fonts).
   */
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
  /**
   * A point with a soft date (see `isSoftDate`): the span it could lie in, px.
   * `x0`/`x1` take it in, so that neighbours in its lane keep clear of it.
   */
  readonly band?: Extent;
  /** A range with a soft start or end: how far into its bar, px, the sure part starts (`from`) and how far before its end it stops (`to`). */
  readonly fade?: {readonly from: number; readonly to: number};
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

/** Shortest label drawn (px): shorter, an ellipsis leaves a letter or two. */
const MIN_SHOWN = 24;

/** Events placed between two pauses of a layout: measuring labels makes this the costly part. */
const STRIDE = 512;

/**
 * Lays out events at one zoom level: ranges wide enough become bars, point
 * events closer than a cluster's width form groups, small groups stack in
 * lanes and large ones collapse into a cluster, their least important events
 * first (`TimelineEvent.importance`; see `initialThresholds`). Labels sit
 * right of their marker, left of it near the end of the drawing, shortened
 * where neither side has room, and are dropped (not overlapped) where a lane
 * has no room; a more important event takes the room of a less important
 * one's label. Nothing is left out: every event ends up in exactly one item.
 *
 * Positions are those of `xOf`, independent of panning, so a pan only moves
 * the result. Each pass is O(n log n + n × lanes); a pass clusters every
 * crowd that found no room, so a few passes suffice whatever the size.
 *
 * In steps (see `Steps`), for the element to lay out 100k events between
 * frames rather than in one task of a tenth of a second.
 */
export function* layoutSteps(events: readonly TimelineEvent[], options: LayoutOptions): Steps<EventLayout> {
  const {xOf, maxLanes, markerSize = 12, clusterSize = 26, maxLabelWidth = 200, gap = 6, end = Infinity} = options;
  const maxStack = Math.max(1, Math.min(options.maxStack ?? 4, maxLanes));
  const maxOverflow = Math.max(0, options.maxOverflowLanes ?? 1);
  const prepared = yield* prepare(events);
  const candidates: Candidates = yield* groupCandidates(prepared, xOf, clusterSize);
  const labelWidthOf = labelWidths(events, prepared, options.labelWidth);
  const {groupSize} = candidates;
  // Groups of more points than can stack cluster their less important points from the start.
  const {threshold, counts} = initialThresholds(candidates, maxStack);

  const {x: xs, xEnd: xEnds, bar: bars, group: groups, importance, softX0, softX1} = candidates;
  const {until} = prepared;

  for (let attempt = 0; ; attempt++) {
    const order = yield* toItemsInOrder(candidates, threshold, clusterSize, markerSize);
    const lanes = createLanes(maxLanes, maxOverflow, gap);
    const placed: Array<EventItem | ClusterItem> = [];
    // What each placed item holds, as positions in `events`, for clusters to take them in.
    const placedFrom: Array<number | ClusterCandidate> = [];
    // Shortens the label of the item at `index` so it ends at `x1` (only labels after their marker are cut).
    const cutLabel = (index: number, x1: number) => {
      const cut = placed[index] as EventItem;
      const r = cut.xEnd > cut.x ? 0 : markerSize / 2;
      const labelWidth = Math.max(0, x1 - (cut.x + r + 4));
      // What is left of a label cut for a more important event may be too short to read: it goes.
      placed[index] = labelWidth < MIN_SHOWN ? {...cut, x1: Math.max(cut.xEnd + r, Math.min(cut.x1, x1)), labelWidth: 0} : {...cut, x1, labelWidth};
    };
    // Nowhere to go, not even below the lanes: the item joins the last one of an overflow lane.
    // Members, marker span and left edge of each item that took others in, by index in `placed`;
    // made into a cluster once the pass is over (a crowd of 100k events spills tens of thousands).
    const joined = new Map<number, Joined>();
    const spill = (x: number, what: number | ClusterCandidate) => {
      const lane = lanes.leastFull();
      const index = lanes.lastOf(lane);
      let into = joined.get(index);
      if (!into) {
        const host = placed[index];
        into = {members: [], first: host.x, last: host.x, x0: host.x0, lane: host.lane};
        addMembers(into.members, placedFrom[index], candidates);
        joined.set(index, into);
      }
      addMembers(into.members, what, candidates);
      into.last = Math.max(into.last, x);
      // Centred on its markers, or further right if that would move it left: it keeps clear of what is before it in its lane.
      const centre = Math.max(into.x0 + clusterSize / 2, (into.first + into.last) / 2);
      into.x0 = centre - clusterSize / 2;
      lanes.claim(lane, centre + clusterSize / 2, index, centre + clusterSize / 2);
    };
    const failedGroups = new Set<number>();
    for (let k = 0; k < order.length; k++) {
      if (k % STRIDE === STRIDE - 1) yield;
      const code = order.codes[k];
      if (code < 0) {
        const cluster = order.clusters[-code - 1];
        const x0 = cluster.x - clusterSize / 2;
        const x1 = cluster.x + clusterSize / 2;
        let lane = lanes.fits(x0);
        if (lane < 0) lane = lanes.fitsByCutting(x0, cutLabel);
        if (lane < 0) lane = lanes.overflow(x0);
        if (lane < 0) {
          spill(cluster.x, cluster);
          continue;
        }
        lanes.claim(lane, x1, placed.length, x1);
        placedFrom.push(cluster);
        placed.push({kind: 'cluster', events: membersOf(cluster, events, candidates), x: cluster.x, lane, x0, x1});
        continue;
      }
      const i = code;
      const x = xs[i];
      const xEnd = xEnds[i];
      const bar = bars[i] === 1;
      const weight = importance[i];
      const r = bar ? 0 : markerSize / 2;
      const labelStart = x + r + 4;
      // A soft point takes its whole band: NaN where it has none, which no comparison lets through.
      const isPoint = until[i] !== until[i];
      const s0 = isPoint ? softX0[i] : NaN;
      const s1 = isPoint ? softX1[i] : NaN;
      const soft = s0 === s0;
      const bareX0 = s0 < x - r ? s0 : x - r;
      const bareX1 = s1 > xEnd + r ? s1 : xEnd + r;
      // Measuring is the costly part, and most events at 100k find no room: a label's width
      // is needed only where it could cross the end of the drawing, or once a lane is found.
      const nearEnd = labelStart + maxLabelWidth > end;
      let text = nearEnd ? Math.min(labelWidthOf(i), maxLabelWidth) : 0;
      // Near the end of the drawing a point's label goes before it rather than off the edge;
      // where neither side has room for all of it, it takes the roomier side, shortened.
      let before = false;
      if (nearEnd && labelStart + text > end) {
        const roomBefore = bar ? 0 : x - r - 4;
        const roomAfter = end - labelStart;
        // A soft point's label stays after it: before it, the band and the label would cross.
        before = !soft && (roomBefore >= text || roomBefore > roomAfter);
        text = Math.min(text, before ? roomBefore : roomAfter);
        if (text < MIN_SHOWN) text = 0;
      }
      let labelledX0 = before ? x - r - 4 - text : bareX0;
      let lane = lanes.fits(labelledX0);
      let labelled = lane >= 0;
      if (!labelled && (text > 0 || !nearEnd)) {
        // A more important event takes the room of a less important one's label (see `yielding`).
        const latest = before ? x - r - 4 - Math.min(text, MIN_LABEL) : bareX0;
        const room = lanes.yielding(labelledX0, latest, weight);
        if (room.lane >= 0) {
          lane = room.lane;
          labelled = true;
          if (lanes.endOf(lane) + gap > room.x0) cutLabel(lanes.lastOf(lane), room.x0 - gap);
          if (before) {
            labelledX0 = room.x0;
            text = x - r - 4 - room.x0;
          }
        }
      }
      // A label after the marker starts at the marker's edge, so only one before it can need a second try.
      if (lane < 0 && before) lane = lanes.fits(bareX0);
      if (labelled && !nearEnd) text = Math.min(labelWidthOf(i), maxLabelWidth);
      const labelledX1 = before ? x + r : Math.max(xEnd, labelStart + text, bareX1);
      // A label may later be cut short by a neighbour, but never below this.
      const shortest = before ? labelledX1 : Math.max(xEnd, labelStart + Math.min(text, MIN_LABEL), bareX1);
      if (lane < 0) lane = lanes.fitsByCutting(bareX0, cutLabel, weight);
      if (lane < 0) {
        // A crowded point with no room even without its label: its crowd becomes a cluster in the next pass.
        if (!bar && groupSize[groups[i]] > 1) failedGroups.add(groups[i]);
        lane = lanes.overflow(bareX0);
      }
      if (lane < 0) {
        spill(x, i);
        continue;
      }
      const labelWidth = labelled ? text : 0;
      const x1 = labelled ? labelledX1 : bareX1;
      lanes.claim(lane, x1, placed.length, labelWidth ? shortest : x1, weight, bareX1);
      placedFrom.push(i);
      placed.push({
        kind: 'event', event: events[i], x, xEnd, lane, labelWidth, x0: labelled ? labelledX0 : bareX0, x1,
        ...(labelWidth && before && {labelBefore: true}),
        ...(soft && {band: {x0: s0, x1: s1}}),
        ...(bar && (softX0[i] === softX0[i] || softX1[i] === softX1[i]) && {fade: {
          from: softX0[i] === softX0[i] ? softX0[i] - x : 0,
          to: softX1[i] === softX1[i] ? xEnd - softX1[i] : 0,
        }}),
      });
    }
    let raised = false;
    for (const group of failedGroups) raised = raiseThreshold(threshold, counts, group) || raised;
    if (raised && attempt < events.length) continue;
    // Clusters that took in later items list them in date order, and moved right: restore the order of left edges.
    for (const [index, {members, x0, lane}] of joined) {
      // Positions in `events` are in date order; a typed array sorts numbers without a comparator.
      const inOrder = Int32Array.from(members).sort();
      const cluster = Array.from(inOrder, (i) => events[i]);
      placed[index] = {kind: 'cluster', events: cluster, x: x0 + clusterSize / 2, lane, x0, x1: x0 + clusterSize};
      if (inOrder.length > STRIDE) yield;
    }
    if (joined.size) {
      const lefts = Float64Array.from(placed, (item) => item.x0);
      const positions = yield* orderByKeys(lefts);
      const unsorted = placed.slice();
      for (let k = 0; k < positions.length; k++) placed[k] = unsorted[positions[k]];
    }
    const maxEnd: number[] = [];
    let running = -Infinity;
    for (const item of placed) maxEnd.push((running = Math.max(running, item.x1)));
    const laneCount = placed.reduce((n, item) => Math.max(n, item.lane + 1), 0);
    return {items: placed, laneCount, maxEnd};
  }
}

/** An item that took in others with no room, while the pass that places them runs. */
interface Joined {
  /** Positions in `events` of its members. */
  readonly members: number[];
  readonly first: number;
  last: number;
  /** Left edge of the cluster it becomes; only ever moves right. */
  x0: number;
  readonly lane: number;
}
