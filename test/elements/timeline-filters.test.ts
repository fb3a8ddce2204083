import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, datasetUrl, eventsDrawn, loadJson, rendered} from './helpers.js';

async function searchable(): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px"><news-timeline search .data=${await loadJson(datasetUrl)}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await rendered(el);
  return el;
}

const status = (el: NewsTimeline) => $(el, '[role="status"]:not([part])')!.textContent;

describe('<news-timeline> filters', () => {
  it('hides and shows a category with its legend toggle, and says how many events are shown', async () => {
    const el = await searchable();
    const attacks = $$(el, '[part="legend-item"]').find((b) => b.textContent!.includes('Attacks'))!;
    expect(attacks.getAttribute('aria-pressed')).to.equal('true');
    const attackCount = el.timeline!.events.filter((e) => e.category === 'attack').length;
    attacks.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(attacks.getAttribute('aria-pressed')).to.equal('false');
    expect(eventsDrawn(el)).to.equal(49 - attackCount);
    expect(status(el)).to.equal(`${49 - attackCount} of 49 events shown`);
    attacks.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(eventsDrawn(el)).to.equal(49);
  });

  it('filters by the words of the search box, in titles, summaries and excerpts, ignoring case and accents', async () => {
    const el = await searchable();
    const input = $<HTMLInputElement>(el, '[part="search-input"]')!;
    expect(input.getAttribute('aria-label')).to.equal('Search events');
    input.value = 'LAVROV';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await el.updateComplete;
    const expected = el.timeline!.events.filter((e) =>
      [e.title, e.summary ?? '', ...e.sources.flatMap((s) => [s.name, s.excerpt ?? ''])].join(' ').toLowerCase().includes('lavrov'),
    ).length;
    expect(expected).to.be.greaterThan(1);
    expect(eventsDrawn(el)).to.equal(expected);
    expect(status(el)).to.equal(`${expected} of 49 events shown`);
    input.value = 'no such words anywhere';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await el.updateComplete;
    expect(eventsDrawn(el)).to.equal(0);
    expect(status(el)).to.equal('0 of 49 events shown');
  });

  it('has no search box without the search attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><news-timeline .data=${await loadJson(datasetUrl)}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await rendered(el);
    expect($(el, '[part="search"]')).to.equal(null);
  });

  it('passes axe with a category hidden and a search typed', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree; slow on a busy machine
    const el = await searchable();
    $$(el, '[part="legend-item"]')[0].click();
    const input = $<HTMLInputElement>(el, '[part="search-input"]')!;
    input.value = 'kabul';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
