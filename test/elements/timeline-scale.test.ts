/// <reference types="mocha" />
import {expect, waitUntil} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {DAY, mulberry32} from '../layout/generate-events.js';
import {$$, eventsDrawn, rendered, zoomSettled} from './helpers.js';

/**
 * A timeline document of `count` events shaped like the benchmark's: spread
 * over 2001–2021 with 30 % of them in August–October 2021, days and minutes,
 * and one in eight a range of days to months.
 */
function largeTimeline(count: number, seed: number) {
  const random = mulberry32(seed);
  const full = [Date.UTC(2001, 0, 1), Date.UTC(2021, 11, 31)];
  const dense = [Date.UTC(2021, 7, 1), Date.UTC(2021, 9, 31)];
  const iso = (t: number, minutes: boolean) => (minutes ? `${new Date(t).toISOString().slice(0, 16)}Z` : new Date(t).toISOString().slice(0, 10));
  const events = Array.from({length: count}, (_, i) => {
    const [from, to] = random() < 0.3 ? dense : full;
    const t = from + Math.floor(random() * (to - from));
    const minutes = random() < 0.15;
    const range = !minutes && random() < 0.15;
    return {
      id: `e${i}`,
      title: `Event ${i} with a headline of a usual length`,
      date: iso(t, minutes),
      ...(range && {end: iso(Math.min(t + (1 + Math.floor(random() * 240)) * DAY, full[1]), false)}),
    };
  });
  return {title: `${count} events`, events};
}

/** Every element on the page that the timeline adds: its shadow tree and its light-DOM children. */
const nodesOf = (el: NewsTimeline) => el.shadowRoot!.querySelectorAll('*').length + el.querySelectorAll('*').length + 1;

describe('<news-timeline> with 100,000 events', () => {
  let el: NewsTimeline;
  // One element for all the checks (fixture() would remove it after the first), as wide as the benchmark's page.
  const wrapper = document.createElement('div');
  wrapper.style.width = '1280px';

  before(async function () {
    // Parsing and laying out 100k events takes seconds on a busy machine; the checks themselves are quick.
    this.timeout(120_000);
    el = document.createElement('news-timeline');
    el.data = largeTimeline(100_000, 2021);
    wrapper.append(el);
    document.body.append(wrapper);
    // Longer than rendered()'s wait: the first layout of 100k events can block for over a second here.
    await waitUntil(() => el.shadowRoot?.querySelector('[data-key]'), 'events were not drawn', {timeout: 100_000});
    await rendered(el);
  });

  after(() => wrapper.remove());

  it('draws at most 2,000 elements fully zoomed out, and accounts for every event in view', () => {
    expect(el.timeline!.events).to.have.length(100_000);
    expect(nodesOf(el)).to.be.at.most(2000);
    // Not few because little is drawn: the markers and clusters on screen stand for all the events.
    expect(eventsDrawn(el)).to.be.greaterThan(95_000);
  });

  it('draws at most 2,000 elements zoomed into the dense August–October 2021', async function () {
    this.timeout(60_000);
    el.zoomTo('2021-08-01', '2021-11-01');
    await zoomSettled(el);
    const window = el.visibleWindow!;
    expect(window.end - window.start).to.be.below(100 * DAY);
    expect(window.start).to.be.within(Date.UTC(2021, 6, 25), Date.UTC(2021, 7, 8));
    expect(nodesOf(el)).to.be.at.most(2000);
    // About 30,000 events fall in this window.
    expect(eventsDrawn(el)).to.be.greaterThan(25_000);
  });

  it('keeps the lanes within the rows asked for, plus one for what has no room', () => {
    const lanes = new Set($$(el, '.events > li').map((li) => li.style.transform.match(/\* (\d+)\)/)?.[1]));
    expect(lanes.size).to.be.greaterThan(1);
    expect(Math.max(...[...lanes].map(Number))).to.be.at.most(el.lanes);
  });
});
