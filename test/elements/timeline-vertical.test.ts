import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, datasetUrl, key, loadJson, nextEvent, rendered} from './helpers.js';

async function timelineAt(width: number, attrs = ''): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('news-timeline');
  if (attrs) el.setAttribute('layout', attrs);
  el.data = await loadJson(datasetUrl);
  wrapper.append(el);
  await rendered(el);
  await el.updateComplete;
  return el;
}

describe('<news-timeline> layouts', () => {
  it('shows the vertical chronology with every event at 375 px, and the axis at 1280 px', async () => {
    const narrow = await timelineAt(375);
    expect($(narrow, '[part="chronology"]')).to.exist;
    expect($(narrow, '[part="viewport"]')).to.equal(null);
    expect($$(narrow, '[part~="entry"]')).to.have.length(49);
    expect($$(narrow, '[part="zoom-button"]')).to.have.length(0);
    const host = narrow.getBoundingClientRect();
    expect(narrow.scrollWidth, 'nothing overflows sideways').to.be.at.most(Math.ceil(host.width));
    const wide = await timelineAt(1280);
    expect($(wide, '[part="viewport"]')).to.exist;
    expect($(wide, '[part="chronology"]')).to.equal(null);
  });

  it('switches when the container is resized across 600 px, and the layout attribute forces one', async () => {
    const el = await timelineAt(900);
    expect($(el, '[part="viewport"]')).to.exist;
    el.parentElement!.style.width = '500px';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect($(el, '[part="chronology"]')).to.exist;
    el.layout = 'horizontal';
    await el.updateComplete;
    expect($(el, '[part="viewport"]')).to.exist;
    const forced = await timelineAt(1280, 'vertical');
    expect($(forced, '[part="chronology"]')).to.exist;
  });

  it('expands a card inline on click, pins the selection, and Escape folds it back', async () => {
    const el = await timelineAt(375);
    const entry = $(el, '[data-id="moscow-format-talks-2021"]')!;
    const selected = nextEvent(el, 'news-timeline-select');
    entry.click();
    expect((await selected).eventId).to.equal('moscow-format-talks-2021');
    await el.updateComplete;
    expect(entry.getAttribute('aria-expanded')).to.equal('true');
    const card = $(el, `#${entry.getAttribute('aria-controls')}`)!;
    const quotes = Array.from(card.querySelectorAll('blockquote'), (q) => q.textContent!.trim());
    expect(quotes).to.include('The US chose not to attend the talks, citing technical reasons, but has hinted at joining future rounds.');
    expect(card.textContent).to.contain('News Desk report on the Moscow talks');
    expect(el.shadowRoot!.querySelector('#card'), 'no floating card in the chronology').to.equal(null);
    key(entry, 'Escape');
    await el.updateComplete;
    expect(entry.getAttribute('aria-expanded')).to.equal('false');
    expect(el.selected).to.equal(null);
  });

  it('expands the event named by selected', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 375px"></div>`);
    const el = document.createElement('news-timeline');
    el.setAttribute('selected', 'kabul-airport-bombing');
    el.src = datasetUrl;
    const loaded = nextEvent(el, 'news-timeline-load');
    wrapper.append(el);
    await loaded;
    await rendered(el);
    await el.updateComplete;
    expect($(el, '[data-id="kabul-airport-bombing"]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('passes axe in the chronology, with a card open', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree; slow on a busy machine
    const el = await timelineAt(375);
    $(el, '[data-id="doha-agreement"]')!.click();
    await el.updateComplete;
    // The card fades in: checked halfway, its text is paler than it is once shown.
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expect(el).to.be.accessible();
  });
});
