/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {needsMedia} from '../../src/data/needs-media.js';
import {parseNativeSteps} from '../../src/data/parse-native.js';
import {documentSteps, nativeSteps} from '../../src/data/parse-with-parts.js';
import {runSteps} from '../../src/steps/steps.js';

// This file never calls parseTimeline, which registers the media reader: what a
// page's element sees before the media part has loaded.

describe('needsMedia', () => {
  it('is false for data without a medium, and for what is not a document', () => {
    expect(needsMedia({title: 'T', events: [{id: 'a', date: '2001', title: 'A', summary: 'media'}]})).to.equal(false);
    expect(needsMedia(null)).to.equal(false);
    expect(needsMedia([{media: {url: 'https://example.org/a.jpg'}}])).to.equal(false);
  });

  // A TimelineJS3 document always loads the part, with its reader (see documentSteps): only our format is looked at.
  it('is true for the timeline\'s medium and an event\'s', () => {
    expect(needsMedia({title: 'T', media: {url: 'https://example.org/a.jpg'}, events: []})).to.equal(true);
    expect(needsMedia({title: 'T', events: [{id: 'a'}, {id: 'b', media: {url: 'https://example.org/b.mp4'}}]})).to.equal(true);
  });

  it('is true for a bad medium too, so that its reader reports it', () => {
    expect(needsMedia({title: 'T', events: [{id: 'a', media: 'a picture'}]})).to.equal(true);
  });
});

describe('reading media through the parts', () => {
  const doc = {
    title: 'T',
    media: {url: 'https://example.org/cover.jpg', alt: 'A cover'},
    events: [{id: 'a', date: '2001-11-12', title: 'A', media: {url: 'https://example.org/a.mp4', kind: 'film'}}],
  };

  // First: once the part has loaded below, its reader stays registered for the page.
  it('reports a medium read before the media part has loaded, naming the part, rather than dropping it unsaid', () => {
    const {timeline, problems} = runSteps(parseNativeSteps(doc));
    expect(timeline!.media).to.equal(undefined);
    expect(problems.map((p) => [p.path, p.severity, p.message])).to.deep.include([
      'media', 'error', 'was left out: the media reader was not loaded',
    ]);
  });

  it('reads a document without media at once, without the media part', () => {
    const steps = nativeSteps({title: 'T', events: [{id: 'a', date: '2001-11-12', title: 'A'}]});
    expect(steps).not.to.be.instanceOf(Promise);
  });

  it('loads the media part for a document with media, then reads and reports them as before', async () => {
    const steps = nativeSteps(doc);
    expect(steps).to.be.instanceOf(Promise);
    const {timeline, problems} = runSteps(await steps);
    expect(timeline!.media).to.deep.equal({url: 'https://example.org/cover.jpg', kind: 'image', alt: 'A cover'});
    expect(timeline!.events[0].media).to.deep.equal({url: 'https://example.org/a.mp4', kind: 'video'});
    expect(problems.map((p) => [p.path, p.message])).to.deep.include([
      'events[0].media.kind',
      'expected "image", "video", "audio" or "embed", got "film"; the kind was taken from the address ("video")',
    ]);
  });

  it('loads the media part for a TimelineJS3 document with media', async () => {
    const steps = await documentSteps({
      title: {text: {headline: 'T'}, media: {url: 'https://example.org/cover.jpg', caption: 'A cover'}},
      events: [{start_date: {year: 2001}, text: {headline: 'A'}}],
    });
    expect(runSteps(steps).timeline!.media?.url).to.equal('https://example.org/cover.jpg');
  });
});
