// Vue 3 with the runtime-only build (the one `import ... from 'vue'` gives a
// bundler) renders <news-timeline> through h(), as docs/frameworks.md shows.
// A render function never resolves components by name, so it needs no
// `isCustomElement`; vue-template.test.ts covers templates, which do.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {createApp, h, shallowRef} from 'vue';
import '../../src/news-timeline.js';
import type {NewsTimeline, NewsTimelineSelectEvent, TimelineDocument} from '../../src/index.js';
import {$, $$, card, cardOpen, datasetUrl, eventsDrawn, fixtureUrl, loadJson, rendered, zoomSettled} from '../elements/helpers.js';

describe('<news-timeline> in Vue 3 (render function)', () => {
  let story: TimelineDocument;
  let other: TimelineDocument;
  let warnings: string[];

  beforeEach(async () => {
    story = (await loadJson(datasetUrl)) as TimelineDocument;
    other = (await loadJson(fixtureUrl('three-events.json'))) as TimelineDocument;
    warnings = [];
  });

  /** Mounts an app whose state holds the story and the selection; returns that state to change it. */
  async function mount(onSelect: (event: NewsTimelineSelectEvent) => void = () => {}) {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    // shallowRef: the document is handed over as it is, not wrapped in a reactive proxy.
    const data = shallowRef<TimelineDocument>(story);
    const selected = shallowRef<string | null>(null);
    const app = createApp({
      render: () =>
        h('news-timeline', {
          data: data.value,
          selected: selected.value,
          // What a template's @news-timeline-select compiles to.
          onNewsTimelineSelect: (event: NewsTimelineSelectEvent) => {
            selected.value = event.eventId;
            onSelect(event);
          },
        }),
    });
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(container);
    const el: NewsTimeline = container.querySelector('news-timeline')!;
    expect(el, 'Vue rendered the element').to.exist;
    await waitUntil(() => el.timeline, 'the timeline did not read its data');
    await rendered(el);
    return {container, app, el, data, selected};
  }

  it('renders the default story from the data object Vue sets as a property', async () => {
    const {app, el} = await mount();
    expect(el.data, 'the same object, not a copy, a proxy or a string').to.equal(story);
    expect(el.hasAttribute('data'), 'no [object Object] attribute').to.be.false;
    expect($(el, '[part="title"]')!.textContent).to.equal(story.title);
    expect(story.title).to.match(/^Afghanistan 2001–2021/);
    expect(eventsDrawn(el)).to.equal(story.events.length);
    app.unmount();
    expect(warnings).to.deep.equal([]);
  });

  it('delivers a reader\'s click to the news-timeline-select handler as the typed event', async () => {
    const received: NewsTimelineSelectEvent[] = [];
    const {app, el, selected} = await mount((event) => received.push(event));
    const target = $$(el, '[part~="marker"][data-id]')[0];
    expect(target, 'a marker is drawn to click').to.exist;
    target.click();
    await waitUntil(() => received.length === 1, 'the Vue handler was not called');
    expect(received[0].type).to.equal('news-timeline-select');
    expect(received[0].eventId).to.equal(target.dataset.id);
    expect(received[0].event?.title).to.equal(story.events.find((e) => e.id === target.dataset.id)!.title);
    expect(selected.value, 'the handler updated Vue state').to.equal(target.dataset.id);
    app.unmount();
    expect(warnings).to.deep.equal([]);
  });

  it('opens an event\'s card and swaps the story when Vue state changes', async () => {
    const received: NewsTimelineSelectEvent[] = [];
    const {app, el, data, selected} = await mount((event) => received.push(event));

    selected.value = 'kabul-airport-bombing';
    await waitUntil(() => el.selected === 'kabul-airport-bombing', 'the selected state was not set on the element');
    await zoomSettled(el);
    expect(cardOpen(el)).to.be.true;
    expect(card(el).querySelector('.card-title')!.textContent).to.contain('Kabul airport');
    expect(received, 'a property set from code is not a reader\'s pick').to.have.length(0);

    data.value = other;
    await waitUntil(() => el.data === other, 'the new story was not set on the element');
    await waitUntil(() => $(el, '[part="title"]')?.textContent === 'Three events', 'the new story was not drawn');
    app.unmount();
    expect(warnings).to.deep.equal([]);
  });

  it('leaves nothing behind when the app unmounts', async () => {
    const {container, app, el} = await mount();
    $$(el, '[part~="marker"][data-id]')[0].click();
    await waitUntil(() => cardOpen(el), 'the card did not open');
    app.unmount();
    expect(container.childElementCount).to.equal(0);
    expect(el.isConnected).to.be.false;
    // The pinned card is a top-layer popover: it must not stay on screen without its element.
    expect(cardOpen(el)).to.be.false;
    expect(warnings).to.deep.equal([]);
  });
});
