import {expect, waitUntil} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, card, frame, hover, marker, timelineWith} from './helpers.js';

/*
 * Media in the card: what each kind shows, that nothing is requested before
 * the card opens (or, for the timeline's own medium and hosted players, before
 * the reader clicks), the consent click for players, and axe with each kind.
 * The files are same-origin test fixtures, each address made unique per test
 * so that the browser's resource timing tells whether it was requested.
 */

const png = new URL('../fixtures/media/gradient.png', import.meta.url).href;
const base = new URL('../fixtures/media/', import.meta.url).href;
let run = 0;

function mediaTimeline() {
  const token = `${Date.now()}-${++run}`;
  const urls = {
    cover: `${png}?cover=${token}`,
    image: `${png}?image=${token}`,
    noAlt: `${png}?no-alt=${token}`,
    decorative: `${png}?decorative=${token}`,
    video: `${base}clip.mp4?${token}`,
    poster: `${png}?poster=${token}`,
    audio: `${base}report.mp3?${token}`,
    thumbnail: `${png}?thumbnail=${token}`,
  };
  const data = {
    title: 'Media',
    media: {url: urls.cover, alt: 'A gradient from blue to violet', caption: 'The cover', credit: 'Test fixture'},
    events: [
      {id: 'image', date: '2021-01-01', title: 'Image', displayDate: 'New Year 2021',
        media: {url: urls.image, alt: 'A gradient from blue to violet', caption: 'A caption <b>as text</b>', credit: 'Photo: Test', width: 160, height: 90}},
      {id: 'no-alt', date: '2021-02-01', title: 'Image without alt', media: {url: urls.noAlt, caption: 'Undescribed'}},
      {id: 'decorative', date: '2021-03-01', title: 'Decorative image', media: {url: urls.decorative, alt: ''}},
      {id: 'video', date: '2021-04-01', title: 'Video', media: {url: urls.video, thumbnail: urls.poster, caption: 'A clip'}},
      {id: 'audio', date: '2021-05-01', title: 'Audio', media: {url: urls.audio, credit: 'Radio Test'}},
      {id: 'youtube', date: '2021-06-01', title: 'Hosted video', media: {url: 'https://www.youtube.com/watch?v=abcdefghijk', thumbnail: urls.thumbnail, caption: 'On YouTube'}},
      {id: 'vimeo', date: '2021-07-01', title: 'Vimeo video', media: {url: 'https://vimeo.com/20839673'}},
      {id: 'post', date: '2021-08-01', title: 'A post', media: {url: 'https://x.com/someone/status/1'}},
    ],
  };
  return {data, urls};
}

/** The addresses of `urls` the page has fetched (resource timing), after the network has had a moment. */
async function requested(urls: Record<string, string>): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await frame();
  const names = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  return Object.entries(urls).filter(([, url]) => names.has(url)).map(([name]) => name);
}

async function openCard(el: NewsTimeline, id: string, pin = false): Promise<HTMLElement> {
  const target = marker(el, id);
  expect(target, `marker of ${id}`).to.exist;
  if (pin) target!.click();
  else hover(target!);
  await el.updateComplete;
  return card(el);
}

async function withEmbeds(data: unknown, embeds: string | undefined): Promise<NewsTimeline> {
  const el = await timelineWith(data);
  if (embeds !== undefined) {
    el.setAttribute('embeds', embeds);
    await el.updateComplete;
  }
  return el;
}

describe('<news-timeline> media', () => {
  it('requests no medium before its card opens, and then only that one', async () => {
    const {data, urls} = mediaTimeline();
    const el = await timelineWith(data);
    expect(await requested(urls)).to.deep.equal([]);
    const c = await openCard(el, 'image');
    await waitUntil(() => c.querySelector('img')?.complete, 'the image did not load');
    expect(await requested(urls)).to.deep.equal(['image']);
    // A video never preloads: only its poster comes with the open card.
    await openCard(el, 'video');
    expect(await requested(urls)).to.deep.equal(['image', 'poster']);
    await openCard(el, 'audio');
    expect(await requested(urls)).to.deep.equal(['image', 'poster']);
  });

  it('shows an image in a figure with its box reserved, lazy, with alt, caption and credit as text', async () => {
    const {data, urls} = mediaTimeline();
    const el = await timelineWith(data);
    const c = await openCard(el, 'image');
    const img = c.querySelector<HTMLImageElement>('figure[part="media"] img')!;
    expect(img.getAttribute('src')).to.equal(urls.image);
    expect(img.alt).to.equal('A gradient from blue to violet');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['160', '90']);
    // The box has its height before the image arrives: width × 90 / 160.
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 90) / 160, 1.5);
    const caption = c.querySelector('figcaption')!;
    expect(caption.textContent).to.contain('A caption <b>as text</b>');
    expect(caption.querySelector('b')).to.equal(null);
    expect(caption.querySelector('.media-credit')!.textContent).to.equal('Photo: Test');
    expect(c.querySelector('time')!.textContent).to.equal('New Year 2021');
    expect(c.querySelector('time')!.getAttribute('datetime')).to.equal('2021-01-01');
    expect(marker(el, 'image')!.getAttribute('aria-label')).to.equal('Image, New Year 2021');
  });

  it('offers an image without alt as a link, and shows one marked decorative with alt=""', async () => {
    const {data, urls} = mediaTimeline();
    const el = await timelineWith(data);
    let c = await openCard(el, 'no-alt');
    expect(c.querySelector('figure[part="media"] img')).to.equal(null);
    const link = c.querySelector<HTMLAnchorElement>('[part~="media-link"]')!;
    expect(link.href).to.equal(urls.noAlt);
    expect(link.target).to.equal('_blank');
    expect(link.textContent).to.contain('View the image');
    c = await openCard(el, 'decorative');
    const img = c.querySelector<HTMLImageElement>('figure[part="media"] img')!;
    expect(img.hasAttribute('alt')).to.equal(true);
    expect(img.getAttribute('alt')).to.equal('');
    // No width and height given: a 16:9 box is kept for it.
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 1.5);
  });

  it('plays video and audio files with the browser\'s controls, never by themselves', async () => {
    const {data, urls} = mediaTimeline();
    const el = await timelineWith(data);
    let c = await openCard(el, 'video');
    const video = c.querySelector('video')!;
    expect(video.getAttribute('src')).to.equal(urls.video);
    expect(video.controls).to.equal(true);
    expect(video.getAttribute('preload')).to.equal('none');
    expect(video.autoplay).to.equal(false);
    expect(video.getAttribute('poster')).to.equal(urls.poster);
    c = await openCard(el, 'audio');
    const audio = c.querySelector('audio')!;
    expect(audio.getAttribute('src')).to.equal(urls.audio);
    expect([audio.controls, audio.getAttribute('preload'), audio.autoplay]).to.deep.equal([true, 'none', false]);
    expect(c.querySelector('.media-credit')!.textContent).to.equal('Radio Test');
  });

  it('shows a hosted player as a link naming the service, opening in a new tab, without embeds', async () => {
    const {data} = mediaTimeline();
    const el = await withEmbeds(data, undefined);
    let c = await openCard(el, 'youtube');
    const link = c.querySelector<HTMLAnchorElement>('[part~="media-link"]')!;
    expect(link.href).to.equal('https://www.youtube.com/watch?v=abcdefghijk');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(link.textContent).to.contain('Watch on YouTube');
    expect(c.querySelector('iframe, [part="media-show"]')).to.equal(null);
    c = await openCard(el, 'post');
    expect(c.querySelector('[part~="media-link"]')!.textContent).to.contain('View on X');
  });

  it('loads a player only after the click, from the privacy-enhanced host, when embeds lists the service', async () => {
    const {data} = mediaTimeline();
    const el = await withEmbeds(data, 'youtube');
    const c = await openCard(el, 'youtube', true);
    expect(c.querySelector('iframe')).to.equal(null);
    const button = c.querySelector<HTMLButtonElement>('[part="media-show"]')!;
    expect(button.textContent).to.equal('Show here (loads from YouTube)');
    button.click();
    await el.updateComplete;
    const frame = c.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/abcdefghijk');
    expect(frame.getAttribute('sandbox')!.split(' ').sort()).to.deep.equal(
      ['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-presentation', 'allow-same-origin', 'allow-scripts']);
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.title).to.equal('YouTube player');
    // Focus goes to the player that replaced the button, not to the page.
    await waitUntil(() => el.shadowRoot!.activeElement === frame, 'focus did not move to the player');
  });

  it('keeps a service not listed in embeds a link', async () => {
    const {data} = mediaTimeline();
    const el = await withEmbeds(data, 'youtube');
    const c = await openCard(el, 'vimeo', true);
    expect(c.querySelector('[part~="media-link"]')!.textContent).to.contain('Watch on Vimeo');
    expect(c.querySelector('iframe, [part="media-show"]')).to.equal(null);
    el.setAttribute('embeds', 'vimeo');
    await el.updateComplete;
    c.querySelector<HTMLButtonElement>('[part="media-show"]')!.click();
    await el.updateComplete;
    expect(c.querySelector('iframe')!.getAttribute('src')).to.equal('https://player.vimeo.com/video/20839673?dnt=1');
  });

  it('shows the timeline\'s own medium under the title only after a click', async () => {
    const {data, urls} = mediaTimeline();
    const el = await timelineWith(data);
    const figure = $(el, '.header figure[part="media"]')!;
    expect(figure.querySelector('img')).to.equal(null);
    expect(figure.querySelector('figcaption')!.textContent).to.contain('The cover');
    expect(await requested(urls)).to.deep.equal([]);
    figure.querySelector<HTMLButtonElement>('[part="media-show"]')!.click();
    await el.updateComplete;
    const img = figure.querySelector('img')!;
    expect(img.alt).to.equal('A gradient from blue to violet');
    await waitUntil(() => img.complete, 'the cover did not load');
    expect(await requested(urls)).to.deep.equal(['cover']);
  });

  it('offers the timeline\'s own image without alt only as a link', async () => {
    const el = await timelineWith({title: 'T', media: {url: png}, events: [{id: 'x', date: '2021-01-01', title: 'X'}]});
    const figure = $(el, '.header figure[part="media"]')!;
    expect(figure.querySelector<HTMLAnchorElement>('[part~="media-link"]')!.href).to.equal(png);
    expect(figure.querySelector('[part="media-show"], img')).to.equal(null);
  });

  it('keeps the box and the alt text of an image that cannot load', async () => {
    const el = await timelineWith({
      title: 'Broken', events: [{id: 'x', date: '2021-01-01', title: 'X', media: {url: `${base}missing.png`, alt: 'What the photo shows', width: 400, height: 300}}],
    });
    const c = await openCard(el, 'x');
    const img = c.querySelector<HTMLImageElement>('figure img')!;
    await waitUntil(() => img.complete, 'the image did not fail');
    expect(img.naturalWidth).to.equal(0);
    expect(img.alt).to.equal('What the photo shows');
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 300) / 400, 1.5);
    expect(box.height).to.be.greaterThan(20);
    // The alt text is what the reader sees in it (engines draw it in the box; the box is not hidden).
    expect(getComputedStyle(img).visibility).to.equal('visible');
    expect(getComputedStyle(img).display).to.not.equal('none');
  });

  it('shows media in the chronology\'s inline card too, with the same consent for players', async () => {
    const {data, urls} = mediaTimeline();
    const el = await timelineWith(data, 375);
    el.setAttribute('embeds', 'youtube');
    await el.updateComplete;
    expect(await requested(urls)).to.deep.equal([]);
    const entry = $(el, '[data-id="image"]')!;
    entry.click();
    await el.updateComplete;
    const inline = $(el, `#${entry.getAttribute('aria-controls')}`)!;
    const img = inline.querySelector<HTMLImageElement>('figure[part="media"] img')!;
    expect(img.alt).to.equal('A gradient from blue to violet');
    expect(inline.querySelector('time')!.textContent).to.equal('New Year 2021');
    $(el, '[data-id="youtube"]')!.click();
    await el.updateComplete;
    const player = $(el, `#${$(el, '[data-id="youtube"]')!.getAttribute('aria-controls')}`)!;
    expect(player.querySelector('iframe')).to.equal(null);
    player.querySelector<HTMLButtonElement>('[part="media-show"]')!.click();
    await el.updateComplete;
    expect(player.querySelector('iframe')!.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/abcdefghijk');
  });

  it('passes axe with a card showing each kind', async function () {
    this.timeout(120_000); // axe walks the whole shadow tree once per kind
    const {data} = mediaTimeline();
    const el = await withEmbeds(data, 'youtube');
    for (const id of ['image', 'no-alt', 'decorative', 'video', 'audio', 'youtube', 'post']) {
      await openCard(el, id, true);
      expect(card(el).querySelector('figure[part="media"]'), id).to.exist;
      await expect(el, id).to.be.accessible();
    }
  });
});
