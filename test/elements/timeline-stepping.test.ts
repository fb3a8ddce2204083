import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, card, cardOpen, datasetUrl, loadJson, nextEvent, rendered, withReducedMotion, zoomSettled} from './helpers.js';

/*
 * Previous and next: the buttons in the header and in the pinned card, the
 * position they announce, a swipe on the card, the data's `story` order and
 * `start-at`, in both layouts.
 */

type Attrs = Record<string, string>;

async function timelineAt(width: number, attrs: Attrs = {}, data?: unknown): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('news-timeline');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const loaded = nextEvent(el, 'news-timeline-load');
  if (data) el.data = data;
  else el.src = datasetUrl;
  wrapper.append(el);
  await loaded;
  await rendered(el);
  return el;
}

const headerButton = (el: NewsTimeline, which: 'previous' | 'next') => $(el, `.stepper-header [data-step="${which}"]`)!;
const cardButton = (el: NewsTimeline, which: 'previous' | 'next') => $(el, `.stepper-card [data-step="${which}"]`);
const position = (el: NewsTimeline, where = 'header') => $(el, `.stepper-${where} .step-position`)!.textContent!.trim();
const liveRegion = (el: NewsTimeline) => $(el, '[role="status"]')!.textContent!.trim();
const disabled = (button: Element) => button.getAttribute('aria-disabled') === 'true';

/** Three events in date order, and a story that visits two of them backwards, with one more that is no step. */
const storyDoc = {
  title: 'Story order',
  categories: [{id: 'a', label: 'A'}, {id: 'b', label: 'B'}],
  events: [
    {id: 'one', date: '2021-01-01', title: 'One', category: 'a'},
    {id: 'two', date: '2021-02-01', title: 'Two', category: 'b'},
    {id: 'three', date: '2021-03-01', title: 'Three', category: 'a'},
    {id: 'four', date: '2021-04-01', title: 'Four', category: 'a'},
  ],
  story: ['three', 'two', 'one'],
};

describe('<news-timeline> stepping: the header buttons', () => {
  for (const width of [1280, 375]) {
    it(`has "Previous event" and "Next event" in a named group at ${width} px, both usable before anything is selected`, async () => {
      const el = await timelineAt(width);
      const group = $(el, '.stepper-header')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Event by event');
      expect(headerButton(el, 'previous').getAttribute('aria-label')).to.equal('Previous event');
      expect(headerButton(el, 'next').getAttribute('aria-label')).to.equal('Next event');
      expect(disabled(headerButton(el, 'next'))).to.be.false;
      expect(position(el), 'before a step, how many there are').to.equal('49 events');
      const box = group.getBoundingClientRect();
      expect(box.width, 'the group is drawn').to.be.greaterThan(60);
      const region = $(el, '[part="region"]')!.getBoundingClientRect();
      expect(box.right, 'within the timeline').to.be.at.most(region.right + 0.5);
      expect(box.left).to.be.at.least(region.left - 0.5);
    });
  }

  it('walks all 49 events of the default story in date order to the Moscow talks, then Next is disabled', async () => {
    await withReducedMotion(async () => {
      const el = await timelineAt(1280, {'start-at': 'first'});
      const order = el.timeline!.events.map((e) => e.id);
      expect(order).to.have.length(49);
      expect(el.selected, 'start-at="first" opens the first event').to.equal(order[0]);
      expect(position(el)).to.equal('1 of 49');
      expect(disabled(headerButton(el, 'previous')), 'nothing before the first').to.be.true;
      const visited = [el.selected];
      for (let i = 1; i < order.length; i++) {
        headerButton(el, 'next').click();
        await el.updateComplete;
        visited.push(el.selected);
        expect(position(el)).to.equal(`${i + 1} of 49`);
      }
      expect(visited).to.deep.equal(order);
      const last = el.timeline!.events[48];
      expect(last.date.iso, 'the last step is the day of the Moscow talks').to.equal('2021-10-20');
      const date = card(el).querySelector('.card-date time')!.textContent;
      expect(liveRegion(el), 'the position and the event are announced').to.equal(`49 of 49, ${last.title}, ${date}`);
      expect(disabled(headerButton(el, 'next'))).to.be.true;
      headerButton(el, 'next').click();
      await el.updateComplete;
      expect(el.selected, 'a disabled Next does nothing').to.equal(last.id);
      await zoomSettled(el);
      const marker = $(el, `[data-id="${last.id}"]`);
      expect(marker, 'the last event stands alone on screen').to.exist;
      const viewport = $(el, '[part="viewport"]')!.getBoundingClientRect();
      const box = marker!.getBoundingClientRect();
      expect(box.left).to.be.within(viewport.left, viewport.right);
      expect(cardOpen(el)).to.be.true;
    });
  });

  it('steps back with Previous, and from nothing selected goes to the first event in view; each step is the reader\'s choice, and says so', async () => {
    const el = await timelineAt(1280);
    const chosen: (string | null)[] = [];
    el.addEventListener('news-timeline-select', (e) => chosen.push(e.eventId));
    headerButton(el, 'next').click();
    await el.updateComplete;
    const first = el.selected!;
    expect(first).to.equal(el.timeline!.events[0].id);
    headerButton(el, 'next').click();
    await el.updateComplete;
    headerButton(el, 'previous').click();
    await el.updateComplete;
    expect(el.selected).to.equal(first);
    expect(position(el)).to.equal('1 of 49');
    expect(chosen).to.deep.equal([first, el.timeline!.events[1].id, first]);
    el.next();
    await el.updateComplete;
    expect(chosen, 'next() from code fires nothing').to.have.length(3);
  });

  it('works from the keyboard: Enter on the focused button steps, and focus stays on it', async () => {
    const el = await timelineAt(1280);
    headerButton(el, 'next').focus();
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.selected).to.equal(el.timeline!.events[2].id);
    expect(el.shadowRoot!.activeElement).to.equal(headerButton(el, 'next'));
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(el.selected).to.equal(el.timeline!.events[3].id);
  });

  it('counts only the events the filters leave shown', async () => {
    const el = await timelineAt(1280, {}, {...storyDoc, story: undefined});
    $$(el, '[part~="legend-item"]').find((b) => b.textContent!.includes('B'))!.click();
    await el.updateComplete;
    headerButton(el, 'next').click();
    await el.updateComplete;
    expect(position(el)).to.equal('1 of 3');
    headerButton(el, 'next').click();
    await el.updateComplete;
    expect(el.selected, 'the hidden event "two" is no step').to.equal('three');
  });

  it('speaks the language of the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru" style="width: 1280px"></div>`);
    const el = document.createElement('news-timeline');
    el.data = storyDoc;
    wrapper.append(el);
    await rendered(el);
    expect(headerButton(el, 'next').getAttribute('aria-label')).to.equal('Следующее событие');
    headerButton(el, 'next').click();
    await el.updateComplete;
    expect(position(el)).to.equal('1 из 3');
  });
});

describe('<news-timeline> stepping: the data\'s story and start-at', () => {
  it("follows the story's order, visits only its events, and is disabled at its end", async () => {
    const el = await timelineAt(1280, {}, storyDoc);
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      el.next();
      await el.updateComplete;
      visited.push(el.selected!);
    }
    expect(visited).to.deep.equal(['three', 'two', 'one', 'one']);
    expect(position(el)).to.equal('3 of 3');
    expect(disabled(headerButton(el, 'next'))).to.be.true;
  });

  it('from an event outside the story, Next goes to its first step', async () => {
    const el = await timelineAt(1280, {selected: 'four'}, storyDoc);
    expect(position(el), 'no place in the story: its length').to.equal('3 events');
    el.next();
    await el.updateComplete;
    expect(el.selected).to.equal('three');
  });

  it('start-at="last" opens the last step of the story; "first" its first', async () => {
    const last = await timelineAt(1280, {'start-at': 'last'}, storyDoc);
    expect(last.selected).to.equal('one');
    expect(cardOpen(last)).to.be.true;
    const first = await timelineAt(1280, {'start-at': 'first'}, storyDoc);
    expect(first.selected).to.equal('three');
  });

  it('start-at names an event by id; selected wins over it', async () => {
    const byId = await timelineAt(1280, {'start-at': 'two'}, storyDoc);
    expect(byId.selected).to.equal('two');
    expect(position(byId)).to.equal('2 of 3');
    const both = await timelineAt(1280, {'start-at': 'two', selected: 'four'}, storyDoc);
    expect(both.selected).to.equal('four');
  });

  it('reports a start-at that names no event, and opens nothing', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await timelineAt(1280, {'start-at': 'nope'}, storyDoc);
      expect(el.selected).to.equal(null);
      expect(el.problems).to.deep.include({severity: 'warning', path: 'start-at', message: '"nope" is not the id of an event in this timeline; nothing was selected'});
    } finally {
      console.warn = warn;
    }
  });

  it('opens the default story at its last event with start-at="last"', async () => {
    const el = await timelineAt(1280, {'start-at': 'last'});
    const doc = (await loadJson(datasetUrl)) as {events: {id: string; date: string}[]};
    const lastDate = doc.events.map((e) => e.date).sort().at(-1);
    expect(el.timeline!.events.find((e) => e.id === el.selected)!.date.iso).to.equal(lastDate);
  });
});

describe('<news-timeline> stepping: the pinned card', () => {
  it('has previous and next at its foot, and focus stays on the pressed button as the card moves on', async () => {
    const el = await timelineAt(1280, {selected: 'two'}, {...storyDoc, story: undefined});
    await zoomSettled(el);
    const next = cardButton(el, 'next')!;
    expect(next, 'the pinned card has a stepper').to.exist;
    expect(position(el, 'card')).to.equal('2 of 4');
    next.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.selected).to.equal('three');
    expect(card(el).querySelector('.card-title')!.textContent).to.equal('Three');
    expect(el.shadowRoot!.activeElement).to.equal(cardButton(el, 'next'));
    expect(cardOpen(el)).to.be.true;
  });

  it('in the chronology, the next entry opens and focus follows to its card\'s button', async () => {
    const el = await timelineAt(375, {selected: 'two'}, {...storyDoc, story: undefined});
    cardButton(el, 'next')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.selected).to.equal('three');
    const open = $(el, '.inline-card')!;
    expect(open.id, 'the card opened under the third entry').to.equal('v-card-2');
    expect(el.shadowRoot!.activeElement).to.equal(cardButton(el, 'next'));
    expect(open.contains(el.shadowRoot!.activeElement)).to.be.true;
  });

  it('a card shown by hovering has no stepper: it is not the selection', async () => {
    const el = await timelineAt(1280, {}, storyDoc);
    const marker = $(el, '[data-id="two"]')!;
    marker.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true, pointerType: 'mouse'}));
    await el.updateComplete;
    expect(cardOpen(el)).to.be.true;
    expect(cardButton(el, 'next')).to.equal(null);
  });
});

describe('<news-timeline> stepping: a swipe on the open card', () => {
  function swipe(target: Element, dx: number, dy = 0, pointerType = 'touch'): void {
    const box = target.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const init = {bubbles: true, composed: true, pointerId: 7, pointerType, isPrimary: true};
    target.dispatchEvent(new PointerEvent('pointerdown', {...init, clientX: x, clientY: y}));
    target.dispatchEvent(new PointerEvent('pointerup', {...init, clientX: x + dx, clientY: y + dy}));
  }

  it('leftward goes on and rightward back; a short or vertical move, or a mouse, does nothing', async () => {
    const el = await timelineAt(1280, {selected: 'two'}, {...storyDoc, story: undefined});
    const summary = card(el).querySelector('.card-title')!;
    swipe(summary, -120);
    await el.updateComplete;
    expect(el.selected).to.equal('three');
    swipe(card(el).querySelector('.card-title')!, 120);
    await el.updateComplete;
    expect(el.selected).to.equal('two');
    swipe(card(el).querySelector('.card-title')!, -30);
    swipe(card(el).querySelector('.card-title')!, -80, 120);
    swipe(card(el).querySelector('.card-title')!, -120, 0, 'mouse');
    await el.updateComplete;
    expect(el.selected).to.equal('two');
    expect(liveRegion(el)).to.equal(`2 of 4, Two, ${card(el).querySelector('.card-date time')!.textContent}`);
  });

  it('turns the other way in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 1280px"></div>`);
    const el = document.createElement('news-timeline');
    el.data = {...storyDoc, story: undefined};
    el.selected = 'two';
    wrapper.append(el);
    await rendered(el);
    swipe(card(el).querySelector('.card-title')!, -120);
    await el.updateComplete;
    expect(el.selected).to.equal('one');
  });

  it('in the chronology too', async () => {
    const el = await timelineAt(375, {selected: 'two'}, {...storyDoc, story: undefined});
    swipe($(el, '.inline-card')!, -120);
    await el.updateComplete;
    expect(el.selected).to.equal('three');
  });
});
