import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline, NewsTimelineRangeChangeEvent} from '../../src/index.js';
import {$, $$, datasetUrl, drag, fixtureUrl, frame, key, loadJson, marker, nextEvent, timelineFrom, timelineWith, withReducedMotion, zoomSettled} from './helpers.js';

const span = (el: NewsTimeline) => {
  const w = el.visibleWindow!;
  return w.end - w.start;
};

function wheel(target: Element, init: WheelEventInit): WheelEvent {
  const rect = target.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    bubbles: true, cancelable: true, composed: true, deltaY: -300, deltaMode: 0,
    clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, view: window, ...init,
  });
  target.dispatchEvent(event);
  return event;
}

describe('<news-timeline> browsing', () => {
  it('zooms with the buttons, disables them at the limits, and fits all again', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const [zoomOut, zoomIn, fit] = $$(el, '[part="zoom-button"]');
    const full = span(el);
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
    expect(fit.getAttribute('aria-disabled')).to.equal('true');
    zoomIn.click();
    await zoomSettled(el);
    expect(span(el) / full).to.be.closeTo(0.5, 0.01);
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('false');
    zoomIn.click();
    await zoomSettled(el);
    expect(span(el) / full).to.be.closeTo(0.25, 0.01);
    fit.click();
    await zoomSettled(el);
    expect(span(el)).to.be.closeTo(full, full * 1e-6);
  });

  it('stops zooming in at one hour across the viewport, and disables zoom in there', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    el.zoomBy(1e9);
    await zoomSettled(el);
    expect(span(el)).to.be.closeTo(3_600_000, 60_000);
    const [zoomOut, zoomIn] = $$(el, '[part="zoom-button"]');
    expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('false');
    zoomIn.click();
    await zoomSettled(el);
    expect(span(el)).to.be.closeTo(3_600_000, 60_000);
  });

  it('leaves a plain wheel to the page and zooms on Ctrl + wheel, with a hint the first time', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const viewport = $(el, '[part="viewport"]')!;
    const full = span(el);
    const plain = wheel(viewport, {});
    await frame();
    expect(plain.defaultPrevented, 'a plain wheel must scroll the page').to.be.false;
    expect(span(el)).to.equal(full);
    await el.updateComplete;
    expect($(el, '[part="hint"]')!.textContent).to.contain('Ctrl');
    const zooming = wheel(viewport, {ctrlKey: true});
    await frame();
    await el.updateComplete;
    expect(zooming.defaultPrevented).to.be.true;
    expect(span(el)).to.be.lessThan(full);
  });

  it('after a Ctrl + wheel gesture, draws what a timeline opened at that window draws', async () => {
    // While a zoom moves, a coarser layout may stand in; once it rests, the exact one must be drawn.
    const dense = new URL('../fixtures/dense-week.json', import.meta.url).href;
    const el = await timelineFrom(dense, 1000);
    const viewport = $(el, '[part="viewport"]')!;
    for (let i = 0; i < 6; i++) {
      wheel(viewport, {ctrlKey: true, deltaY: -15, clientX: viewport.getBoundingClientRect().left + 500});
      await frame();
    }
    await zoomSettled(el);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await el.updateComplete;
    const {start, end} = el.visibleWindow!;
    // Opened at that window: no zoom moves there, so its layout is the exact one.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const fresh = document.createElement('news-timeline');
    fresh.start = new Date(start).toISOString();
    fresh.end = new Date(end).toISOString();
    const loaded = new Promise((resolve) => fresh.addEventListener('news-timeline-load', resolve, {once: true}));
    fresh.src = dense;
    wrapper.append(fresh);
    await loaded;
    await zoomSettled(fresh);
    expect(span(fresh)).to.be.closeTo(end - start, 60_000);
    const drawn = (timeline: NewsTimeline) => $$(timeline, '[data-key]').map((b) => `${b.dataset.key} ${b.querySelector('.label') ? 'labelled' : ''}`).sort();
    expect(drawn(el).length).to.be.greaterThan(0);
    expect(drawn(el)).to.deep.equal(drawn(fresh));
  });

  it('makes the elements of many new items over a few frames, and updateComplete waits for all of them', async () => {
    // 150 events a day apart on 6000 px: each stands alone, so all are drawn, 25 new ones a frame.
    const day = 86_400_000;
    const events = Array.from({length: 150}, (_, i) => ({id: `e${i}`, title: `Event ${i}`, date: new Date(Date.UTC(2021, 0, 1) + i * day).toISOString().slice(0, 10)}));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 6000px"></div>`);
    const el = document.createElement('news-timeline');
    /** How many items matching `selector` the first render that draws any of them draws. */
    const firstDrawn = (selector: string) => new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const drawn = $$(el, selector).length;
        if (!drawn) return;
        observer.disconnect();
        resolve(drawn);
      });
      observer.observe(el.shadowRoot!, {childList: true, subtree: true});
    });
    // Nothing on screen yet: a first drawing is whole, in one render.
    el.data = {title: 'Many', events: events.slice(0, 100)};
    wrapper.append(el);
    const whole = firstDrawn('[data-key]');
    expect(await whole, 'drawn by the first render').to.equal(100);
    await el.updateComplete;
    // With those on screen, 150 others come: held back to a few, then updateComplete must wait for the rest.
    const others = firstDrawn('[data-key^="other-"]');
    el.data = {title: 'Many', events: events.map((event) => ({...event, id: `other-${event.id}`}))};
    const atFirst = await others;
    expect(atFirst, 'new elements in the first frame').to.be.within(1, 30);
    await el.updateComplete;
    expect($$(el, '[data-key]').length, 'after updateComplete').to.equal(150);
    await frame();
    await el.updateComplete;
    expect($$(el, '[data-key]').length, 'a frame later').to.equal(150);
  });

  it('keeps the overview brush inside the overview when zoomed into the last hours of the span', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await timelineFrom(datasetUrl, 1000);
      el.setAttribute('dir', dir);
      const {end} = el.visibleWindow!;
      el.zoomTo(end - 3_600_000, end);
      await zoomSettled(el);
      const overview = $(el, '[part="overview"]')!.getBoundingClientRect();
      const brush = $(el, '[part="brush"]')!.getBoundingClientRect();
      expect(brush.width, dir).to.be.at.least(5.5);
      expect(brush.left, `${dir}: brush left`).to.be.at.least(overview.left - 0.5);
      expect(brush.right, `${dir}: brush right`).to.be.at.most(overview.right + 0.5);
    }
  });

  it('new data stops a zoom still animating toward the old data, and shows all of it', async () => {
    const json = await loadJson(datasetUrl);
    const el = await timelineWith(json, 1000);
    const full = span(el);
    // Selecting an event in a cluster starts an animated zoom to it; the data changes before its first frame.
    const clustered = el.timeline!.events.find((e) => e.id === $$(el, '[part~="cluster"]')[0]?.dataset.key?.slice('cluster:'.length));
    expect(clustered, 'an event in a cluster').to.exist;
    el.select(clustered!.id);
    await el.updateComplete;
    el.selected = null;
    el.data = structuredClone(json);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await el.updateComplete;
    expect(span(el) / full).to.be.closeTo(1, 1e-6);
  });

  it('pans when dragged', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    el.zoomBy(4);
    await zoomSettled(el);
    const before = el.visibleWindow!.start;
    drag($(el, '[part="viewport"]')!, 200);
    await frame();
    await el.updateComplete;
    const after = el.visibleWindow!.start;
    expect(after).to.be.lessThan(before);
    // 200 px at 1000 px per quarter of the span.
    expect((before - after) / span(el)).to.be.closeTo(0.2, 0.01);
  });

  it('zooms into a cluster when it is activated', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const clusters = $$(el, '[part="cluster"]');
    expect(clusters.length).to.be.greaterThan(0);
    const last = clusters[clusters.length - 1];
    const count = Number(last.textContent!.replace(/[^0-9]/g, ''));
    last.click();
    await zoomSettled(el);
    expect(span(el)).to.be.lessThan(400 * 86_400_000);
    const drawn = $$(el, '[data-key]').filter((b) => b.getBoundingClientRect().width > 0);
    expect(drawn.length).to.be.greaterThan(1);
    expect(count).to.be.greaterThan(1);
  });

  it('is one tab stop; arrow keys, Home and End move between events in date order', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    const items = $$(el, '[data-key]');
    expect(items.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    items[0].focus();
    key(items[0], 'ArrowRight');
    await frame();
    expect(el.shadowRoot!.activeElement).to.equal(marker(el, 'second') ?? $(el, '[data-id="second"]'));
    key(el.shadowRoot!.activeElement!, 'End');
    await frame();
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('third');
    key(el.shadowRoot!.activeElement!, 'ArrowLeft');
    await frame();
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('second');
    key(el.shadowRoot!.activeElement!, 'Home');
    await frame();
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('first');
    expect($$(el, '[data-key]').filter((b) => b.tabIndex === 0)).to.have.length(1);
  });

  it('keeps the focused event in the DOM when it is panned out of view', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    marker(el, 'first')!.focus();
    el.zoomTo('2021-01-01', '2021-12-31');
    await zoomSettled(el);
    expect(marker(el, 'first')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(marker(el, 'first'));
  });

  it('labels the axis in the page language', async () => {
    const data = await loadJson(fixtureUrl('three-events.json'));
    const el = await timelineWith(data);
    el.setAttribute('lang', 'de');
    el.zoomTo('2011-01-01', '2011-12-31');
    await zoomSettled(el);
    const labels = $$(el, '[part="tick-label"]').map((t) => t.textContent);
    expect(labels.some((l) => /Mär|Mai|Okt|Dez/.test(l ?? ''))).to.be.true;
  });

  it('follows the theme attribute', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    el.theme = 'light';
    await el.updateComplete;
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    const dark = getComputedStyle(el).backgroundColor;
    expect(light).to.equal('rgba(0, 0, 0, 0)');
    expect(dark).to.equal('rgb(21, 23, 26)');
  });
});

describe('<news-timeline> animated moves', () => {
  it('moves over later frames, not at once', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const full = span(el);
    el.zoomBy(4);
    expect(span(el)).to.equal(full);
    await zoomSettled(el);
    expect(span(el) / full).to.be.closeTo(0.25, 0.01);
  });

  it('jumps at once for readers who prefer reduced motion', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const full = span(el);
    await withReducedMotion(async () => {
      el.zoomBy(4);
      expect(span(el) / full).to.be.closeTo(0.25, 0.01);
      const changed = nextEvent(el, 'news-timeline-range-change');
      $$(el, '[part="zoom-button"]')[1].click();
      expect(span(el) / full, 'the zoom button moves at once too').to.be.closeTo(0.125, 0.01);
      expect((await changed).end.getTime() - (await changed).start.getTime()).to.be.closeTo(span(el), 1000);
    });
  });

  it('stops where it is when the reader zooms with the wheel', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const full = span(el);
    el.zoomBy(8);
    // Ctrl + wheel by 50 px doubles the zoom of the moment (d3-zoom: 2^(50 · 0.002 · 10)).
    wheel($(el, '[part="viewport"]')!, {ctrlKey: true, deltaY: -50});
    await zoomSettled(el);
    expect(span(el) / full).to.be.closeTo(0.5, 0.01);
  });

  it('stops where it is when the reader drags', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    el.zoomBy(4);
    await zoomSettled(el);
    const quarter = span(el);
    const before = el.visibleWindow!.start;
    el.fit();
    drag($(el, '[part="viewport"]')!, 200);
    await zoomSettled(el);
    expect(span(el)).to.be.closeTo(quarter, quarter * 1e-6);
    expect((before - el.visibleWindow!.start) / quarter).to.be.closeTo(0.2, 0.01);
  });

  it('lets a new move replace a running one, and reports a reader\'s range once, where it ends', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const changes: NewsTimelineRangeChangeEvent[] = [];
    el.addEventListener('news-timeline-range-change', (e) => changes.push(e));
    const zoomIn = $$(el, '[part="zoom-button"]')[1];
    zoomIn.click();
    zoomIn.click();
    await zoomSettled(el);
    expect(changes).to.have.length(1);
    const w = el.visibleWindow!;
    expect(changes[0].start.getTime()).to.be.closeTo(w.start, 1000);
    expect(changes[0].end.getTime()).to.be.closeTo(w.end, 1000);
  });

  it('stops when the element leaves the page', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const full = span(el);
    const box = el.parentElement!;
    el.zoomBy(4);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 400));
    box.append(el);
    await zoomSettled(el);
    expect(span(el)).to.be.closeTo(full, full * 1e-6);
  });

  it('leaves a double-click to the page rather than zooming', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const full = span(el);
    const viewport = $(el, '[part="viewport"]')!;
    const rect = viewport.getBoundingClientRect();
    const event = new MouseEvent('dblclick', {bubbles: true, cancelable: true, composed: true, clientX: rect.left + rect.width / 2, clientY: rect.top + 20, view: window});
    viewport.dispatchEvent(event);
    await zoomSettled(el);
    expect(event.defaultPrevented).to.be.false;
    expect(span(el)).to.equal(full);
  });
});

describe('<news-timeline> moves asked before the horizontal view has loaded', () => {
  /** An element given its data and moves in the same task it is created in: its view's part cannot have arrived. */
  async function movedEarly(move: (el: NewsTimeline) => void): Promise<{el: NewsTimeline; whole: number}> {
    const data = await loadJson(datasetUrl);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('news-timeline');
    el.data = data;
    wrapper.append(el);
    expect(el.visibleWindow, 'no view yet').to.equal(undefined);
    move(el);
    await el.updateComplete;
    await zoomSettled(el);
    const whole = (el.timeline!.events.at(-1)!.date.end - el.timeline!.events[0].date.start);
    return {el, whole};
  }

  it('zoomTo() is obeyed once the view is there', async () => {
    const {el} = await movedEarly((el) => el.zoomTo('2021-08-01', '2021-09-01'));
    expect(new Date(el.visibleWindow!.start).toISOString().slice(0, 10)).to.equal('2021-08-01');
    expect(new Date(el.visibleWindow!.end).toISOString().slice(0, 10)).to.equal('2021-09-01');
  });

  it('zoomBy() is obeyed too, on top of a zoomTo() before it', async () => {
    const {el, whole} = await movedEarly((el) => el.zoomBy(4));
    expect(span(el), 'a quarter of the whole, margins included').to.be.within(whole / 4, (whole / 4) * 1.1);
    const both = await movedEarly((el) => {
      el.zoomTo('2021-08-01', '2021-09-01');
      el.zoomBy(2);
    });
    expect(span(both.el) / 86_400_000).to.be.closeTo(15.5, 0.1);
  });

  it('fit() forgets the moves asked before it', async () => {
    const {el, whole} = await movedEarly((el) => {
      el.zoomTo('2021-08-01', '2021-09-01');
      el.zoomBy(2);
      el.fit();
    });
    expect(span(el)).to.be.at.least(whole);
  });
});
