/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {readText} from '../../src/controllers/fetch-controller.js';
import type {Timeline} from '../../src/data/types.js';
import {prepareTimelineSteps, timelineGeometry} from '../../src/layout/timeline-view.js';
import {generateEvents} from '../layout/generate-events.js';

/** A response whose body arrives in the given chunks of bytes. */
function streamed(chunks: Uint8Array[]): Response {
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    }),
  );
}

describe('readText', () => {
  it('gives what response.text() gives, with characters split across chunks and a byte order mark', async () => {
    const text = '\uFEFF{"title": "Kābul – Doha, 20 Oct 2021 \u{1F4F0}", "events": []}\n'.repeat(50);
    const bytes = new TextEncoder().encode(text);
    // Chunks of 1 to 7 bytes cut through every multi-byte character somewhere.
    const chunks: Uint8Array[] = [];
    for (let i = 0, size = 1; i < bytes.length; i += size, size = (size % 7) + 1) chunks.push(bytes.slice(i, i + size));
    const expected = await new Response(bytes).text();
    expect(await readText(streamed(chunks))).to.equal(expected);
    expect(expected.startsWith('{')).to.equal(true);
  });

  it('leaves the page a task between chunks once its budget is spent', async () => {
    const chunks = Array.from({length: 20}, (_, i) => new TextEncoder().encode(`chunk ${i};`));
    // Counts other tasks: messages a channel posts to itself (timers would be held back 4 ms).
    let ticks = 0;
    let polling = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      ticks++;
      if (polling) channel.port2.postMessage(undefined);
    };
    channel.port2.postMessage(undefined);
    const response = streamed(chunks);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const before = ticks;
    // A budget of 0: a new task after every chunk.
    const text = await readText(response, 0);
    const during = ticks - before;
    polling = false;
    channel.port1.close();
    expect(text).to.equal(chunks.map((c) => new TextDecoder().decode(c)).join(''));
    expect(during, 'timer tasks while reading').to.be.greaterThan(0);
  });

  it('reads a response without a stream body through text()', async () => {
    const response = {body: null, text: async () => 'plain'} as unknown as Response;
    expect(await readText(response)).to.equal('plain');
  });
});

describe('prepareTimelineSteps', () => {
  it('works out the geometry, colours, legend and ids of a large timeline a slice at a time', () => {
    const events = generateEvents(40_000, 5).map((event, i) => ({...event, category: ['b', 'a', undefined][i % 3]}));
    const timeline: Timeline = {
      title: 't', events, eras: [],
      categories: [{id: 'a', label: 'A'}, {id: 'unused', label: 'U', color: '#123456'}, {id: 'b', label: 'B'}],
    };
    const steps = prepareTimelineSteps(timeline);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    const prepared = next.value;
    expect(yields).to.be.at.least(4);
    expect(prepared.geometry).to.deep.equal(timelineGeometry(timeline));
    // In the timeline's order, only those with events.
    expect(prepared.legendCategories.map((c) => c.id)).to.deep.equal(['a', 'b']);
    expect([...prepared.colors.keys()]).to.deep.equal(['a', 'unused', 'b']);
    expect(prepared.colors.get('unused')).to.contain('#123456');
    expect(prepared.eventById.size).to.equal(events.length);
    expect(prepared.eventById.get(events[12_345].id)).to.equal(events[12_345]);
  });

  it('prepares nothing for no timeline', () => {
    const prepared = prepareTimelineSteps(undefined).next().value;
    expect(prepared).to.deep.include({geometry: undefined, legendCategories: []});
  });
});
