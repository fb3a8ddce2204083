/// <reference types="mocha" />
// Live updates against a real file that changes between polls: /__live/<name>
// is served by scripts/live-files.mjs (the browser test runner's middleware),
// with ETag and Last-Modified, 304s, and a 500 or a hang on request.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {NewsTimeline, NewsTimelineUpdateEvent} from '../../src/index.js';
import {$, $$, card, cardOpen, frame, marker, nextEvent, rendered, zoomSettled} from './helpers.js';

const DAY = 86_400_000;

interface Doc {
  title: string;
  updated?: string;
  categories?: Array<{id: string; label: string}>;
  events: Array<Record<string, unknown>>;
}

/** A small developing story: one event a week through November 2021, two categories. */
function story(count = 6): Doc {
  return {
    title: 'A developing story',
    categories: [{id: 'talks', label: 'Talks'}, {id: 'aid', label: 'Aid'}],
    events: Array.from({length: count}, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2021, 10, 1) + i * 7 * DAY).toISOString().slice(0, 10),
      title: `Event ${i}`,
      summary: `What happened in week ${i}.`,
      category: i % 2 ? 'aid' : 'talks',
    })),
  };
}

/** v1 with two events added (in the span), one changed (with its update time) and one removed. */
function nextVersion(doc: Doc): Doc {
  const events = doc.events
    .filter((e) => e.id !== 'e5')
    .map((e) => (e.id === 'e2' ? {...e, summary: 'Corrected: what happened in week 2.', updated: '2021-11-20T14:05Z'} : e));
  events.push(
    {id: 'n1', date: '2021-11-10', title: 'Added one', category: 'talks'},
    {id: 'n2', date: '2021-11-18', title: 'Added two', category: 'aid'},
  );
  return {...doc, events};
}

let fileCount = 0;
/** A fresh file on the live server, holding `doc`; resolves with its address. */
async function liveFile(doc: Doc, validators = 'both'): Promise<string> {
  const url = `/__live/story-${Date.now()}-${fileCount++}.json`;
  await post(url, {reset: true, doc, validators});
  return url;
}

async function post(url: string, change: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {method: 'POST', body: JSON.stringify(change)});
  expect(response.ok, `the live server took the change to ${url}`).to.equal(true);
}

async function requestsTo(url: string): Promise<Array<{ifNoneMatch?: string; ifModifiedSince?: string; status: number}>> {
  return (await (await fetch(`${url}?log`)).json()).requests;
}

/** A timeline of `src` polling every `refresh` seconds, loaded and drawn. */
async function liveTimeline(src: string, attributes: Record<string, string> = {refresh: '60'}, width = 1000): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('news-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = nextEvent(el, 'news-timeline-load');
  el.src = src;
  wrapper.append(el);
  await loaded;
  await rendered(el);
  return el;
}

/** What the live region said, each time it changed. */
function announcements(el: NewsTimeline): string[] {
  const said: string[] = [];
  const region = $(el, '[role="status"]:not([part])')!;
  new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {childList: true, characterData: true, subtree: true});
  return said;
}

const badgeOf = (el: NewsTimeline, id: string) => marker(el, id)?.querySelector('[part="badge"]')?.textContent ?? null;

describe('<news-timeline refresh>: merging a new version of src', () => {
  it('adds, changes and removes events by id, with New and Updated badges, one announcement and one update event', async () => {
    const url = await liveFile(story());
    const el = await liveTimeline(url);
    const said = announcements(el);
    let loads = 0;
    el.addEventListener('news-timeline-load', () => loads++);
    await post(url, {doc: nextVersion(story())});
    const update = nextEvent(el, 'news-timeline-update');
    await el.refresh();
    const event: NewsTimelineUpdateEvent = await update;
    await rendered(el);

    expect([...event.added].sort()).to.deep.equal(['n1', 'n2']);
    expect(event.changed).to.deep.equal(['e2']);
    expect(event.removed).to.deep.equal(['e5']);
    expect(el.timeline!.events.map((e) => e.id)).to.include.members(['n1', 'n2', 'e2']).and.not.include('e5');
    expect(marker(el, 'e5')).to.equal(null);
    expect(badgeOf(el, 'n1')).to.equal('New');
    expect(badgeOf(el, 'n2')).to.equal('New');
    const at = Date.UTC(2021, 10, 20, 14, 5);
    const time = `${new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short'}).format(at)}, ${new Intl.DateTimeFormat(undefined, {timeStyle: 'short'}).format(at)}`;
    expect(badgeOf(el, 'e2')).to.equal(`Updated ${time}`);
    expect(badgeOf(el, 'e1')).to.equal(null);
    expect(marker(el, 'n1')!.getAttribute('aria-label')).to.match(/^New, Added one, /);
    await waitUntil(() => said.length > 0, 'the change was announced');
    await frame();
    expect(said).to.deep.equal(['2 new events, 1 updated, 1 removed']);
    expect(loads, 'a merge fires no load event').to.equal(0);
  });

  it('keeps the reader\'s window, open card, focus and filters; the open card shows the new text', async () => {
    const url = await liveFile(story());
    const el = await liveTimeline(url);
    el.zoomTo('2021-11-05', '2021-11-30');
    await waitUntil(() => el.visibleWindow && Math.abs(el.visibleWindow.start - Date.UTC(2021, 10, 5)) < DAY / 10, 'zoomed in');
    await rendered(el);
    // The reader hides a category and pins e2's card from the keyboard.
    const legend = $$(el, '[part~="legend-item"]').find((b) => b.textContent!.includes('Aid'))!;
    legend.click();
    await rendered(el);
    marker(el, 'e2')!.focus();
    marker(el, 'e2')!.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
    await rendered(el);
    expect(el.selected).to.equal('e2');
    const before = el.visibleWindow!;

    await post(url, {doc: nextVersion(story())});
    await el.refresh();
    await rendered(el);

    const after = el.visibleWindow!;
    expect(Math.abs(after.start - before.start), 'window start').to.be.below(60_000);
    expect(Math.abs(after.end - before.end), 'window end').to.be.below(60_000);
    expect(el.selected).to.equal('e2');
    expect(cardOpen(el)).to.equal(true);
    expect(card(el).textContent).to.contain('Corrected: what happened in week 2.');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id'), 'focus stays on the same event').to.equal('e2');
    // Aid is still hidden: its new event is not drawn, the new Talks one is.
    expect(marker(el, 'n2')).to.equal(null);
    expect(marker(el, 'n1')).to.not.equal(null);
  });

  it('closes the card of an event that was removed, and says so in selected', async () => {
    const url = await liveFile(story());
    const el = await liveTimeline(url);
    el.selected = 'e5';
    await rendered(el);
    expect(cardOpen(el)).to.equal(true);
    await post(url, {doc: nextVersion(story())});
    await el.refresh();
    await rendered(el);
    expect(el.selected).to.equal(null);
    expect(cardOpen(el)).to.equal(false);
  });

  it('asks with If-None-Match and If-Modified-Since, and a 304 changes nothing', async () => {
    const url = await liveFile(story());
    const el = await liveTimeline(url);
    let updates = 0;
    el.addEventListener('news-timeline-update', () => updates++);
    const timeline = el.timeline;
    await el.refresh();
    await el.refresh();
    const log = await requestsTo(url);
    expect(log.map((r) => r.status)).to.deep.equal([200, 304, 304]);
    expect(log[0].ifNoneMatch).to.equal(undefined);
    expect(log[1].ifNoneMatch).to.equal('"v1"');
    expect(log[1].ifModifiedSince).to.equal(new Date(Date.UTC(2021, 9, 20, 12, 1)).toUTCString());
    expect(updates).to.equal(0);
    expect(el.timeline, 'the same timeline object: nothing was parsed again').to.equal(timeline);
    // A new version is asked for with its own validators from then on.
    await post(url, {doc: nextVersion(story())});
    await el.refresh();
    await el.refresh();
    const later = await requestsTo(url);
    expect(later.slice(3).map((r) => [r.status, r.ifNoneMatch])).to.deep.equal([[200, '"v1"'], [304, '"v2"']]);
  });

  it('uses Last-Modified alone when the server sends no ETag', async () => {
    const url = await liveFile(story(), 'last-modified');
    const el = await liveTimeline(url);
    await el.refresh();
    const log = await requestsTo(url);
    expect(log[1]).to.deep.equal({ifModifiedSince: new Date(Date.UTC(2021, 9, 20, 12, 1)).toUTCString(), status: 304});
    expect(el.timeline!.events).to.have.length(6);
  });

  it('tells an unchanged answer from a server without validators by its text', async () => {
    const url = await liveFile(story(), 'none');
    const el = await liveTimeline(url);
    let updates = 0;
    el.addEventListener('news-timeline-update', () => updates++);
    const timeline = el.timeline;
    await el.refresh();
    expect((await requestsTo(url)).map((r) => r.status)).to.deep.equal([200, 200]);
    expect(updates).to.equal(0);
    expect(el.timeline).to.equal(timeline);
    await post(url, {doc: nextVersion(story())});
    await el.refresh();
    expect(updates).to.equal(1);
  });

  for (const fault of ['500', 'hang']) {
    it(`keeps what is shown when a poll gets ${fault === '500' ? 'a 500' : 'no answer'}, says updates are paused, and retries`, async () => {
      const url = await liveFile(story());
      const el = await liveTimeline(url, {refresh: '60', timeout: '400'});
      await post(url, {fault, doc: nextVersion(story())});
      await el.refresh();
      await rendered(el);
      const status = $(el, '[part="live-status"]');
      expect(status?.textContent).to.contain('Updates paused');
      expect(el.timeline!.events.map((e) => e.id)).to.include('e5').and.not.include('n1');
      expect(marker(el, 'e5')).to.not.equal(null);
      expect($(el, '[part="state"]'), 'no error state replaces the timeline').to.equal(null);

      const update = nextEvent(el, 'news-timeline-update');
      const retry = status!.querySelector('button')!;
      retry.focus();
      retry.click();
      await update;
      await rendered(el);
      expect($(el, '[part="live-status"]')).to.equal(null);
      expect(marker(el, 'n1')).to.not.equal(null);
      // The button went with the line: focus is on the timeline's current event, not lost to the page.
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus fell out of the timeline');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-key][tabindex="0"]'));
    });
  }
});

describe('<news-timeline refresh> on its interval', function () {
  // Polls come every 15 s at the quickest: these tests wait for real ones.
  this.timeout(60_000);

  it('with refresh="15", shows two added events and a changed one with their badges within two polls, keeping the zoom and the open card, announced once', async () => {
    const url = await liveFile(story());
    const el = await liveTimeline(url, {refresh: '15'});
    el.zoomTo('2021-11-03', '2021-11-28');
    await waitUntil(() => el.visibleWindow && Math.abs(el.visibleWindow.end - Date.UTC(2021, 10, 28)) < DAY / 10, 'zoomed');
    el.selected = 'e2';
    // Selecting brings e2 into view with an animated move: the reader's window is where that move ends.
    await zoomSettled(el);
    const before = el.visibleWindow!;
    const said = announcements(el);
    await post(url, {doc: nextVersion(story())});
    await waitUntil(() => badgeOf(el, 'n1') === 'New', 'the update was shown within two polls', {timeout: 31_000, interval: 250});
    await rendered(el);
    expect(badgeOf(el, 'n2')).to.equal('New');
    expect(badgeOf(el, 'e2')).to.match(/^Updated /);
    expect(Math.abs(el.visibleWindow!.start - before.start)).to.be.below(60_000);
    expect(Math.abs(el.visibleWindow!.end - before.end)).to.be.below(60_000);
    expect(el.selected).to.equal('e2');
    expect(card(el).textContent).to.contain('Corrected: what happened in week 2.');
    await frame();
    expect(said).to.deep.equal(['2 new events, 1 updated, 1 removed']);
    expect((await requestsTo(url)).length).to.be.within(2, 3);
  });

  it('does not poll while the page is hidden, and polls when it is shown again', async () => {
    const url = await liveFile(story());
    const el = await liveTimeline(url, {refresh: '15'});
    // Headless browsers never hide a page: the document says it is hidden, and announces it, as a browser does.
    const setHidden = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
      Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => (hidden ? 'hidden' : 'visible')});
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setHidden(true);
      await new Promise((resolve) => setTimeout(resolve, 16_000));
      expect((await requestsTo(url)).length, 'no poll while hidden').to.equal(1);
      setHidden(false);
      await waitUntil(async () => (await requestsTo(url)).length === 2, 'polled once shown', {timeout: 2000});
      expect((await requestsTo(url))[1].status).to.equal(304);
    } finally {
      delete (document as unknown as Record<string, unknown>).hidden;
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    expect(el.timeline).to.not.equal(undefined);
  });
});

describe('<news-timeline>: data set again', () => {
  it('merges the same way: badges, an update event, no load event, the window kept', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('news-timeline');
    el.data = story();
    wrapper.append(el);
    await rendered(el);
    el.zoomTo('2021-11-05', '2021-11-25');
    await waitUntil(() => el.visibleWindow && Math.abs(el.visibleWindow.start - Date.UTC(2021, 10, 5)) < DAY / 10, 'zoomed');
    await rendered(el);
    const before = el.visibleWindow!;
    let loads = 0;
    el.addEventListener('news-timeline-load', () => loads++);
    const update = nextEvent(el, 'news-timeline-update');
    el.data = nextVersion(story());
    const event = await update;
    await rendered(el);
    expect([...event.added].sort()).to.deep.equal(['n1', 'n2']);
    expect(event.changed).to.deep.equal(['e2']);
    expect(badgeOf(el, 'n1')).to.equal('New');
    expect(loads).to.equal(0);
    expect(Math.abs(el.visibleWindow!.start - before.start)).to.be.below(60_000);
  });
});

describe('<news-timeline>: data set again, not a new version', () => {
  it('shows a document that keeps none of the events as another timeline: a load event, no badges', async () => {
    const el = document.createElement('news-timeline');
    el.data = story();
    (await fixture(html`<div style="width: 1000px"></div>`)).append(el);
    await rendered(el);
    let updates = 0;
    el.addEventListener('news-timeline-update', () => updates++);
    const loaded = nextEvent(el, 'news-timeline-load');
    el.data = {title: 'Another story', events: [{id: 'other', date: '2020-01-01', title: 'Other'}]};
    await loaded;
    await rendered(el);
    expect(updates).to.equal(0);
    expect(badgeOf(el, 'other')).to.equal(null);
  });
});

describe('<news-timeline> chronology, live', () => {
  it('marks new and updated entries in the vertical chronology, and keeps an open entry open', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const el = document.createElement('news-timeline');
    el.data = story();
    wrapper.append(el);
    await rendered(el);
    await waitUntil(() => $(el, '[part~="chronology"]'), 'the chronology is drawn');
    el.selected = 'e2';
    await rendered(el);
    el.data = nextVersion(story());
    await nextEvent(el, 'news-timeline-update');
    await rendered(el);
    const entry = (id: string) => $(el, `[part~="entry"][data-id="${id}"]`);
    expect(entry('n1')!.querySelector('[part="badge"]')!.textContent).to.equal('New');
    expect(entry('e2')!.querySelector('[part="badge"]')!.textContent).to.match(/^Updated/);
    expect(entry('e1')!.querySelector('[part="badge"]')).to.equal(null);
    expect(entry('e2')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part~="card"]')!.textContent).to.contain('Corrected: what happened in week 2.');
  });
});

describe('<news-timeline remember>', () => {
  const keysNow = () => Array.from({length: localStorage.length}, (_, i) => localStorage.key(i)!);

  it('marks the events added and updated since the last visit, keyed by the element id', async () => {
    const key = `news-timeline:last-visit:${location.pathname}#remember-test`;
    localStorage.removeItem(key);
    const first = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><news-timeline id="remember-test" remember .data=${story()}></news-timeline></div>`);
    await rendered(first.querySelector('news-timeline')!);
    await waitUntil(() => localStorage.getItem(key), 'the visit was stored');
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.ids).to.deep.equal(story().events.map((e) => e.id));
    first.remove();

    // The next visit: two events were added and one updated after the first.
    const later = nextVersion(story());
    const updated = new Date(Date.now() + 60_000).toISOString();
    later.events = later.events.map((e) => (e.id === 'e2' ? {...e, updated} : e));
    const second = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><news-timeline id="remember-test" remember .data=${later}></news-timeline></div>`);
    const el = second.querySelector('news-timeline')!;
    await waitUntil(() => badgeOf(el, 'n1') === 'New', 'marked since the last visit');
    expect(badgeOf(el, 'n2')).to.equal('New');
    expect(badgeOf(el, 'e2')).to.match(/^Updated /);
    expect(badgeOf(el, 'e1')).to.equal(null);
    localStorage.removeItem(key);
  });

  it('reports, and stores nothing, when the element has neither src nor id to remember by', async () => {
    const before = keysNow();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><news-timeline remember .data=${story()}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await rendered(el);
    await waitUntil(() => el.problems.some((p) => p.path === 'remember'), 'reported once the live part is here');
    expect(el.problems.filter((p) => p.path === 'remember').map((p) => p.severity)).to.deep.equal(['warning']);
    expect(keysNow()).to.deep.equal(before);
  });

  it('stores nothing without the attribute', async () => {
    const before = keysNow();
    const url = await liveFile(story());
    const el = await liveTimeline(url, {refresh: '60', id: 'not-remembered'});
    await post(url, {doc: nextVersion(story())});
    await el.refresh();
    await rendered(el);
    expect(keysNow()).to.deep.equal(before);
  });
});

describe('<news-timeline refresh> with 10,000 events', function () {
  this.timeout(120_000);

  function large(count: number, changedEvery: number, offset = 0): Doc {
    return {
      title: 'Large',
      events: Array.from({length: count}, (_, i) => ({
        id: `x${i + offset}`,
        date: new Date(Date.UTC(2001, 0, 1) + (i + offset) * 3_600_000 * 17).toISOString().slice(0, 16) + 'Z',
        title: `Event ${i + offset}${i % changedEvery === 0 ? ' (changed)' : ''}`,
      })),
    };
  }

  it('merges 10,000 events into 10,000 with no task longer than 50 ms', async () => {
    const url = await liveFile(large(10_000, Infinity));
    const el = await liveTimeline(url, {refresh: '60'}, 1280);
    // The next version: 500 removed at the start, 500 added at the end, one in ten changed.
    await post(url, {doc: large(10_000, 10, 500)});
    // A heartbeat of tasks: the longest gap between two is the longest task run in between.
    let last = performance.now();
    let longest = 0;

    let beating = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (beating) channel.port2.postMessage(undefined);
    };
    channel.port2.postMessage(undefined);
    const update = nextEvent(el, 'news-timeline-update');
    await el.refresh();
    const event = await update;
    await rendered(el);
    beating = false;
    expect(event.added).to.have.length(500);
    expect(event.removed).to.have.length(500);
    expect(event.changed).to.have.length(950);
    expect(longest, 'the longest task while polling, merging and drawing (ms)').to.be.below(50);
  });
});
