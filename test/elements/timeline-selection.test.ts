import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {NewsTimelineRangeChangeEvent} from '../../src/index.js';
import {$, $$, card, cardOpen, datasetUrl, fixtureUrl, key, loadJson, marker, nextEvent, rendered, timelineFrom, timelineWith, zoomSettled} from './helpers.js';

const DAY = 86_400_000;

async function timelineAttrs(attrs: Record<string, string>, width = 1280): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('news-timeline');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const loaded = nextEvent(el, 'news-timeline-load');
  wrapper.append(el);
  await loaded;
  await rendered(el);
  await zoomSettled(el);
  return el;
}

/** The centre of an element's box, relative to the viewport's box, as a fraction of its width. */
function centreFraction(el: NewsTimeline, target: Element): number {
  const viewport = $(el, '[part="viewport"]')!.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  return (box.left + Math.min(box.width, 12) / 2 - viewport.left) / viewport.width;
}

describe('<news-timeline> selection and deep links', () => {
  it('opens centred on the event named by selected, with its card showing', async () => {
    // An event of the 2021 cluster on the first screen (the key events of that year stand apart already).
    const el = await timelineAttrs({src: datasetUrl, selected: 'imf-suspends-afghanistan'});
    const button = marker(el, 'imf-suspends-afghanistan');
    expect(button, 'the event stands alone, not in a cluster').to.exist;
    expect(centreFraction(el, button!)).to.be.closeTo(0.5, 0.1);
    expect(cardOpen(el)).to.be.true;
    expect(card(el).querySelector('.card-title')!.textContent).to.contain('IMF blocks funds');
    expect(card(el).querySelector('time')!.getAttribute('datetime')).to.equal('2021-08-18');
  });

  it('reports an unknown selected id as a problem, warns once, and leaves the view and the selection as they were', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
      const el = document.createElement('news-timeline');
      el.setAttribute('selected', 'no-such-event');
      el.src = datasetUrl;
      const loaded = nextEvent(el, 'news-timeline-load');
      wrapper.append(el);
      const {problems} = await loaded;
      await rendered(el);
      const unknown = {severity: 'warning', path: 'selected', message: '"no-such-event" is not the id of an event in this timeline; nothing was selected'};
      expect(problems, 'the load event names the id').to.deep.include(unknown);
      expect(el.problems).to.deep.include(unknown);
      expect(el.selected).to.equal(null);
      expect(el.hasAttribute('selected'), 'the attribute reflects that nothing is selected').to.be.false;
      expect(cardOpen(el)).to.be.false;
      const whole = el.visibleWindow!;

      // In a cluster on the first screen, so selecting it zooms in.
      el.selected = 'imf-suspends-afghanistan';
      await zoomSettled(el);
      const shown = el.visibleWindow!;
      expect(shown.end - shown.start).to.be.below(whole.end - whole.start);
      el.selected = 'no-such-event';
      el.select('another-unknown');
      await zoomSettled(el);
      expect(el.selected, 'the selection stays').to.equal('imf-suspends-afghanistan');
      expect(el.visibleWindow, 'the view stays').to.deep.equal(shown);
      expect(cardOpen(el)).to.be.true;
      expect(el.problems.filter((p) => p.path === 'selected').map((p) => p.message)).to.deep.equal([
        unknown.message, '"another-unknown" is not the id of an event in this timeline; nothing was selected',
      ]);
      expect(warnings.map((args) => String(args[0])), 'one warning per unknown id').to.deep.equal([
        `<news-timeline> selected: ${unknown.message}`,
        '<news-timeline> selected: "another-unknown" is not the id of an event in this timeline; nothing was selected',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('starts on the window given by start and end', async () => {
    const el = await timelineAttrs({src: datasetUrl, start: '2021-08-01', end: '2021-09-01'});
    const w = el.visibleWindow!;
    expect(w.start).to.be.closeTo(Date.UTC(2021, 7, 1), DAY / 24);
    expect(w.end).to.be.closeTo(Date.UTC(2021, 8, 1), DAY / 24);
  });

  it('select(), next() and previous() move the selection in date order without firing select', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    let fired = 0;
    el.addEventListener('news-timeline-select', () => fired++);
    el.select('first');
    await zoomSettled(el);
    expect(el.selected).to.equal('first');
    el.next();
    await zoomSettled(el);
    expect(el.selected).to.equal('second');
    expect(card(el).querySelector('.card-title')!.textContent).to.equal('Second event lasts');
    el.next();
    el.next();
    await zoomSettled(el);
    expect(el.selected, 'next() stops at the last event').to.equal('third');
    el.previous();
    await zoomSettled(el);
    expect(el.selected).to.equal('second');
    el.select(null);
    await el.updateComplete;
    expect(cardOpen(el)).to.be.false;
    expect(fired).to.equal(0);
  });

  it('steps from what is on screen when nothing is selected: next() from the window\'s start, previous() from its end', async () => {
    const el = await timelineAttrs({src: datasetUrl, start: '2021-06-01', end: '2021-08-10'});
    el.next();
    await zoomSettled(el);
    expect(el.selected, 'the first event from the start of the window, not the second of the story').to.equal('bagram-handed-over');
    el.select(null);
    el.zoomTo('2021-06-01', '2021-08-10');
    await zoomSettled(el);
    el.previous();
    await zoomSettled(el);
    expect(el.selected, 'the last event before the end of the window, not the last of the story').to.equal('zaranj-falls');
  });

  it('puts the tab stop on the first event on screen, so the arrow keys start from what the reader sees', async () => {
    const el = await timelineAttrs({src: datasetUrl, start: '2021-06-01', end: '2021-08-10'});
    const stop = $(el, '[data-key][tabindex="0"]')!;
    expect(stop.dataset.id).to.equal('bagram-handed-over');
    stop.focus();
    await el.updateComplete;
    key(stop, 'ArrowRight');
    await zoomSettled(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('zaranj-falls');
  });

  it('syncs the selection with the URL fragment when hash is set, leaving other fragments alone', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', '#second');
      const el = await timelineAttrs({src: fixtureUrl('three-events.json'), hash: ''}, 900);
      expect(el.selected, 'the fragment selects on load').to.equal('second');
      marker(el, 'third')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#third');
      location.hash = '#first';
      await waitUntil(() => el.selected === 'first', 'hashchange selects the event');
      // A fragment of the page's own is neither read nor overwritten.
      history.replaceState(null, '', '#comments');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      marker(el, 'second')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#comments');
      expect(el.selected).to.equal('second');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('selects and shows the event a fragment names in a large timeline, whose first layout is made between frames', async () => {
    const original = location.href;
    const events = Array.from({length: 20_000}, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2001, 0, 1) + i * 8 * 3_600_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
    }));
    try {
      history.replaceState(null, '', '#e12345');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      const el = document.createElement('news-timeline');
      el.hash = true;
      el.data = {title: 'Many', events};
      wrapper.append(el);
      await el.updateComplete;
      await zoomSettled(el);
      expect(el.selected).to.equal('e12345');
      // Revealed: zoomed in until the event stands alone, its marker drawn.
      expect(marker(el, 'e12345'), 'the marker of the selected event').to.exist;
      expect($$(el, '[data-key]').length).to.be.within(1, 2000);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('does not touch the fragment without the hash attribute', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', '#second');
      const el = await timelineAttrs({src: fixtureUrl('three-events.json')}, 900);
      expect(el.selected).to.equal(null);
      marker(el, 'first')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#second');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('fires news-timeline-range-change once at the end of a reader zoom, not for zoomTo()', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const changes: NewsTimelineRangeChangeEvent[] = [];
    el.addEventListener('news-timeline-range-change', (e) => changes.push(e));
    el.zoomTo('2010-01-01', '2012-01-01');
    await zoomSettled(el);
    expect(changes).to.have.length(0);
    $$(el, '[part="zoom-button"]')[1].click();
    await zoomSettled(el);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.be.instanceOf(NewsTimelineRangeChangeEvent);
    const w = el.visibleWindow!;
    expect(changes[0].start.getTime()).to.be.closeTo(w.start, 1000);
    expect(changes[0].end.getTime()).to.be.closeTo(w.end, 1000);
    expect($(el, '[role="status"]:not([part])')!.textContent).to.match(/^Showing /);
  });

  it('lists the events of one day in the card when their cluster cannot be pulled apart', async () => {
    const day = (id: string, title: string) => ({id, title, date: '2021-10-20', sources: [{name: 'Wire'}]});
    const data = {title: 'One busy day', events: [day('a', 'Alpha'), day('b', 'Bravo'), day('c', 'Charlie'), day('d', 'Delta'), day('e', 'Echo'), {id: 'z', title: 'Far', date: '2001-01-01'}]};
    const el = await timelineWith(data);
    const cluster = $(el, '[part="cluster"]')!;
    expect(cluster.textContent).to.equal('5');
    cluster.click();
    await el.updateComplete;
    const picks = Array.from(card(el).querySelectorAll<HTMLButtonElement>('.card-pick'));
    expect(picks.map((b) => b.textContent)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    const selected = nextEvent(el, 'news-timeline-select');
    picks[2].click();
    expect((await selected).eventId).to.equal('c');
    await el.updateComplete;
    expect(card(el).querySelector('.card-title')!.textContent).to.equal('Charlie');
  });

  it('passes axe with a cluster\'s list open', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree; slow on a busy machine
    const day = (id: string) => ({id, title: `Event ${id}`, date: '2021-10-20'});
    const el = await timelineWith({title: 'One day', events: ['a', 'b', 'c', 'd', 'e'].map(day)});
    $(el, '[part="cluster"]')!.click();
    await el.updateComplete;
    expect(card(el).querySelectorAll('.card-pick')).to.have.length(5);
    await expect(el).to.be.accessible();
  });
});

describe('<news-timeline> overview strip', () => {
  it('shows the whole span and a brush over the visible part; a click elsewhere moves the view there', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const strip = $(el, '[part="overview"]')!;
    const brush = $(el, '[part="brush"]')!;
    expect(brush.getBoundingClientRect().width).to.be.closeTo(strip.getBoundingClientRect().width, 2);
    el.zoomTo('2003-01-01', '2005-01-01');
    await zoomSettled(el);
    const box = strip.getBoundingClientRect();
    expect(brush.getBoundingClientRect().width / box.width).to.be.closeTo(2 / 20.6, 0.02);
    const changed = nextEvent(el, 'news-timeline-range-change');
    const x = box.left + box.width * 0.8;
    strip.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, clientX: x, clientY: box.top + 5, button: 0, pointerId: 1}));
    await changed;
    await el.updateComplete;
    const w = el.visibleWindow!;
    const g = {start: Date.UTC(2001, 8, 11), end: Date.UTC(2021, 9, 21)};
    const middle = (w.start + w.end) / 2;
    expect(middle).to.be.greaterThan(g.start + (g.end - g.start) * 0.7);
  });

  it('pans when the brush is dragged, and reports the range once', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    el.zoomTo('2003-01-01', '2005-01-01');
    await zoomSettled(el);
    const strip = $(el, '[part="overview"]')!;
    const brush = $(el, '[part="brush"]')!.getBoundingClientRect();
    let changes = 0;
    el.addEventListener('news-timeline-range-change', () => changes++);
    const before = el.visibleWindow!;
    const at = (clientX: number) => ({bubbles: true, clientX, clientY: brush.top + 5, button: 0, pointerId: 1});
    const start = brush.left + brush.width / 2;
    strip.dispatchEvent(new PointerEvent('pointerdown', at(start)));
    for (let i = 1; i <= 5; i++) strip.dispatchEvent(new PointerEvent('pointermove', at(start + i * 20)));
    strip.dispatchEvent(new PointerEvent('pointerup', at(start + 100)));
    await el.updateComplete;
    const after = el.visibleWindow!;
    expect(after.end - after.start).to.be.closeTo(before.end - before.start, DAY);
    expect(after.start).to.be.greaterThan(before.start);
    expect(changes).to.equal(1);
  });
});
