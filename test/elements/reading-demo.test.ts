/// <reference types="mocha" />
// The demo's reading page (demo/reading.html), as a reader scrolls it: the
// timeline steps through the Moscow talks story and back, and every step of
// the page names an event of the default story or a window of time.
import {expect, waitUntil} from '@open-wc/testing';
import type {NewsTimeline, NewsTimelineStepEvent, NewsTimelineSteps} from '../../src/index.js';
import {frame} from './helpers.js';

const pageUrl = new URL('../../demo/reading.html', import.meta.url).href;

describe('the demo\'s reading page', function () {
  this.timeout(60_000);
  let iframe: HTMLIFrameElement;

  after(() => iframe?.remove());

  it('steps the timeline through the story as the page scrolls down, and back as it scrolls up', async () => {
    iframe = document.createElement('iframe');
    iframe.title = 'Reading page';
    // Over the whole window: an IntersectionObserver without a root watches the top page's viewport, so the frame's must be it.
    iframe.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0';
    iframe.src = pageUrl;
    document.body.append(iframe);
    await waitUntil(() => (iframe.contentDocument?.querySelector('news-timeline') as NewsTimeline | null)?.timeline, 'the page\'s timeline loaded', {timeout: 20_000});
    const doc = iframe.contentDocument!;
    const win = iframe.contentWindow!;
    const timeline = doc.querySelector('news-timeline') as NewsTimeline;
    const stepsElement = doc.querySelector('news-timeline-steps') as NewsTimelineSteps;
    const steps = [...stepsElement.querySelectorAll<HTMLElement>('[data-event], [data-start]')];
    expect(steps.length, 'the page has steps').to.be.at.least(8);
    const ids = new Set(timeline.timeline!.events.map((e) => e.id));
    for (const step of steps) if (step.dataset.event) expect(ids.has(step.dataset.event), `${step.dataset.event} is an event of the story`).to.equal(true);

    const seen: NewsTimelineStepEvent[] = [];
    stepsElement.addEventListener('news-timeline-step', (event) => seen.push(event));
    /** Scrolls the page until `step` crosses the middle of the window, and waits for the timeline to be told. */
    const reach = async (index: number) => {
      const step = steps[index];
      const top = step.getBoundingClientRect().top + win.scrollY;
      win.scrollTo(0, Math.max(0, top - win.innerHeight / 2 + Math.min(40, step.offsetHeight / 2)));
      await waitUntil(() => seen.at(-1)?.index === index, `step ${index} was not reached (last: ${seen.at(-1)?.index})`, {timeout: 5000});
      await frame();
      return seen.at(-1)!;
    };
    const check = (event: NewsTimelineStepEvent, index: number) => {
      const step = steps[index];
      expect(event.step).to.equal(step);
      if (step.dataset.event) {
        expect(event.eventId).to.equal(step.dataset.event);
        // A step that opens its card pins it: its event is the one selected.
        if (step.dataset.card === 'open') expect(timeline.selected).to.equal(step.dataset.event);
      } else {
        expect(event.window, `step ${index} shows a window`).to.not.equal(undefined);
        expect(event.window!.start).to.equal(Date.parse(step.dataset.start!.length === 7 ? `${step.dataset.start}-01` : step.dataset.start!));
      }
    };

    for (let i = 0; i < steps.length; i++) {
      const event = await reach(i);
      expect(event.direction).to.equal('forwards');
      check(event, i);
    }
    for (let i = steps.length - 2; i >= 0; i--) {
      const event = await reach(i);
      expect(event.direction).to.equal('backwards');
      check(event, i);
    }
    // Back above the first step: the timeline as it was before any.
    win.scrollTo(0, 0);
    await waitUntil(() => seen.at(-1)?.index === -1, 'back above the first step', {timeout: 5000});
    expect(timeline.selected).to.equal(null);
    expect(stepsElement.problems, 'every step of the page is read').to.deep.equal([]);
  });
});
