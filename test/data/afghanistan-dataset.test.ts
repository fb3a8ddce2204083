/**
 * The default dataset loads in a browser and parses cleanly.
 * Provenance (dates, sources, excerpts, statuses and date notes against the
 * fact sheet) is checked by test/node/dataset-provenance.test.ts.
 */
import { expect } from '@open-wc/testing';

import { parseTimeline } from '../../src/data/parse-timeline.js';
import { SOURCE_STATUSES, isSoftDate, type ParseResult, type TimelineDocument } from '../../src/data/types.js';

// Mocha's globals, provided by @web/test-runner. Declared here because
// @types/mocha is not a dependency; module-scoped, so they cannot clash with
// it if it is added later.
declare const describe: (title: string, body: () => void) => void;
declare const before: (hook: () => Promise<void> | void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

const ARTICLE_NAME = 'News Desk report on the Moscow talks';

describe('data/afghanistan-2001-2021.json', () => {
  let raw: TimelineDocument;
  let result: ParseResult;

  before(async () => {
    const url = new URL('../../data/afghanistan-2001-2021.json', import.meta.url);
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`could not load ${url.href}: HTTP ${response.status}`);
    }
    raw = (await response.json()) as TimelineDocument;
    result = parseTimeline(raw);
  });

  // Read from the JSON as written, so this holds whatever the parser makes of it.
  it('gives every source a status, and a note exactly to the dates written as uncertain', () => {
    const soft = (value: string | undefined): boolean => value !== undefined && /[/?~%]/.test(value);
    for (const event of raw.events) {
      for (const source of event.sources ?? []) {
        expect(SOURCE_STATUSES, `${event.id}: "${source.name}" status`).to.include(source.status);
      }
      const uncertain = soft(event.date) || soft(event.end);
      expect(event.dateNote !== undefined, `${event.id}: dateNote beside ${event.date}…${event.end ?? ''}`).to.equal(uncertain);
    }
    expect(raw.events.filter((e) => e.dateNote !== undefined).length).to.be.greaterThan(0);
  });

  it('keeps every status and date note through the parser, and reads those dates as soft', () => {
    const parsed = new Map(result.timeline!.events.map((e) => [e.id, e]));
    for (const event of raw.events) {
      const read = parsed.get(event.id);
      if (read === undefined) throw new Error(`${event.id}: left out by the parser`);
      expect(read.sources.map((s) => s.status), `${event.id}: statuses`).to.deep.equal(
        (event.sources ?? []).map((s) => s.status),
      );
      expect(read.dateNote, `${event.id}: dateNote`).to.equal(event.dateNote);
      const soft = isSoftDate(read.date) || (read.end !== undefined && isSoftDate(read.end));
      expect(soft, `${event.id}: soft date`).to.equal(event.dateNote !== undefined);
    }
  });

  it('parses without problems', () => {
    expect(result.problems, JSON.stringify(result.problems, null, 2)).to.deep.equal([]);
    expect(result.timeline).to.exist;
  });

  it('has all 49 events', () => {
    expect(result.timeline!.events).to.have.length(49);
  });

  it('gives every event a title, a finite date and at least one source', () => {
    for (const event of result.timeline!.events) {
      expect(event.title.trim(), `${event.id}: title`).to.not.equal('');
      expect(Number.isFinite(event.date.start), `${event.id}: date.start`).to.equal(true);
      expect(event.sources.length, `${event.id}: sources`).to.be.at.least(1);
    }
  });

  it('runs from 11 September 2001 to 20 October 2021', () => {
    const { events } = result.timeline!;
    expect(events[0].date.iso).to.equal('2001-09-11');
    const latest = events.reduce((a, b) => (b.date.start > a.date.start ? b : a));
    expect(latest.date.iso).to.equal('2021-10-20');
    expect(Math.max(...events.map((e) => e.date.start))).to.equal(Date.UTC(2021, 9, 20));
  });

  it('attributes every excerpt to the News Desk report', () => {
    const withExcerpt = result.timeline!.events.flatMap((e) =>
      e.sources.filter((s) => s.excerpt !== undefined).map((s) => ({ id: e.id, source: s })),
    );
    expect(withExcerpt.length).to.be.greaterThan(0);
    for (const { id, source } of withExcerpt) {
      expect(source.name, `${id}: excerpt source`).to.equal(ARTICLE_NAME);
      expect(source.url, `${id}: excerpt source url`).to.equal(undefined);
    }
  });
});
