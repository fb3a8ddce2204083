import {IMPORTANCE, importanceOf, isSoftDate, type TimelineEvent} from '../data/types.js';
import {orderByKeys} from '../steps/order-by-keys.js';
import type {Steps} from '../steps/steps.js';

/**
 * Events handled between two pauses of a pass that does little per event:
 * few enough that a slice of new data's first layout keeps to the few
 * milliseconds an update may give it.
 */
const STRIDE = 1024;

/**
 * What a layout needs of each event that does not depend on the zoom, worked
 * out once per events array: a layout is made for every zoom level of the
 * same events, and reading each event object again at every level cost more
 * than the rest of the layout (100k events of several shapes).
 */
interface Prepared {
  /** The marker's instant: the middle of the period its date names ("2004" mid-year, a day at noon), or the start of a range or a time. */
  readonly at: Float64Array;
  /** The end of a range's last period; NaN for a point. */
  readonly until: Float64Array;
  /** Each event's importance (0–3, see `importanceOf`). */
  readonly importance: Uint8Array;
  /**
   * Soft dates (see `isSoftDate`). A point's whole extent, the span it could
   * lie in, from `softFrom` to `softTo`. For a range, where its sure part
   * starts (after a soft start) and ends (before a soft end). NaN for what
   * is exact.
   */
  readonly softFrom: Float64Array;
  readonly softTo: Float64Array;
  /** Label widths by event index, NaN until asked, for `widthsFor`. */
  readonly widths: Float32Array;
  widthsFor?: (event: TimelineEvent) => number;
}

const preparedCache = new WeakMap<readonly TimelineEvent[], Prepared>();

/** What the layout reads of `events` (see Prepared), worked out once per array; yields every few thousand events. */
export function* prepare(events: readonly TimelineEvent[]): Steps<Prepared> {
  const n = events.length;
  let found = preparedCache.get(events);
  if (found && found.at.length === n) return found;
  const at = new Float64Array(n);
  const until = new Float64Array(n);
  const importance = new Uint8Array(n);
  const softFrom = new Float64Array(n).fill(NaN);
  const softTo = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (i % STRIDE === STRIDE - 1) yield;
    const event = events[i];
    const {date, end} = event;
    at[i] = end || date.precision === 'time' ? date.start : (date.start + date.end) / 2;
    until[i] = end ? end.end : NaN;
    if (end) {
      if (isSoftDate(date)) softFrom[i] = date.end;
      if (isSoftDate(end)) softTo[i] = end.start;
    } else if (isSoftDate(date)) {
      softFrom[i] = date.start;
      softTo[i] = date.end;
    }
    // Events made in code bypass the parser's check: any other value counts as the nearest in range.
    importance[i] = Math.min(IMPORTANCE.max, Math.max(IMPORTANCE.min, importanceOf(event) | 0));
  }
  found = {at, until, importance, softFrom, softTo, widths: new Float32Array(n)};
  preparedCache.set(events, found);
  return found;
}

/** Label width by event index, asking `labelWidth` once per event. */
export function labelWidths(events: readonly TimelineEvent[], prepared: Prepared, labelWidth: (event: TimelineEvent) => number) {
  const {widths} = prepared;
  if (prepared.widthsFor !== labelWidth) {
    widths.fill(NaN);
    prepared.widthsFor = labelWidth;
  }
  return (i: number) => {
    let width = widths[i];
    if (width !== width) widths[i] = width = labelWidth(events[i]);
    return width;
  };
}

/** Marker positions at one zoom level, and groups of points chained by gaps under `clusterSize` (a bar stands alone). */
export interface Candidates {
  readonly x: Float64Array;
  readonly xEnd: Float64Array;
  readonly bar: Uint8Array;
  readonly group: Int32Array;
  /** Points in each group. */
  readonly groupSize: Int32Array;
  /** Each event's importance (0–3). */
  readonly importance: Uint8Array;
  /** `softFrom`/`softTo` of `Prepared` in pixels, NaN where exact. */
  readonly softX0: Float64Array;
  readonly softX1: Float64Array;
}

/**
 * Each layout has buffers of its own, although they could be shared: a
 * layout put aside halfway (see `Steps`) must find its positions as it left
 * them when another level was laid out in between.
 */
export function* groupCandidates(prepared: Prepared, xOf: (t: number) => number, clusterSize: number): Steps<Candidates> {
  const {at, until, importance, softFrom, softTo} = prepared;
  const n = at.length;
  const softX0 = new Float64Array(n);
  const softX1 = new Float64Array(n);
  const x = new Float64Array(n);
  const xEnd = new Float64Array(n);
  const bar = new Uint8Array(n);
  const group = new Int32Array(n);
  let groups = -1;
  let lastPointX = -Infinity;
  for (let i = 0; i < n; i++) {
    if (i % STRIDE === STRIDE - 1) yield;
    const xi = xOf(at[i]);
    const end = until[i] === until[i] ? xOf(until[i]) : xi;
    x[i] = xi;
    xEnd[i] = end;
    softX0[i] = softFrom[i] === softFrom[i] ? xOf(softFrom[i]) : NaN;
    softX1[i] = softTo[i] === softTo[i] ? xOf(softTo[i]) : NaN;
    if (end - xi >= clusterSize) {
      bar[i] = 1;
      group[i] = ++groups;
      continue;
    }
    if (xi - lastPointX >= clusterSize) groups++;
    lastPointX = xi;
    group[i] = groups;
  }
  const groupSize = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) if (!bar[i]) groupSize[group[i]]++;
  return {x, xEnd, bar, group, groupSize, importance, softX0, softX1};
}

/**
 * The clustered points of a crowded group: those of `group` from position
 * `from` to `to` in `events` with an importance below `below` (bars, and the
 * group's more important points, may lie between).
 */
export interface ClusterCandidate {
  readonly group: number;
  readonly below: number;
  readonly from: number;
  to: number;
  readonly first: number;
  last: number;
  x: number;
}

/** Adds the positions held by an event (its position) or a cluster candidate to `into`. */
export function addMembers(into: number[], what: number | ClusterCandidate, {bar, group, importance}: Candidates): void {
  if (typeof what === 'number') {
    into.push(what);
    return;
  }
  for (let i = what.from; i <= what.to; i++) if (!bar[i] && group[i] === what.group && importance[i] < what.below) into.push(i);
}

export function membersOf(cluster: ClusterCandidate, events: readonly TimelineEvent[], candidates: Candidates): TimelineEvent[] {
  const positions: number[] = [];
  addMembers(positions, cluster, candidates);
  return positions.map((i) => events[i]);
}

/** What to place, in order: `codes[k]` is an event's index, or −(1 + a cluster's index in `clusters`). */
export interface Order {
  readonly length: number;
  readonly codes: Int32Array;
  readonly clusters: readonly ClusterCandidate[];
}

/**
 * Replaces the points of each group below its importance threshold (see
 * `initialThresholds`) by one cluster candidate; the rest stay events. In
 * order of left edges.
 */
export function* toItemsInOrder(candidates: Candidates, threshold: Uint8Array, clusterSize: number, markerSize: number): Steps<Order> {
  const {x, bar, group, importance, softX0} = candidates;
  const n = x.length;
  const codes = new Int32Array(n);
  const clusters: ClusterCandidate[] = [];
  let length = 0;
  let current: ClusterCandidate | undefined;
  // Members of each cluster candidate, by its index in `clusters`.
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i % STRIDE === STRIDE - 1) yield;
    const g = group[i];
    if (bar[i] || importance[i] >= threshold[g]) {
      codes[length++] = i;
      continue;
    }
    // A group's points may have bars between them; the cluster keeps the place of its first point.
    if (current?.group !== g) {
      current = {group: g, below: threshold[g], from: i, to: i, first: x[i], last: x[i], x: 0};
      clusters.push(current);
      sizes.push(0);
      codes[length++] = -clusters.length;
    }
    sizes[clusters.length - 1]++;
    current.to = i;
    current.last = x[i];
  }
  // A group's one point below its threshold is an item either way: it stays an event, not a cluster of one.
  for (let k = 0; k < length; k++) if (codes[k] < 0 && sizes[-codes[k] - 1] === 1) codes[k] = clusters[-codes[k] - 1].from;
  for (const cluster of clusters) cluster.x = (cluster.first + cluster.last) / 2;
  // Lanes are filled left to right, so items go in order of their marker's left edge
  // (a cluster is centred on its crowd; a bar starts at its date; a point's dot is centred on it).
  const lefts = new Float64Array(length);
  for (let k = 0; k < length; k++) {
    const code = codes[k];
    if (code < 0) lefts[k] = clusters[-code - 1].x - clusterSize / 2;
    else if (bar[code]) lefts[k] = x[code];
    else {
      // A soft point's band may start before its dot (NaN compares false: the dot's edge stands).
      const dot = x[code] - markerSize / 2;
      lefts[k] = softX0[code] < dot ? softX0[code] : dot;
    }
  }
  const positions = yield* orderByKeys(lefts, length);
  const unsorted = codes.slice(0, length);
  for (let k = 0; k < length; k++) codes[k] = unsorted[positions[k]];
  return {length, codes, clusters};
}
