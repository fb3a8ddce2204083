import type {LayoutItem} from './layout-events.js';
import {itemKey} from './item-keys.js';

/**
 * Spreads the making of new event elements over animation frames. Crossing a
 * zoom level can bring hundreds of items into view at once (a cluster of
 * 300 splitting), and making all their elements in one frame took up to
 * 160 ms at 10k events. Items already drawn, and those that must be (focus,
 * selection, the card's anchor), are always drawn; of the rest, at most
 * `perFrame` new ones a frame, in date order. At 50 a frame, an update that
 * swapped layouts still took 25-40 ms and, with style and layout, now and
 * then made a task over 50 ms at 10k events; at 25 the bench saw none. A first drawing, with nothing on screen yet, has no
 * motion to keep smooth: it draws everything at once, and is complete a frame
 * or two sooner (at 10k events, 50 ms from load to complete).
 */
export class DrawnItems {
  /** Some items were held back: draw again on the next frame. */
  pending = false;
  private drawn = new Set<string>();
  private took = false;
  /**
   * No items have been drawn since the item list appeared: a first drawing.
   * Not the same as none drawn now, which a zoom or pan into an empty stretch
   * of time also gives, and after which many items can come at once.
   */
  private first = true;

  constructor(private readonly perFrame = 25) {}

  /** The items to draw now, in their order; `mustDraw` names keys never held back. */
  take(items: readonly LayoutItem[], mustDraw: (key: string, item: LayoutItem) => boolean): LayoutItem[] {
    const next = new Set<string>();
    const out: LayoutItem[] = [];
    let budget = this.first ? Infinity : this.perFrame;
    for (const item of items) {
      const key = itemKey(item);
      if (this.drawn.has(key) || mustDraw(key, item) || budget-- > 0) {
        out.push(item);
        next.add(key);
      }
    }
    this.pending = out.length < items.length;
    this.drawn = next;
    this.took = true;
    if (out.length) this.first = false;
    return out;
  }

  /** Call before each render. */
  startRender(): void {
    this.took = false;
  }

  /** Call after each render: one that drew no items (the chronology, an error) had no elements to keep. */
  endRender(): void {
    if (this.took) return;
    this.drawn.clear();
    this.pending = false;
    this.first = true;
  }

  /** The element left the page: hold nothing back (what was drawn stays drawn). */
  stop(): void {
    this.pending = false;
  }
}
