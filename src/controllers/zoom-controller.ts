import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {select, type Selection} from 'd3-selection';
import {zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform} from 'd3-zoom';

/** The part of a zoom state the timeline uses: scale and horizontal offset. */
export interface ZoomState {
  readonly k: number;
  readonly x: number;
}

export interface ZoomControllerOptions {
  /** After a zoom or pan ends; `byReader` is false for moves made from code. */
  onEnd?(state: ZoomState, byReader: boolean): void;
  /** The first time a plain wheel turn over the timeline scrolled the page instead of zooming. */
  onPlainWheel?(): void;
}

const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** How long an animated move takes, in ms. */
const DURATION = 300;
// Slow in and out (cubic), the ease d3 transitions used here before.
const ease = (t: number) => (t < 0.5 ? 4 * t ** 3 : 1 - (2 - 2 * t) ** 3 / 2);

/**
 * Owns d3-zoom on one element (the timeline's viewport): drag and touch to
 * pan, pinch or Ctrl/⌘ + wheel to zoom. A plain wheel is left to the page so
 * the timeline never takes over scrolling. Renders of the host are throttled
 * to one per animation frame.
 *
 * `state` and every position given to the methods are in reading order: x
 * grows from the side where time starts. When time runs right to left
 * (`mirrored`), d3-zoom still works in screen pixels, so a drag to the right
 * moves the content to the right; the controller converts between the two.
 *
 * Moves made from code are animated here, one jump of d3-zoom per frame along
 * its own zoom path, rather than with d3-transition, which would bring its
 * Transition class, d3-color and d3-ease into the self-contained bundle.
 * Like d3's interrupt, a reader's gesture, another move or a detach stops a
 * running animation where it is; only a move that finishes reports its end.
 */
export class ZoomController implements ReactiveController {
  state: ZoomState = {k: 1, x: 0};
  private behavior: ZoomBehavior<HTMLElement, unknown>;
  private selection?: Selection<HTMLElement, unknown, null, undefined>;
  private frame = 0;
  /** The animation frame of the running animated move, if any. */
  private animation = 0;
  private moveByReader = false;
  private quiet = false;
  private plainWheelSeen = false;
  private width = 0;
  private mirrored = false;
  private readonly onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey || this.plainWheelSeen) return;
    this.plainWheelSeen = true;
    this.options.onPlainWheel?.();
  };

  constructor(private readonly host: ReactiveControllerHost, private readonly options: ZoomControllerOptions = {}) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      // Listen for touches whatever the device reports: hybrid laptops often say "no touch" until touched.
      .touchable(() => true)
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
      })
      // Only a reader's gesture has a source event; our own jumps do not.
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => event.sourceEvent && this.stop())
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => this.update(this.fromScreen(event.transform)))
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (this.quiet) return;
        const byReader = Boolean(event.sourceEvent) || this.moveByReader;
        this.moveByReader = false;
        this.options.onEnd?.(this.state, byReader);
      });
  }

  /** Binds to the element that receives gestures; call again if it is replaced. */
  attach(element: HTMLElement): void {
    if (this.selection?.node() === element) return;
    this.detach();
    // d3-zoom calls interrupt() on the selection before each jump, a method that
    // d3-transition patches onto every selection. No d3 transition runs here, and
    // the self-contained builds leave that patch out (scripts/trim-d3.mjs).
    this.selection = Object.assign(select(element), {interrupt() {
      return this;
    }});
    // d3-zoom's double-click zoom would animate with selection.transition(),
    // which is left out too; a double-click keeps its usual meaning instead.
    this.selection.call(this.behavior).on('dblclick.zoom', null);
    element.addEventListener('wheel', this.onWheel, {passive: true});
    // Hands d3-zoom the state it did not see: a binding, not a move, so no end is reported.
    this.jump(this.toScreen(this.state), false, true);
  }

  /** Time runs right to left: mirror gestures, keeping what is on screen. */
  setMirrored(mirrored: boolean): void {
    if (mirrored === this.mirrored) return;
    const state = this.state;
    this.mirrored = mirrored;
    if (this.selection) this.jump(this.toScreen(state));
  }

  /**
   * Sets the viewport width and the deepest zoom allowed (a scale factor ≥ 1).
   * Only the horizontal axis matters; the vertical extent is a token 1 px.
   */
  configure(width: number, maxScale: number): void {
    this.width = width;
    this.behavior
      .extent([[0, 0], [width, 1]])
      .translateExtent([[0, 0], [width, 1]])
      .scaleExtent([1, Math.max(1, maxScale)]);
    // Keep the state, brought within the new limits (this stops a running animation).
    if (this.selection) this.jump(this.toScreen(this.state));
  }

  get maxScale(): number {
    return this.behavior.scaleExtent()[1];
  }

  /** Zooms by `factor` around `at` (a viewport x), or the viewport's centre. */
  zoomBy(factor: number, byReader = true, at?: number): void {
    if (!this.width || !(factor > 0) || !Number.isFinite(factor)) return;
    const from = this.toScreen(this.state);
    const [min, max] = this.behavior.scaleExtent();
    const k = Math.min(max, Math.max(min, from.k * factor));
    // The point under `at` stays put, as with d3-zoom's scaleBy.
    const p = at === undefined ? this.width / 2 : this.screenX(at);
    const target = this.constrain(zoomIdentity.translate(p - ((p - from.x) / from.k) * k, 0).scale(k));
    // As in show(): before anything is drawn, the state is set and handed to d3-zoom on `attach`.
    if (!this.selection) this.state = this.fromScreen(target);
    else this.animate(target, byReader, p);
  }

  /**
   * Shows `[x0, x1]`, in pixels of the unzoomed scale, kept within the limits
   * of zoom and pan: a window wider than the data shows all of it, and one
   * that runs past an end is moved back inside (its centre then moves too).
   * `animate: false` moves at once; `quiet` moves without reporting an end
   * (a drag still going on).
   */
  show(x0: number, x1: number, byReader = true, {animate = true, quiet = false} = {}): void {
    // A non-finite window would poison the transform (and every layout after it).
    if (!this.width || !Number.isFinite(x0) || !Number.isFinite(x1)) return;
    const [min, max] = this.behavior.scaleExtent();
    const k = Math.min(max, Math.max(min, this.width / Math.max(x1 - x0, 1e-9)));
    // Keep the window's centre, at the zoom the limits allow.
    const centre = (this.screenX(x0) + this.screenX(x1)) / 2;
    const target = this.constrain(zoomIdentity.translate(this.width / 2 - centre * k, 0).scale(k));
    // Nothing is drawn yet to move from: the state is set, and handed to d3-zoom on `attach`.
    if (!this.selection) this.state = this.fromScreen(target);
    else if (animate) this.animate(target, byReader, this.width / 2, quiet);
    else this.jump(target, byReader, quiet);
  }

  /** Pans so the unzoomed position `x` sits at the viewport's centre, keeping the zoom. */
  centre(x: number, byReader = true): void {
    if (!this.selection) return;
    const {k} = this.state;
    this.animate(this.constrain(zoomIdentity.translate(this.width / 2 - k * this.screenX(x), 0).scale(k)), byReader);
  }

  hostDisconnected(): void {
    this.stop();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  detach(): void {
    this.stop();
    if (!this.selection) return;
    this.selection.on('.zoom', null);
    this.selection.node()?.removeEventListener('wheel', this.onWheel);
    this.selection = undefined;
  }

  /** Moves to `target` at once, through d3-zoom, so its events and state follow. */
  private jump(target: ZoomTransform, byReader = false, quiet = false): void {
    this.stop();
    this.moveByReader = byReader;
    this.quiet = quiet;
    this.behavior.transform(this.selection!, target);
    this.quiet = false;
  }

  /**
   * Moves to `target` over DURATION ms, or at once for readers who prefer
   * reduced motion. Each frame is a quiet jump along d3-zoom's interpolator
   * (a smooth zoom, as its own transitions take), keeping the screen x `p`
   * steady where it can; the last one reports the end.
   */
  private animate(target: ZoomTransform, byReader: boolean, p = this.width / 2, quiet = false): void {
    if (prefersReducedMotion()) return this.jump(target, byReader, quiet);
    this.stop();
    const from = this.toScreen(this.state);
    // d3-zoom's measure of a view: the larger side of its extent, 1 px at least.
    const w = Math.max(this.width, 1);
    const path = this.behavior.interpolate()([(p - from.x) / from.k, 0, w / from.k], [(p - target.x) / target.k, 0, w / target.k]);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - start) / DURATION));
      if (t === 1) return this.jump(target, byReader, quiet);
      const [ux, , width] = path(ease(t));
      const k = w / width;
      this.jump(zoomIdentity.translate(p - ux * k, 0).scale(k), false, true);
      this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  /** Stops a running animated move where it is, reporting no end. */
  stop(): void {
    cancelAnimationFrame(this.animation);
    this.animation = 0;
  }

  /** `transform` kept within the limits, as d3-zoom keeps its own moves. */
  private constrain(transform: ZoomTransform): ZoomTransform {
    const extent: [[number, number], [number, number]] = [[0, 0], [this.width, 1]];
    return this.behavior.constrain()(transform, extent, extent);
  }

  /** A position in reading order as a screen x (they differ when mirrored). */
  private screenX(x: number): number {
    return this.mirrored ? this.width - x : x;
  }

  // Mirrored, a base position b shows at k·(w − b) + tx on screen, which is
  // w − (k·b + w·(1 − k) − tx): the reading-order offset is w·(1 − k) − tx.
  private toScreen({k, x}: ZoomState): ZoomTransform {
    return zoomIdentity.translate(this.mirrored ? this.width * (1 - k) - x : x, 0).scale(k);
  }

  private fromScreen(transform: ZoomTransform): ZoomState {
    const {k, x} = transform;
    return {k, x: this.mirrored ? this.width * (1 - k) - x : x};
  }

  private update(state: ZoomState): void {
    this.state = state;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.host.requestUpdate();
    });
  }
}
