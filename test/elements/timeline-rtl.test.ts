// Right to left: with the nearest dir="rtl", time runs from right to left,
// and every gesture, key and control follows the mirror.
import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, datasetUrl, drag, frame, key, loadJson, marker, rendered, zoomSettled} from './helpers.js';

let dataset: unknown;

async function timeline(dir: 'rtl' | 'ltr', lang = 'fa-AF', width = 1000): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang=${lang} style="width: ${width}px"><news-timeline .data=${dataset}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await rendered(el);
  return el;
}

const centreX = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.left + rect.width / 2;
};

/** The x of an event's dot: where its date is. */
const dateX = (el: NewsTimeline, id: string) => centreX(marker(el, id)!.querySelector('.dot')!);

/** Events drawn as single dots (not in a cluster, not ranges). */
const dotted = (el: NewsTimeline) => $$(el, '[data-id]').filter((item) => item.querySelector('.dot')).map((item) => item.dataset.id!);

describe('<news-timeline> right to left', () => {
  before(async () => {
    dataset = await loadJson(datasetUrl);
  });

  it('runs time from right to left, with Dari words and Persian digits', async () => {
    const el = await timeline('rtl');
    el.zoomTo('2021-08-01', '2021-10-31');
    await zoomSettled(el);
    const viewport = $(el, '[part="viewport"]')!.getBoundingClientRect();
    // A day's marker stands at its middle.
    const date = (id: string) => {
      const {start: dayStart, end: dayEnd} = el.timeline!.events.find((e) => e.id === id)!.date;
      return (dayStart + dayEnd) / 2;
    };
    // (The event holding the tab stop stays in the DOM off screen; only those on screen count.)
    const ids = dotted(el).filter((id) => dateX(el, id) >= viewport.left && dateX(el, id) <= viewport.right).sort((a, b) => date(a) - date(b));
    expect(ids.length).to.be.greaterThan(4);
    // The later an event, the further left; each where its date falls from the right edge.
    const xs = ids.map((id) => dateX(el, id));
    expect(xs).to.deep.equal([...xs].sort((a, b) => b - a));
    const {start, end} = el.visibleWindow!;
    for (const id of ids) {
      expect(dateX(el, id), id).to.be.closeTo(viewport.right - ((date(id) - start) / (end - start)) * viewport.width, 2);
    }
    expect($$(el, '[part~="zoom-button"]').map((b) => b.getAttribute('aria-label'))).to.include('بزرگ‌نمایی');
    const labels = $$(el, '[part="tick-label"]').map((t) => t.textContent!);
    expect(labels.join(' ')).to.match(/[۰-۹]/);
    // Tick labels read right to left too: the later a tick, the further left.
    const ticks = $$(el, '[part~="tick"]').map(centreX);
    expect(ticks).to.deep.equal([...ticks].sort((a, b) => b - a));
  });

  it('mirrors against the same timeline left to right', async () => {
    const ltr = await timeline('ltr', 'en');
    const rtl = await timeline('rtl', 'en');
    const box = (el: NewsTimeline) => $(el, '[part="viewport"]')!.getBoundingClientRect();
    const fromStart = (el: NewsTimeline, id: string, mirrored: boolean) =>
      mirrored ? box(el).right - dateX(el, id) : dateX(el, id) - box(el).left;
    const ids = dotted(ltr);
    expect(dotted(rtl)).to.have.members(ids);
    expect(ids.length).to.be.greaterThan(5);
    for (const id of ids) expect(fromStart(rtl, id, true), id).to.be.closeTo(fromStart(ltr, id, false), 1.5);
    const era = (el: NewsTimeline) => $(el, '[part="era"]')!.getBoundingClientRect();
    expect(box(rtl).right - era(rtl).right).to.be.closeTo(era(ltr).left - box(ltr).left, 1);
  });

  it('pans the way the pointer moves: a drag to the right brings in later times', async () => {
    const el = await timeline('rtl');
    el.zoomTo('2010-01-01', '2012-01-01');
    await zoomSettled(el);
    const before = el.visibleWindow!.start;
    drag($(el, '[part="viewport"]')!, 200);
    await zoomSettled(el);
    const after = el.visibleWindow!.start;
    const perPixel = (el.visibleWindow!.end - el.visibleWindow!.start) / el.getBoundingClientRect().width;
    // The content follows the pointer rightwards, towards earlier times, so later ones come in from the left.
    expect((after - before) / perPixel).to.be.closeTo(200, 20);
  });

  it('moves to the later event with the left arrow key', async () => {
    const el = await timeline('rtl');
    el.zoomTo('2021-08-01', '2021-10-31');
    await zoomSettled(el);
    const first = marker(el, 'last-us-troops-leave')!;
    first.focus();
    key(first, 'ArrowLeft');
    await el.updateComplete;
    await frame();
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    const date = (id: string) => el.timeline!.events.find((e) => e.id === id)!.date.start;
    expect(focused.dataset.id).to.not.equal('last-us-troops-leave');
    expect(date(focused.dataset.id!)).to.be.greaterThan(date('last-us-troops-leave'));
    expect(centreX(focused)).to.be.lessThan(centreX(first));
  });

  it('mirrors the overview: a click near its left end jumps to the latest years', async () => {
    const el = await timeline('rtl');
    el.zoomTo('2005-01-01', '2006-01-01');
    await zoomSettled(el);
    const strip = $(el, '[part="overview"]')!;
    const brush = $(el, '[part="brush"]')!.getBoundingClientRect();
    const rect = strip.getBoundingClientRect();
    // 2005 is in the first fifth of the span, so its brush sits in the right part of the strip.
    expect(brush.left - rect.left).to.be.greaterThan(rect.width * 0.6);
    const at = {clientX: rect.left + rect.width * 0.03, clientY: rect.top + rect.height / 2, bubbles: true, composed: true, button: 0, pointerId: 1};
    strip.dispatchEvent(new PointerEvent('pointerdown', at));
    strip.dispatchEvent(new PointerEvent('pointerup', at));
    await zoomSettled(el);
    expect(new Date(el.visibleWindow!.end).getUTCFullYear()).to.be.at.least(2020);
  });

  it('follows a change of dir on the element at once', async () => {
    const el = await timeline('ltr', 'en');
    const ltrX = dateX(el, 'bin-laden-killed');
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    await frame();
    const box = $(el, '[part="viewport"]')!.getBoundingClientRect();
    expect(dateX(el, 'bin-laden-killed') - box.left).to.be.closeTo(box.right - ltrX, 1.5);
    expect($(el, '[part="viewport"]')!.classList.contains('rtl')).to.equal(true);
  });

  it('keeps text from the data in its own direction', async () => {
    const el = await timeline('rtl');
    const label = $(el, '[part="label"]')!;
    expect(label.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(label).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '[part="title"]')!).textAlign).to.equal('right');
  });

  it('refuses a window that is not made of dates, without breaking the view', async () => {
    const el = await timeline('rtl');
    const shown = el.visibleWindow!;
    expect(() => el.zoomTo('2021-08-01:2021-10-31', 'soon')).to.throw(RangeError, /start "2021-08-01:2021-10-31" is not a date/);
    expect(() => el.zoomBy(Number.NaN)).to.throw(RangeError, /positive number/);
    await frame();
    expect(el.visibleWindow).to.deep.equal(shown);
  });
});
