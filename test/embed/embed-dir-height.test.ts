import {expect, waitUntil} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {directionOfLanguage, readEmbedParams} from '../../src/embed/embed-params.js';
import {readHeightMessage} from '../../src/embed/height-messages.js';
import '../../src/embed/embed-resizer.js';
import {embedUrl, frameFor, messagesFrom} from './frames.js';

const base = 'https://news.example/embed.html';
const DATASET = 'src=../data/afghanistan-2001-2021.json';

describe('embed query parameters: dir and max-height', () => {
  it('dir: ltr and rtl as given, in any case; auto from the script of lang', () => {
    expect(readEmbedParams('?src=a.json&dir=rtl', base)).to.deep.equal({src: 'a.json', dir: 'rtl', ignored: []});
    expect(readEmbedParams('?src=a.json&dir=LTR&lang=fa-AF', base).dir).to.equal('ltr');
    for (const [lang, dir] of [['fa-AF', 'rtl'], ['ps', 'rtl'], ['ar', 'rtl'], ['he', 'rtl'], ['en-GB', 'ltr'], ['ru', 'ltr'], ['uz-Arab', 'rtl']]) {
      const params = readEmbedParams(`?src=a.json&dir=auto&lang=${lang}`, base);
      expect(params.dir, lang).to.equal(dir);
      expect(params.ignored, lang).to.deep.equal([]);
    }
    // auto without a language leaves the page's default, left to right.
    expect(readEmbedParams('?src=a.json&dir=auto', base)).to.deep.equal({src: 'a.json', ignored: []});
  });

  it('dir: anything else is ignored, saying why', () => {
    for (const dir of ['sideways', '', 'right']) {
      const params = readEmbedParams(`?src=a.json&dir=${dir}`, base);
      expect(params.dir, dir).to.equal(undefined);
      expect(params.ignored, dir).to.deep.equal([`dir "${dir}" is not one of ltr, rtl, auto; it was ignored`]);
    }
  });

  it('directionOfLanguage reads the script a tag names or implies', () => {
    expect(directionOfLanguage('fa')).to.equal('rtl');
    expect(directionOfLanguage('prs')).to.equal('rtl');
    expect(directionOfLanguage('az-Latn')).to.equal('ltr');
    expect(directionOfLanguage('not a tag')).to.equal(undefined);
  });

  it('max-height: whole or fractional pixels, with or without px; too small or not a number is ignored, saying why', () => {
    expect(readEmbedParams('?src=a.json&max-height=600', base)).to.deep.equal({src: 'a.json', maxHeight: 600, ignored: []});
    expect(readEmbedParams('?src=a.json&max-height=600px', base).maxHeight).to.equal(600);
    expect(readEmbedParams('?src=a.json&max-height=480.2', base).maxHeight).to.equal(481);
    for (const value of ['tall', '0', '-5', '79', '', '50%', '10em']) {
      const params = readEmbedParams(`?src=a.json&max-height=${encodeURIComponent(value)}`, base);
      expect(params.maxHeight, value).to.equal(undefined);
      expect(params.ignored, value).to.deep.equal([`max-height "${value}" is not a number of pixels of at least 80; it was ignored`]);
    }
  });
});

/** The timeline inside `frame`, once it has drawn its events. */
async function drawnTimeline(frame: HTMLIFrameElement): Promise<NewsTimeline> {
  await waitUntil(() => (frame.contentDocument?.querySelector('news-timeline') as NewsTimeline | null)?.timeline, 'the embed did not load the timeline', {timeout: 8000});
  const el = frame.contentDocument!.querySelector('news-timeline') as NewsTimeline;
  // Drawing waits for the view's part, which the frame loads for itself: updateComplete says when it is there.
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[data-id]'), 'events were not drawn');
  return el;
}

describe('the iframe embed: dir and max-height', () => {
  it('dir=auto with lang=fa-AF runs the frame right to left', async () => {
    const frame = await frameFor(embedUrl(`${DATASET}&lang=fa-AF&dir=auto`));
    const el = await drawnTimeline(frame);
    expect(frame.contentDocument!.documentElement.dir).to.equal('rtl');
    // The element follows it: time runs from right to left.
    await waitUntil(() => el.shadowRoot!.querySelector('[part="region"]')?.classList.contains('rtl'), 'the timeline is not mirrored');
  });

  it('max-height on a phone: the chronology scrolls inside the frame and the height posted stops there', async () => {
    // Uncapped, the chronology of 49 events is far taller than a screen.
    const uncapped = await frameFor(embedUrl(DATASET), true, 360);
    await drawnTimeline(uncapped);
    await waitUntil(() => uncapped.getBoundingClientRect().height > 1500, 'the uncapped frame did not grow to the chronology', {timeout: 5000});

    const frame = await frameFor(embedUrl(`${DATASET}&max-height=400`), true, 360);
    const el = await drawnTimeline(frame);
    expect(el.shadowRoot!.querySelector('[part="chronology"]'), 'a 360 px frame shows the chronology').to.not.equal(null);
    await waitUntil(() => frame.getBoundingClientRect().height === 400, `the frame was not capped: ${frame.getBoundingClientRect().height}`, {timeout: 5000});
    // Give the chronology time to settle, then every height posted was within the cap.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const heights = messagesFrom(frame).map(readHeightMessage).filter((h) => h !== undefined);
    expect(heights.length).to.be.greaterThan(0);
    expect(Math.max(...heights)).to.equal(400);
    // The timeline scrolls inside; the frame's page itself does not.
    expect(el.clientHeight).to.equal(400);
    expect(el.scrollHeight).to.be.greaterThan(1500);
    el.scrollTop = 1000;
    expect(el.scrollTop).to.equal(1000);
    const doc = frame.contentDocument!;
    expect(doc.documentElement.scrollHeight).to.be.at.most(doc.documentElement.clientHeight);
  });
});
