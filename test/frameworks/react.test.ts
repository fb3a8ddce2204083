// React 19 renders <news-timeline> as docs/frameworks.md shows: objects go in
// as properties, `onnews-timeline-select` becomes a listener for the typed
// event, and state changes reach the element as property sets.
//
// React ships CommonJS only. The test server converts it (scripts/wtr-shared.mjs)
// but cannot derive named exports from it, so these imports take the default
// export; an app built with Vite or webpack can import {useState} directly.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import '../../src/news-timeline.js';
import type {NewsTimeline, NewsTimelineSelectEvent, TimelineDocument} from '../../src/index.js';
import {$, $$, card, cardOpen, datasetUrl, eventsDrawn, fixtureUrl, loadJson, rendered, zoomSettled} from '../elements/helpers.js';

interface StoryProps {
  story: TimelineDocument;
  other: TimelineDocument;
  onSelect: (event: NewsTimelineSelectEvent) => void;
}

/** An app component: the story and the selection live in React state. */
function Story({story, other, onSelect}: StoryProps) {
  const [data, setData] = React.useState(story);
  const [selected, setSelected] = React.useState<string | null>(null);
  const handleSelect = (event: NewsTimelineSelectEvent) => {
    setSelected(event.eventId);
    onSelect(event);
  };
  return React.createElement(
    'div',
    {style: {width: '1000px'}},
    React.createElement('button', {id: 'show-airport', onClick: () => setSelected('kabul-airport-bombing')}, 'Kabul airport'),
    React.createElement('button', {id: 'show-other', onClick: () => setData(other)}, 'Another story'),
    React.createElement('p', {id: 'picked'}, selected ?? 'nothing'),
    React.createElement('news-timeline', {data, selected, 'onnews-timeline-select': handleSelect}),
  );
}

describe('<news-timeline> in React 19', () => {
  let story: TimelineDocument;
  let other: TimelineDocument;
  let errors: unknown[][];
  const originalError = console.error;

  beforeEach(async () => {
    story = (await loadJson(datasetUrl)) as TimelineDocument;
    other = (await loadJson(fixtureUrl('three-events.json'))) as TimelineDocument;
    // React reports misuse (unknown props, bad children) through console.error.
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });

  afterEach(() => {
    console.error = originalError;
  });

  async function mount(onSelect: (event: NewsTimelineSelectEvent) => void = () => {}) {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = ReactDOMClient.createRoot(container);
    root.render(React.createElement(Story, {story, other, onSelect}));
    await waitUntil(() => container.querySelector('news-timeline'), 'React did not render the element');
    const el: NewsTimeline = container.querySelector('news-timeline')!;
    await waitUntil(() => el.timeline, 'the timeline did not read its data');
    await rendered(el);
    return {container, root, el};
  }

  it('renders the default story from the data object React sets as a property', async () => {
    const {root, el} = await mount();
    expect(el.data, 'the same object, not a copy or a string').to.equal(story);
    expect(el.hasAttribute('data'), 'no [object Object] attribute').to.be.false;
    expect($(el, '[part="title"]')!.textContent).to.equal(story.title);
    expect(story.title).to.match(/^Afghanistan 2001–2021/);
    expect(eventsDrawn(el)).to.equal(story.events.length);
    root.unmount();
    expect(errors).to.deep.equal([]);
  });

  it('delivers a reader\'s click to the onnews-timeline-select handler as the typed event', async () => {
    const received: NewsTimelineSelectEvent[] = [];
    const {container, root, el} = await mount((event) => received.push(event));
    const target = $$(el, '[part~="marker"][data-id]')[0];
    expect(target, 'a marker is drawn to click').to.exist;
    target.click();
    await waitUntil(() => received.length === 1, 'the React handler was not called');
    expect(received[0].type).to.equal('news-timeline-select');
    expect(received[0].eventId).to.equal(target.dataset.id);
    expect(received[0].event?.title).to.equal(story.events.find((e) => e.id === target.dataset.id)!.title);
    // The handler's state update rendered in React, and was passed back to the element unchanged.
    await waitUntil(() => container.querySelector('#picked')!.textContent === target.dataset.id, 'React state did not update');
    expect(el.selected).to.equal(target.dataset.id);
    root.unmount();
    expect(errors).to.deep.equal([]);
  });

  it('opens an event\'s card and swaps the story when React state changes', async () => {
    const received: NewsTimelineSelectEvent[] = [];
    const {container, root, el} = await mount((event) => received.push(event));

    container.querySelector<HTMLButtonElement>('#show-airport')!.click();
    await waitUntil(() => el.selected === 'kabul-airport-bombing', 'the selected state was not set on the element');
    await zoomSettled(el);
    expect(cardOpen(el)).to.be.true;
    expect(card(el).querySelector('.card-title')!.textContent).to.contain('Kabul airport');
    expect(received, 'a property set from code is not a reader\'s pick').to.have.length(0);

    container.querySelector<HTMLButtonElement>('#show-other')!.click();
    await waitUntil(() => el.data === other, 'the new story was not set on the element');
    await waitUntil(() => $(el, '[part="title"]')?.textContent === 'Three events', 'the new story was not drawn');
    root.unmount();
    expect(errors).to.deep.equal([]);
  });

  it('leaves nothing behind when the component unmounts', async () => {
    const {container, root, el} = await mount();
    $$(el, '[part~="marker"][data-id]')[0].click();
    await waitUntil(() => cardOpen(el), 'the card did not open');
    root.unmount();
    expect(container.childElementCount).to.equal(0);
    expect(el.isConnected).to.be.false;
    // The pinned card is a top-layer popover: it must not stay on screen without its element.
    expect(cardOpen(el)).to.be.false;
    expect(errors).to.deep.equal([]);
  });
});
