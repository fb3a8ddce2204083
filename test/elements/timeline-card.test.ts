import {expect, waitUntil} from '@open-wc/testing';
import {NewsTimelineSelectEvent} from '../../src/index.js';
import {$, $$, card, cardOpen, datasetUrl, fixtureUrl, hover, key, loadJson, marker, timelineFrom, timelineWith, unhover, zoomSettled, nextEvent} from './helpers.js';

describe('<news-timeline> source card', () => {
  it('opens on hover with the date, title, summary and the excerpt as an attributed quotation', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    hover(marker(el, 'first')!);
    await el.updateComplete;
    expect(cardOpen(el)).to.be.true;
    const c = card(el);
    expect(c.querySelector('time')!.textContent).to.equal('September 11, 2001');
    expect(c.querySelector('.card-title')!.textContent).to.equal('First event');
    expect(c.querySelector('.card-summary')!.textContent).to.equal('What happened first.');
    expect(c.querySelector('blockquote')!.textContent!.trim()).to.equal('The first thing happened on a Tuesday.');
    const link = c.querySelector<HTMLAnchorElement>('figcaption cite a')!;
    expect(link.textContent).to.contain('Example Wire');
    expect(link.href).to.equal('https://example.org/first');
    expect(link.rel).to.contain('noopener');
    expect(marker(el, 'first')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('closes shortly after the pointer leaves, unless it moves onto the card', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    hover(marker(el, 'first')!);
    await el.updateComplete;
    unhover(marker(el, 'first')!);
    card(el).dispatchEvent(new PointerEvent('pointerenter'));
    await new Promise((r) => setTimeout(r, 300));
    expect(cardOpen(el)).to.be.true;
    card(el).dispatchEvent(new PointerEvent('pointerleave'));
    await waitUntil(() => !cardOpen(el), 'card did not close after the pointer left it');
  });

  it('shows a range at its dates and never links a non-http source', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    hover($(el, '[data-id="second"]')!);
    await el.updateComplete;
    expect(card(el).querySelector('time')!.textContent).to.match(/June 2010\s*–\s*March 2012/);
    hover(marker(el, 'third')!);
    await el.updateComplete;
    const sources = Array.from(card(el).querySelectorAll('.card-sources li'));
    expect(sources).to.have.length(2);
    expect(card(el).querySelectorAll('a')).to.have.length(0);
    expect(sources[1].textContent).to.contain('Unsafe link');
  });

  it('opens on keyboard focus and closes with Escape', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    marker(el, 'third')!.focus();
    await el.updateComplete;
    expect(cardOpen(el)).to.be.true;
    expect(card(el).querySelector('.card-title')!.textContent).to.equal('Third event');
    key(marker(el, 'third')!, 'Escape');
    await el.updateComplete;
    expect(cardOpen(el)).to.be.false;
  });

  it('pins on click, reflects selected, fires news-timeline-select, and unpins with a click outside', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    const selected = nextEvent(el, 'news-timeline-select');
    marker(el, 'first')!.click();
    const event = await selected;
    expect(event).to.be.instanceOf(NewsTimelineSelectEvent);
    expect(event.eventId).to.equal('first');
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('first');
    expect(marker(el, 'first')!.getAttribute('part')).to.equal('marker marker-selected');
    // A pinned card survives the pointer leaving and a hover elsewhere.
    unhover(marker(el, 'first')!);
    hover(marker(el, 'third')!);
    await new Promise((r) => setTimeout(r, 300));
    expect(card(el).querySelector('.card-title')!.textContent).to.equal('First event');
    const cleared = nextEvent(el, 'news-timeline-select');
    document.body.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, composed: true}));
    expect((await cleared).eventId).to.equal(null);
    await el.updateComplete;
    expect(cardOpen(el)).to.be.false;
    expect(el.hasAttribute('selected')).to.be.false;
  });

  it('pins with Enter, closes with Escape and gives focus back to the event', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    const button = marker(el, 'third')!;
    button.focus();
    key(button, 'Enter');
    await el.updateComplete;
    expect(el.selected).to.equal('third');
    expect(card(el).querySelector('.card-close')).to.exist;
    key(button, 'Escape');
    await el.updateComplete;
    expect(cardOpen(el)).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('opens the card of an event set through the selected attribute, without firing select', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    let fired = 0;
    el.addEventListener('news-timeline-select', () => fired++);
    el.setAttribute('selected', 'second');
    await el.updateComplete;
    await el.updateComplete;
    expect(cardOpen(el)).to.be.true;
    expect(card(el).querySelector('.card-title')!.textContent).to.equal('Second event lasts');
    expect(fired).to.equal(0);
  });

  it('shows the card above the page: in the top layer, outside a clipping ancestor', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    const clip = el.parentElement!;
    clip.style.cssText += ';overflow:hidden;height:260px;position:relative;z-index:0';
    hover(marker(el, 'first')!);
    await el.updateComplete;
    const rect = card(el).getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.bottom - 4);
    expect(card(el).contains(hit)).to.be.true;
    if ('popover' in HTMLElement.prototype) expect(card(el).matches(':popover-open')).to.be.true;
  });

  it('shows the verbatim excerpt of the Moscow talks of 20 October 2021 with its attribution', async () => {
    const el = await timelineFrom(datasetUrl, 1280);
    el.zoomTo('2021-10-17', '2021-10-23');
    await zoomSettled(el);
    const talks = marker(el, 'moscow-format-talks-2021')!;
    expect(talks, 'the 20 October event is drawn after zooming in').to.exist;
    hover(talks);
    await el.updateComplete;
    const quotes = Array.from(card(el).querySelectorAll('figure'));
    expect(quotes.map((q) => q.querySelector('blockquote')!.textContent!.trim())).to.include(
      'The US chose not to attend the talks, citing technical reasons, but has hinted at joining future rounds.',
    );
    expect(quotes[0].querySelector('figcaption')!.textContent).to.contain('News Desk report on the Moscow talks');
    expect(card(el).querySelector('time')!.textContent).to.equal('October 20, 2021');
    expect($$(el, '.card-sources li').length).to.be.greaterThan(2);
  });
});
