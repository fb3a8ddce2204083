/// <reference types="node" />
// What a medium's address is taken to be (src/data/media-kind.ts), and the
// player address built for a frame: tables of address → answer.
// Run with: node --import tsx --test test/node/media-kind.test.ts
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {inferMediaKind, mediaProvider, playerUrl} from '../../src/data/media-kind.js';

describe('inferMediaKind', () => {
  const cases: [string, string, string?][] = [
    ['https://example.org/photo.jpg', 'image'],
    ['https://example.org/PHOTO.JPEG?size=large#x', 'image'],
    ['https://example.org/a/b.png', 'image'],
    ['https://media.example.org/clip.gif', 'image'],
    ['https://example.org/pic.webp', 'image'],
    ['https://example.org/chart.svg', 'image'],
    ['https://example.org/clip.mp4', 'video'],
    ['https://example.org/clip.webm?t=3', 'video'],
    ['https://example.org/clip.mov', 'video'],
    ['https://example.org/report.mp3', 'audio'],
    ['https://example.org/report.ogg', 'audio'],
    ['https://example.org/report.m4a', 'audio'],
    ['https://www.youtube.com/watch?v=pi2v1m6gmD8', 'embed', 'youtube'],
    ['https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s', 'embed', 'youtube'],
    ['https://youtu.be/fSrO91XO1Ck', 'embed', 'youtube'],
    ['http://vimeo.com/20839673', 'embed', 'vimeo'],
    ['https://soundcloud.com/artist/track', 'embed', 'soundcloud'],
    ['https://open.spotify.com/track/5SdB3onMcO9ZBoKrdvCqhR', 'embed', 'spotify'],
    ['https://twitter.com/user/status/1', 'embed', 'x'],
    ['https://x.com/user/status/1', 'embed', 'x'],
    ['http://instagram.com/p/ymwL5JAsw5/', 'embed', 'instagram'],
    ['https://www.facebook.com/page/posts/1', 'embed', 'facebook'],
    ['https://www.tiktok.com/@show/video/761', 'embed', 'tiktok'],
    ['https://www.google.com/maps/@42.03,-87.66,15z', 'embed', 'google-maps'],
    ['https://en.wikipedia.org/wiki/Mechanical_Turk', 'embed', 'wikipedia'],
    // A Commons page about a file is a page, though its name ends in .jpg.
    ['https://commons.wikimedia.org/wiki/File:HST-SM4.jpeg', 'embed', 'wikimedia-commons'],
    ['https://upload.wikimedia.org/wikipedia/commons/c/c5/Lake.jpg', 'image'],
    // A search page on google.com is no map.
    ['https://www.google.com/search?q=maps', 'embed'],
    ['https://example.org/article.html', 'embed'],
    ['https://example.org/', 'embed'],
    ['https://notyoutube.com/watch?v=x', 'embed'],
  ];
  for (const [url, kind, provider] of cases) {
    it(`${url} → ${kind}${provider ? ` (${provider})` : ''}`, () => {
      const guess = inferMediaKind(url);
      assert.equal(guess.kind, kind);
      assert.equal(guess.provider?.id, provider);
    });
  }

  it('names each service and what a reader does there', () => {
    assert.deepEqual(mediaProvider('youtube'), {id: 'youtube', name: 'YouTube', action: 'watch'});
    assert.deepEqual(mediaProvider('soundcloud'), {id: 'soundcloud', name: 'SoundCloud', action: 'listen'});
    assert.deepEqual(mediaProvider('google-maps'), {id: 'google-maps', name: 'Google Maps', action: 'view'});
    assert.equal(mediaProvider('myspace'), undefined);
  });
});

describe('playerUrl', () => {
  const cases: [string, string, string | undefined][] = [
    ['https://www.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s', 'youtube', 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8'],
    ['https://youtu.be/fSrO91XO1Ck', 'youtube', 'https://www.youtube-nocookie.com/embed/fSrO91XO1Ck'],
    ['https://www.youtube.com/shorts/abcdefghijk', 'youtube', 'https://www.youtube-nocookie.com/embed/abcdefghijk'],
    ['https://www.youtube.com/channel/UC123', 'youtube', undefined],
    ['https://www.youtube.com/watch?v=%22%3E%3Cscript%3E', 'youtube', undefined],
    ['http://vimeo.com/20839673', 'vimeo', 'https://player.vimeo.com/video/20839673?dnt=1'],
    ['https://vimeo.com/channels/staffpicks/304869290', 'vimeo', 'https://player.vimeo.com/video/304869290?dnt=1'],
    ['https://vimeo.com/about', 'vimeo', undefined],
    ['http://www.dailymotion.com/video/x2fo0e8_the-history', 'dailymotion', 'https://geo.dailymotion.com/player.html?video=x2fo0e8'],
    ['https://soundcloud.com/usher/i-dont-mind', 'soundcloud', 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fusher%2Fi-dont-mind'],
    ['https://play.spotify.com/user/edvard_m/playlist/4xFSdiuP4gpR4wq2OghlOs', 'spotify', 'https://open.spotify.com/embed/playlist/4xFSdiuP4gpR4wq2OghlOs'],
    ['https://open.spotify.com/track/5SdB3onMcO9ZBoKrdvCqhR', 'spotify', 'https://open.spotify.com/embed/track/5SdB3onMcO9ZBoKrdvCqhR'],
    // Services whose posts and maps need a script of theirs on the page: a link only.
    ['https://twitter.com/user/status/1', 'x', undefined],
    ['https://www.google.com/maps/@42.03,-87.66,15z', 'google-maps', undefined],
    ['https://www.youtube.com/watch?v=pi2v1m6gmD8', 'unknown', undefined],
  ];
  for (const [url, provider, expected] of cases) {
    it(`${provider}: ${url}`, () => assert.equal(playerUrl(url, provider), expected));
  }
});
