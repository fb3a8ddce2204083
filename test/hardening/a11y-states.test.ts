// Accessibility in every state: axe in each, the accessible name of every
// event ("title, date"), and focus kept when the focused event is zoomed out of view.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news-timeline.js';
import type {NewsTimeline} from '../../src/index.js';
import {eventDateText} from '../../src/elements/event-card/event-card.js';
import {zoomSettled} from '../elements/helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const $ = (el: NewsTimeline, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: NewsTimeline, s: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(s));
let dataset: {events: unknown[]};

async function drawn(el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 200 && el.timeline?.events.length && !$(el, '[data-key]'); i++) await sleep(20);
  await frame();
  await el.updateComplete;
}

async function timeline(data: unknown, {width = 760, lang, theme, lanes = 6}: {width?: number; lang?: string; theme?: string; lanes?: number} = {}): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px" lang=${lang ?? 'en'}><news-timeline theme=${theme ?? 'auto'} lanes=${lanes} .data=${data}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await drawn(el);
  return el;
}

const hover = (target: Element) => target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true, pointerType: 'mouse'}));

describe('<news-timeline> accessibility in every state', function () {
  // The first axe run loads its rules; on a busy two-core machine that alone can take seconds.
  this.timeout(30_000);
  before(async () => {
    dataset = await (await fetch('/data/afghanistan-2001-2021.json')).json();
  });

  it('loaded', async () => {
    const el = await timeline(dataset);
    await expect(el).to.be.accessible();
  });

  it('card open by hover', async () => {
    const el = await timeline(dataset);
    hover($(el, '[data-id]')!);
    await el.updateComplete;
    expect($(el, '#card .card-title')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('card pinned', async () => {
    const el = await timeline(dataset);
    $(el, '[data-id]')!.click();
    await el.updateComplete;
    expect($(el, '#card .card-close')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('cluster focused', async () => {
    const el = await timeline(dataset);
    const cluster = $(el, '[part~="cluster"]');
    expect(cluster, 'a cluster in the default story').to.exist;
    cluster!.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(cluster);
    await expect(el).to.be.accessible();
  });

  it('error', async () => {
    const el = await timeline('<!doctype html><p>not a timeline</p>');
    // Still there after later renders (a resize, a frame), not only on the first one.
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '[role="alert"]'), 'the error alert persists').to.exist;
    await expect(el).to.be.accessible();
  });

  it('empty', async () => {
    const el = await timeline({title: 'Nothing yet', events: []});
    expect(el.timeline?.events.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('dark theme, with a card open', async () => {
    const el = await timeline(dataset, {theme: 'dark'});
    $(el, '[data-id]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('lang="de"', async () => {
    const el = await timeline(dataset, {lang: 'de'});
    hover($(el, '[data-id]')!);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('right to left (dir="rtl", lang="fa-AF"), with a card pinned', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="fa-AF" style="width: 760px"><news-timeline .data=${dataset}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await drawn(el);
    expect($(el, '[part="viewport"]')!.classList.contains('rtl')).to.equal(true);
    await expect(el).to.be.accessible();
    ($(el, '[data-id]') as HTMLElement).click();
    await el.updateComplete;
    expect($(el, '#card .card-title')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('narrow: a 375 px container', async () => {
    const el = await timeline(dataset, {width: 375});
    expect(Math.round(el.getBoundingClientRect().width)).to.equal(375);
    await expect(el).to.be.accessible();
  });

  it('names every event "title, date"', async () => {
    const el = await timeline(dataset);
    const events = $$(el, '[data-id]');
    expect(events.length).to.be.greaterThan(0);
    for (const button of events) {
      const event = el.timeline!.events.find((e) => e.id === button.dataset.id)!;
      expect(button.getAttribute('aria-label')).to.equal(`${event.title}, ${eventDateText(event, 'en')}`);
    }
  });

  it('keeps focus on an event zoomed out of view: it stays in the DOM, focused', async () => {
    const el = await timeline(dataset);
    el.zoomTo('2001-09-01', '2001-12-31');
    // Until the move has ended: on a busy machine its frames come late, and mid-way the event may still be in a cluster.
    await zoomSettled(el);
    const button = $$(el, '[data-id]')[0];
    button.focus();
    await el.updateComplete;
    const id = button.dataset.id!;
    el.zoomTo('2021-08-01', '2021-10-31');
    await zoomSettled(el);
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.dataset.id, 'focus stayed on the same event').to.equal(id);
    expect(focused!.isConnected).to.be.true;
    expect(document.activeElement).to.equal(el);
  });
});
