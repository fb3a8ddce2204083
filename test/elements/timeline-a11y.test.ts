import {expect} from '@open-wc/testing';
import {$, card, datasetUrl, fixtureUrl, hover, marker, timelineFrom, timelineWith, loadJson} from './helpers.js';

describe('<news-timeline> accessibility', () => {
  it('is a region named by the title, with events named "title, date"', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    const region = $(el, '[part="region"]')!;
    expect(region.localName).to.equal('section');
    expect(region.getAttribute('aria-labelledby')).to.equal('title');
    expect($(el, '#title')!.textContent).to.equal('Three events');
    expect(marker(el, 'first')!.getAttribute('aria-label')).to.equal('First event, September 11, 2001');
  });

  it('passes axe with the default story loaded', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree; slow on a busy machine
    const el = await timelineFrom(datasetUrl, 1280);
    await expect(el).to.be.accessible();
  });

  it('passes axe with a card open', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree; slow on a busy machine
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    marker(el, 'first')!.click();
    await el.updateComplete;
    expect(card(el).querySelector('blockquote')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('passes axe in the error state and with problems listed', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree; slow on a busy machine
    const missing = await timelineFrom(fixtureUrl('missing-file.json'));
    await expect(missing).to.be.accessible();
    const bad = await timelineFrom(fixtureUrl('bad-events.json'));
    await expect(bad).to.be.accessible();
  });

  it('passes axe in the dark theme', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree; slow on a busy machine
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    el.theme = 'dark';
    hover(marker(el, 'third')!);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
