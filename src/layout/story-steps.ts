/**
 * The events a reader steps through with Previous and Next: the editor's
 * `story` order when the timeline has one, else the events shown in date
 * order. Either way only events the filters leave shown are steps, so the
 * position ("12 of 49") counts what the reader can see.
 */
export function storySteps<E extends {readonly id: string}>(shown: readonly E[], story: readonly string[] | undefined): readonly E[] {
  if (!story) return shown;
  const byId = new Map(shown.map((event) => [event.id, event]));
  const steps: E[] = [];
  for (const id of story) {
    const event = byId.get(id);
    if (event) steps.push(event);
  }
  return steps;
}

/** `storySteps`, computed again only when what is shown or the story changed. */
export function memoStorySteps<E extends {readonly id: string}>(): (shown: readonly E[], story: readonly string[] | undefined) => readonly E[] {
  let last: {shown: readonly E[]; story: readonly string[] | undefined; steps: readonly E[]} | undefined;
  return (shown, story) => {
    if (last?.shown !== shown || last.story !== story) last = {shown, story, steps: storySteps(shown, story)};
    return last.steps;
  };
}

/**
 * The id of the event `start-at` names: `first` or `last` of the story (of
 * all events in date order without one), else the value itself as an id.
 */
export function startEventId(startAt: string, events: readonly {readonly id: string}[], story: readonly string[] | undefined): string | undefined {
  const order = story ?? events.map((e) => e.id);
  const at = startAt.trim();
  return at === 'first' ? order[0] : at === 'last' ? order[order.length - 1] : at || undefined;
}

/**
 * `stepPosition`, found again only when the steps or the selection changed:
 * the header draws it at every render, zoom frames included, and a search
 * through 100k steps each frame is work for nothing.
 */
export function memoStepPosition(): (steps: readonly {readonly id: string}[], id: string | null | undefined) => StepPosition {
  let last: {steps: readonly {readonly id: string}[]; id: string | null | undefined; position: StepPosition} | undefined;
  return (steps, id) => {
    if (last?.steps !== steps || last.id !== id) last = {steps, id, position: stepPosition(steps, id)};
    return last.position;
  };
}

/** Where a step leaves the reader: the place of `id` among the steps (-1 when it is none of them), and whether either way is closed. */
export interface StepPosition {
  readonly index: number;
  readonly total: number;
  readonly atFirst: boolean;
  readonly atLast: boolean;
}

export function stepPosition(steps: readonly {readonly id: string}[], id: string | null | undefined): StepPosition {
  const total = steps.length;
  const index = id == null ? -1 : steps.findIndex((step) => step.id === id);
  return {index, total, atFirst: total === 0 || index === 0, atLast: total === 0 || index === total - 1};
}

/**
 * Which way a swipe across the open card steps: a finger moved mostly
 * sideways, at least `minDistance` px, turns the page like a book: leftward
 * goes on in a left-to-right page, back in a right-to-left one. 0 for a tap,
 * a scroll or a short slip.
 */
export function swipeStep(dx: number, dy: number, rtl: boolean, minDistance = 48): 1 | -1 | 0 {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
  const onward = dx < 0 ? 1 : -1;
  return rtl ? (-onward as 1 | -1) : onward;
}
