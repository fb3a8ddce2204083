import {expect} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, datasetUrl, frame, timelineFrom, touch, zoomSettled} from './helpers.js';

const span = (el: NewsTimeline) => el.visibleWindow!.end - el.visibleWindow!.start;

describe('<news-timeline> on a touch screen', () => {
  it('zooms with a pinch', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const viewport = $(el, '[part="viewport"]')!;
    const full = span(el);
    touch(viewport, 'touchstart', [[400, 60], [600, 60]]);
    for (const d of [20, 40, 60, 80, 100]) touch(viewport, 'touchmove', [[400 - d, 60], [600 + d, 60]]);
    touch(viewport, 'touchend', [], [[300, 60], [700, 60]]);
    await frame();
    await el.updateComplete;
    // The fingers moved from 200 px apart to 400 px apart: twice the zoom.
    expect(span(el) / full).to.be.closeTo(0.5, 0.02);
  });

  it('pans with one finger once zoomed in', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    el.zoomBy(4);
    await zoomSettled(el);
    const viewport = $(el, '[part="viewport"]')!;
    const before = el.visibleWindow!.start;
    touch(viewport, 'touchstart', [[500, 60]]);
    for (const d of [40, 80, 120, 160, 200]) touch(viewport, 'touchmove', [[500 + d, 60]]);
    touch(viewport, 'touchend', [], [[700, 60]]);
    await frame();
    await el.updateComplete;
    expect((before - el.visibleWindow!.start) / span(el)).to.be.closeTo(0.2, 0.01);
  });

  it('opens and pins the card with a tap, which a touch never opens by hovering', async () => {
    const el = await timelineFrom(datasetUrl, 1000);
    const marker = el.shadowRoot!.querySelector<HTMLElement>('[part~="marker"]')!;
    marker.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true, pointerType: 'touch'}));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#card')!.childElementCount, 'no card from a touch "hover"').to.equal(0);
    marker.click();
    await el.updateComplete;
    expect(el.selected).to.equal(marker.dataset.id);
  });
});
