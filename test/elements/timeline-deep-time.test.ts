import {expect} from '@open-wc/testing';
import {timeOfYear} from '../../src/data/deep-time.js';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, card, eventsDrawn, fixtureUrl, frame, nextEvent, timelineFrom, zoomSettled} from './helpers.js';

/**
 * A TimelineJS3 file of our own with years far beyond what a Date holds (the
 * Big Bang, −13,800,000,000) beside calendar dates (1969-07-20): every event
 * is drawn, on a year-only axis, and nothing reads "NaN" or "Invalid Date".
 */
const src = fixtureUrl('deep-time.json');
const EVENTS = 7;

const tickLabels = (el: NewsTimeline) => $$(el, '[part="tick-label"]').map((t) => t.textContent!.trim());

function expectSaneText(texts: string[], what: string): void {
  expect(texts.length, `${what}: none`).to.be.greaterThan(0);
  for (const text of texts) {
    expect(text, what).to.not.equal('');
    expect(text, what).to.not.match(/NaN|Invalid|Infinity|undefined/);
  }
}

describe('<news-timeline> with deep time', () => {
  it('imports and draws every event, with year ticks and no impossible numbers', async () => {
    const el = await timelineFrom(src, 1280);
    expect(el.timeline?.events).to.have.length(EVENTS);
    expect(eventsDrawn(el)).to.equal(EVENTS);
    const labels = tickLabels(el);
    expectSaneText(labels, 'tick labels');
    expect(labels.some((l) => /billion BC$/.test(l)), labels.join(' | ')).to.equal(true);
    const window = el.visibleWindow!;
    expect(window.start).to.be.lessThan(timeOfYear(-13.8e9));
    expect(window.end).to.be.greaterThan(Date.UTC(1969, 6, 20));
    expect($(el, '[part="viewport"]')!.textContent).to.not.match(/NaN|Invalid/);
    // A marker is named "title, date", the date in words; a cluster names the years it spans.
    expect($(el, '[data-id="big-bang"]')!.getAttribute('aria-label')).to.equal('The Big Bang, 13.8 billion BC');
    for (const cluster of $$(el, '[part~="cluster"]')) expectSaneText([cluster.getAttribute('aria-label')!], 'cluster name');
  });

  it('passes axe on the year scale', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree; slow on a busy machine
    const el = await timelineFrom(src, 1280);
    await expect(el).to.be.accessible();
  });

  it('names the year of a deep event in its card, and the calendar date of a modern one', async () => {
    const el = await timelineFrom(src, 1280);
    const bigBang = $(el, '[data-id="big-bang"]')!;
    expect(bigBang, 'the Big Bang has its own marker').to.exist;
    bigBang.click();
    await el.updateComplete;
    await frame();
    expect(card(el).textContent).to.contain('13.8 billion BC');
    expect(card(el).textContent).to.not.match(/NaN|Invalid/);
    el.select('moon');
    await zoomSettled(el);
    expect(card(el).textContent).to.contain('July 20, 1969');
  });

  it('zooms in and out on the year scale without losing a number', async function () {
    this.timeout(30_000); // a dozen animated zooms on a busy machine
    const el = await timelineFrom(src, 1280);
    const button = (name: string) => $$(el, '[part="zoom-button"]').find((b) => b.getAttribute('aria-label') === name)!;
    const [zoomIn, zoomOut] = [button('Zoom in'), button('Zoom out')];
    for (let i = 0; i < 4; i++) {
      const changed = nextEvent(el, 'news-timeline-range-change');
      zoomIn.click();
      const event = await changed;
      await zoomSettled(el);
      expect(Number.isFinite(event.startYear) && Number.isFinite(event.endYear), 'years of the window').to.equal(true);
      expect(event.endYear).to.be.greaterThan(event.startYear);
      expect(Number.isNaN(event.start.getTime()) || Number.isNaN(event.end.getTime()), 'dates held at the Date limits').to.equal(false);
      expectSaneText(tickLabels(el), `ticks after zoom ${i + 1}`);
      expectSaneText([$(el, '[role="status"]:not([part])')!.textContent!], 'the window announced');
      expect($(el, '[role="status"]:not([part])')!.textContent).to.match(/^Showing .*BC – /);
    }
    const zoomedIn = el.visibleWindow!;
    expect(zoomedIn.end - zoomedIn.start).to.be.lessThan((timeOfYear(2000) - timeOfYear(-13.8e9)) / 10);
    // The deepest zoom, near the Moon landing: still years, still numbers.
    el.zoomTo(Date.UTC(1960, 0, 1), Date.UTC(1980, 0, 1));
    await zoomSettled(el);
    const deepest = el.visibleWindow!;
    expect(Number.isFinite(deepest.start) && Number.isFinite(deepest.end)).to.equal(true);
    expect(deepest.end - deepest.start, 'no deeper than ten years across').to.be.greaterThan(9 * 365 * 86_400_000);
    expectSaneText(tickLabels(el), 'ticks at the deepest zoom');
    expect($(el, '[data-id="moon"]')).to.exist;
    for (let i = 0; i < 4; i++) {
      const before = el.visibleWindow!;
      zoomOut.click();
      await zoomSettled(el);
      const after = el.visibleWindow!;
      expect(after.end - after.start, `zoom out ${i + 1}`).to.be.closeTo(2 * (before.end - before.start), (before.end - before.start) * 0.01);
      expectSaneText(tickLabels(el), `ticks after zoom out ${i + 1}`);
    }
    el.fit();
    await zoomSettled(el);
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
    expect(eventsDrawn(el)).to.equal(EVENTS);
    expectSaneText(tickLabels(el), 'ticks zoomed out');
  });

  it('shows every entry in the vertical chronology at 375 px, filed under years in words', async () => {
    const el = await timelineFrom(src, 375);
    expect($(el, '[part="chronology"]')).to.exist;
    expect($$(el, '[part~="entry"]')).to.have.length(EVENTS);
    const text = $(el, '[part="chronology"]')!.textContent!;
    expect(text).to.contain('13.8 billion BC');
    expect(text).to.contain('300,001 BC');
    expect(text).to.not.match(/NaN|Invalid/);
  });
});
