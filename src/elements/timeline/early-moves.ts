/** What the element asks of its horizontal view for moves made from code. */
export interface MovableView {
  showTimes(start: number, end: number): void;
  readonly zoom: {zoomBy(factor: number, user: boolean): void};
}

/**
 * Moves asked from code (`zoomTo`, `zoomBy`, `fit`) before the horizontal
 * view can make them (its part has not loaded, or it has no width or data
 * yet): kept, and made once it can,
 * so that a page calling them right after creating the element is obeyed.
 * Only the net effect is kept: a window, then a factor on top of it.
 */
export class EarlyMoves {
  private window?: readonly [number, number];
  private factor = 1;

  zoomTo(start: number, end: number): void {
    this.window = [start, end];
    this.factor = 1;
  }

  zoomBy(factor: number): void {
    this.factor *= factor;
  }

  /** Back to the first window (the `start`/`end` attributes, or everything). */
  fit(): void {
    this.window = undefined;
    this.factor = 1;
  }

  /** Makes the kept moves on the view that has now loaded, once. */
  applyTo(view: MovableView): void {
    const {window, factor} = this;
    this.fit();
    if (window) view.showTimes(window[0], window[1]);
    if (factor !== 1) view.zoom.zoomBy(factor, false);
  }
}
