/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {ParseResult, Timeline, TimelineProblem} from '../../src/data/types.js';
import {mulberry32} from '../layout/generate-events.js';

async function fixture(name: string): Promise<unknown> {
  const url = new URL(`../fixtures/${name}`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url.href}: HTTP ${response.status}`);
  return response.json();
}

function timelineOf(result: ParseResult): Timeline {
  if (!result.timeline) throw new Error(`no timeline: ${JSON.stringify(result.problems)}`);
  return result.timeline;
}

/** A document with the given events (and anything else at the root). */
function doc(events: unknown[], rest: Record<string, unknown> = {}) {
  return {title: 'T', ...rest, events};
}

const paths = (problems: readonly TimelineProblem[]) => problems.map((p) => `${p.severity} ${p.path}`);

describe('parseTimeline', () => {
  describe('documents that are not timelines', () => {
    const cases: Array<[string, unknown, string]> = [
      ['an array', [], 'an array'],
      ['null', null, 'null'],
      ['a string', 'x', 'a string'],
      ['a number', 42, 'a number'],
      ['a boolean', true, 'a boolean'],
    ];
    for (const [name, input, described] of cases) {
      it(`${name}: no timeline, one problem at ""`, () => {
        const result = parseTimeline(input);
        expect(result.timeline).to.equal(undefined);
        expect(result.eventsLeftOut).to.equal(0);
        expect(result.problems).to.have.length(1);
        expect(result.problems[0]).to.include({severity: 'error', path: ''});
        expect(result.problems[0].message).to.include(described);
      });
    }

    it('a TimelineJS3 document is imported rather than rejected', () => {
      const input = {
        title: {text: {headline: 'Afghanistan'}},
        events: [
          {start_date: {year: '2001', month: '10', day: '7'}, text: {headline: 'Strikes begin', text: '<p>…</p>'}},
          {start_date: {year: '2021', month: '8', day: '30'}, text: {headline: 'Withdrawal'}},
        ],
      };
      const result = parseTimeline(input);
      expect(result.timeline?.title).to.equal('Afghanistan');
      expect(result.timeline?.events.map((e) => e.title)).to.deep.equal(['Strikes begin', 'Withdrawal']);
      expect(result.problems).to.deep.equal([]);
      expect(result.eventsLeftOut).to.equal(0);
    });
  });

  describe('fixtures', () => {
    it('minimal.json: one event, no problems', async () => {
      const result = parseTimeline(await fixture('minimal.json'));
      expect(result.problems).to.deep.equal([]);
      expect(result.eventsLeftOut).to.equal(0);
      const timeline = timelineOf(result);
      expect(timeline.title).to.equal('Minimal timeline');
      expect(timeline.events).to.have.length(1);
      const [event] = timeline.events;
      expect(event).to.deep.equal({
        id: 'strikes-begin',
        index: 0,
        title: 'Air strikes begin',
        date: {iso: '2001-10-07', precision: 'day', start: Date.UTC(2001, 9, 7), end: Date.UTC(2001, 9, 8)},
        sources: [],
      });
      expect(timeline.eras).to.deep.equal([]);
      expect(timeline.categories).to.deep.equal([]);
    });

    it('bad-dates.json: bad dates are reported at their paths and those events left out', async () => {
      const result = parseTimeline(await fixture('bad-dates.json'));
      expect(paths(result.problems)).to.deep.equal([
        'error events[1].date',
        'error events[2].date',
        'error events[4].date',
        'error events[5].date',
        'error events[6].date',
      ]);
      const messages = result.problems.map((p) => p.message);
      expect(messages[0]).to.include('"2021-13-01"');
      expect(messages[1]).to.include('"2021-02-30"').and.to.include('February 2021 has 28 days');
      expect(messages[2]).to.include('"yesterday"');
      expect(messages[3]).to.include('a number').and.to.include('"2001"');
      expect(messages[4]).to.include('is missing');
      for (const message of messages) expect(message).to.include('the event was left out');
      expect(result.eventsLeftOut).to.equal(5);
      const timeline = timelineOf(result);
      expect(timeline.events.map((e) => e.id)).to.deep.equal(['valid-1', 'valid-2', 'valid-3']);
      expect(timeline.events.map((e) => e.index)).to.deep.equal([0, 1, 2]);
      expect(timeline.events[2].date.start).to.equal(Date.UTC(2001, 9, 7, 12, 0));
    });

    it('dense-week.json: everything kept, sorted, identical timestamps in input order', async () => {
      const input = (await fixture('dense-week.json')) as {events: Array<{id: string; date: string}>};
      const result = parseTimeline(input);
      expect(result.problems).to.deep.equal([]);
      const {events} = timelineOf(result);
      expect(events).to.have.length(input.events.length);
      events.forEach((e, i) => expect(e.index).to.equal(i));
      for (let i = 1; i < events.length; i++) {
        const [a, b] = [events[i - 1], events[i]];
        const key = (e: typeof a) => [e.date.start, (e.end ?? e.date).end];
        const [as, ae] = key(a);
        const [bs, be] = key(b);
        expect(as < bs || (as === bs && ae <= be), `${a.id} before ${b.id}`).to.equal(true);
      }
      const inputOrder = (id: string) => input.events.findIndex((e) => e.id === id);
      const same = events.filter((e) => e.date.iso === '2004-05-04T12:00Z').map((e) => inputOrder(e.id));
      expect(same).to.have.length(12);
      expect(same).to.deep.equal([...same].sort((a, b) => a - b));
      const twins = events.filter((e) => e.id.startsWith('range-mid')).map((e) => e.id);
      expect(twins).to.deep.equal(['range-mid-twin', 'range-mid']);
    });
  });

  describe('sorting', () => {
    it('by start, then end (points before ranges, shorter before longer), then input order', () => {
      const input = doc([
        {id: 'year', date: '2001', title: 'year'},
        {id: 'range-to-march', date: '2001-01-01', end: '2001-03', title: 'range'},
        {id: 'day-b', date: '2001-01-01', title: 'day b'},
        {id: 'instant', date: '2001-01-01T00:00Z', title: 'instant'},
        {id: 'day-a', date: '2001-01-01', title: 'day a'},
        {id: 'month', date: '2001-01', title: 'month'},
        {id: 'earlier', date: '2000-12-31T23:59Z', title: 'earlier'},
        {id: 'later', date: '2001-01-01T00:01Z', title: 'later'},
        {id: 'kabul-midnight', date: '2001-01-01T00:00+04:30', title: 'midnight in Kabul is 19:30 UTC the day before'},
      ]);
      const {events} = timelineOf(parseTimeline(input));
      expect(events.map((e) => e.id)).to.deep.equal([
        'kabul-midnight', 'earlier', 'instant', 'day-b', 'day-a', 'month', 'range-to-march', 'year', 'later',
      ]);
      expect(events.map((e) => e.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('keeps input order for identical timestamps, forwards and backwards', () => {
      const ids = ['c', 'a', 'e', 'b', 'd'];
      const forwards = timelineOf(parseTimeline(doc(ids.map((id) => ({id, date: '2001-10-07T16:30Z', title: id})))));
      expect(forwards.events.map((e) => e.id)).to.deep.equal(ids);
      const backwards = timelineOf(parseTimeline(doc([...ids].reverse().map((id) => ({id, date: '2001-10-07T16:30Z', title: id})))));
      expect(backwards.events.map((e) => e.id)).to.deep.equal([...ids].reverse());
    });

    it('1000 generated events are all kept, sorted, indexed by position', () => {
      const random = mulberry32(1000);
      const precisions = [
        (t: Date) => t.toISOString().slice(0, 4),
        (t: Date) => t.toISOString().slice(0, 7),
        (t: Date) => t.toISOString().slice(0, 10),
        (t: Date) => `${t.toISOString().slice(0, 16)}Z`,
        (t: Date) => `${t.toISOString().slice(0, 16)}+04:30`,
      ];
      const input = doc(
        Array.from({length: 1000}, (_, i) => {
          // Few distinct instants, so many ties.
          const time = new Date(Date.UTC(2001, 0, 1) + Math.floor(random() * 200) * 43_200_000);
          const date = precisions[Math.floor(random() * precisions.length)](time);
          const withEnd = random() < 0.3;
          return {id: `e${i}`, date, title: `Event ${i}`, ...(withEnd && {end: '2010-06'})};
        }),
      );
      const result = parseTimeline(input);
      expect(result.problems).to.deep.equal([]);
      expect(result.eventsLeftOut).to.equal(0);
      const {events} = timelineOf(result);
      expect(events).to.have.length(1000);
      expect(new Set(events.map((e) => e.id)).size).to.equal(1000);
      const inputIndex = (id: string) => Number(id.slice(1));
      for (let i = 0; i < events.length; i++) {
        expect(events[i].index).to.equal(i);
        if (i === 0) continue;
        const [a, b] = [events[i - 1], events[i]];
        const cmp =
          a.date.start - b.date.start || (a.end ?? a.date).end - (b.end ?? b.date).end || inputIndex(a.id) - inputIndex(b.id);
        expect(cmp, `${a.id} (${a.date.iso}) before ${b.id} (${b.date.iso})`).to.be.lessThan(0);
      }
    });
  });

  describe('problems', () => {
    it('missing title: error at events[0].title, event left out', () => {
      const result = parseTimeline(doc([{id: 'a', date: '2001'}, {id: 'b', date: '2002', title: 'B'}]));
      expect(paths(result.problems)).to.deep.equal(['error events[0].title']);
      expect(result.problems[0].message).to.include('missing');
      expect(result.eventsLeftOut).to.equal(1);
      expect(timelineOf(result).events.map((e) => e.id)).to.deep.equal(['b']);
    });

    it('missing date: error at events[0].date, event left out', () => {
      const result = parseTimeline(doc([{id: 'a', title: 'A'}]));
      expect(paths(result.problems)).to.deep.equal(['error events[0].date']);
      expect(result.problems[0].message).to.include('missing');
      expect(result.eventsLeftOut).to.equal(1);
      expect(timelineOf(result).events).to.deep.equal([]);
    });

    it('missing id: warning, an id made from date and title', () => {
      const result = parseTimeline(doc([{date: '2001-10-07', title: 'Air strikes begin!'}]));
      expect(paths(result.problems)).to.deep.equal(['warning events[0].id']);
      expect(result.eventsLeftOut).to.equal(0);
      expect(timelineOf(result).events[0].id).to.equal('2001-10-07-air-strikes-begin');
    });

    it('missing title of the timeline: error at "title", timeline kept with an empty title', () => {
      const result = parseTimeline({events: [{id: 'a', date: '2001', title: 'A'}]});
      expect(paths(result.problems)).to.deep.equal(['error title']);
      expect(timelineOf(result).title).to.equal('');
      expect(timelineOf(result).events).to.have.length(1);
    });

    it('missing events: error at "events", an empty timeline', () => {
      const result = parseTimeline({title: 'T'});
      expect(paths(result.problems)).to.deep.equal(['error events']);
      expect(timelineOf(result).events).to.deep.equal([]);
      expect(result.eventsLeftOut).to.equal(0);
    });

    describe('unknown keys are warnings with a did-you-mean suggestion', () => {
      const cases: Array<[string, unknown, string, string | undefined]> = [
        ['event "titel"', doc([{id: 'a', date: '2001', title: 'A', titel: 'x'}]), 'events[0].titel', 'title'],
        ['event "Date" (case)', doc([{id: 'a', date: '2001', title: 'A', Date: '2001'}]), 'events[0].Date', 'date'],
        ['event "summery"', doc([{id: 'a', date: '2001', title: 'A', summery: 'x'}]), 'events[0].summery', 'summary'],
        ['event "image", no guess', doc([{id: 'a', date: '2001', title: 'A', image: 'x.png'}]), 'events[0].image', undefined],
        ['root "evnts"', {title: 'T', events: [], evnts: []}, 'evnts', 'events'],
        [
          'source "urls"',
          doc([{id: 'a', date: '2001', title: 'A', sources: [{name: 'N', urls: 'https://example.com'}]}]),
          'events[0].sources[0].urls',
          'url',
        ],
        ['category "colour"', {title: 'T', events: [], categories: [{id: 'c', label: 'C', colour: 'red'}]}, 'categories[0].colour', 'color'],
        ['era "stat"', {title: 'T', events: [], eras: [{title: 'E', stat: '2001', start: '2001', end: '2002'}]}, 'eras[0].stat', 'start'],
      ];
      for (const [name, input, path, guess] of cases) {
        it(name, () => {
          const result = parseTimeline(input);
          expect(paths(result.problems)).to.deep.equal([`warning ${path}`]);
          const {message} = result.problems[0];
          expect(message).to.include('ignored');
          if (guess) expect(message).to.include(`did you mean "${guess}"?`);
          else expect(message).to.not.include('did you mean');
          expect(result.eventsLeftOut).to.equal(0);
        });
      }
    });

    describe('links must be http(s): others are errors, the source is kept without its url', () => {
      const bad = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.com/file', 'example.com/page', '//example.com', 'https://'];
      for (const url of bad) {
        it(JSON.stringify(url), () => {
          const result = parseTimeline(doc([{id: 'a', date: '2001', title: 'A', sources: [{name: 'Reuters', url}]}]));
          expect(paths(result.problems)).to.deep.equal(['error events[0].sources[0].url']);
          expect(result.problems[0].message).to.include('not an http(s) address');
          const [event] = timelineOf(result).events;
          expect(event.sources).to.deep.equal([{name: 'Reuters'}]);
          expect(result.eventsLeftOut).to.equal(0);
        });
      }
      for (const url of ['https://example.com/a?b=c#d', 'http://example.com']) {
        it(`keeps ${url}`, () => {
          const result = parseTimeline(doc([{id: 'a', date: '2001', title: 'A', sources: [{name: 'Reuters', url}]}]));
          expect(result.problems).to.deep.equal([]);
          expect(timelineOf(result).events[0].sources).to.deep.equal([{name: 'Reuters', url}]);
        });
      }
    });

    it('end before date: error at events[0].end, end dropped, event kept', () => {
      const result = parseTimeline(doc([{id: 'a', date: '2001-10-07', end: '2001-10-06', title: 'A'}]));
      expect(paths(result.problems)).to.deep.equal(['error events[0].end']);
      expect(result.problems[0].message).to.include('"2001-10-06"').and.to.include('"2001-10-07"');
      const [event] = timelineOf(result).events;
      expect(event.end).to.equal(undefined);
      expect('end' in event).to.equal(false);
      expect(event.date.iso).to.equal('2001-10-07');
      expect(result.eventsLeftOut).to.equal(0);
    });

    it('an end that contains the date (2001-10 for 2001-10-07) is kept', () => {
      const result = parseTimeline(doc([{id: 'a', date: '2001-10-07', end: '2001-10', title: 'A'}]));
      expect(result.problems).to.deep.equal([]);
      expect(timelineOf(result).events[0].end?.iso).to.equal('2001-10');
    });

    it('an end earlier in UTC because of its offset is dropped', () => {
      const result = parseTimeline(doc([{id: 'a', date: '2001-10-07T12:00Z', end: '2001-10-07T16:00+04:30', title: 'A'}]));
      expect(paths(result.problems)).to.deep.equal(['error events[0].end']);
      expect(timelineOf(result).events[0].end).to.equal(undefined);
    });

    it('duplicate ids: later ones renamed x-2, x-3 with warnings', () => {
      const result = parseTimeline(
        doc([
          {id: 'x', date: '2003', title: 'first'},
          {id: 'x', date: '2002', title: 'second'},
          {id: 'x', date: '2001', title: 'third'},
          {id: 'y', date: '2004', title: 'fourth'},
        ]),
      );
      expect(paths(result.problems)).to.deep.equal(['warning events[1].id', 'warning events[2].id']);
      expect(result.problems[0].message).to.include('"x-2"');
      expect(result.problems[1].message).to.include('"x-3"');
      expect(timelineOf(result).events.map((e) => `${e.id}:${e.title}`)).to.deep.equal(['x-3:third', 'x-2:second', 'x:first', 'y:fourth']);
    });

    it('a renamed id does not take an id used later', () => {
      const result = parseTimeline(
        doc([
          {id: 'x', date: '2001', title: 'a'},
          {id: 'x-2', date: '2002', title: 'b'},
          {id: 'x', date: '2003', title: 'c'},
        ]),
      );
      expect(paths(result.problems)).to.deep.equal(['warning events[2].id']);
      const ids = timelineOf(result).events.map((e) => e.id);
      expect(ids).to.deep.equal(['x', 'x-2', 'x-3']);
    });

    it('undeclared category: warning, added with its id as label', () => {
      const result = parseTimeline(
        doc([{id: 'a', date: '2001', title: 'A', category: 'war'}, {id: 'b', date: '2002', title: 'B', category: 'talks'}, {id: 'c', date: '2003', title: 'C', category: 'talks'}], {
          categories: [{id: 'war', label: 'War', color: '#b3261e'}],
        }),
      );
      expect(paths(result.problems)).to.deep.equal(['warning events[1].category']);
      expect(result.problems[0].message).to.include('"talks"');
      const timeline = timelineOf(result);
      expect(timeline.categories).to.deep.equal([
        {id: 'war', label: 'War', color: '#b3261e'},
        {id: 'talks', label: 'talks'},
      ]);
      expect(timeline.events.map((e) => e.category)).to.deep.equal(['war', 'talks', 'talks']);
    });

    describe('colours', () => {
      const bad = ['red;} body{display:none', 'url(x.png)', '#12', '#1234567', 'rgb(1,2,3) !important', 'expression(alert(1))', '12'];
      for (const color of bad) {
        it(`rejects ${JSON.stringify(color)}, keeping the category`, () => {
          const result = parseTimeline({title: 'T', events: [], categories: [{id: 'c', label: 'C', color}]});
          expect(paths(result.problems)).to.deep.equal(['error categories[0].color']);
          expect(result.problems[0].message).to.include('not a CSS colour');
          expect(timelineOf(result).categories).to.deep.equal([{id: 'c', label: 'C'}]);
        });
      }
      for (const color of ['#b3261e', '#abc', '#abcd', '#aabbccdd', 'rgb(179 38 30)', 'rgba(0, 0, 0, 0.5)', 'hsl(10 50% 50%)', 'oklch(0.6 0.2 30)', 'rebeccapurple']) {
        it(`keeps ${JSON.stringify(color)}`, () => {
          const result = parseTimeline({title: 'T', events: [], categories: [{id: 'c', label: 'C', color}]});
          expect(result.problems).to.deep.equal([]);
          expect(timelineOf(result).categories).to.deep.equal([{id: 'c', label: 'C', color}]);
        });
      }
    });

    it('counts eventsLeftOut over several kinds of bad events', () => {
      const result = parseTimeline(
        doc([
          {id: 'ok', date: '2001', title: 'ok'},
          'not an event',
          null,
          {id: 'no-title', date: '2001'},
          {id: 'bad-date', date: '2001-02-29', title: 'x'},
          {id: 'bad-end', date: '2001', end: '2000', title: 'kept'},
          {id: 'bad-url', date: '2001', title: 'kept', sources: [{name: 'N', url: 'javascript:x'}]},
        ]),
      );
      expect(result.eventsLeftOut).to.equal(4);
      expect(timelineOf(result).events.map((e) => e.id)).to.deep.equal(['ok', 'bad-end', 'bad-url']);
      expect(paths(result.problems)).to.deep.equal([
        'error events[1]',
        'error events[2]',
        'error events[3].title',
        'error events[4].date',
        'error events[5].end',
        'error events[6].sources[0].url',
      ]);
    });
  });

  it('does not mutate its input', async () => {
    const inputs: unknown[] = [
      await fixture('dense-week.json'),
      await fixture('bad-dates.json'),
      doc(
        [
          {id: 'x', date: ' 2001 ', title: ' padded ', category: 'new', sources: [{name: 'N', url: 'ftp://x'}]},
          {id: 'x', date: '2001-10-07', end: '2001-10-01', title: 'dup'},
          {date: '2000', title: 'no id', unknown: 1},
        ],
        {categories: [{id: 'c', label: 'C', color: 'bad colour'}], eras: [{title: 'E', start: '2002', end: '2001'}]},
      ),
    ];
    for (const input of inputs) {
      const before = structuredClone(input);
      const result = parseTimeline(input);
      expect(result.timeline).to.exist;
      expect(input).to.deep.equal(before);
    }
  });

  describe('story: the order of previous and next', () => {
    const events = [
      {id: 'a', date: '2001', title: 'A'},
      {id: 'b', date: '2002', title: 'B'},
      {id: 'c', date: '2003', title: 'C'},
      {id: 'bad', date: '2003-02-30', title: 'Left out'},
    ];

    it("keeps the editor's order, which is not the date order", () => {
      const result = parseTimeline(doc(events.slice(0, 3), {story: ['c', 'a']}));
      expect(timelineOf(result).story).to.deep.equal(['c', 'a']);
      expect(result.problems).to.deep.equal([]);
    });

    it('has no story when the document gives none', () => {
      expect(timelineOf(parseTimeline(doc(events.slice(0, 3)))).story).to.equal(undefined);
    });

    it('reports steps that are not ids, name no event, name one left out or repeat one, and keeps the rest', () => {
      const result = parseTimeline(doc(events, {story: ['b', 7, 'zz', 'bad', 'b', '', 'a']}));
      expect(timelineOf(result).story).to.deep.equal(['b', 'a']);
      const story = result.problems.filter((p) => p.path.startsWith('story'));
      expect(story).to.deep.equal([
        {severity: 'error', path: 'story[1]', message: 'expected the id of an event as text, got a number; the step was left out'},
        {severity: 'error', path: 'story[2]', message: '"zz" is not the id of an event of this timeline (or that event was left out); the step was left out'},
        {severity: 'error', path: 'story[3]', message: '"bad" is not the id of an event of this timeline (or that event was left out); the step was left out'},
        {severity: 'error', path: 'story[4]', message: '"b" is already step 1 of the story; this repeat was left out'},
        {severity: 'error', path: 'story[5]', message: 'expected the id of an event as text, got an empty string; the step was left out'},
      ]);
    });

    it('falls back to date order, and says so, when no step can be kept', () => {
      const result = parseTimeline(doc(events.slice(0, 3), {story: ['x']}));
      expect(timelineOf(result).story).to.equal(undefined);
      expect(paths(result.problems)).to.deep.equal(['error story[0]', 'warning story']);
      expect(result.problems[1].message).to.equal('names no event that can be shown; previous and next go through every event in date order');
    });

    it('reports a story that is not a list', () => {
      const result = parseTimeline(doc(events.slice(0, 3), {story: 'a,b'}));
      expect(timelineOf(result).story).to.equal(undefined);
      expect(result.problems).to.deep.equal([{severity: 'error', path: 'story', message: 'expected an array, got a string; it was left out'}]);
    });
  });

  it('sorts eras by start', () => {
    const result = parseTimeline({
      title: 'T',
      events: [],
      eras: [
        {title: 'later', start: '2010', end: '2012'},
        {title: 'earlier', start: '2001', end: '2005'},
      ],
    });
    expect(result.problems).to.deep.equal([]);
    expect(timelineOf(result).eras.map((e) => e.title)).to.deep.equal(['earlier', 'later']);
  });
});
