import {fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/news-timeline.js';
import type {NewsTimeline} from '../../src/index.js';

export const fixtureUrl = (name: string) => new URL(`../fixtures/elements/${name}`, import.meta.url).href;
export const datasetUrl = new URL('../../data/afghanistan-2001-2021.json', import.meta.url).href;

export async function loadJson(url: string): Promise<unknown> {
  return (await fetch(url)).json();
}

/** A timeline loaded from `src`, after its load (or error) event and a render. */
export async function timelineFrom(src: string, width = 1000): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('news-timeline');
  const settled = Promise.race([nextEvent(el, 'news-timeline-load'), nextEvent(el, 'news-timeline-error')]);
  el.src = src;
  wrapper.append(el);
  await settled;
  await rendered(el);
  return el;
}

/** A timeline from a document object, after its first full render. */
export async function timelineWith(data: unknown, width = 1000): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><news-timeline .data=${data}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await rendered(el);
  return el;
}

/** Waits until the element has measured its width and drawn its events. */
export async function rendered(el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  if (el.timeline?.events.length) {
    await waitUntil(() => el.shadowRoot!.querySelector('[data-key]'), 'events were not drawn');
  }
  await frame();
  await el.updateComplete;
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Waits for an animated zoom to end: transitions last 300 ms, then the window
 * must hold still for three frames in a row (a busy machine drops frames).
 */
export async function zoomSettled(el: NewsTimeline): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 350));
  const key = () => `${el.visibleWindow?.start}|${el.visibleWindow?.end}`;
  let last = key();
  for (let still = 0, i = 0; still < 3 && i < 200; i++) {
    await frame();
    const now = key();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: NewsTimeline, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: NewsTimeline, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

export const marker = (el: NewsTimeline, id: string) => $(el, `[data-id="${id}"]`);
export const card = (el: NewsTimeline) => $(el, '#card')!;
export const cardOpen = (el: NewsTimeline) => {
  const c = card(el);
  return c.matches(':popover-open') || c.classList.contains('open');
};

/** How many events the drawn items stand for: one per marker or range, the count of each cluster. */
export function eventsDrawn(el: NewsTimeline): number {
  return $$(el, '[data-key]').reduce((n, item) => n + (item.matches('[part~="cluster"]') ? Number(item.textContent!.replace(/[^0-9]/g, '')) : 1), 0);
}

export function hover(target: Element): void {
  target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true, pointerType: 'mouse'}));
}

export function unhover(target: Element): void {
  target.dispatchEvent(new PointerEvent('pointerout', {bubbles: true, composed: true, pointerType: 'mouse'}));
}

export function key(target: Element, name: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {key: name, bubbles: true, composed: true, cancelable: true, ...init});
  target.dispatchEvent(event);
  return event;
}

/** Like oneEvent, typed by the event map: resolves with the next `name` event fired at `target`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, name: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as GlobalEventHandlersEventMap[K]), {once: true}));
}

/** A mouse drag of `dx` px across `target`, in five moves, the way d3-zoom sees one. */
export function drag(target: Element, dx: number): void {
  const rect = target.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + 20;
  const init = (clientX: number): MouseEventInit => ({bubbles: true, cancelable: true, composed: true, clientX, clientY: y, view: window, button: 0});
  target.dispatchEvent(new MouseEvent('mousedown', init(x)));
  for (let i = 1; i <= 5; i++) window.dispatchEvent(new MouseEvent('mousemove', init(x + (dx * i) / 5)));
  window.dispatchEvent(new MouseEvent('mouseup', init(x + dx)));
}

/**
 * Touch input as d3-zoom reads it: events with `touches` and `changedTouches`
 * lists. Plain objects rather than Touch instances, because desktop Firefox
 * and WebKit have no Touch constructor; the element cannot tell them apart.
 */
export function touch(target: Element, type: string, points: Array<[number, number]>, changed = points): void {
  const rect = target.getBoundingClientRect();
  const list = (ps: Array<[number, number]>) => ps.map(([x, y], identifier) => ({identifier, clientX: rect.left + x, clientY: rect.top + y, target}));
  const event = new Event(type, {bubbles: true, cancelable: true, composed: true});
  Object.defineProperties(event, {
    touches: {value: type === 'touchend' ? [] : list(points)},
    targetTouches: {value: type === 'touchend' ? [] : list(points)},
    changedTouches: {value: list(changed)},
    view: {value: target.ownerDocument.defaultView},
  });
  target.dispatchEvent(event);
}

/** Runs `run` with the page reporting `prefers-reduced-motion: reduce`: moves jump instead of animating. */
export async function withReducedMotion(run: () => Promise<void>): Promise<void> {
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    query === '(prefers-reduced-motion: reduce)' ? ({matches: true, media: query} as MediaQueryList) : original.call(window, query);
  try {
    await run();
  } finally {
    window.matchMedia = original;
  }
}
