/// <reference types="node" />
/**
 * The TimelineJS3 importer against seven real TimelineJS3 documents, read
 * from ../shared/fixtures/timelinejs3/ beside the checkout (they are not
 * ours, so they are never copied into this repository).
 *
 *   node --import tsx --test test/node/timelinejs-conformance.test.ts
 *
 * For each: a timeline comes back; every slide is either imported or named in
 * an error that left it out; no markup survives in titles or summaries; every
 * date is finite; eras come through where the document has them.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {isTimelineJS} from '../../src/data/timelinejs.js';
import {sharedRoot, skipWithoutShared} from './shared-files.js';

const folder = join(sharedRoot, 'fixtures/timelinejs3');
const FILES = [
  'all-media-types.json', 'cosmo-mixed.json', 'eras.json', 'houston-timeline3.json',
  'republican-timeline3.json', 'twain-marktwain.json', 'women_in_computing.json',
];
const skip = skipWithoutShared('the TimelineJS3 conformance check', FILES.map((name) => `fixtures/timelinejs3/${name}`));

for (const name of FILES) {
  test(`timelinejs3/${name}`, {skip}, (t) => {
    const file = join(folder, name);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {events: unknown[]; eras?: unknown[]};
    assert.equal(isTimelineJS(doc), true, 'not recognised as TimelineJS3');
    const result = parseTimeline(doc);
    const timeline = result.timeline;
    assert.ok(timeline, `no timeline: ${JSON.stringify(result.problems)}`);

    const total = doc.events.length;
    const reported = new Set<number>();
    for (const problem of result.problems) {
      const match = /^events\[(\d+)\]/.exec(problem.path);
      if (match && problem.severity === 'error' && problem.message.endsWith('the event was left out')) reported.add(Number(match[1]));
    }
    const imported = timeline.events.length;
    assert.equal(imported + reported.size, total, `${imported} imported + ${reported.size} reported ≠ ${total} events`);
    assert.equal(result.eventsLeftOut, reported.size);

    for (const event of timeline.events) {
      for (const text of [event.title, event.summary ?? '']) assert.doesNotMatch(text, /<[a-z]/i, `markup in event ${event.id}`);
      for (const source of event.sources) {
        assert.doesNotMatch(source.name, /<[a-z]/i, `markup in a source of ${event.id}`);
        assert.match(source.url ?? 'https://', /^https?:\/\//);
      }
      for (const date of [event.date, event.end]) {
        if (date) assert.ok(Number.isFinite(date.start) && Number.isFinite(date.end), `${event.id}: ${date.iso} is not finite`);
      }
    }
    assert.doesNotMatch(timeline.title, /<[a-z]/i);
    assert.doesNotMatch(timeline.description ?? '', /<[a-z]/i);
    assert.equal(timeline.eras.length, doc.eras?.length ?? 0, 'eras not all imported');
    for (const era of timeline.eras) assert.ok(Number.isFinite(era.start.start) && Number.isFinite(era.end.end));
    for (const problem of result.problems) assert.ok(problem.path === '' || /^(events|eras|title|scale)\b/.test(problem.path), `unexpected path ${problem.path}`);

    const warnings = result.problems.filter((p) => p.severity === 'warning').length;
    console.log(`${name}: ${imported} of ${total} events imported, ${reported.size} reported and left out; ${timeline.eras.length} eras; ${warnings} warnings`);
    t.diagnostic(`${imported}/${total} imported`);
  });
}
