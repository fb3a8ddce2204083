import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {NewsTimeline} from '../../src/index.js';
import {$, card, cardOpen, datasetUrl, fixtureUrl, loadJson, nextEvent, rendered, timelineWith, zoomSettled} from './helpers.js';

const DAY = 86_400_000;
const focused = (el: NewsTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedEvent = (el: NewsTimeline) => {
  const id = focused(el)?.dataset.id;
  return id ? el.timeline!.events.find((e) => e.id === id) : undefined;
};
const press = async (el: NewsTimeline, key: string) => {
  await sendKeys({press: key});
  await zoomSettled(el);
};

/** Presses `key` until `done()` holds (at most `max` times); fails with `what` otherwise. */
async function pressUntil(el: NewsTimeline, key: string, done: () => boolean, what: string, max = 60): Promise<void> {
  for (let i = 0; i < max && !done(); i++) await press(el, key);
  expect(done(), what).to.be.true;
}

describe('<news-timeline> with the keyboard alone', () => {
  it('Tab in, reach the 2021-10-20 event and open its card, zoom to August 2021, return to the full view', async function () {
    // Real key presses with a wait for each animated move: slow by design.
    this.timeout(90_000);
    const page = await fixture<HTMLDivElement>(html`<div style="width: 1280px"><button id="before">Before</button></div>`);
    const el = document.createElement('news-timeline');
    const loaded = nextEvent(el, 'news-timeline-load');
    el.src = datasetUrl;
    // Something to Tab to after the timeline: Tab past the page's last control
    // would move focus into Firefox's own toolbar, and from there key presses
    // stop activating buttons in the test files run after this one.
    const after = Object.assign(document.createElement('button'), {id: 'after', textContent: 'After'});
    page.append(el, after);
    await loaded;
    await rendered(el);
    const full = el.visibleWindow!;

    page.querySelector<HTMLButtonElement>('#before')!.focus();
    // Tab goes through the legend toggles and zoom buttons, then reaches the events as one stop.
    await pressUntil(el, 'Tab', () => Boolean(focused(el)?.dataset.key), 'Tab reaches the events', 15);
    expect(focused(el)!.dataset.key).to.equal(el.shadowRoot!.querySelector<HTMLElement>('[data-key][tabindex="0"]')!.dataset.key);
    const first = focused(el)!;
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.dataset.key, 'the events are a single tab stop').to.be.undefined;
    expect(document.activeElement === el || document.activeElement === after, 'focus stays in the page').to.be.true;
    first.focus();

    // End goes to the last item; a cluster opens with Enter (zooming in, or listing the events of
    // one day in the card), until an event of 20 October 2021 has the focus.
    const listed = () => card(el).querySelector('.card-pick') !== null;
    const onTalksDay = () => focusedEvent(el)?.date.iso === '2021-10-20';
    for (let i = 0; i < 8 && !onTalksDay() && !listed(); i++) {
      await press(el, 'End');
      if (focused(el)!.matches('[part~="cluster"]')) await press(el, 'Enter');
    }
    if (listed()) {
      const pick = Array.from(card(el).querySelectorAll<HTMLButtonElement>('.card-pick')).find((b) => b.textContent!.includes('Moscow'))!;
      pick.focus();
    } else {
      expect(onTalksDay(), 'an event of 20 October 2021 is reached').to.be.true;
    }
    await press(el, 'Enter');
    await waitUntil(() => cardOpen(el), 'the card opens');
    expect(card(el).querySelector('time')!.getAttribute('datetime')).to.equal('2021-10-20');
    expect(card(el).querySelector('blockquote')).to.exist;
    expect(el.selected).to.be.a('string');

    // Escape closes the card and gives focus back; then walk back to August and zoom in with "+".
    await press(el, 'Escape');
    expect(cardOpen(el)).to.be.false;
    expect(focused(el)).to.exist;
    const inAugust = () => (focusedEvent(el)?.date.iso ?? '').startsWith('2021-08');
    await pressUntil(el, 'ArrowLeft', inAugust, 'an event of August 2021 is reached');
    await pressUntil(el, '+', () => el.visibleWindow!.end - el.visibleWindow!.start < 40 * DAY, 'zoomed in to weeks', 12);
    const w = el.visibleWindow!;
    expect(new Date(w.start).toISOString() < '2021-09-01' && new Date(w.end).toISOString() > '2021-08-01', 'the window is in August 2021').to.be.true;

    await press(el, '0');
    expect(el.visibleWindow!.start).to.be.closeTo(full.start, DAY);
    expect(el.visibleWindow!.end).to.be.closeTo(full.end, DAY);
    expect(focused(el), 'focus is still on an event').to.exist;
  });

  it('moves between lanes with Up and Down, and a screenful with PageDown and PageUp', async () => {
    const el = await timelineWith(await loadJson(datasetUrl), 1280);
    el.zoomTo('2001-06-01', '2009-06-01');
    await zoomSettled(el);
    const first = el.shadowRoot!.querySelector<HTMLElement>('[data-key][tabindex="0"]')!;
    first.focus();
    const laneOf = (b: HTMLElement) => Math.round(new DOMMatrix(getComputedStyle(b.parentElement!).transform).m42);
    const startLane = laneOf(first);
    await press(el, 'ArrowDown');
    expect(laneOf(focused(el)!)).to.be.greaterThan(startLane);
    await press(el, 'ArrowUp');
    expect(laneOf(focused(el)!)).to.equal(startLane);

    const before = el.visibleWindow!;
    await press(el, 'PageDown');
    const after = el.visibleWindow!;
    expect(after.start).to.be.greaterThan(before.start + (before.end - before.start) * 0.5);
    expect(after.end - after.start).to.be.closeTo(before.end - before.start, DAY);
    const x = focused(el)!.getBoundingClientRect().left - $(el, '[part="viewport"]')!.getBoundingClientRect().left;
    expect(x, 'the focused event is on screen').to.be.within(0, 1280);
    await press(el, 'PageUp');
    expect(el.visibleWindow!.start).to.be.lessThan(after.start);
  });

  it('zooms with + and -, around the focused event', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    el.shadowRoot!.querySelector<HTMLElement>('[data-id="second"]')!.focus();
    const full = el.visibleWindow!.end - el.visibleWindow!.start;
    await press(el, '+');
    const zoomed = el.visibleWindow!;
    expect((zoomed.end - zoomed.start) / full).to.be.closeTo(0.5, 0.01);
    const second = el.timeline!.events[1];
    expect(second.date.start).to.be.within(zoomed.start, zoomed.end);
    await press(el, '-');
    expect(el.visibleWindow!.end - el.visibleWindow!.start).to.be.closeTo(full, DAY);
  });
});
