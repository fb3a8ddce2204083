/// <reference types="node" />
// The media demo (demo/media.html) is made from the default story: every step
// names one of its events, the document reads without a problem, and each
// graphic it shows is a file in demo/media/ with a description.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {mediaStory} from '../../demo/media-story.js';

const story = JSON.parse(readFileSync(new URL('../../data/afghanistan-2001-2021.json', import.meta.url), 'utf8'));

describe('the media demo', () => {
  const base = 'http://127.0.0.1:8000/demo/media/';
  const {timeline, problems} = parseTimeline(mediaStory(story, base));

  it('reads without a problem, with its eight steps all events of the default story', () => {
    assert.deepEqual(problems, []);
    assert.equal(timeline!.story!.length, 8);
    assert.deepEqual(timeline!.story!.filter((id) => !story.events.some((e: {id: string}) => e.id === id)), []);
    assert.equal(timeline!.events.length, 8);
  });

  it('shows three graphics, each a file of demo/media with its alt text', () => {
    const images = timeline!.events.flatMap((e) => (e.media ? [e.media] : []));
    assert.equal(images.length, 3);
    for (const image of images) {
      assert.equal(image.kind, 'image');
      assert.ok(image.alt && image.alt.length > 40, `${image.url} has a description`);
      assert.ok(image.url.startsWith(base));
      assert.ok(existsSync(fileURLToPath(new URL(`../../demo/media/${image.url.slice(base.length)}`, import.meta.url))), `${image.url} is a file of demo/media`);
    }
  });
});
