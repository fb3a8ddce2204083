/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {changesSinceVisit, diffEvents, noChanges} from '../../src/data/diff-events.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {TimelineEvent} from '../../src/data/types.js';
import {runSteps} from '../../src/steps/steps.js';

/** Parsed events: `count` one a day from 1 March 2021, with ids `e0`…, changed where `edit` says. */
function events(count: number, edit: (event: Record<string, unknown>, i: number) => Record<string, unknown> | undefined = (e) => e): TimelineEvent[] {
  const raw = Array.from({length: count}, (_, i) => edit({id: `e${i}`, date: new Date(Date.UTC(2021, 2, 1 + i)).toISOString().slice(0, 10), title: `Event ${i}`}, i));
  const {timeline, problems} = parseTimeline({title: 'T', events: raw.filter(Boolean)});
  expect(problems).to.deep.equal([]);
  return [...timeline!.events];
}

describe('diffEvents', () => {
  it('finds the added, changed and removed events by id', () => {
    const before = events(5);
    const after = events(5, (e, i) => (i === 0 ? undefined : i === 2 ? {...e, summary: 'New text'} : e));
    after.push(...events(7).slice(5));
    const changes = runSteps(diffEvents(before, after));
    expect(changes).to.deep.equal({added: ['e5', 'e6'], changed: ['e2'], removed: ['e0']});
    expect(noChanges(changes)).to.equal(false);
  });

  it('does not count a new place in date order as a change', () => {
    const before = events(3);
    const after = events(3, (e, i) => (i === 0 ? {...e, date: '2021-12-31'} : e));
    // e0 moved to the end: it changed; e1 and e2 moved up one place and did not.
    expect(runSteps(diffEvents(before, after))).to.deep.equal({added: [], changed: ['e0'], removed: []});
    expect(noChanges(runSteps(diffEvents(before, events(3))))).to.equal(true);
  });

  it('pauses every 250 events, so that no slice of a 10,000-event merge holds the page', () => {
    const before = events(1000);
    const steps = diffEvents(before, events(1000, (e, i) => (i % 10 ? e : {...e, title: 'Changed'})));
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // 1,000 old events indexed, then 1,000 new ones compared: four pauses each.
    expect(pauses).to.equal(8);
    expect(next.value.changed).to.have.length(100);
  });
});

describe('changesSinceVisit', () => {
  it('marks events not seen on the last visit, and seen ones updated since', () => {
    const visit = {time: Date.UTC(2021, 5, 1), ids: ['e0', 'e1', 'gone']};
    const now = events(3, (e, i) => (i === 0 ? {...e, updated: '2021-06-02T10:00Z'} : i === 1 ? {...e, updated: '2021-05-01'} : e));
    expect(changesSinceVisit(visit, now)).to.deep.equal({added: ['e2'], changed: ['e0'], removed: []});
  });
});
