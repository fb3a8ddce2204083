import type {SourceStatus, Timeline, TimelineEvent} from '../data/types.js';
import {filterEvents} from './filter-events.js';
import {indexSteps, type ItemIndex} from './item-index.js';
import {createLayoutCache} from './layout-cache.js';
import {layoutSteps, type EventLayout, type LayoutItem} from './layout-events.js';
import {densityBins, densityPath, OVERVIEW_BOX} from './overview.js';
import {scheduleTask, TASK_BUDGET} from '../steps/run-in-tasks.js';
import {runSteps, runStepsUntil, type Steps} from '../steps/steps.js';
import type {TimeWindow} from './time-scale.js';
import {visibleItems} from './visible-window.js';
import {layoutLevel, placeItem} from './zoom-levels.js';
import {layoutOptionsAtZoom} from './timeline-view.js';

/** Up to this many shown events, the overview's density is counted in the render that needs it (see densityPath). */
const DENSITY_AT_ONCE = 2000;

/** What a layout depends on, besides the zoom. */
export interface LayoutInputs {
  readonly timeline: Timeline;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly extent: TimeWindow;
  readonly width: number;
  readonly lanes: number;
  readonly hiddenCategories: ReadonlySet<string>;
  readonly query: string;
  /** Only events with a source of one of these statuses are shown; none (or empty), every event. */
  readonly statuses?: ReadonlySet<SourceStatus>;
}

type LevelLayout = {readonly layout: EventLayout; readonly itemOfEvent: ItemIndex};

export interface TimelineLayoutsOptions {
  /** Measures a title in px; called only while laying out. */
  readonly labelWidth: (event: TimelineEvent) => number;
  /** Called before each layout; true when the labels' font changed, so widths are measured again. */
  readonly beforeLayout?: () => boolean;
  /** A layout made between frames is ready: call `update` again to draw it. */
  readonly onReady?: () => void;
  /** Milliseconds of layout work `update` may do before a stand-in is drawn instead (default 4). */
  readonly updateBudget?: number;
  /** Milliseconds of layout work per task between frames (default TASK_BUDGET). */
  readonly taskBudget?: number;
  /** The clock budgets are counted on (default `performance.now`). */
  readonly now?: () => number;
  /** Runs a function in a task of its own, soon (default: a message to a channel, which unlike a timer is not held back 4 ms). */
  readonly schedule?: (task: () => void) => void;
}

/** A level being laid out a slice at a time, for the inputs it started with. */
interface Job {
  readonly level: number;
  readonly steps: Steps<LevelLayout>;
}

const NO_ITEMS: ItemIndex = {get: () => undefined, has: () => false};

/**
 * The events <news-timeline> shows, laid out per zoom level. Layouts depend
 * on the data, filters, width and lanes, and on the zoom level (not the exact
 * zoom): a pan or a zoom within a level reuses one, and the last few levels
 * are kept. The current layout is drawn `ratio` times wider than it was laid
 * out.
 *
 * A layout of 100k events takes longer than a frame (30 ms in Node, up to
 * 140 ms in a busy browser), so a new level is laid out a slice at a time: a
 * little in `update`, the rest in short tasks between frames, while the
 * nearest layout already made stands in. No task then comes near 50 ms, the
 * limit past which a page feels stuck. New data has nothing to stand in:
 * until its first layout is made, `current` is undefined and nothing is
 * drawn. A new width or filter is laid out at once, since what is drawn
 * must not linger with the wrong positions or events.
 */
export class TimelineLayouts {
  /** The events that pass the filters, in date order. */
  shown: readonly TimelineEvent[] = [];
  /** The layout at the zoom level of the current zoom (see `layoutLevel`). */
  current?: EventLayout;
  /**
   * How much wider than its level the current layout is drawn: ≥ 1 (which
   * only spreads it) but for a finer layout standing in while a zoom out
   * waits for its own.
   */
  ratio = 1;
  /** Event id → index of its item in `current`. */
  itemOfEvent: ItemIndex = NO_ITEMS;
  /** The current layout is that of the zoom's own level (not a stand-in). */
  exact = true;
  private key = '';
  private lastK = 1;
  private inputs?: LayoutInputs;
  private readonly levels = createLayoutCache<number, LevelLayout>(8);
  private density?: {events: readonly TimelineEvent[]; path: string};
  /** The shown events whose density is being counted in a task of its own. */
  private densityFor?: readonly TimelineEvent[];
  // Layouts keep the widths a function gave for as long as it is the same function,
  // so a reset (new fonts) hands them a new one.
  private measure = (event: TimelineEvent) => this.options.labelWidth(event);
  private job?: Job;
  /** The data is new and nothing of it is laid out: see `update`. */
  private firstBetweenFrames = false;
  private taskScheduled = false;
  private readonly now: () => number;
  private readonly schedule: (task: () => void) => void;

  constructor(private readonly options: TimelineLayoutsOptions) {
    this.now = options.now ?? (() => performance.now());
    this.schedule = options.schedule ?? scheduleTask;
  }

  /** A level is being laid out between frames: `update` will draw it once `onReady` says so. */
  get pending(): boolean {
    return this.job !== undefined || this.densityFor !== undefined;
  }

  /**
   * Brings `current` to the zoom level of `k`. True when it is another layout
   * than before. While a zoom is `moving`, a coarser layout may stand in (see
   * `levelFor`); once it settles, call again with `moving` false.
   */
  update(inputs: LayoutInputs, k: number, moving = false): boolean {
    const key = `${inputs.width}|${inputs.lanes}|${[...inputs.hiddenCategories].join()}|${inputs.query}|${[...inputs.statuses ?? []].join()}|${inputs.timeline.events.length}`;
    if (key !== this.key) {
      // New data: nothing of it is drawn yet, so even its first layout can be made between frames.
      this.firstBetweenFrames = this.key === '';
      this.key = key;
      this.shown = filterEvents(inputs.timeline.events, {hiddenCategories: inputs.hiddenCategories, query: inputs.query, statuses: inputs.statuses});
      this.levels.clear();
      this.current = undefined;
      this.job = undefined;
    }
    this.inputs = inputs;
    let level = this.levelFor(k, moving);
    if ((this.current || this.firstBetweenFrames) && !this.levels.has(level)) {
      // A layout that takes long is finished between frames, while another stands in (or, for new data, none).
      this.startJob(level, k, moving);
      this.work(this.options.updateBudget ?? 4);
      // The work may have finished another level, one that can stand in.
      const standIn = this.levels.has(level) ? level : this.standIn(k);
      if (standIn) {
        level = standIn;
      } else {
        this.lastK = k;
        this.exact = false;
        return false;
      }
    }
    this.firstBetweenFrames = false;
    this.lastK = k;
    this.exact = level === layoutLevel(k);
    const {layout, itemOfEvent} = this.level(level);
    // Never below 1, should rounding put the level a hair above the zoom (a finer stand-in aside).
    this.ratio = k / level < 1 && k / level > 0.999 ? 1 : k / level;
    if (layout === this.current) return false;
    this.current = layout;
    this.itemOfEvent = itemOfEvent;
    return true;
  }

  /** Forgets every layout (new data, or fonts to measure again). */
  reset(): void {
    this.key = '';
    this.job = undefined;
    this.measure = (event) => this.options.labelWidth(event);
  }

  /** The layout drawn at zoom `k`: the one of its zoom level. */
  at(k: number): EventLayout {
    return this.level(layoutLevel(k)).layout;
  }

  /**
   * What is on screen at a pan `offset` over a viewport `width` px wide, plus
   * `keep` (the item holding keyboard focus, so focus is never lost to
   * panning); placed at the current zoom. Only these are looked at, so a
   * frame costs the same whatever the number of events.
   */
  visible(offset: number, width: number, keep?: LayoutItem): LayoutItem[] {
    if (!this.current) return [];
    // The layout's positions are those of its zoom level, `ratio` times narrower than the screen's.
    const ratio = this.ratio;
    const items = visibleItems(this.current, (-offset - 40) / ratio, (-offset + width + 40) / ratio);
    if (keep && !items.includes(keep)) {
      items.push(keep);
      items.sort((a, b) => a.x0 - b.x0);
    }
    return items.map((item) => placeItem(item, ratio));
  }

  /** An item placed at the current zoom. */
  place(item: LayoutItem): LayoutItem {
    return placeItem(item, this.ratio);
  }

  /**
   * The overview's density path, counted once per set of shown events rather
   * than on every frame of a zoom. For many events it is counted in a task of
   * its own (the path drawn before stands in meanwhile, and `onReady` says
   * when it is done): new data's first render has enough to do.
   */
  densityPath(extent: TimeWindow): string {
    const shown = this.shown;
    if (this.density?.events !== shown && this.densityFor !== shown) {
      const count = () => ({events: shown, path: densityPath(densityBins(shown, extent, 200), OVERVIEW_BOX.width, OVERVIEW_BOX.height)});
      if (shown.length < DENSITY_AT_ONCE) this.density = count();
      else {
        this.densityFor = shown;
        this.schedule(() => {
          if (this.densityFor !== shown) return;
          this.densityFor = undefined;
          this.density = count();
          this.options.onReady?.();
        });
      }
    }
    return this.density?.path ?? '';
  }

  /**
   * The level to draw zoom `k` at. Settled, its own. While a zoom moves, any
   * coarser layout already made stands in, drawn up to twice as wide (which
   * only spreads it), so a gesture lays out about once per doubling of the
   * zoom instead of at every level (each one a pass over every shown event:
   * 30 ms at 100k). Zooming out, the new layout is made half a doubling
   * further out, to serve the next levels too.
   */
  private levelFor(k: number, moving: boolean): number {
    const own = layoutLevel(k);
    if (!moving || this.levels.has(own)) return own;
    let best = 0;
    for (const level of this.levels.keys()) if (level <= own && level * 2 >= k && level > best) best = level;
    if (best) return best;
    return k < this.lastK ? layoutLevel(k / Math.SQRT2) : own;
  }

  /**
   * Lays `level` out next, between frames. While a zoom moves, a layout under
   * way for another level goes on if it can stand in once made (not finer
   * than the zoom, nor more than 4 times coarser), rather than start again
   * at every level the zoom passes; at rest, only the zoom's own level will do.
   */
  private startJob(level: number, k: number, moving: boolean): void {
    const job = this.job;
    if (job?.level === level) return;
    if (job && moving && job.level <= k && job.level * 4 >= k) return;
    this.job = {level, steps: this.levelSteps(level)};
  }

  /** Lays out for up to `budget` ms; true when the job is done (or there is none). */
  private work(budget: number): boolean {
    const job = this.job;
    if (!job) return true;
    const until = this.now() + budget;
    const made = runStepsUntil(job.steps, () => this.now() >= until);
    if (!made) {
      this.scheduleWork();
      return false;
    }
    this.job = undefined;
    this.levels.get(job.level, () => made);
    return true;
  }

  private scheduleWork(): void {
    if (this.taskScheduled) return;
    this.taskScheduled = true;
    this.schedule(() => {
      this.taskScheduled = false;
      if (this.job && this.work(this.options.taskBudget ?? TASK_BUDGET)) this.options.onReady?.();
    });
  }

  /**
   * What is drawn while `k`'s layout is made: the finest layout kept that is
   * not finer than `k` (spread, it leaves gaps but never overlaps), else the
   * coarsest one kept (squeezed, for the few frames until the new one is
   * ready); 0 when none is kept.
   */
  private standIn(k: number): number {
    let coarser = 0;
    let finer = Infinity;
    for (const level of this.levels.keys()) {
      if (level <= k) coarser = Math.max(coarser, level);
      else finer = Math.min(finer, level);
    }
    return coarser || (finer < Infinity ? finer : 0);
  }

  private level(level: number): LevelLayout {
    return this.levels.get(level, () => {
      // Needed now: finish the job under way for it, or lay it out in one go.
      if (this.job?.level !== level) return runSteps(this.levelSteps(level));
      const made = runSteps(this.job.steps);
      this.job = undefined;
      return made;
    });
  }

  private *levelSteps(level: number): Steps<LevelLayout> {
    const inputs = this.inputs;
    if (!inputs) throw new Error('TimelineLayouts: update() first');
    // True when the labels' font changed: widths are measured again from here on.
    if (this.options.beforeLayout?.()) this.measure = (event) => this.options.labelWidth(event);
    const options = layoutOptionsAtZoom(inputs.extent, inputs.width, level, Math.max(1, inputs.lanes), this.measure);
    const layout = yield* layoutSteps(this.shown, options);
    const itemOfEvent = yield* indexSteps(layout, inputs.eventById, inputs.timeline.events.length);
    return {layout, itemOfEvent};
  }
}
