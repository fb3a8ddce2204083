// Labels that read at every width: no event label or era title runs past the
// viewport, a shortened one shows in full on hover or focus, and the default
// story labels its key events on the first screen at 1280 px.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, card, cardOpen, datasetUrl, frame, loadJson, marker, rendered} from './helpers.js';

/** The key events of the default story (importance 3 in the data file). */
const KEY_EVENTS = [
  'september-11-attacks', 'operation-enduring-freedom-begins', 'doha-agreement', 'fall-of-kabul-2021',
  'kabul-airport-bombing', 'last-us-troops-leave', 'moscow-format-talks-2021',
];

let dataset: {events: {id: string; title: string; importance?: number}[]};

/**
 * The window is `width` px wide, as the test asked; false where the browser's
 * driver cannot resize it (WebKit through WebDriver), where a page of that
 * width stands in: a box as wide, which is all the element sees.
 */
let windowSized = true;

/** The default story as the demo shows it: a page `width` px wide, with the demo's 2rem margins. */
async function demoAt(width: number, dir: 'ltr' | 'rtl' = 'ltr'): Promise<NewsTimeline> {
  try {
    await setViewport({width, height: 800});
    windowSized = true;
  } catch {
    windowSized = false;
  }
  document.body.style.margin = '0';
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="box-sizing: border-box; width: ${width}px; padding: 0 2rem"></div>`);
  const el = document.createElement('news-timeline');
  const loaded = new Promise((resolve) => el.addEventListener('news-timeline-load', resolve, {once: true}));
  el.src = datasetUrl;
  wrapper.append(el);
  await loaded;
  await rendered(el);
  // Every item drawn (new ones can be spread over frames).
  for (let i = 0; i < 10; i++) await frame();
  await el.updateComplete;
  return el;
}

const box = (element: Element) => element.getBoundingClientRect();

/** Boxes (with what they are) that stick out of the viewport or the window, by more than half a pixel of rounding. */
function outside(el: NewsTimeline, selector: string) {
  const viewport = box($(el, '[part="viewport"]')!);
  const right = windowSized ? Math.min(viewport.right, window.innerWidth) : viewport.right;
  const left = windowSized ? Math.max(viewport.left, 0) : viewport.left;
  return $$(el, selector)
    .filter((label) => getComputedStyle(label).visibility !== 'hidden' && box(label).width > 0)
    .filter((label) => box(label).left < left - 0.5 || box(label).right > right + 0.5)
    .map((label) => `"${label.textContent}" [${box(label).left}, ${box(label).right}] outside [${left}, ${right}]`);
}

/** Moves the mouse onto `element`, `dx` px from its start, scrolling the page to it first where the window is narrower than the page. */
async function pointAt(element: Element, dx: number): Promise<void> {
  if (!windowSized) element.scrollIntoView({block: 'nearest', inline: 'center'});
  const {left, top, height} = box(element);
  await sendMouse({type: 'move', position: [Math.round(left + dx), Math.round(top + height / 2)]});
}

/** The text shows whole in its box (not cut by an ellipsis). */
const whole = (label: HTMLElement) => label.scrollWidth <= label.clientWidth + 1;

describe('<news-timeline> labels that read', () => {
  before(async () => {
    dataset = (await loadJson(datasetUrl)) as typeof dataset;
  });

  afterEach(async () => {
    await resetMouse();
    document.body.style.margin = '';
  });

  after(async () => {
    if (windowSized) await setViewport({width: 800, height: 600});
  });

  it('marks the seven key events of the default story as the most important', () => {
    expect(dataset.events.filter((e) => e.importance === 3).map((e) => e.id)).to.have.members(KEY_EVENTS);
  });

  for (const width of [1280, 800]) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`keeps every event label and era title inside the viewport at ${width} px (${dir})`, async () => {
        const el = await demoAt(width, dir);
        expect($(el, '[part="viewport"]'), 'the horizontal timeline is drawn').to.exist;
        expect($$(el, '[part="label"]').length).to.be.greaterThan(5);
        expect(outside(el, '[part="label"]')).to.deep.equal([]);
        expect(outside(el, '[part="era-label"]')).to.deep.equal([]);
      });
    }

    it(`shows each era title whole, or names it in full on hover, at ${width} px`, async () => {
      const el = await demoAt(width);
      const labels = $$(el, '[part="era-label"]');
      expect(labels.length).to.be.greaterThan(0);
      let shortened = 0;
      for (const label of labels) {
        const title = label.textContent!;
        if (getComputedStyle(label).visibility !== 'hidden' && whole(label)) continue;
        shortened++;
        // Its band names it to a mouse.
        const band = label.previousElementSibling as HTMLElement;
        expect(band.getAttribute('title'), `the band of "${title}"`).to.equal(title);
        if (getComputedStyle(label).visibility === 'hidden') continue;
        // Hovered, the title shows whole, still within the viewport.
        await pointAt(label, 8);
        await frame();
        expect(whole(label), `"${title}" in full on hover`).to.be.true;
        expect(outside(el, '[part="era-label"]')).to.deep.equal([]);
        await sendMouse({type: 'move', position: [0, 0]});
        window.scrollTo(0, 0);
        await frame();
      }
      if (width === 1280) expect(shortened, 'some titles are too long for their room at 1280 px').to.be.greaterThan(0);
    });
  }

  it('labels every key event on the first screen at 1280 px', async () => {
    const el = await demoAt(1280);
    const viewport = box($(el, '[part="viewport"]')!);
    const missing = KEY_EVENTS.filter((id) => {
      const label = marker(el, id)?.querySelector<HTMLElement>('[part="label"]');
      if (!label) return true;
      const {left, right, width} = box(label);
      const title = dataset.events.find((e) => e.id === id)!.title;
      return label.textContent !== title || width < 40 || left < viewport.left || right > viewport.right;
    });
    expect(missing, 'key events without a visible label').to.deep.equal([]);
  });

  it('shows the full title of a shortened event label on hover and on keyboard focus', async () => {
    const el = await demoAt(1280);
    const short = $$(el, '[part="label"]').find((label) => !whole(label))!;
    expect(short, 'a shortened label at 1280 px').to.exist;
    const button = short.closest<HTMLElement>('[data-id]')!;
    const title = dataset.events.find((e) => e.id === button.dataset.id)!.title;
    await pointAt(short, 10);
    await waitUntil(() => cardOpen(el), 'the card opens on hover');
    await el.updateComplete;
    const heading = card(el).querySelector<HTMLElement>('.card-title')!;
    expect(heading.textContent).to.equal(title);
    expect(box(heading).width).to.be.greaterThan(0);
    expect(whole(heading)).to.be.true;
    await sendMouse({type: 'move', position: [0, 0]});
    await waitUntil(() => !cardOpen(el), 'the card closes when the pointer leaves');
    // By keyboard: focus moves along the events with the arrow keys to the same one.
    button.focus();
    await sendKeys({press: 'Shift'});
    await waitUntil(() => cardOpen(el), 'the card opens on focus');
    expect(card(el).querySelector('.card-title')!.textContent).to.equal(title);
  });

  it('shows a shortened era title whole while keyboard focus is on one of its events', async () => {
    const el = await demoAt(1280);
    const title = 'US–Taliban negotiations in Doha';
    const label = $$(el, '[part="era-label"]').find((l) => l.textContent === title)!;
    expect(whole(label), `"${title}" is shortened at rest`).to.be.false;
    // The Doha agreement, on the era's last day.
    marker(el, 'doha-agreement')!.focus();
    await el.updateComplete;
    await frame();
    expect(whole(label), `"${title}" whole while an event of it has focus`).to.be.true;
    expect(outside(el, '[part="era-label"]')).to.deep.equal([]);
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await frame();
    expect(whole(label), 'shortened again once focus leaves').to.be.false;
  });

  it('shows the vertical chronology at 375 px, with nothing past the window', async () => {
    const el = await demoAt(375);
    expect($(el, '[part="viewport"]'), 'no horizontal timeline').to.not.exist;
    const items = $$(el, '[data-id]');
    expect(items.length).to.equal(dataset.events.length);
    const page = el.parentElement!;
    const past = items.filter((item) => box(item).right > box(page).right + 0.5 || box(item).left < box(page).left - 0.5).map((item) => item.dataset.id);
    expect(past).to.deep.equal([]);
    expect(page.scrollWidth, 'nothing wider than the page').to.be.at.most(page.clientWidth);
    if (windowSized) expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });
});
