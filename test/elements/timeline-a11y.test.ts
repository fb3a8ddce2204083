import {expect, fixture, html} from '@open-wc/testing';
import {$, card, datasetUrl, fixtureUrl, hover, marker, rendered, timelineFrom, timelineWith, loadJson} from './helpers.js';

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

  it('has a high-contrast theme: black on white, outlined markers, 7:1 text', async function () {
    this.timeout(30_000);
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    const before = getComputedStyle($(el, '.dot')!).boxShadow;
    el.theme = 'high-contrast';
    await el.updateComplete;
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (value: string) => {
      const [r, g, b] = rgb(value).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const background = getComputedStyle(el).backgroundColor;
    expect(rgb(background)).to.deep.equal([255, 255, 255]);
    expect(rgb(getComputedStyle($(el, '[part="title"]')!).color)).to.deep.equal([0, 0, 0]);
    for (const selector of ['[part="description"]', '[part="tick-label"]', '[part="label"]']) {
      const element = $(el, selector);
      if (element) expect(ratio(getComputedStyle(element).color, background), selector).to.be.at.least(7);
    }
    const ring = getComputedStyle($(el, '.dot')!).boxShadow;
    expect(ring).to.not.equal(before);
    expect(ring).to.contain('rgb(0, 0, 0)');
    hover(marker(el, 'third')!);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<news-timeline> in the page\'s outline (heading-level)', () => {
  // The page's last heading, and the level the timeline's title takes under it (none: the default, 2).
  const pages: Array<[number, number | undefined]> = [[1, undefined], [2, 3], [3, 4]];
  for (const [previous, level] of pages) {
    for (const width of [1280, 375]) {
      it(`passes axe's heading-order after an <h${previous}>, heading-level ${level ?? 'unset'}, at ${width} px, card closed and open`, async function () {
        this.timeout(60_000); // axe walks the whole shadow tree; slow on a busy machine
        const data = await loadJson(fixtureUrl('three-events.json'));
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        const heading = document.createElement(`h${previous}`);
        heading.textContent = 'The article';
        const el = document.createElement('news-timeline');
        if (level) el.setAttribute('heading-level', String(level));
        el.data = data;
        wrapper.append(heading, el);
        await rendered(el);
        const title = level ?? 2;
        expect($(el, '#title')!.getAttribute('aria-level')).to.equal(String(title));
        await expect(wrapper).to.be.accessible();
        marker(el, 'first')!.click();
        await el.updateComplete;
        // Under the title: the card's title (its sources one below), or in the chronology the years (an open card's sources one below).
        const open = width < 600 ? $(el, '.inline-card')! : card(el);
        expect(open.querySelector('.card-sources-heading')!.getAttribute('aria-level'), 'the card\'s sources').to.equal(String(title + 2));
        if (width < 600) expect($(el, '.year')!.getAttribute('aria-level'), 'a year').to.equal(String(title + 1));
        else expect(open.querySelector('.card-title')!.getAttribute('aria-level'), 'the card\'s title').to.equal(String(title + 1));
        await expect(wrapper).to.be.accessible();
      });
    }
  }
});
