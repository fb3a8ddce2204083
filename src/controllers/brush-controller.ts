import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface BrushCallbacks {
  /** The brush as fractions of the strip, `0 <= start < end <= 1`. */
  current(): {start: number; end: number};
  /** Time runs right to left: the strip's start is its right edge. */
  mirrored(): boolean;
  /** The reader moved or resized the brush; `done` at the end of the drag. */
  onBrush(start: number, end: number, done: boolean): void;
}

type Drag = {mode: 'move' | 'start' | 'end'; pointerX: number; start: number; end: number; moved: boolean};

const MIN_WIDTH = 0.002;
const HANDLE = 8; // px either side of an edge that grabs it

/**
 * Dragging on the overview strip: the brush body moves the view, its edges
 * resize it (zoom), a click elsewhere centres the view there. Pointer capture
 * keeps the drag on the strip without document-wide listeners.
 */
export class BrushController implements ReactiveController {
  private drag?: Drag;

  constructor(host: ReactiveControllerHost, private readonly callbacks: BrushCallbacks) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.drag = undefined;
  }

  readonly onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const strip = event.currentTarget as HTMLElement;
    const rect = strip.getBoundingClientRect();
    const {start, end} = this.callbacks.current();
    const x = this.callbacks.mirrored() ? rect.right - event.clientX : event.clientX - rect.left;
    const x0 = start * rect.width;
    const x1 = end * rect.width;
    const mode = Math.abs(x - x0) <= HANDLE ? 'start' : Math.abs(x - x1) <= HANDLE ? 'end' : x > x0 && x < x1 ? 'move' : undefined;
    if (!mode) {
      // A click outside the brush centres the view there, keeping its width.
      const half = (end - start) / 2;
      const centre = Math.min(1 - half, Math.max(half, x / rect.width));
      this.callbacks.onBrush(centre - half, centre + half, true);
      return;
    }
    try {
      strip.setPointerCapture(event.pointerId);
    } catch {
      // Not a live pointer (a synthetic event): the drag still works while the pointer stays on the strip.
    }
    this.drag = {mode, pointerX: event.clientX, start, end, moved: false};
    event.preventDefault();
  };

  readonly onPointerMove = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag) return;
    const width = (event.currentTarget as HTMLElement).getBoundingClientRect().width || 1;
    const dx = ((event.clientX - drag.pointerX) / width) * (this.callbacks.mirrored() ? -1 : 1);
    drag.moved = true;
    let {start, end} = drag;
    if (drag.mode === 'move') {
      const shift = Math.min(1 - end, Math.max(-start, dx));
      start += shift;
      end += shift;
    } else if (drag.mode === 'start') {
      start = Math.min(end - MIN_WIDTH, Math.max(0, start + dx));
    } else {
      end = Math.max(start + MIN_WIDTH, Math.min(1, end + dx));
    }
    this.callbacks.onBrush(start, end, false);
  };

  readonly onPointerUp = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag) return;
    this.drag = undefined;
    const strip = event.currentTarget as HTMLElement;
    if (strip.hasPointerCapture?.(event.pointerId)) strip.releasePointerCapture(event.pointerId);
    const {start, end} = this.callbacks.current();
    if (drag.moved) this.callbacks.onBrush(start, end, true);
  };
}
