/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {PartialDate, TimelineEvent} from '../../src/data/types.js';
import {layoutSteps, type EventLayout, type LayoutOptions} from '../../src/layout/layout-events.js';
import type {Steps} from '../../src/steps/steps.js';
import {DAY, date, generateEvents, mulberry32, sortEvents, layoutEvents} from './generate-events.js';

const FROM = Date.UTC(2001, 0, 1);
const GAP = 6;
const CLUSTER = 26;
const MAX_LABEL = 200;

function options(pxPerDay: number, maxLanes = 4, extra: Partial<LayoutOptions> = {}): LayoutOptions {
  return {
    xOf: (time) => ((time - FROM) / DAY) * pxPerDay,
    // Label widths vary with the event, some wider than maxLabelWidth.
    labelWidth: (event) => 30 + ((event.index * 37) % 220),
    maxLanes,
    gap: GAP,
    clusterSize: CLUSTER,
    maxLabelWidth: MAX_LABEL,
    ...extra,
  };
}

/** Where a marker sits: the middle of the period its date names, or the start of a range or a time. */
const markerTime = (event: TimelineEvent) =>
  event.end || event.date.precision === 'time' ? event.date.start : (event.date.start + event.date.end) / 2;

const eventsOf = (layout: EventLayout) => layout.items.flatMap((item) => (item.kind === 'event' ? [item.event] : item.events));

/** The properties every layout must have, whatever the data. */
function checkInvariants(events: readonly TimelineEvent[], layout: EventLayout, opts: LayoutOptions) {
  const gap = opts.gap ?? 6;
  const {items, maxEnd, laneCount} = layout;

  // Every event in exactly one item.
  const seen = eventsOf(layout).map((e) => e.id);
  expect(seen.length, 'events in items').to.equal(events.length);
  expect(new Set(seen).size, 'distinct events in items').to.equal(events.length);
  expect([...seen].sort()).to.deep.equal(events.map((e) => e.id).sort());

  // Within a lane: sorted by x0, and x1 + gap <= next x0.
  const lanes = new Map<number, typeof items[number][]>();
  for (const item of items) {
    expect(item.x1, 'x1 >= x0').to.be.at.least(item.x0);
    expect(Number.isInteger(item.lane) && item.lane >= 0, `lane ${item.lane}`).to.equal(true);
    lanes.set(item.lane, [...(lanes.get(item.lane) ?? []), item]);
  }
  for (const [lane, inLane] of lanes) {
    for (let i = 1; i < inLane.length; i++) {
      const [a, b] = [inLane[i - 1], inLane[i]];
      const describe = (it: typeof a) => (it.kind === 'event' ? it.event.id : `cluster of ${it.events.length}`);
      expect(b.x0, `lane ${lane}: ${describe(a)} then ${describe(b)} sorted by x0`).to.be.at.least(a.x0);
      expect(a.x1 + gap, `lane ${lane}: ${describe(a)} [${a.x0}, ${a.x1}] then ${describe(b)} [${b.x0}, ${b.x1}]`).to.be.at.most(b.x0);
    }
  }

  expect(laneCount).to.equal(items.reduce((n, item) => Math.max(n, item.lane + 1), 0));

  // Positions and labels.
  for (const item of items) {
    if (item.kind === 'event') {
      expect(item.x).to.equal(opts.xOf(markerTime(item.event)));
      expect(item.xEnd).to.equal(item.event.end ? opts.xOf(item.event.end.end) : item.x);
      expect(item.labelWidth).to.be.within(0, MAX_LABEL);
      expect(item.x0).to.be.at.most(item.x);
      expect(item.x1).to.be.at.least(item.xEnd);
    } else {
      expect(item.events.length).to.be.at.least(1);
      // Cluster members in date order.
      for (let i = 1; i < item.events.length; i++) expect(item.events[i].index).to.be.greaterThan(item.events[i - 1].index);
    }
  }

  // maxEnd is the running maximum of x1.
  expect(maxEnd).to.have.length(items.length);
  let running = -Infinity;
  items.forEach((item, i) => {
    running = Math.max(running, item.x1);
    expect(maxEnd[i], `maxEnd[${i}]`).to.equal(running);
  });
}

/**
 * Lanes past `maxLanes` hold only what found no room even without a label
 * (see `Placed.lane`): such an item shows no label, and at its left edge
 * every regular lane is taken by an item that starts before it and reaches
 * within the gap of it. A cluster there may have taken in later items and
 * moved right since, so the left edge checked is that of one of its markers
 * (a point's, a bar's or a cluster's). There is at most one such lane.
 */
function checkOverflow(layout: EventLayout, opts: LayoutOptions) {
  const gap = opts.gap ?? 6;
  expect(layout.laneCount, 'lanes').to.be.at.most(opts.maxLanes + (opts.maxOverflowLanes ?? 1));
  const blocked = (edge: number) =>
    Array.from({length: opts.maxLanes}, (_, lane) => lane).every((lane) =>
      layout.items.some((other) => other.lane === lane && other.x0 <= edge && other.x1 + gap > edge));
  for (const item of layout.items) {
    if (item.lane < opts.maxLanes) continue;
    const what = item.kind === 'event' ? `${item.event.id} (${item.event.date.iso}${item.event.end ? `–${item.event.end.iso}` : ''})` : `cluster of ${item.events.length} (${item.events.map((e) => e.date.iso).join(', ')})`;
    if (item.kind === 'event') {
      expect(item.labelWidth, `${what} in overflow lane ${item.lane} shows a label`).to.equal(0);
      expect(blocked(item.x0), `${what} in overflow lane ${item.lane} although a regular lane had room`).to.equal(true);
    } else {
      const edges = item.events.flatMap((e) => [0, opts.markerSize ?? 12, CLUSTER].map((size) => opts.xOf(markerTime(e)) - size / 2));
      expect(edges.some(blocked), `${what} in overflow lane ${item.lane} although a regular lane had room`).to.equal(true);
    }
  }
}

describe('layoutEvents', () => {
  describe('invariants on generated data', () => {
    const counts = [1, 49, 1000];
    const zooms: Array<[string, number]> = [
      ['20 years on 1500 px', 1500 / 7305],
      ['1 px per day', 1],
      ['40 px per day', 40],
    ];
    for (const count of counts) {
      for (const [zoom, pxPerDay] of zooms) {
        for (const seed of [1, 2, 3]) {
          it(`${count} events, ${zoom}, seed ${seed}`, () => {
            const events = generateEvents(count, seed * 7919 + count);
            const opts = options(pxPerDay);
            checkInvariants(events, layoutEvents(events, opts), opts);
          });
        }
      }
    }

    it('1000 events with one lane and no stacking', () => {
      const events = generateEvents(1000, 42);
      const opts = options(2, 1);
      checkInvariants(events, layoutEvents(events, opts), opts);
    });
  });

  describe('lanes past maxLanes only for what found no room anywhere', () => {
    for (const count of [49, 1000]) {
      for (const [zoom, pxPerDay] of [['20 years on 1500 px', 1500 / 7305], ['1 px per day', 1]] as const) {
        it(`${count} events, ${zoom}`, () => {
          const events = generateEvents(count, 7919 + count);
          const opts = options(pxPerDay);
          checkOverflow(layoutEvents(events, opts), opts);
        });
      }
    }

    it('a point under bars that fill every lane', () => {
      // Four long ranges take the four lanes; a single point in the middle of them has no room.
      const bars = Array.from({length: 4}, (_, i) => ({id: `bar${i}`, title: 'bar', sources: [], date: date('2001'), end: date(`200${5 + i}`)}));
      const point = {id: 'point', title: 'point', sources: [], date: date('2003-06-01')};
      const events = sortEvents([...bars, point]);
      const opts = options(1);
      const layout = layoutEvents(events, opts);
      checkInvariants(events, layout, opts);
      checkOverflow(layout, opts);
      // A lone point is never made into a cluster of one.
      expect(layout.items.filter((i) => i.kind === 'cluster')).to.have.length(0);
    });
  });

  describe('dense-week.json', () => {
    for (const pxPerDay of [5, 100, 2000]) {
      it(`at ${pxPerDay} px per day`, async () => {
        const response = await fetch(new URL('../fixtures/dense-week.json', import.meta.url));
        const events = parseTimeline(await response.json()).timeline?.events ?? [];
        expect(events.length).to.be.greaterThan(40);
        const opts = options(pxPerDay);
        checkInvariants(events, layoutEvents(events, opts), opts);
      });
    }
  });

  it('lays out nothing for no events', () => {
    expect(layoutEvents([], options(1))).to.deep.equal({items: [], laneCount: 0, maxEnd: []});
  });

  it('one event: one labelled item in lane 0', () => {
    const [event] = sortEvents([{id: 'a', title: 'A', sources: [], date: date('2001-10-07')}]);
    const opts = options(1);
    const layout = layoutEvents([event], opts);
    expect(layout.items).to.have.length(1);
    const [item] = layout.items;
    expect(item.kind).to.equal('event');
    if (item.kind !== 'event') return;
    const x = opts.xOf(Date.UTC(2001, 9, 7, 12)); // noon: the middle of the day
    expect(item).to.deep.include({event, lane: 0, x, xEnd: x, labelWidth: 30, x0: x - 6, x1: x + 6 + 4 + 30});
    expect(layout.laneCount).to.equal(1);
    expect(layout.maxEnd).to.deep.equal([item.x1]);
  });

  it('20 crowded points on one day become one cluster of 20, in date order', () => {
    const events = sortEvents(
      Array.from({length: 20}, (_, i) => ({
        id: `p${i}`,
        title: `P${i}`,
        sources: [],
        date: date(`2004-05-04T${String(i).padStart(2, '0')}:${i % 2 ? '30' : '00'}Z`),
      })),
    );
    const opts = options(10);
    const layout = layoutEvents(events, opts);
    checkInvariants(events, layout, opts);
    expect(layout.items).to.have.length(1);
    const [item] = layout.items;
    expect(item.kind).to.equal('cluster');
    if (item.kind !== 'cluster') return;
    expect(item.events).to.have.length(20);
    expect(item.events.map((e) => e.id)).to.deep.equal(events.map((e) => e.id));
    expect(item.x1 - item.x0).to.equal(CLUSTER);
    expect(item.lane).to.equal(0);
  });

  it('crowded points among sparse ones: only the crowd is clustered', () => {
    const crowd = Array.from({length: 20}, (_, i) => ({id: `c${i}`, title: 'c', sources: [], date: date(`2004-05-04T${String(i).padStart(2, '0')}:00Z`)}));
    const sparse = ['2004-01-10', '2004-03-01', '2004-07-20', '2004-10-01'].map((iso) => ({id: iso, title: iso, sources: [], date: date(iso)}));
    const events = sortEvents([...sparse, ...crowd]);
    const opts = options(5);
    const layout = layoutEvents(events, opts);
    checkInvariants(events, layout, opts);
    const clusters = layout.items.filter((i) => i.kind === 'cluster');
    expect(clusters).to.have.length(1);
    expect(clusters[0].kind === 'cluster' && clusters[0].events.length).to.equal(20);
    expect(layout.items.filter((i) => i.kind === 'event').map((i) => i.kind === 'event' && i.event.id)).to.deep.equal(sparse.map((e) => e.id));
  });

  it('up to maxStack close points stack in lanes instead of clustering', () => {
    const events = sortEvents(
      Array.from({length: 4}, (_, i) => ({id: `p${i}`, title: 'p', sources: [], date: date(`2004-05-04T0${i}:00Z`)})),
    );
    const opts = options(10, 4);
    const layout = layoutEvents(events, opts);
    checkInvariants(events, layout, opts);
    expect(layout.items.every((i) => i.kind === 'event')).to.equal(true);
    expect(layout.items.map((i) => i.lane)).to.deep.equal([0, 1, 2, 3]);
  });

  it('sparse events all get their labels', () => {
    const events = sortEvents(
      Array.from({length: 30}, (_, i) => ({id: `s${i}`, title: 's', sources: [], date: date(new Date(Date.UTC(2001, i, 1)).toISOString().slice(0, 10))})),
    );
    const opts = options(20);
    const layout = layoutEvents(events, opts);
    checkInvariants(events, layout, opts);
    expect(layout.items).to.have.length(30);
    for (const item of layout.items) {
      expect(item.kind).to.equal('event');
      if (item.kind !== 'event') continue;
      expect(item.labelWidth).to.be.greaterThan(0);
      expect(item.labelWidth).to.equal(Math.min(opts.labelWidth(item.event), MAX_LABEL));
      expect(item.lane).to.equal(0);
    }
  });

  it('a range wide enough becomes a bar from its start to the end of its last day', () => {
    const events = sortEvents([{id: 'r', title: 'r', sources: [], date: date('2001-10-07'), end: date('2001-12-17')}]);
    const opts = options(2);
    const layout = layoutEvents(events, opts);
    const [item] = layout.items;
    expect(item.kind).to.equal('event');
    if (item.kind !== 'event') return;
    expect(item.x).to.equal(opts.xOf(Date.UTC(2001, 9, 7)));
    expect(item.xEnd).to.equal(opts.xOf(Date.UTC(2001, 11, 18)));
    expect(item.x0).to.equal(item.x);
  });

  it('positions do not depend on panning: shifting xOf shifts every item', () => {
    const events = generateEvents(200, 99);
    // Minutes / 1024 and a shift of 1000 are exact in binary, so no rounding can differ.
    const base = options(1, 4, {xOf: (t) => (t - FROM) / 60_000 / 1024});
    const a = layoutEvents(events, base);
    const b = layoutEvents(events, {...base, xOf: (t) => base.xOf(t) + 1000});
    expect(b.items.map((i) => [i.kind, i.lane, i.x0 - 1000, i.x1 - 1000])).to.deep.equal(a.items.map((i) => [i.kind, i.lane, i.x0, i.x1]));
  });

  it('asks a label width once per event across zoom levels, and again of a new function', () => {
    const events = generateEvents(300, 5);
    const asked = new Map<string, number>();
    const counting = (event: TimelineEvent) => {
      asked.set(event.id, (asked.get(event.id) ?? 0) + 1);
      return 40;
    };
    for (const pxPerDay of [1, 2, 4, 8]) layoutEvents(events, options(pxPerDay, 4, {labelWidth: counting}));
    expect(asked.size).to.be.greaterThan(0);
    expect(Math.max(...asked.values()), 'asks of one event').to.equal(1);
    // Wider labels from a new function (new fonts) change the layout: no width was kept from the old one.
    const narrow = layoutEvents(events, options(8, 4, {labelWidth: () => 40}));
    const wide = layoutEvents(events, options(8, 4, {labelWidth: () => 180}));
    const widths = (layout: EventLayout) => layout.items.flatMap((item) => (item.kind === 'event' && item.labelWidth ? [item.labelWidth] : []));
    expect(Math.max(...widths(narrow))).to.equal(40);
    expect(Math.max(...widths(wide))).to.be.greaterThan(40);
  });

  it('lays out a filtered copy of the same events on its own', () => {
    const events = generateEvents(500, 11);
    const opts = options(1);
    const all = layoutEvents(events, opts);
    const some = events.filter((_, i) => i % 3 === 0);
    checkInvariants(some, layoutEvents(some, opts), opts);
    // And the full array again, after the copy, gives what it gave before.
    expect(layoutEvents(events, opts)).to.deep.equal(all);
  });

  it('measures labels only of events that find room: a few of 5000 crowded ones, not every one', () => {
    const events = generateEvents(5000, 8);
    const asked = new Set<string>();
    const opts = options(0.5, 4, {
      labelWidth: (event) => {
        asked.add(event.id);
        return 60;
      },
    });
    const layout = layoutEvents(events, opts);
    checkInvariants(events, layout, opts);
    const labelled = layout.items.flatMap((item) => (item.kind === 'event' && item.labelWidth ? [item.event.id] : []));
    const clustered = layout.items.reduce((n, item) => n + (item.kind === 'cluster' ? item.events.length : 0), 0);
    expect(clustered, 'events in clusters').to.be.greaterThan(4000);
    // Every label drawn was measured; other events only if a pass gave them a lane before a
    // cluster took them in. Measuring every event outside a crowd from the start asked 593 here.
    expect(labelled.length).to.be.greaterThan(10);
    for (const id of labelled) expect(asked.has(id), `${id} has a label whose width was never asked`).to.equal(true);
    expect(asked.size).to.be.below(events.length * 0.05);
  });

  it('in steps, pauses often and ends with the layout it makes in one go', () => {
    const events = generateEvents(6000, 21);
    const opts = options(0.2);
    const whole = layoutEvents(events, opts);
    const steps = layoutSteps(events, opts);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // Placing pauses every 512 events: a pass over 6000 pauses at least 11 times.
    expect(pauses).to.be.at.least(11);
    expect(next.value).to.deep.equal(whole);
  });

  it('two layouts of the same events made a step each in turn come out as each made alone', () => {
    // Each layout has its own position buffers: one put aside must not find them overwritten by another.
    const events = generateEvents(4000, 22);
    const coarse = options(0.1);
    const fine = options(3);
    const alone = [layoutEvents(events, coarse), layoutEvents(events, fine)];
    const runs: Array<Steps<EventLayout>> = [layoutSteps(events, coarse), layoutSteps(events, fine)];
    const made: Array<EventLayout | undefined> = [undefined, undefined];
    while (made.some((layout) => !layout)) {
      runs.forEach((run, i) => {
        if (made[i]) return;
        const next = run.next();
        if (next.done) made[i] = next.value;
      });
    }
    expect(made[0]).to.deep.equal(alone[0]);
    expect(made[1]).to.deep.equal(alone[1]);
  });

  describe('soft dates', () => {
    /** `date` made soft over `days` days from its start: approximate, or an interval of possible days. */
    const soften = (d: PartialDate, days: number, random: () => number): PartialDate =>
      random() < 0.5
        ? {...d, approximate: true, end: d.start + days * DAY}
        : {...d, end: d.start + days * DAY, between: {from: d, to: {...d, start: d.start + (days - 1) * DAY, end: d.start + days * DAY}}};

    /** Generated events, some points and some ends of ranges made soft over one day to a year. */
    function softEvents(count: number, seed: number): TimelineEvent[] {
      const random = mulberry32(seed);
      return sortEvents(generateEvents(count, seed).map(({index: _, ...event}) => {
        if (event.date.precision === 'time' || random() < 0.5) return event;
        const days = 1 + Math.floor(random() ** 2 * 365);
        if (!event.end) return {...event, date: soften(event.date, days, random)};
        return random() < 0.5 ? {...event, date: soften(event.date, Math.min(days, 3), random)} : {...event, end: soften(event.end, 1, random)};
      }));
    }

    for (const [zoom, pxPerDay] of [['20 years on 1500 px', 1500 / 7305], ['1 px per day', 1], ['40 px per day', 40]] as const) {
      for (const seed of [5, 6]) {
        it(`a soft point holds its whole band in its lane; ${zoom}, seed ${seed}`, () => {
          const events = softEvents(1000, seed);
          const opts = options(pxPerDay);
          const layout = layoutEvents(events, opts);
          // Items of a lane never overlap (checked there), so neither do the bands they hold.
          checkInvariants(events, layout, opts);
          let banded = 0;
          for (const item of layout.items) {
            if (item.kind !== 'event') continue;
            const {date, end} = item.event;
            const soft = Boolean(date.approximate || date.between);
            if (end || !soft) {
              expect(item.band, `${item.event.id} has no band`).to.equal(undefined);
              continue;
            }
            banded++;
            expect(item.band, `${item.event.id}'s band`).to.deep.equal({x0: opts.xOf(date.start), x1: opts.xOf(date.end)});
            expect(item.x0, `${item.event.id} starts with its band`).to.be.at.most(item.band!.x0);
            expect(item.x1, `${item.event.id} ends after its band`).to.be.at.least(item.band!.x1);
            expect(item.labelBefore, `${item.event.id}'s label stays after it`).to.equal(undefined);
          }
          expect(banded, 'soft points drawn as events').to.be.greaterThan(0);
        });
      }
    }

    it('a bar fades over its soft start and soft end, and only there', () => {
      const pxPerDay = 2;
      const opts = options(pxPerDay);
      const from = date('2001-11-30');
      const start: PartialDate = {...from, end: date('2001-12-07').start, between: {from, to: date('2001-12-06')}};
      const events = sortEvents([
        {id: 'soft-start', title: 'Soft start', sources: [], date: start, end: date('2001-12-17')},
        {id: 'soft-end', title: 'Soft end', sources: [], date: date('2003-03-02'), end: {...date('2003-03'), approximate: true}},
        {id: 'exact', title: 'Exact', sources: [], date: date('2005-01-01'), end: date('2005-06-30')},
      ]);
      const items = new Map(layoutEvents(events, opts).items.flatMap((item) => (item.kind === 'event' ? [[item.event.id, item] as const] : [])));
      // 30 November to 7 December (the end of 6 December): 7 days at 2 px.
      expect(items.get('soft-start')!.fade).to.deep.equal({from: 7 * pxPerDay, to: 0});
      // March 2003 is soft: the sure part stops on 1 March, 31 days before the end.
      expect(items.get('soft-end')!.fade).to.deep.equal({from: 0, to: 31 * pxPerDay});
      expect(items.get('exact')!.fade).to.equal(undefined);
    });

    it('an exact point next to a wide soft one goes to another lane rather than onto its band', () => {
      const opts = options(1, 4);
      const decade = {...date('2001'), end: date('2010').end, years: 10 as const};
      const events = sortEvents([
        {id: 'decade', title: 'Sometime in the decade', sources: [], date: decade},
        {id: 'inside', title: 'Inside it', sources: [], date: date('2009-06-01')},
      ]);
      const items = layoutEvents(events, opts).items;
      expect(items).to.have.length(2);
      const lanes = Object.fromEntries(items.map((item) => [item.kind === 'event' ? item.event.id : 'cluster', item.lane]));
      expect(lanes.decade).to.not.equal(lanes.inside);
    });
  });
});
