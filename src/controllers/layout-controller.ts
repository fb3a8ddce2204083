import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineEvent} from '../data/types.js';
import {DrawnItems} from '../layout/drawn-items.js';
import {TimelineLayouts, type LayoutInputs} from '../layout/timeline-layouts.js';
import type {LayoutItem} from '../layout/layout-events.js';

export interface LayoutControllerOptions {
  /** Measures a title in px, in the font labels are drawn in. */
  labelWidth(event: TimelineEvent): number;
  /** Called before each layout; true when the labels' font changed. */
  beforeLayout(): boolean;
  /** The zoom factor now. */
  zoomK(): number;
}

/**
 * The timing side of drawing <news-timeline>'s layouts: whether a zoom is
 * still moving (a coarser layout may stand in meanwhile) or has come to rest,
 * layouts finished between frames, and new items drawn over several frames.
 * It holds the timer and the animation frame this takes, and lets them go
 * when the element leaves the page.
 */
export class LayoutController implements ReactiveController {
  readonly layouts: TimelineLayouts;
  /** The zoom where the last zoom came to rest; elsewhere a zoom is under way. */
  private settledK = 1;
  private lastK = 1;
  private settleTimer = 0;
  private readonly drawn = new DrawnItems();
  private drawFrame = 0;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: LayoutControllerOptions) {
    host.addController(this);
    this.layouts = new TimelineLayouts({
      labelWidth: (event) => options.labelWidth(event),
      beforeLayout: () => options.beforeLayout(),
      onReady: () => host.requestUpdate(),
    });
  }

  /** Items are still to be drawn, or a layout to be finished: an update will follow. */
  get pending(): boolean {
    return this.drawn.pending || this.layouts.pending;
  }

  /** Brings the layout to the zoom `k` (see TimelineLayouts.update); true when another layout is drawn. */
  update(inputs: LayoutInputs, k: number): boolean {
    const moving = k !== this.settledK;
    if (moving && k !== this.lastK) {
      // The end of a gesture settles it; this catches a move that reports no end.
      clearTimeout(this.settleTimer);
      this.settleTimer = window.setTimeout(() => this.settle(), 300);
    }
    this.lastK = k;
    return this.layouts.update(inputs, k, moving);
  }

  /** The zoom came to rest: its own level is laid out, if a coarser one stood in. */
  settle(): void {
    clearTimeout(this.settleTimer);
    this.settledK = this.options.zoomK();
    if (!this.layouts.exact) this.host.requestUpdate();
  }

  /** Call before each render. */
  startRender(): void {
    this.drawn.startRender();
  }

  /** The items of `inView` to draw in this render (see DrawnItems.take). */
  take(inView: readonly LayoutItem[], mustDraw: (key: string, item: LayoutItem) => boolean): LayoutItem[] {
    return this.drawn.take(inView, mustDraw);
  }

  /** Call after each render: items held back are drawn on the next frame. */
  endRender(): void {
    this.drawn.endRender();
    if (this.drawn.pending && !this.drawFrame) {
      this.drawFrame = requestAnimationFrame(() => {
        this.drawFrame = 0;
        this.host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.settleTimer);
    this.settledK = this.options.zoomK();
    cancelAnimationFrame(this.drawFrame);
    this.drawFrame = 0;
    this.drawn.stop();
  }
}
