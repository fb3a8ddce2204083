/**
 * Work that can pause: a generator that yields wherever it may be put aside
 * for a while, and returns its result. Laying out 100k events takes longer
 * than a frame, so the element runs such work a slice at a time between
 * frames (see TimelineLayouts), and pure callers run it in one go.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end, in one go. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs `steps` until they end or `timeUp()` says to stop (asked after each
 * step). The result, or `undefined` when there is more to do: call again.
 */
export function runStepsUntil<T>(steps: Steps<T>, timeUp: () => boolean): T | undefined {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (timeUp()) return undefined;
  }
}
