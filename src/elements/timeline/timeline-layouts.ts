import type {Timeline, TimelineEvent} from '../../data/types.js';
import {filterEvents} from '../../layout/filter-events.js';
import {indexItems, type ItemIndex} from '../../layout/item-index.js';
import {createLayoutCache} from '../../layout/layout-cache.js';
import type {EventLayout, LayoutItem} from '../../layout/layout-events.js';
import {densityBins, densityPath} from '../../layout/overview.js';
import type {TimeWindow} from '../../layout/time-scale.js';
import {visibleItems} from '../../layout/visible-window.js';
import {layoutLevel, placeItem} from '../../layout/zoom-levels.js';
import {OVERVIEW_BOX} from './render-controls.js';
import {layoutAtZoom} from './timeline-view.js';

/** What a layout depends on, besides the zoom. */
export interface LayoutInputs {
  readonly timeline: Timeline;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly extent: TimeWindow;
  readonly width: number;
  readonly lanes: number;
  readonly hiddenCategories: ReadonlySet<string>;
  readonly query: string;
}

type LevelLayout = {readonly layout: EventLayout; readonly itemOfEvent: ItemIndex};

const NO_ITEMS: ItemIndex = {get: () => undefined, has: () => false};

/**
 * The events <news-timeline> shows, laid out per zoom level. Layouts depend
 * on the data, filters, width and lanes, and on the zoom level (not the exact
 * zoom): a pan or a zoom within a level reuses one, and the last few levels
 * are kept. The current layout is drawn `ratio` times wider than it was laid
 * out, which only ever spreads it.
 */
export class TimelineLayouts {
  /** The events that pass the filters, in date order. */
  shown: readonly TimelineEvent[] = [];
  /** The layout at the zoom level of the current zoom (see `layoutLevel`). */
  current?: EventLayout;
  /** How much wider than its level the current layout is drawn (≥ 1). */
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
  // Layouts keep the widths a function gave for as long as it is the same function,
  // so a reset (new fonts) hands them a new one.
  private measure = (event: TimelineEvent) => this.labelWidth(event);

  /** `labelWidth` measures a title in px; it is called only while laying out. */
  constructor(private readonly labelWidth: (event: TimelineEvent) => number, private readonly beforeLayout: () => boolean = () => false) {}

  /**
   * Brings `current` to the zoom level of `k`. True when it is another layout
   * than before. While a zoom is `moving`, a coarser layout may stand in (see
   * `levelFor`); once it settles, call again with `moving` false.
   */
  update(inputs: LayoutInputs, k: number, moving = false): boolean {
    const key = `${inputs.width}|${inputs.lanes}|${[...inputs.hiddenCategories].join()}|${inputs.query}|${inputs.timeline.events.length}`;
    if (key !== this.key) {
      this.key = key;
      this.shown = filterEvents(inputs.timeline.events, {hiddenCategories: inputs.hiddenCategories, query: inputs.query});
      this.levels.clear();
      this.current = undefined;
    }
    this.inputs = inputs;
    const level = this.levelFor(k, moving);
    this.lastK = k;
    this.exact = level === layoutLevel(k);
    const {layout, itemOfEvent} = this.level(level);
    // Never below 1, should rounding put the level a hair above the zoom: layouts only ever spread.
    this.ratio = Math.max(1, k / level);
    if (layout === this.current) return false;
    this.current = layout;
    this.itemOfEvent = itemOfEvent;
    return true;
  }

  /** Forgets every layout (new data, or fonts to measure again). */
  reset(): void {
    this.key = '';
    this.measure = (event) => this.labelWidth(event);
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

  /** The overview's density path, counted once per set of shown events rather than on every frame of a zoom. */
  densityPath(extent: TimeWindow): string {
    if (this.density?.events !== this.shown) {
      this.density = {events: this.shown, path: densityPath(densityBins(this.shown, extent, 200), OVERVIEW_BOX.width, OVERVIEW_BOX.height)};
    }
    return this.density.path;
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

  private level(level: number): LevelLayout {
    const inputs = this.inputs;
    if (!inputs) throw new Error('TimelineLayouts: update() first');
    return this.levels.get(level, () => {
      // True when the labels' font changed: widths are measured again from here on.
      if (this.beforeLayout()) this.measure = (event) => this.labelWidth(event);
      const layout = layoutAtZoom(this.shown, inputs.extent, inputs.width, level, Math.max(1, inputs.lanes), this.measure);
      return {layout, itemOfEvent: indexItems(layout, inputs.eventById, inputs.timeline.events.length)};
    });
  }
}
