/// <reference types="node" />
// Property tests of the parser: whatever the input, parseTimeline and
// parseTimelineText never throw, never mutate it, keep every valid event and
// point a problem at every defect. Run with:
//   node --import tsx --test test/node/fuzz.test.ts
import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import fc from 'fast-check';
import {MAX_LABEL_LENGTH, MAX_TEXT_LENGTH, parseTimeline} from '../../src/data/parse-timeline.js';
import {parseTimelineText} from '../../src/data/parse-timeline-text.js';
import type {ParseResult, TimelineDocument, TimelineEventInput} from '../../src/data/types.js';

let cases = 0;
after(() => console.log(`fuzz: ${cases} cases run`));

/** A seed from the environment reproduces a failure: FUZZ_SEED=123 node --import tsx --test ... */
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const settings = (numRuns: number) => ({numRuns, ...(seed !== undefined && {seed})});

/** Runs a parse, counts the case, and checks what is true of every result. */
function parsed(run: () => ParseResult): ParseResult {
  cases++;
  const result = run();
  assert.ok(Array.isArray(result.problems), 'problems is an array');
  assert.ok(Number.isInteger(result.eventsLeftOut) && result.eventsLeftOut >= 0, 'eventsLeftOut is a count');
  for (const p of result.problems) {
    assert.ok(p.severity === 'error' || p.severity === 'warning');
    assert.equal(typeof p.path, 'string');
    assert.ok(typeof p.message === 'string' && p.message.length > 0);
  }
  if (!result.timeline) assert.ok(result.problems.some((p) => p.severity === 'error'), 'no timeline without an error saying why');
  else {
    const ids = result.timeline.events.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'event ids are unique');
    result.timeline.events.forEach((e, i) => {
      assert.equal(e.index, i);
      if (i) assert.ok(result.timeline!.events[i - 1].date.start <= e.date.start, 'events are sorted');
      if (e.end) assert.ok(e.end.end >= e.date.start, 'no end before the date');
      for (const s of e.sources) if (s.url !== undefined) assert.match(s.url, /^https?:\/\/\S+$/);
    });
  }
  return result;
}

/**
 * A deep copy of plain data that keeps what matters here (own enumerable
 * keys, values, -0, NaN, null prototypes) and works at any depth: a loop with
 * a stack, because the inputs nest 10,000 deep.
 */
function snapshot(value: unknown): unknown {
  const root: {v?: unknown} = {};
  const stack: Array<[unknown, Record<string, unknown> | unknown[], string | number]> = [[value, root as Record<string, unknown>, 'v']];
  const seen = new Map<object, unknown>();
  while (stack.length) {
    const [from, into, key] = stack.pop()!;
    let copy: unknown = from;
    if (typeof from === 'object' && from !== null) {
      if (seen.has(from)) copy = seen.get(from);
      else {
        const target: Record<string, unknown> | unknown[] = Array.isArray(from) ? new Array(from.length) : Object.create(Object.getPrototypeOf(from));
        seen.set(from, target);
        // Keys are created now, in order; their values are filled in as the stack unwinds.
        for (const k of Object.keys(from)) Object.defineProperty(target, k, {value: undefined, writable: true, enumerable: true, configurable: true});
        for (const k of Object.keys(from)) stack.push([(from as Record<string, unknown>)[k], target, k]);
        copy = target;
      }
    }
    Object.defineProperty(into, key, {value: copy, writable: true, enumerable: true, configurable: true});
  }
  return root.v;
}

/** Deep equality without recursion: same keys, same prototypes, Object.is on leaves. */
function sameData(a: unknown, b: unknown): string | undefined {
  const stack: Array<[unknown, unknown, string]> = [[a, b, '$']];
  while (stack.length) {
    const [x, y, path] = stack.pop()!;
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
      if (!Object.is(x, y)) return `${path}: ${String(x)} became ${String(y)}`;
      continue;
    }
    if (Array.isArray(x) !== Array.isArray(y) || Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return `${path}: its kind changed`;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length || kx.some((k, i) => k !== ky[i])) return `${path}: keys changed`;
    for (const k of kx) stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`]);
  }
  return undefined;
}

function notMutated(input: unknown, run: (input: unknown) => ParseResult): ParseResult {
  const before = snapshot(input);
  const result = parsed(() => run(input));
  const change = sameData(before, input);
  assert.equal(change, undefined, `the input was mutated: ${change}`);
  return result;
}

// --- arbitraries of valid documents ---------------------------------------------

const text = fc.string({minLength: 1, maxLength: 30}).filter((s) => s.trim().length > 0);
const day = fc.date({min: new Date('1900-01-01T00:00Z'), max: new Date('2099-12-31T00:00Z'), noInvalidDate: true});
const isoDate = fc.tuple(day, fc.constantFrom('year', 'month', 'day', 'time')).map(([d, precision]) => {
  const iso = d.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : precision === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
});
const url = fc.webUrl({validSchemes: ['https', 'http']});
const source = fc.record(
  {name: text, url, excerpt: fc.string({maxLength: 40}), published: isoDate},
  {requiredKeys: ['name']},
);
const categoryIds = ['politics', 'war', 'diplomacy'];
const eventBody = fc.record(
  {
    date: isoDate,
    title: text,
    summary: fc.string({maxLength: 40}),
    category: fc.constantFrom(...categoryIds),
    sources: fc.array(source, {maxLength: 3}),
    span: fc.integer({min: 0, max: 3650}),
  },
  {requiredKeys: ['date', 'title']},
);

/** A document with no problems at all: unique ids, real dates, ends after dates. */
const validDocument: fc.Arbitrary<TimelineDocument> = fc
  .record({
    title: text,
    description: fc.option(fc.string({maxLength: 40}), {nil: undefined}),
    events: fc.array(eventBody, {minLength: 2, maxLength: 8}),
  })
  .map(({title, description, events}) => ({
    title,
    ...(description !== undefined && {description}),
    categories: categoryIds.map((id, i) => ({id, label: id.toUpperCase(), ...(i === 0 && {color: '#b3261e'})})),
    eras: [{title: 'An era', start: '1950', end: '2050-06'}],
    events: events.map(({span, ...e}, i) => {
      const event: TimelineEventInput = {id: `event-${i}`, ...e};
      // An end `span` days after the last instant of the date, at day precision.
      if (span && e.date.length >= 10) {
        const start = Date.parse(e.date.length === 10 ? e.date : e.date);
        event.end = new Date(start + span * 86_400_000 + 86_400_000).toISOString().slice(0, 10);
      }
      return event;
    }),
  }));

// --- defects -----------------------------------------------------------------------

type Doc = TimelineDocument & Record<string, unknown>;
interface Defect {
  /** Where a problem must point. */
  readonly path: string;
  /** Whether the damaged event stays in the timeline. */
  readonly kept: boolean;
  readonly kind: string;
}

const wrongValue = fc.constantFrom<unknown>(42, true, null, [], {}, ['2001'], 0, -1.5);
const impossibleDate = fc.constantFrom('2021-02-30', '2019-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-06-00', '2021-06-32', '2021-06-10T24:00Z', '2021-06-10T12:60Z', '21-06-10', '2021/06/10', 'yesterday', '');

/** Applies one defect, chosen by `pick`, to a copy of `doc`. */
function injectDefect(doc: TimelineDocument, pick: {kind: number; event: number; other: number; value: unknown; date: string; key: string}): {doc: Doc; defect: Defect} {
  const copy = structuredClone(doc) as Doc;
  const i = pick.event % copy.events.length;
  const event = copy.events[i] as unknown as Record<string, unknown>;
  const path = `events[${i}]`;
  const kinds = [
    () => ((event.title = pick.value), {path: `${path}.title`, kept: false, kind: 'title of the wrong type'}),
    () => ((event.date = pick.value), {path: `${path}.date`, kept: false, kind: 'date of the wrong type'}),
    () => ((event.date = pick.date), {path: `${path}.date`, kept: false, kind: 'impossible date'}),
    () => ((event.summary = pick.value), {path: `${path}.summary`, kept: true, kind: 'summary of the wrong type'}),
    () => ((event.category = pick.value), {path: `${path}.category`, kept: true, kind: 'category of the wrong type'}),
    () => ((event.sources = Array.isArray(pick.value) ? 'not a list' : pick.value), {path: `${path}.sources`, kept: true, kind: 'sources of the wrong type'}),
    () => {
      event.sources = [{name: 'Somebody', url: pick.value}];
      return {path: `${path}.sources[0].url`, kept: true, kind: 'url of the wrong type'};
    },
    () => {
      event.sources = [{name: 'Somebody', url: 'javascript:alert(1)'}];
      return {path: `${path}.sources[0].url`, kept: true, kind: 'javascript: url'};
    },
    () => {
      event.sources = [{name: pick.value}];
      return {path: `${path}.sources[0].name`, kept: true, kind: 'source name of the wrong type'};
    },
    () => {
      event.date = '2021-06-10';
      event.end = '2021-06-09';
      return {path: `${path}.end`, kept: true, kind: 'end before date'};
    },
    () => ((event.end = pick.date), {path: `${path}.end`, kept: true, kind: 'impossible end'}),
    () => {
      // A later event takes the id of an earlier one.
      const j = pick.other % copy.events.length;
      const [first, second] = i === j ? [0, 1] : [Math.min(i, j), Math.max(i, j)];
      (copy.events[second] as unknown as Record<string, unknown>).id = copy.events[first].id;
      return {path: `events[${second}].id`, kept: true, kind: 'duplicate id'};
    },
    () => ((event[pick.key] = 'x'), {path: `${path}.${pick.key}`, kept: true, kind: 'unknown key'}),
    () => (delete event.title, {path: `${path}.title`, kept: false, kind: 'missing title'}),
    () => (delete event.date, {path: `${path}.date`, kept: false, kind: 'missing date'}),
    () => (delete event.id, {path: `${path}.id`, kept: true, kind: 'missing id'}),
    () => ((event.id = pick.value), {path: `${path}.id`, kept: true, kind: 'id of the wrong type'}),
    () => ((copy.events[i] = (typeof pick.value === 'object' && pick.value !== null && !Array.isArray(pick.value) ? 42 : pick.value) as never), {path, kept: false, kind: 'event of the wrong type'}),
    () => ((copy[pick.key] = 1), {path: pick.key, kept: true, kind: 'unknown root key'}),
    () => ((copy.title = pick.value as never), {path: 'title', kept: true, kind: 'root title of the wrong type'}),
    () => ((copy.categories![1].color = 'red;background:url(javascript:alert(1))'), {path: 'categories[1].color', kept: true, kind: 'hostile colour'}),
    () => ((copy.eras![0].end = '1900'), {path: 'eras[0].end', kept: true, kind: 'era ending before it starts'}),
  ];
  const defect = kinds[pick.kind % kinds.length]();
  return {doc: copy, defect};
}

const unknownKey = fc.constantFrom('titel', 'colour', 'start_date', 'Date', 'summmary', 'x-extra', 'tags').filter((k) => k.length > 0);
const pick = fc.record({
  kind: fc.nat(),
  event: fc.nat(),
  other: fc.nat(),
  value: wrongValue,
  date: impossibleDate,
  key: unknownKey,
});

describe('parser fuzzing', () => {
  it('never throws on random JSON text', () => {
    fc.assert(
      fc.property(fc.json({maxDepth: 6}), (json) => {
        parsed(() => parseTimelineText(json));
      }),
      settings(1500),
    );
  });

  it('never throws on random text, including near-JSON and cut-off JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.slice(0, Math.floor(j.length / 2))), fc.json().map((j) => `\uFEFF ${j} `)), (body) => {
        parsed(() => parseTimelineText(body));
      }),
      settings(1000),
    );
  });

  it('never throws on, and never mutates, any value', () => {
    fc.assert(
      fc.property(fc.anything({maxDepth: 5}), (value) => {
        notMutated(value, parseTimeline);
        notMutated({title: 'T', events: [value, {id: 'a', date: '2001', title: 'A'}], categories: value, eras: value}, parseTimeline);
      }),
      settings(1000),
    );
  });

  it('never throws on objects shaped like a timeline with random members', () => {
    const member = fc.anything({maxDepth: 3});
    const loose = fc.record({
      title: member,
      description: member,
      events: fc.array(fc.dictionary(fc.constantFrom('id', 'date', 'end', 'title', 'summary', 'category', 'sources', 'other'), member), {maxLength: 5}),
      categories: fc.array(fc.dictionary(fc.constantFrom('id', 'label', 'color'), member), {maxLength: 3}),
      eras: fc.array(fc.dictionary(fc.constantFrom('title', 'start', 'end'), member), {maxLength: 3}),
    }, {requiredKeys: []});
    fc.assert(
      fc.property(loose, (doc) => {
        notMutated(doc, parseTimeline);
      }),
      settings(1000),
    );
  });

  it('reads valid documents without a problem and keeps every event', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const result = notMutated(doc, parseTimeline);
        assert.deepEqual(result.problems, [], 'a valid document has no problems');
        assert.deepEqual(result.timeline!.events.map((e) => e.id).sort(), doc.events.map((e) => e.id).sort());
        assert.equal(result.eventsLeftOut, 0);
        // The same through the text parser.
        const fromText = parsed(() => parseTimelineText(JSON.stringify(doc)));
        assert.deepEqual(JSON.parse(JSON.stringify(fromText)), JSON.parse(JSON.stringify(result)));
      }),
      settings(800),
    );
  });

  it('points a problem at each injected defect and keeps every other event', () => {
    fc.assert(
      fc.property(validDocument, pick, (valid, p) => {
        const {doc, defect} = injectDefect(valid, p);
        const result = notMutated(doc, parseTimeline);
        const paths = result.problems.map((x) => x.path);
        assert.ok(
          paths.includes(defect.path),
          `${defect.kind}: expected a problem at ${defect.path}, got ${JSON.stringify(result.problems)}`,
        );
        // Nothing else is blamed: every problem is at the defect or inside it.
        for (const path of paths) {
          assert.ok(path === defect.path || path.startsWith(`${defect.path}.`) || path.startsWith(`${defect.path}[`),
            `${defect.kind}: unexpected problem at ${path} (defect at ${defect.path})`);
        }
        assert.ok(result.timeline, `${defect.kind}: one defect must not lose the whole timeline`);
        const kept = new Set(result.timeline.events.map((e) => e.id));
        const damaged = /^events\[(\d+)\]/.exec(defect.path);
        valid.events.forEach((event, index) => {
          if (damaged && Number(damaged[1]) === index) return;
          assert.ok(kept.has(event.id), `${defect.kind}: the valid event ${event.id} was not kept`);
        });
        const expected = valid.events.length - (defect.kept ? 0 : 1);
        assert.equal(result.timeline.events.length, expected, `${defect.kind}: ${expected} events expected`);
        assert.equal(result.eventsLeftOut, valid.events.length - expected);
      }),
      settings(2500),
    );
  });

  it('survives 10,000 levels of nesting, in text and as objects', () => {
    const depth = 10_000;
    const deepText = '['.repeat(depth) + ']'.repeat(depth);
    parsed(() => parseTimelineText(deepText));
    parsed(() => parseTimelineText(`{"title":"T","events":[],"description":${deepText}}`));
    // Cut off: JSON.parse fails and the error is located without recursion.
    const cut = parsed(() => parseTimelineText('{"a":'.repeat(depth)));
    assert.match(cut.problems[0].message, /not valid JSON/);
    parsed(() => parseTimelineText('['.repeat(100_000)));
    let deep: unknown = {id: 'x', date: '2001', title: 'deep'};
    for (let i = 0; i < depth; i++) deep = {sources: [deep]};
    const result = notMutated({title: 'T', events: [deep, {id: 'ok', date: '2001', title: 'Fine'}]}, parseTimeline);
    assert.deepEqual(result.timeline!.events.map((e) => e.id), ['ok']);
  });

  it('handles a 10 MB string in any field, keeping display text to a readable length', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const hugeUrl = `https://example.org/${huge}`;
    for (const [field, value] of [['title', huge], ['summary', huge], ['date', huge], ['id', huge], ['category', huge], ['end', huge]] as const) {
      const doc = {title: 'T', events: [{id: 'a', date: '2001', title: 'A', [field]: value}, {id: 'b', date: '2002', title: 'B'}]};
      const result = parsed(() => parseTimeline(doc));
      assert.ok(result.timeline!.events.some((e) => e.id === 'b'));
      for (const p of result.problems) assert.ok(p.message.length < 1000, `a problem message quotes at most a clip of the value (${field})`);
    }
    const withSource = parsed(() => parseTimeline({title: huge, events: [{id: 'a', date: '2001', title: 'A', sources: [{name: huge, url: hugeUrl, excerpt: huge}]}]}));
    // A link is kept whole (cutting it would point somewhere else); text is cut, and said.
    assert.equal(withSource.timeline!.events[0].sources[0].url!.length, hugeUrl.length);
    const source = withSource.timeline!.events[0].sources[0];
    // A label (a name, a title) is kept to a label's length; running text to a longer one.
    assert.equal(source.name.length, MAX_LABEL_LENGTH + 1);
    assert.equal(source.excerpt!.length, MAX_TEXT_LENGTH + 1);
    assert.ok(source.excerpt!.endsWith('…'));
    assert.deepEqual(
      withSource.problems.filter((p) => p.message.includes('characters long')).map((p) => p.path).sort(),
      ['events[0].sources[0].excerpt', 'events[0].sources[0].name', 'title'],
    );
    const colour = parsed(() => parseTimeline({title: 'T', categories: [{id: 'c', label: 'C', color: `rgb(${'1'.repeat(10_000_000)}`}], events: []}));
    assert.equal(colour.problems[0].path, 'categories[0].color');
    const text = parsed(() => parseTimelineText(JSON.stringify({title: huge, events: []})));
    assert.equal(text.timeline!.title.length, MAX_LABEL_LENGTH + 1);
    assert.match(text.problems[0].message, /is 10,485,760 characters long; only the first 300 are shown/);
    // A cut never leaves half of a surrogate pair.
    const emoji = parsed(() => parseTimeline({title: `${'x'.repeat(MAX_LABEL_LENGTH - 1)}😀😀`, events: []}));
    assert.equal(emoji.timeline!.title, `${'x'.repeat(MAX_LABEL_LENGTH - 1)}…`);
    const emojiSummary = parsed(() => parseTimeline({title: 'T', events: [{id: 'a', date: '2001', title: 'A', summary: `${'x'.repeat(MAX_TEXT_LENGTH - 1)}😀😀`}]}));
    assert.equal(emojiSummary.timeline!.events[0].summary, `${'x'.repeat(MAX_TEXT_LENGTH - 1)}…`);
    // An undeclared category becomes a legend entry: its label is cut like any other, and said.
    const category = parsed(() => parseTimeline({title: 'T', events: [{id: 'a', date: '2001', title: 'A', category: huge}]}));
    assert.equal(category.timeline!.categories[0].id.length, MAX_TEXT_LENGTH + 1);
    assert.equal(category.timeline!.categories[0].label.length, MAX_LABEL_LENGTH + 1);
    assert.ok(category.problems.some((p) => p.path === 'events[0].category' && /label, cut to its first 300 characters$/.test(p.message)));
  });

  it('handles an unknown key of 128 KB without a quadratic did-you-mean', () => {
    const started = performance.now();
    const result = parsed(() => parseTimeline({title: 'T', events: [], ['k'.repeat(128 * 1024)]: 1}));
    assert.equal(result.problems.length, 1);
    const took = performance.now() - started;
    // Linear work on 128 KB takes a few ms; the full edit-distance table takes seconds.
    assert.ok(took < 500, `a 128 KB unknown key took ${Math.round(took)} ms`);
  });

  it('handles huge arrays', () => {
    const events = Array.from({length: 100_000}, (_, i) => ({id: `e${i}`, date: `${1900 + (i % 200)}-0${1 + (i % 9)}`, title: `Event ${i}`}));
    const many = parsed(() => parseTimeline({title: 'T', events}));
    assert.equal(many.timeline!.events.length, 100_000);
    const junk = parsed(() => parseTimeline({title: 'T', events: new Array(200_000).fill(7)}));
    assert.equal(junk.eventsLeftOut, 200_000);
    assert.equal(junk.problems.length, 200_000);
    const sources = parsed(() => parseTimeline({title: 'T', events: [{id: 'a', date: '2001', title: 'A', sources: new Array(100_000).fill({name: 'S'})}]}));
    assert.equal(sources.timeline!.events[0].sources.length, 100_000);
  });
});
