import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {select, type Selection} from 'd3-selection';
import 'd3-transition'; // adds selection.transition(), which d3-zoom loads anyway
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
 */
export class ZoomController implements ReactiveController {
  state: ZoomState = {k: 1, x: 0};
  private behavior: ZoomBehavior<HTMLElement, unknown>;
  private selection?: Selection<HTMLElement, unknown, null, undefined>;
  private frame = 0;
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
    this.selection = select(element);
    this.selection.call(this.behavior).on('dblclick.zoom', null);
    element.addEventListener('wheel', this.onWheel, {passive: true});
    this.behavior.transform(this.selection, this.toScreen(this.state));
  }

  /** Time runs right to left: mirror gestures, keeping what is on screen. */
  setMirrored(mirrored: boolean): void {
    if (mirrored === this.mirrored) return;
    const state = this.state;
    this.mirrored = mirrored;
    if (this.selection) this.behavior.transform(this.selection, this.toScreen(state));
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
    // Keep the state, brought within the new limits (this interrupts a running transition).
    if (this.selection) this.behavior.transform(this.selection, this.toScreen(this.state));
  }

  get maxScale(): number {
    return this.behavior.scaleExtent()[1];
  }

  /** Zooms by `factor` around `at` (a viewport x), or the viewport's centre. */
  zoomBy(factor: number, byReader = true, at?: number): void {
    if (!this.selection || !(factor > 0) || !Number.isFinite(factor)) return;
    this.moveByReader = byReader;
    this.behavior.scaleBy(this.animated(), factor, at === undefined ? undefined : [this.screenX(at), 0]);
  }

  /**
   * Shows `[x0, x1]`, in pixels of the unzoomed scale. `animate: false` moves
   * at once; `quiet` moves without reporting an end (a drag still going on).
   */
  show(x0: number, x1: number, byReader = true, {animate = true, quiet = false} = {}): void {
    // A non-finite window would poison the transform (and every layout after it).
    if (!this.selection || !Number.isFinite(x0) || !Number.isFinite(x1)) return;
    const k = this.width / Math.max(x1 - x0, 1e-9);
    this.moveByReader = byReader;
    this.quiet = quiet;
    const target = animate ? this.animated() : this.selection;
    this.behavior.transform(target, zoomIdentity.scale(k).translate(-Math.min(this.screenX(x0), this.screenX(x1)), 0));
    this.quiet = false;
  }

  /** Pans so the unzoomed position `x` sits at the viewport's centre, keeping the zoom. */
  centre(x: number, byReader = true): void {
    if (!this.selection) return;
    this.moveByReader = byReader;
    this.behavior.translateTo(this.animated(), this.screenX(x), 0);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  detach(): void {
    if (!this.selection) return;
    this.selection.on('.zoom', null);
    this.selection.node()?.removeEventListener('wheel', this.onWheel);
    this.selection = undefined;
  }

  private animated() {
    const selection = this.selection!;
    return prefersReducedMotion() ? selection : (selection.transition().duration(300) as unknown as typeof selection);
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
