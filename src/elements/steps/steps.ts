import type {TimelineProblem} from '../../data/types.js';
import {NewsTimelineStepEvent} from '../../events/step-event.js';
import {
  centreInBox, findCurrentStep, glideAt, placeStep, readStepTarget, scrollBehaviourFor, stepDirection,
  type StepTarget, type VerticalSpan,
} from '../../layout/reading-steps.js';
import type {TimeWindow} from '../../layout/time-scale.js';
import type {NewsTimeline} from '../timeline/timeline.js';
import type {StepsReading} from './steps-element.js';

const STEP = '[data-event], [data-start], [data-end]';
// A band a hundredth of the viewport high, just above its middle: a step is
// reached when it crosses it. Observing a band rather than listening to
// scroll events leaves the browser to tell us, off the scrolling's path.
const BAND = '-49% 0px -50% 0px';

interface Step {
  readonly element: Element;
  /** Its place among the elements marked as steps (from 0), as reports name it. */
  readonly index: number;
  readonly target: StepTarget;
}

/** The timeline as it was before the first step, to put back above it. */
interface Before {
  readonly selected: string | null;
  readonly window: TimeWindow | undefined;
  box?: {readonly element: Element; readonly scrollTop: number};
}

/** An element that scrolls by itself (its content overflows a box set to scroll). */
function scrollsItself(element: Element): boolean {
  return /auto|scroll/.test(getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight;
}

/**
 * The box between an entry of the chronology and the timeline's host (the
 * host included) that scrolls by itself, if any. The search stops at the
 * host: what lies beyond it, the page, is the reader's and never moves.
 */
function ownScrollBox(entry: Element, host: Element): Element | undefined {
  for (let node: Element | null = entry.parentElement ?? (entry.getRootNode() as ShadowRoot).host; node; ) {
    if (scrollsItself(node)) return node;
    if (node === host) return undefined;
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
  }
  return undefined;
}

/** How long the chronology's box takes to glide to a step, in ms. */
const GLIDE_MS = 300;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The reading of `<news-timeline-steps>` (see steps-element.ts): finds the
 * timeline, reads the steps against its events, and observes them crossing
 * the band across the middle of the viewport. Which step is current, and
 * what each shows, is decided in layout/reading-steps.ts.
 */
export class StepsReader implements StepsReading {
  problems: readonly TimelineProblem[] = [];
  private timeline?: NewsTimeline;
  private steps: readonly Step[] = [];
  private current = -1;
  private before?: Before;
  /** The window each step showed when the reader scrolled on from it. */
  private readonly left = new WeakMap<Element, TimeWindow | undefined>();
  private crossing?: IntersectionObserver;
  private waiting?: MutationObserver;
  private connected = true;
  /** The animation frame of the chronology's glide to a step, if one is under way. */
  private frame = 0;

  // The page may edit the steps, or point them at another timeline, after they started.
  private readonly changes = new MutationObserver((records) => {
    if (records.some((record) => record.target === this.host && record.attributeName === 'for')) this.restart();
    else if (this.timeline) void this.read();
  });

  constructor(private readonly host: HTMLElement) {
    this.changes.observe(host, {subtree: true, childList: true, attributeFilter: ['for', 'data-event', 'data-start', 'data-end', 'data-card']});
    this.find();
  }

  disconnect(): void {
    this.connected = false;
    this.changes.disconnect();
    this.letGo();
  }

  /** Stops following the timeline and the steps. */
  private letGo(): void {
    cancelAnimationFrame(this.frame);
    this.crossing?.disconnect();
    this.waiting?.disconnect();
    this.waiting = undefined;
    this.timeline?.removeEventListener('news-timeline-load', this.onLoad);
    this.timeline = undefined;
  }

  /** `for` names another timeline: follow that one, from before the first step. */
  private restart(): void {
    this.letGo();
    this.problems = [];
    this.steps = [];
    this.current = -1;
    this.before = undefined;
    this.find();
  }

  /** Finds the timeline `for` names; one not in the page yet is waited for, as long as the steps are. */
  private find(): void {
    const id = this.host.getAttribute('for');
    if (!id) {
      this.problems = [{severity: 'error', path: 'news-timeline-steps', message: 'the for attribute is missing; expected the id of a <news-timeline>'}];
      return;
    }
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById(id);
    if (!found) {
      if (!this.waiting) {
        this.waiting = new MutationObserver(() => this.find());
        this.waiting.observe(root, {childList: true, subtree: true, attributeFilter: ['id']});
      }
      return;
    }
    this.waiting?.disconnect();
    if (found.localName !== 'news-timeline') {
      this.problems = [{severity: 'error', path: 'news-timeline-steps[for]', message: `#${id} is a <${found.localName}>; expected the id of a <news-timeline>`}];
      return;
    }
    void customElements.whenDefined('news-timeline').then(() => {
      if (!this.connected || found.id !== this.host.getAttribute('for')) return;
      const timeline = found as NewsTimeline;
      this.timeline = timeline;
      // Each load (new data, or the first one still to come) reads the steps against its events.
      timeline.addEventListener('news-timeline-load', this.onLoad);
      if (timeline.timeline) this.onLoad();
    });
  }

  private readonly onLoad = () => void this.read();

  private async read(): Promise<void> {
    const timeline = this.timeline;
    if (!timeline) return;
    await timeline.updateComplete;
    const events = timeline.timeline?.events;
    if (!events || !this.connected || this.timeline !== timeline) return;
    const ids = new Set(events.map((event) => event.id));
    const steps: Step[] = [];
    const problems: TimelineProblem[] = [];
    this.host.querySelectorAll(STEP).forEach((element, index) => {
      const attribute = (name: string) => element.getAttribute(`data-${name}`);
      const target = readStepTarget({event: attribute('event'), start: attribute('start'), end: attribute('end'), card: attribute('card')}, index, ids);
      if ('kind' in target) steps.push({element, index, target});
      else problems.push(target);
    });
    if (this.timeline !== timeline) return;
    this.problems = problems;
    const shown = this.steps[this.current]?.element;
    this.steps = steps;
    this.current = shown ? steps.findIndex((step) => step.element === shown) : -1;
    // The observer reports where every step is when it starts. The step shown
    // stays as it is unless another is now current: new data (a live update)
    // or an edit of the text leaves the reader's timeline alone.
    this.crossing?.disconnect();
    // The document as root: in an iframe, the band is across the frame's own
    // viewport; with no root it would be across the top page's.
    this.crossing = new IntersectionObserver(this.onCrossing, {root: this.host.ownerDocument, rootMargin: BAND});
    for (const step of steps) this.crossing.observe(step.element);
  }

  /**
   * A step entered or left the band. Every step is measured again, not only
   * those reported: a jump (Page Down, a link) can carry one across the band
   * between two frames without it ever being in it.
   */
  private readonly onCrossing = (entries: IntersectionObserverEntry[]) => {
    const band: VerticalSpan = entries[0]?.rootBounds ?? {top: innerHeight * 0.49, bottom: innerHeight * 0.5};
    const next = findCurrentStep(this.steps.map((step) => placeStep(step.element.getBoundingClientRect(), band)));
    if (next !== this.current) this.go(next);
  };

  private go(next: number): void {
    const timeline = this.timeline!;
    const direction = stepDirection(this.current, next);
    const leaving = this.steps[this.current];
    if (this.current === -1) this.before ??= {selected: timeline.selected, window: timeline.visibleWindow};
    else if (leaving) this.left.set(leaving.element, timeline.visibleWindow);
    this.current = next;
    const step = this.steps[next];
    if (step) {
      this.show(timeline, step.target);
      // Back to a step: the window the reader left it at, not wherever revealing its event from here would go.
      if (direction === 'backwards') void this.zoomBack(timeline, this.left.get(step.element));
    } else {
      void this.restore(timeline);
    }
    const target = step?.target;
    this.host.dispatchEvent(new NewsTimelineStepEvent(
      step?.element ?? null, step?.index ?? -1,
      target?.kind === 'event' ? target.eventId : undefined, target?.kind === 'window' ? target.window : undefined, direction,
    ));
  }

  private show(timeline: NewsTimeline, target: StepTarget): void {
    if (target.kind === 'event') {
      timeline.showStep(target.eventId, target.card);
      void this.scrollChronology(timeline, target.eventId);
      return;
    }
    const {start, end} = target.window;
    timeline.showStep(null, false);
    timeline.zoomTo(start, end);
    // The chronology has no zoom: it goes to the window's first event.
    const first = timeline.timeline?.events.find((event) => event.date.start >= start && event.date.start < end);
    if (first) void this.scrollChronology(timeline, first.id);
  }

  private async zoomBack(timeline: NewsTimeline, window: TimeWindow | undefined): Promise<void> {
    if (!window) return;
    // After the selection's own move into view, which would otherwise land on top of the window.
    await timeline.updateComplete;
    timeline.zoomTo(window.start, window.end);
  }

  /** Above the first step: the timeline as it was before it. */
  private async restore(timeline: NewsTimeline): Promise<void> {
    const before = this.before;
    this.before = undefined;
    if (!before) return;
    timeline.showStep(before.selected, before.selected !== null);
    // After the selection's own move into view, which would otherwise land on top of the window.
    await timeline.updateComplete;
    if (before.window) timeline.zoomTo(before.window.start, before.window.end);
    if (before.box) this.glide(before.box.element, before.box.scrollTop);
  }

  /**
   * Scrolls a box to `top`: at once for readers who ask for reduced motion,
   * else over a few frames. Not with a smooth `scrollTo`: Firefox drops that
   * when the page itself is scrolling, as it is when a step is reached.
   */
  private glide(box: Element, top: number): void {
    cancelAnimationFrame(this.frame);
    if (scrollBehaviourFor(reducedMotion()) === 'instant') {
      box.scrollTop = top;
      return;
    }
    const from = box.scrollTop;
    const start = performance.now();
    const tick = (now: number) => {
      const progress = Math.min(1, (now - start) / GLIDE_MS);
      box.scrollTop = glideAt(from, top, progress);
      if (progress < 1) this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /**
   * Centres an event's entry in the chronology's own scrolling box (a fixed
   * height the page gave the timeline), never the page: with no such box,
   * nothing moves.
   */
  private async scrollChronology(timeline: NewsTimeline, eventId: string): Promise<void> {
    await timeline.updateComplete;
    const entry = timeline.shadowRoot?.querySelector(`.chronology [data-id="${CSS.escape(eventId)}"]`);
    const box = entry && ownScrollBox(entry, timeline);
    if (!entry || !box) return;
    if (this.before && !this.before.box) this.before.box = {element: box, scrollTop: box.scrollTop};
    const bounds = box.getBoundingClientRect();
    const top = bounds.top + box.clientTop;
    const scrollTop = centreInBox(entry.getBoundingClientRect(), {top, bottom: top + box.clientHeight, scrollTop: box.scrollTop, maxScroll: box.scrollHeight - box.clientHeight});
    this.glide(box, scrollTop);
  }
}
