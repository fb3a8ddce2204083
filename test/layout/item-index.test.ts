/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {indexSteps} from '../../src/layout/item-index.js';
import {type EventLayout} from '../../src/layout/layout-events.js';
import type {TimelineEvent} from '../../src/data/types.js';
import {runSteps} from '../../src/steps/steps.js';
import {DAY, generateEvents, layoutEvents} from './generate-events.js';

const indexItems = (layout: EventLayout, eventById: ReadonlyMap<string, TimelineEvent>, count: number) => runSteps(indexSteps(layout, eventById, count));

describe('indexSteps', () => {
  const events = generateEvents(2000, 4242);
  const eventById = new Map(events.map((e) => [e.id, e]));
  const FROM = Date.UTC(2001, 0, 1);

  it('finds the item holding each event, alone or in a cluster, as a scan of the layout does', () => {
    // Every other event shown, as a filter would, at a zoom where many cluster.
    const shown = events.filter((e) => e.index % 2 === 0);
    const layout = layoutEvents(shown, {xOf: (t) => ((t - FROM) / DAY) * 0.3, labelWidth: () => 80, maxLanes: 4});
    expect(layout.items.some((item) => item.kind === 'cluster')).to.equal(true);
    const index = indexItems(layout, eventById, events.length);
    for (const event of events) {
      const scanned = layout.items.findIndex((item) => (item.kind === 'event' ? item.event === event : item.events.includes(event)));
      expect(index.get(event.id), event.id).to.equal(scanned < 0 ? undefined : scanned);
      expect(index.has(event.id), event.id).to.equal(scanned >= 0);
    }
  });

  it('knows no unknown id', () => {
    const index = indexItems(layoutEvents(events, {xOf: (t) => t / DAY, labelWidth: () => 10, maxLanes: 2}), eventById, events.length);
    expect(index.get('nope')).to.equal(undefined);
    expect(index.has('nope')).to.equal(false);
    expect(index.has(events[0].id)).to.equal(true);
  });
});
