/// <reference types="mocha" />
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {NewsTimeline, NewsTimelineStepEvent, NewsTimelineSteps} from '../../src/index.js';
import {datasetUrl, frame, nextEvent, zoomSettled} from './helpers.js';

// Scrolling the page by a real wheel and real keys, as a reader does, moves
// steps through the band across the middle of the viewport.

let count = 0;

interface Page {
  timeline: NewsTimeline;
  steps: NewsTimelineSteps;
  /** Every news-timeline-step event, in order. */
  seen: NewsTimelineStepEvent[];
}

const DOHA = Date.UTC(2020, 1, 29);
const KABUL = Date.UTC(2021, 7, 15);

/** A page with a timeline and, below it, text whose steps start a screen lower. */
async function page(layout: 'horizontal' | 'vertical' = 'horizontal', timelineStyle = ''): Promise<Page> {
  const id = `steps-timeline-${++count}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px">
    <news-timeline id=${id} layout=${layout} style=${timelineStyle}></news-timeline>
    <news-timeline-steps for=${id}>
      <p style="height: 900px; margin: 0">Before the steps.</p>
      <p data-event="doha-agreement" style="height: 700px; margin: 0">Doha.</p>
      <p data-event="fall-of-kabul-2021" data-card="open" style="height: 700px; margin: 0">Kabul falls.</p>
      <p data-start="2021-08-14" data-end="2021-08-31" style="height: 700px; margin: 0">The airlift.</p>
      <p style="height: 1500px; margin: 0">After the steps.</p>
    </news-timeline-steps>
  </div>`);
  const timeline = wrapper.querySelector('news-timeline')!;
  const steps = wrapper.querySelector('news-timeline-steps')!;
  const seen: NewsTimelineStepEvent[] = [];
  steps.addEventListener('news-timeline-step', (event) => seen.push(event));
  const loaded = nextEvent(timeline, 'news-timeline-load');
  timeline.src = datasetUrl;
  await loaded;
  await timeline.updateComplete;
  await frame();
  return {timeline, steps, seen};
}

/** Waits until the page has held still for three frames in a row. */
async function scrollSettled(): Promise<void> {
  let last = scrollY;
  for (let still = 0, i = 0; still < 3 && i < 300; i++) {
    await frame();
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
  }
}

/** Turns the wheel over the text, a notch at a time, until the step `index` is reached. */
async function wheelTo(seen: NewsTimelineStepEvent[], index: number, deltaY: number): Promise<NewsTimelineStepEvent> {
  for (let i = 0; i < 60 && seen.at(-1)?.index !== index; i++) {
    await executeServerCommand('wheel', {x: 790, y: 300, deltaY});
    await scrollSettled();
  }
  expect(seen.at(-1)?.index, `the wheel did not reach step ${index}`).to.equal(index);
  return seen.at(-1)!;
}

/** Presses a key on the page until the step `index` is reached. */
async function pressTo(seen: NewsTimelineStepEvent[], index: number, key: string): Promise<NewsTimelineStepEvent> {
  for (let i = 0; i < 60 && seen.at(-1)?.index !== index; i++) {
    await sendKeys({press: key});
    await scrollSettled();
  }
  expect(seen.at(-1)?.index, `${key} did not reach step ${index}`).to.equal(index);
  return seen.at(-1)!;
}

const contains = (window: {start: number; end: number} | undefined, time: number) => Boolean(window && window.start <= time && time <= window.end);

describe('<news-timeline-steps>', function () {
  // Each turn of the wheel or key press goes through the test server and waits for the page to hold still.
  this.timeout(40000);
  beforeEach(() => {
    scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  afterEach(() => scrollTo(0, 0));

  it('steps forwards and back with the mouse wheel: the event revealed, its card open by data-card, the window zoomed, and the first state restored', async () => {
    const {timeline, seen} = await page();
    const before = timeline.visibleWindow!;
    expect(seen, 'no step is reached before scrolling').to.be.empty;

    const doha = await wheelTo(seen, 0, 200);
    expect(doha.eventId).to.equal('doha-agreement');
    await zoomSettled(timeline);
    expect(timeline.selected, 'the event is selected').to.equal('doha-agreement');
    expect(timeline.shadowRoot!.querySelector('[data-id="doha-agreement"]')!.classList.contains('selected')).to.be.true;
    expect(timeline.shadowRoot!.querySelector('[aria-expanded="true"]'), 'without data-card="open" no card is open').to.equal(null);
    expect(contains(timeline.visibleWindow, DOHA), 'the event is brought into view').to.be.true;
    timeline.zoomTo('2019-01-01', '2021-01-01');
    await zoomSettled(timeline);
    const leftAt = timeline.visibleWindow!;

    await wheelTo(seen, 1, 200);
    await zoomSettled(timeline);
    expect(timeline.selected, 'data-card="open" pins the card').to.equal('fall-of-kabul-2021');
    expect(timeline.shadowRoot!.querySelector('[data-id="fall-of-kabul-2021"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(contains(timeline.visibleWindow, KABUL)).to.be.true;

    const airlift = await wheelTo(seen, 2, 200);
    expect(airlift.window).to.deep.equal({start: Date.UTC(2021, 7, 14), end: Date.UTC(2021, 8, 1)});
    await zoomSettled(timeline);
    expect(timeline.selected, 'a window closes the card a step opened').to.equal(null);
    expect(timeline.visibleWindow!.start).to.be.closeTo(Date.UTC(2021, 7, 14), 3_600_000);
    expect(timeline.visibleWindow!.end).to.be.closeTo(Date.UTC(2021, 8, 1), 3_600_000);

    const back = await wheelTo(seen, 1, -200);
    expect(back.direction).to.equal('backwards');
    await zoomSettled(timeline);
    expect(timeline.selected, 'scrolling back shows the step before again').to.equal('fall-of-kabul-2021');

    await wheelTo(seen, 0, -200);
    await zoomSettled(timeline);
    expect(timeline.selected).to.equal('doha-agreement');
    expect(timeline.visibleWindow!.start, 'back at a step, the window it was left at').to.be.closeTo(leftAt.start, 86_400_000);
    expect(timeline.visibleWindow!.end).to.be.closeTo(leftAt.end, 86_400_000);
    expect(timeline.shadowRoot!.querySelector('[aria-expanded="true"]'), 'going back closes the card the later step opened').to.equal(null);
    expect(contains(timeline.visibleWindow, DOHA)).to.be.true;

    const top = await wheelTo(seen, -1, -200);
    expect(top.step).to.equal(null);
    await zoomSettled(timeline);
    expect(timeline.selected).to.equal(null);
    expect(timeline.visibleWindow!.start, 'above the first step, the timeline is as it was').to.be.closeTo(before.start, (before.end - before.start) / 1000);
    expect(timeline.visibleWindow!.end).to.be.closeTo(before.end, (before.end - before.start) / 1000);
    expect(seen.map((e) => `${e.index} ${e.direction}`)).to.deep.equal(['0 forwards', '1 forwards', '2 forwards', '1 backwards', '0 backwards', '-1 backwards']);
  });

  it('says which step was reached in its event: the element, its place, the event or window, and the direction', async () => {
    const {steps, seen} = await page();
    const event = await wheelTo(seen, 0, 200);
    expect(event).to.be.instanceOf(Event);
    expect(event.type).to.equal('news-timeline-step');
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.step).to.equal(steps.querySelector('[data-event="doha-agreement"]'));
    expect(event.index, 'counted among the elements marked as steps').to.equal(0);
    expect(event.eventId).to.equal('doha-agreement');
    expect(event.window).to.equal(undefined);
    expect(event.direction).to.equal('forwards');
  });

  it('steps with Page Down, the Down arrow and Space, and back with Page Up, never moving the focus', async () => {
    const {timeline, seen} = await page();
    const focused = document.activeElement;
    await pressTo(seen, 0, 'PageDown');
    await pressTo(seen, 1, 'ArrowDown');
    await pressTo(seen, 2, ' ');
    expect(document.activeElement, 'scrolling moved the focus').to.equal(focused);
    await zoomSettled(timeline);
    expect(timeline.visibleWindow!.start).to.be.closeTo(Date.UTC(2021, 7, 14), 3_600_000);
    await pressTo(seen, 1, 'PageUp');
    await timeline.updateComplete;
    expect(timeline.selected).to.equal('fall-of-kabul-2021');
    expect(document.activeElement).to.equal(focused);
  });

  it('leaves the focus where the reader put it, on a link in the text, while the timeline follows', async () => {
    const {timeline, steps, seen} = await page();
    const link = document.createElement('a');
    link.href = '#nowhere';
    link.textContent = 'a link in the text';
    steps.querySelector('[data-event="fall-of-kabul-2021"]')!.append(link);
    link.focus({preventScroll: true});
    await wheelTo(seen, 1, 200);
    await timeline.updateComplete;
    await frame();
    expect(timeline.selected).to.equal('fall-of-kabul-2021');
    expect(document.activeElement).to.equal(link);
  });

  it('scrolls the chronology in its own box to the step, and never the page', async () => {
    const {timeline, seen} = await page('vertical', 'display: block; height: 300px; overflow: auto');
    await wheelTo(seen, 0, 200);
    const pageAt = scrollY;
    await waitUntil(() => timeline.scrollTop > 0, 'the chronology did not scroll its box');
    const entryCentred = () => {
      const box = timeline.getBoundingClientRect();
      const entry = timeline.shadowRoot!.querySelector('[data-id="doha-agreement"]')!.getBoundingClientRect();
      return Math.abs((entry.top + entry.bottom) / 2 - (box.top + timeline.clientTop + timeline.clientHeight / 2)) < 2;
    };
    await waitUntil(entryCentred, 'the step\'s entry is not in the middle of the box');
    await scrollSettled();
    expect(scrollY, 'the page moved under the reader').to.equal(pageAt);

    await wheelTo(seen, 1, 200);
    const pageAt2 = scrollY;
    await timeline.updateComplete;
    await waitUntil(() => timeline.shadowRoot!.querySelector('[data-id="fall-of-kabul-2021"]')?.getAttribute('aria-expanded') === 'true', 'the card did not open');
    await frame();
    await scrollSettled();
    expect(scrollY, 'opening the card moved the page').to.equal(pageAt2);

    await wheelTo(seen, -1, -200);
    await waitUntil(() => timeline.scrollTop === 0, 'above the first step, the box did not go back');
    expect(timeline.selected).to.equal(null);
  });

  it('follows another timeline when the page points `for` at it', async () => {
    const {timeline: first, steps, seen} = await page();
    const other = document.createElement('news-timeline');
    other.id = `steps-timeline-${++count}`;
    other.setAttribute('layout', 'horizontal');
    const loaded = nextEvent(other, 'news-timeline-load');
    other.src = datasetUrl;
    steps.before(other);
    await loaded;
    steps.setAttribute('for', other.id);
    await wheelTo(seen, 1, 200);
    await other.updateComplete;
    expect(other.selected).to.equal('fall-of-kabul-2021');
    expect(first.selected, 'the first timeline is no longer followed').to.equal(null);
  });

  it('reports steps that name no event or hold no date, naming each, and still follows the others', async () => {
    const id = `steps-timeline-${++count}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px">
      <news-timeline-steps for=${id}>
        <p style="height: 900px">Before.</p>
        <p data-event="nope" style="height: 300px">Unknown.</p>
        <p data-start="2021-13" data-end="2021-12" style="height: 300px">Bad month.</p>
        <p data-event="doha-agreement" style="height: 300px">Doha.</p>
        <p style="height: 1500px">After.</p>
      </news-timeline-steps>
    </div>`);
    const steps = wrapper.querySelector('news-timeline-steps')!;
    const seen: NewsTimelineStepEvent[] = [];
    steps.addEventListener('news-timeline-step', (event) => seen.push(event));
    await frame();
    expect(steps.problems, 'nothing to report while the timeline is still to come').to.deep.equal([]);
    // The timeline comes after the steps: they wait for it and its data.
    const timeline = document.createElement('news-timeline');
    timeline.id = id;
    timeline.setAttribute('layout', 'horizontal');
    const loaded = nextEvent(timeline, 'news-timeline-load');
    timeline.src = datasetUrl;
    wrapper.prepend(timeline);
    await loaded;
    await waitUntil(() => steps.problems.length === 2, 'the steps were not reported');
    expect(steps.problems[0]).to.deep.equal({
      severity: 'error', path: 'news-timeline-steps > [data-event="nope"] (step 1)',
      message: `"nope" is not the id of an event in the timeline; expected one of its events' ids`,
    });
    expect(steps.problems[1].path).to.equal('news-timeline-steps > [data-start="2021-13"] (step 2)');
    expect(steps.problems[1].message).to.match(/^data-start: "2021-13" is not a valid date/);
    const doha = await wheelTo(seen, 2, 200);
    expect(doha.eventId).to.equal('doha-agreement');
    expect(seen.map((e) => e.index), 'the steps in error show nothing').to.deep.equal([2]);
    expect(timeline.problems, 'nothing was asked of the timeline for them').to.deep.equal([]);
    // The page mends a step: it is read again, and the report goes.
    steps.querySelector('[data-event="nope"]')!.setAttribute('data-event', 'bonn-agreement');
    await waitUntil(() => steps.problems.length === 1, 'the mended step is still reported');
    expect(steps.problems[0].path).to.equal('news-timeline-steps > [data-start="2021-13"] (step 2)');
    expect(seen.map((e) => e.index), 'reading the steps again shows no step again').to.deep.equal([2]);
  });
});

describe('<news-timeline-steps> in an iframe', () => {
  // An embed's article in a small frame: its steps cross the middle of the
  // frame's own viewport, never the page's, which lies below the frame here.
  it('steps when a step crosses the middle of the frame, not of the page around it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const frameElement = document.createElement('iframe');
    const height = Math.round(innerHeight * 0.35);
    frameElement.style.cssText = `position: fixed; top: 0; left: 0; width: 760px; height: ${height}px; border: 0`;
    // The steps are 100 px high: in the frame's coordinates, none of them ever
    // spans the middle of the page, which lies below the frame.
    frameElement.srcdoc = `<!doctype html><body style="margin: 0">
      <script type="module" src="${new URL('../../src/news-timeline.ts', import.meta.url).pathname}"></script>
      <news-timeline id="framed" layout="horizontal" src="${datasetUrl}"></news-timeline>
      <news-timeline-steps for="framed">
        <p style="height: 600px; margin: 0">Before.</p>
        <p data-event="doha-agreement" style="height: 100px; margin: 0">Doha.</p>
        <p data-event="fall-of-kabul-2021" style="height: 100px; margin: 0">Kabul.</p>
        <p style="height: 1200px; margin: 0">After.</p>
      </news-timeline-steps></body>`;
    const ready = new Promise((resolve) => frameElement.addEventListener('load', resolve, {once: true}));
    wrapper.append(frameElement);
    await ready;
    const inner = frameElement.contentWindow!;
    const timeline = inner.document.querySelector<NewsTimeline>('news-timeline')!;
    const steps = inner.document.querySelector('news-timeline-steps')!;
    await waitUntil(() => timeline.timeline, 'the framed timeline did not load', {timeout: 5000});
    const seen: NewsTimelineStepEvent[] = [];
    steps.addEventListener('news-timeline-step', (event) => seen.push(event as NewsTimelineStepEvent));
    await frame();
    const reach = async (id: string) => {
      const step = steps.querySelector<HTMLElement>(`[data-event="${id}"]`)!;
      // The step's top a little above the frame's middle: inside the frame's band.
      inner.scrollTo(0, step.offsetTop - inner.innerHeight / 2 + 20);
      await waitUntil(() => seen.at(-1)?.eventId === id, `scrolling the frame did not step to ${id}`);
    };
    await reach('doha-agreement');
    expect(timeline.selected).to.equal('doha-agreement');
    await reach('fall-of-kabul-2021');
    expect(timeline.selected).to.equal('fall-of-kabul-2021');
  });
});
