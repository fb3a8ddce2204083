/// <reference types="node" />
// `events[].media`, the timeline's `media` and `events[].displayDate` in
// news-timeline's own format: what the parser keeps, what it reports (at
// which path, saying what was expected), and that the schema agrees.
// Run with: node --import tsx --test test/node/media-parse.test.ts
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {TimelineProblem} from '../../src/data/types.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const AjvClass = (Ajv2020 as unknown as {default?: typeof Ajv2020}).default ?? Ajv2020;
const validate = new AjvClass({allErrors: true, strict: true}).compile(readJson('../../data/timeline.schema.json') as object);

const timelineWith = (media: unknown, extra: Record<string, unknown> = {}) =>
  ({title: 'T', events: [{id: 'a', date: '2021-08-15', title: 'A', media, ...extra}, {id: 'b', date: '2021-08-16', title: 'B'}]});
const at = (problems: readonly TimelineProblem[], path: string) => problems.filter((p) => p.path === path);

describe('media in the own format', () => {
  it('every kind in test/fixtures/media/every-kind.json is valid by the schema and read without a problem', () => {
    const doc = readJson('../fixtures/media/every-kind.json');
    assert.equal(validate(doc), true, JSON.stringify(validate.errors));
    const {timeline, problems} = parseTimeline(doc);
    assert.deepEqual(problems, []);
    const byId = new Map(timeline!.events.map((e) => [e.id, e]));
    assert.deepEqual(byId.get('image')!.media, {
      url: 'https://example.org/photo.JPG', kind: 'image', alt: 'Soldiers on a runway', credit: 'Example Agency',
      caption: 'The runway at dawn.', width: 1200, height: 800,
    });
    assert.equal(byId.get('image')!.displayDate, 'Mid-August 2021');
    assert.deepEqual(byId.get('decorative')!.media, {url: 'https://example.org/pattern.png', kind: 'image', alt: ''});
    assert.deepEqual(byId.get('video')!.media, {url: 'https://example.org/clip.mp4', kind: 'video', thumbnail: 'https://example.org/clip.jpg'});
    assert.equal(byId.get('audio')!.media!.kind, 'audio');
    assert.deepEqual(byId.get('youtube')!.media, {
      url: 'https://www.youtube.com/watch?v=abcdefghijk', kind: 'embed', provider: {id: 'youtube', name: 'YouTube', action: 'watch'},
    });
    // A kind the editor gave wins over the address.
    assert.equal(byId.get('file-page')!.media!.kind, 'image');
    assert.deepEqual(timeline!.media, {url: 'https://example.org/cover.jpg', kind: 'image', alt: 'A crowd at the gates of Kabul airport', credit: 'Photo: Example Agency'});
  });

  it('an image without alt is reported at its path and kept without one (the card offers it as a link)', () => {
    const {timeline, problems} = parseTimeline(timelineWith({url: 'https://example.org/a.jpg'}));
    const [problem] = at(problems, 'events[0].media.alt');
    assert.equal(problem.severity, 'warning');
    assert.match(problem.message, /^is missing; an image needs a description .*"alt": "".*offered as a link instead$/);
    assert.equal(timeline!.events[0].media!.alt, undefined);
    assert.equal(timeline!.events[0].media!.kind, 'image');
  });

  it('says nothing of alt for a video, audio or embed', () => {
    for (const url of ['https://example.org/a.mp4', 'https://example.org/a.mp3', 'https://youtu.be/abcdefghijk']) {
      assert.deepEqual(parseTimeline(timelineWith({url})).problems, [], url);
    }
  });

  it('a medium with a bad address is reported and left out; its event and the rest are kept', () => {
    const cases: [unknown, string, RegExp][] = [
      [{url: 'javascript:alert(1)', alt: 'x'}, 'events[0].media.url', /^"javascript:alert\(1\)" is not an http\(s\) address; the medium was left out$/],
      [{url: 'ftp://example.org/a.jpg', alt: 'x'}, 'events[0].media.url', /is not an http\(s\) address; the medium was left out$/],
      [{alt: 'x'}, 'events[0].media.url', /^is missing; expected the http\(s\) address .*; the medium was left out$/],
      [{url: ''}, 'events[0].media.url', /^expected non-empty text, got an empty string; the medium was left out$/],
      ['https://example.org/a.jpg', 'events[0].media', /^expected a media object with "url", got a string; the medium was left out$/],
      [[{url: 'https://example.org/a.jpg'}], 'events[0].media', /got an array; the medium was left out$/],
    ];
    for (const [media, path, message] of cases) {
      const {timeline, problems} = parseTimeline(timelineWith(media));
      const found = at(problems, path);
      assert.equal(found.length, 1, `${JSON.stringify(media)}: ${JSON.stringify(problems)}`);
      assert.equal(found[0].severity, 'error');
      assert.match(found[0].message, message);
      assert.equal(timeline!.events.length, 2);
      assert.equal(timeline!.events[0].media, undefined);
      assert.equal(validate(timelineWith(media)), false, 'the schema rejects it too');
    }
  });

  it('a bad optional field is reported and left out; the medium is kept', () => {
    const {timeline, problems} = parseTimeline(timelineWith({
      url: 'https://example.org/clip.mp4', kind: 'gif', thumbnail: 'data:image/png;base64,AAAA', width: 0, height: 2.5, credit: 3, caption: '  ', extra: 1,
    }));
    const messages = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    assert.equal(messages['events[0].media.kind'], 'expected "image", "video", "audio" or "embed", got "gif"; the kind was taken from the address ("video")');
    assert.equal(messages['events[0].media.thumbnail'], '"data:image/png;base64,AAAA" is not an http(s) address; the thumbnail was left out');
    assert.equal(messages['events[0].media.width'], 'expected a whole number of pixels above 0, got 0; it was left out');
    assert.equal(messages['events[0].media.height'], 'expected a whole number of pixels above 0, got 2.5; it was left out');
    assert.equal(messages['events[0].media.credit'], 'expected text, got a number; the credit was left out');
    assert.match(messages['events[0].media.extra'], /is not part of the timeline format and was ignored/);
    assert.deepEqual(timeline!.events[0].media, {url: 'https://example.org/clip.mp4', kind: 'video'});
  });

  it('the timeline\'s own medium is read and reported at "media"', () => {
    const {timeline, problems} = parseTimeline({title: 'T', media: {url: 'https://example.org/x.png'}, events: []});
    assert.equal(timeline!.media!.kind, 'image');
    assert.deepEqual(problems.map((p) => p.path), ['media.alt']);
    assert.deepEqual(parseTimeline({title: 'T', media: 7, events: []}).problems.map((p) => [p.path, p.severity]), [['media', 'error']]);
  });

  it('displayDate is kept as written and a blank one is reported', () => {
    const {timeline} = parseTimeline(timelineWith(undefined, {displayDate: ' Spring 1865 '}));
    assert.equal(timeline!.events[0].displayDate, 'Spring 1865');
    const blank = parseTimeline(timelineWith(undefined, {displayDate: ''}));
    assert.equal(blank.timeline!.events[0].displayDate, undefined);
    assert.deepEqual(at(blank.problems, 'events[0].displayDate').map((p) => p.message), ['expected non-empty text, got an empty string; the date is shown from "date"']);
    assert.match(at(parseTimeline(timelineWith(undefined, {display_date: 'x'})).problems, 'events[0].display_date')[0].message, /did you mean "displayDate"\?/);
  });

  it('never turns data into markup: text fields are kept as the characters written', () => {
    const media = {url: 'https://example.org/a.jpg', alt: '<img src=x onerror=alert(1)>', caption: '<b>bold</b>', credit: '&amp;'};
    const {timeline} = parseTimeline(timelineWith(media));
    assert.equal(timeline!.events[0].media!.alt, media.alt);
    assert.equal(timeline!.events[0].media!.caption, media.caption);
    assert.equal(timeline!.events[0].media!.credit, media.credit);
  });
});
