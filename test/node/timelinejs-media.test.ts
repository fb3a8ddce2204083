/// <reference types="node" />
/**
 * The seven real TimelineJS3 documents in ../shared/fixtures/timelinejs3/
 * (not ours, never copied here; skipped without them, required in CI):
 * every slide's headline is an event's title, and every medium given as a
 * link (an http(s) or protocol-relative address) is that event's `media`,
 * the title slide's the timeline's. Media given as embedded HTML is not a
 * link and must be named in an error instead.
 *
 * Deep time included: the slides of cosmo-mixed.json dated beyond the years
 * a JavaScript Date holds (13.8 billion years ago and the like) are events on
 * a year-only scale, and are checked like the rest.
 *
 *   node --import tsx --test test/node/timelinejs-media.test.ts
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {htmlToText} from '../../src/data/html-to-text.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {sharedRoot, skipWithoutShared} from './shared-files.js';

const folder = join(sharedRoot, 'fixtures/timelinejs3');
const FILES = [
  'all-media-types.json', 'cosmo-mixed.json', 'eras.json', 'houston-timeline3.json',
  'republican-timeline3.json', 'twain-marktwain.json', 'women_in_computing.json',
];
const skip = skipWithoutShared('the TimelineJS3 media check', FILES.map((name) => `fixtures/timelinejs3/${name}`));

/** Deep-time slides, on the year-only scale: those of cosmo-mixed.json, and how many there are. */
const DEEP_TIME = {file: 'cosmo-mixed.json', count: 4};
const beyondDates = (year: unknown) => Math.abs(Number(year)) > 271_820;

interface Slide {
  start_date?: {year?: unknown};
  text?: {headline?: string; text?: string};
  media?: {url?: unknown};
}

const headline = (slide: Slide) => htmlToText(slide.text?.headline ?? '').replace(/ *\n+ */g, ' ').trim();
/** The address a linked medium is imported at, or undefined when it is not a link. */
const link = (media: Slide['media']) => {
  const url = typeof media?.url === 'string' ? media.url.trim() : '';
  if (url.startsWith('//')) return `https:${url}`;
  return /^https?:\/\/\S+$/i.test(url) ? url : undefined;
};

for (const name of FILES) {
  test(`timelinejs3/${name}: every headline and every linked medium`, {skip}, (t) => {
    const doc = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {title?: Slide; events: Slide[]};
    const {timeline, problems} = parseTimeline(doc);
    assert.ok(timeline);
    const deep = doc.events.filter((slide) => beyondDates(slide.start_date?.year));
    assert.equal(deep.length, name === DEEP_TIME.file ? DEEP_TIME.count : 0, 'deep-time slides');
    let media = 0;
    doc.events.forEach((slide, index) => {
      const title = headline(slide);
      const events = timeline.events.filter((event) => (title ? event.title === title : true));
      assert.ok(events.length > 0, `events[${index}]: no event titled ${JSON.stringify(title)}`);
      const url = link(slide.media);
      if (url) {
        media++;
        assert.ok(events.some((event) => event.media?.url === url), `events[${index}] (${title}): medium ${url} not imported; got ${JSON.stringify(events.map((e) => e.media))}`);
        assert.ok(events.every((event) => event.sources.every((source) => source.url !== url)), `events[${index}]: the medium is still a source`);
      } else if (typeof slide.media?.url === 'string' && slide.media.url.trim()) {
        // Embedded HTML, or a relative address: no link to show, so it is named.
        assert.ok(problems.some((p) => p.path === `events[${index}].media.url` && p.severity === 'error'), `events[${index}]: media that is not a link is not reported`);
      }
    });
    const titleUrl = link(doc.title?.media);
    if (titleUrl) assert.equal(timeline.media?.url, titleUrl, 'the title slide\'s medium');
    else assert.equal(timeline.media, undefined);
    assert.equal(timeline.events.filter((event) => event.date.deep).length, deep.length, 'deep-time slides are events');
    t.diagnostic(`${doc.events.length} headlines (${deep.length} in deep time), ${media} linked media${titleUrl ? ' and the title slide\'s' : ''}`);
  });
}
