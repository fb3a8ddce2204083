// Lifecycle: connecting, disconnecting and reconnecting, and swapping `src`,
// leave no document/window listeners, observers, timers, animation frames or
// fetches behind. Counted by wrapping the browser APIs before any element exists.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news-timeline.js';
import {zoomSettled} from '../elements/helpers.js';

interface Counters {
  listeners: Set<string>;
  observed: number;
  timers: Set<number>;
  frames: Set<number>;
  fetches: number;
}

const counters: Counters = {listeners: new Set(), observed: 0, timers: new Set(), frames: new Set(), fetches: 0};
const restore: Array<() => void> = [];
const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object) => (ids.has(o) ? ids.get(o)! : (ids.set(o, nextId++), nextId - 1));

function install(): void {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const keyOf = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as EventListenerOptions | undefined)?.capture);
    return `${target === window ? 'window' : 'document'}:${type}:${idOf(listener as object)}:${capture}`;
  };
  proto.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if ((this === window || this === document) && listener && !(typeof options === 'object' && options.once)) {
      counters.listeners.add(keyOf(this, type, listener, options));
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if ((this === window || this === document) && listener) counters.listeners.delete(keyOf(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  restore.push(() => {
    proto.addEventListener = add;
    proto.removeEventListener = remove;
  });

  for (const name of ['ResizeObserver', 'MutationObserver'] as const) {
    const Original = window[name] as unknown as {prototype: {observe: (...a: unknown[]) => void; unobserve?: (t: unknown) => void; disconnect: () => void}};
    const {observe, unobserve, disconnect} = Original.prototype;
    const targets = new WeakMap<object, Set<unknown>>();
    Original.prototype.observe = function (target: unknown, ...rest: unknown[]) {
      const set = targets.get(this) ?? new Set();
      targets.set(this, set);
      if (!set.has(target)) counters.observed++;
      set.add(target);
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      Original.prototype.unobserve = function (target: unknown) {
        if (targets.get(this)?.delete(target)) counters.observed--;
        return unobserve.call(this, target);
      };
    }
    Original.prototype.disconnect = function () {
      counters.observed -= targets.get(this)?.size ?? 0;
      targets.delete(this);
      return disconnect.call(this);
    };
    restore.push(() => {
      Object.assign(Original.prototype, {observe, disconnect, ...(unobserve && {unobserve})});
    });
  }

  const {setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf, fetch: f} = window;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = st(() => {
      counters.timers.delete(id);
      if (typeof handler === 'function') handler(...args);
    }, ms);
    counters.timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) counters.timers.delete(id);
    ct(id);
  }) as typeof clearTimeout;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = raf((t) => {
      counters.frames.delete(id);
      callback(t);
    });
    counters.frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    counters.frames.delete(id);
    caf(id);
  };
  window.fetch = (...args: Parameters<typeof fetch>) => {
    counters.fetches++;
    const done = () => counters.fetches--;
    const promise = f(...args);
    promise.then(done, done);
    return promise;
  };
  restore.push(() => Object.assign(window, {setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf, fetch: f}));
}

const dataset = '/data/afghanistan-2001-2021.json';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for animations, transitions and close delays to finish, then reads the counters. */
async function leftovers(): Promise<Record<string, unknown>> {
  await sleep(700);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await sleep(50);
  return {
    listeners: [...counters.listeners],
    observed: counters.observed,
    timers: counters.timers.size,
    frames: counters.frames.size,
    fetches: counters.fetches,
  };
}

/** Polls until `predicate` holds. (Not open-wc's waitUntil: it leaves its timeout timer running, which would count as a leak.) */
async function until(predicate: () => unknown, message: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > timeout) throw new Error(`Timeout: ${message}`);
    await sleep(20);
  }
}

const clean = {listeners: [], observed: 0, timers: 0, frames: 0, fetches: 0};

describe('<news-timeline> lifecycle', () => {
  let baseline: Record<string, unknown>;
  let data: unknown;

  before(async () => {
    data = await (await fetch(dataset)).json();
    install();
    baseline = await leftovers();
  });

  after(() => {
    for (const undo of restore.reverse()) undo();
  });

  it('measures from a clean state', () => {
    expect(baseline).to.deep.equal(clean);
  });

  it('1,000 connect/disconnect/reconnect cycles leave nothing behind', async function () {
    this.timeout(120_000);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const el = document.createElement('news-timeline');
    el.data = data;
    box.append(el);
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('[data-key]'), 'events were not drawn');
    // Open a card (document listeners) and zoom (a transition) so there is something to leak.
    const button = el.shadowRoot!.querySelector<HTMLElement>('[data-id]')!;
    button.click();
    el.zoomBy(2);
    let cycles = 0;
    for (let i = 0; i < 1000; i++) {
      el.remove();
      box.append(el);
      if (i % 3 === 0) {
        el.remove();
        document.body.append(el);
        el.remove();
        box.append(el);
      }
      if (i % 50 === 0) await el.updateComplete;
      cycles++;
    }
    el.remove();
    expect(cycles).to.equal(1000);
    expect(await leftovers()).to.deep.equal(clean);
  });

  it('100 src swaps, then removal, leave no pending fetch or timer', async function () {
    this.timeout(60_000);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const el = document.createElement('news-timeline');
    el.setAttribute('timeout', '5000');
    box.append(el);
    for (let i = 0; i < 100; i++) {
      el.src = `/__faults/delay/swap-${i}.json?ms=${50 + (i % 7) * 30}&title=Swap%20${i}`;
      await sleep(i % 10 === 0 ? 30 : 2);
    }
    await until(() => el.timeline?.title === 'Swap 99', 'the last src did not show');
    el.remove();
    expect(await leftovers()).to.deep.equal(clean);
    // And while a fetch is in flight: removal aborts it.
    const other = document.createElement('news-timeline');
    other.src = '/__faults/hang/never.json';
    box.append(other);
    await sleep(100);
    expect(counters.fetches).to.equal(1);
    other.remove();
    expect(await leftovers()).to.deep.equal(clean);
  });

  it('keeps the selected event and the zoom window when moved to another container', async () => {
    const a = await fixture<HTMLDivElement>(html`<div><div style="width: 700px" id="a"></div><div style="width: 700px" id="b"></div></div>`);
    const first = a.querySelector('#a')!;
    const second = a.querySelector('#b')!;
    const el = document.createElement('news-timeline');
    el.data = data;
    first.append(el);
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('[data-key]'), 'events were not drawn');
    el.zoomTo('2021-08-01', '2021-10-31');
    await zoomSettled(el);
    const id = 'kabul-airport-bombing';
    el.selected = id;
    await el.updateComplete;
    // Selecting zooms in on the event (animated): compare against where that ends, however long a busy machine takes.
    await zoomSettled(el);
    const shown = el.visibleWindow!;
    expect(shown.start).to.be.below(Date.parse('2021-08-26')).and.to.be.above(Date.parse('2021-06-01'));
    second.append(el);
    await el.updateComplete;
    await sleep(100);
    await el.updateComplete;
    expect(el.selected).to.equal(id);
    expect(el.getAttribute('selected')).to.equal(id);
    const card = el.shadowRoot!.querySelector<HTMLElement>('#card')!;
    const title = card.querySelector('.card-title')?.textContent ?? null;
    const expected = el.timeline!.events.find((e) => e.id === id)!.title;
    if (title !== expected) el.remove();
    expect(title, 'the pinned card is still open after the move').to.equal(expected);
    const after = el.visibleWindow!;
    el.remove();
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    expect(`${day(after.start)} to ${day(after.end)}`, 'the zoom window after the move').to.equal(`${day(shown.start)} to ${day(shown.end)}`);
  });

  it('keeps a card pinned in the same task as the move', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><div style="width: 700px" id="a"></div><div style="width: 700px" id="b"></div></div>`);
    const el = document.createElement('news-timeline');
    el.data = data;
    box.querySelector('#a')!.append(el);
    await until(() => el.shadowRoot!.querySelector('[data-key]'), 'events were not drawn');
    const id = 'kabul-airport-bombing';
    el.selected = id;
    await el.updateComplete;
    // The card is a popover in the top layer: moving the element while it opens must neither lose it nor crash.
    box.querySelector('#b')!.append(el);
    await el.updateComplete;
    await sleep(400);
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('#card .card-title')?.textContent ?? null;
    el.remove();
    expect(el.selected).to.equal(id);
    expect(title).to.equal(el.timeline!.events.find((e) => e.id === id)!.title);
  });
});
