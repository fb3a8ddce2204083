import {expect, waitUntil} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {readEmbedParams} from '../../src/embed/embed-params.js';
import {
  clampHeight, heightMessage, MAX_HEIGHT, MIN_HEIGHT, pymHeightMessage, readHeightMessage,
} from '../../src/embed/height-messages.js';
import '../../src/embed/embed-resizer.js';
import {cardOpen, eventsDrawn} from '../elements/helpers.js';
import {embedUrl, frameFor, messagesFrom, received} from './frames.js';

const poster = new URL('./fixtures/poster.html', import.meta.url);

describe('embed query parameters', () => {
  const base = 'https://news.example/embed.html';

  it('accepts a relative or http(s) src, a known theme and a BCP 47 lang, in canonical form', () => {
    expect(readEmbedParams('?src=../data/a.json&selected=doha&theme=dark&lang=EN-gb&childId=c1', base)).to.deep.equal({
      src: '../data/a.json', selected: 'doha', theme: 'dark', lang: 'en-GB', childId: 'c1', ignored: [],
    });
    expect(readEmbedParams('?src=https%3A%2F%2Fcdn.example%2Ft.json', base).src).to.equal('https://cdn.example/t.json');
    expect(readEmbedParams('?src=a.json&theme=high-contrast', base).theme).to.equal('high-contrast');
  });

  it('passes start-at and embeds on, and refuses an embeds list that is not service names', () => {
    expect(readEmbedParams('?src=a.json&start-at=last&embeds=youtube%20%20vimeo', base)).to.deep.equal({
      src: 'a.json', startAt: 'last', embeds: 'youtube vimeo', ignored: [],
    });
    const params = readEmbedParams('?src=a.json&embeds=youtube"><script>', base);
    expect(params.embeds).to.equal(undefined);
    expect(params.ignored).to.deep.equal(['embeds "youtube"><script>" is not a list of service names such as "youtube vimeo"; it was ignored']);
  });

  it('refuses other schemes, unknown themes and malformed language tags, saying why', () => {
    for (const src of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', ' ', 'http://[bad']) {
      const params = readEmbedParams(`?src=${encodeURIComponent(src)}`, base);
      expect(params.src, src).to.equal(undefined);
      expect(params.ignored[0], src).to.contain('is not a relative or http(s) address');
    }
    const params = readEmbedParams('?src=a.json&theme=neon&lang=not_a_tag!', base);
    expect(params.theme).to.equal(undefined);
    expect(params.lang).to.equal(undefined);
    expect(params.ignored).to.have.length(2);
    expect(readEmbedParams('', base).ignored[0]).to.contain('no src parameter');
  });
});

describe('height messages', () => {
  it('speak pym.js and a plain object', () => {
    expect(pymHeightMessage('chart-1', 480)).to.equal('pymxPYMxchart-1xPYMxheightxPYMx480');
    expect(heightMessage('chart-1', 480)).to.deep.equal({type: 'news-timeline:height', height: 480, id: 'chart-1'});
    expect(readHeightMessage('pymxPYMxchart-1xPYMxheightxPYMx480')).to.equal(480);
    expect(readHeightMessage({type: 'news-timeline:height', height: 512.5, id: null})).to.equal(512.5);
    for (const other of ['pymxPYMxchart-1xPYMxwidthxPYMx480', 'pymxPYMxchart-1xPYMxheightxPYMxtall', {type: 'other', height: 3},
      {type: 'news-timeline:height', height: '480'}, {type: 'news-timeline:height', height: Infinity}, null, 480]) {
      expect(readHeightMessage(other), JSON.stringify(other)).to.equal(undefined);
    }
  });

  it('are clamped to a sane range', () => {
    expect(clampHeight(-5)).to.equal(MIN_HEIGHT);
    expect(clampHeight(1e9)).to.equal(MAX_HEIGHT);
    expect(clampHeight(400.2)).to.equal(401);
  });
});

describe('the iframe embed', () => {
  it('renders the timeline filling the frame, posts its height in both shapes, and the resizer sizes the iframe', async () => {
    const frame = await frameFor(embedUrl('src=../data/afghanistan-2001-2021.json&childId=tl-1&theme=light&lang=en-GB'));
    await waitUntil(() => frame.contentDocument?.querySelector('news-timeline')?.timeline, 'the embed did not load the timeline', {timeout: 8000});
    const doc = frame.contentDocument!;
    const el = doc.querySelector('news-timeline') as NewsTimeline;
    // Drawing waits for the view's part, which the frame loads for itself: updateComplete says when it is there.
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-key]'), 'events were not drawn');
    expect(el.timeline!.events).to.have.length(49);
    expect(eventsDrawn(el)).to.equal(49);
    expect(el.getAttribute('theme')).to.equal('light');
    expect(el.getAttribute('lang')).to.equal('en-GB');

    // The last height posted is the body's, in both shapes, and the iframe took it.
    const bodyHeight = () => Math.ceil(doc.body.getBoundingClientRect().height);
    await waitUntil(() => {
      const last = messagesFrom(frame).filter((m) => readHeightMessage(m) !== undefined).slice(-2);
      return last.length === 2 && last.every((m) => readHeightMessage(m) === bodyHeight()) && frame.getBoundingClientRect().height === clampHeight(bodyHeight());
    }, 'the iframe did not take the height of its content', {timeout: 5000});
    const heights = messagesFrom(frame);
    expect(heights).to.deep.include(`pymxPYMxtl-1xPYMxheightxPYMx${bodyHeight()}`);
    expect(heights).to.deep.include({type: 'news-timeline:height', height: bodyHeight(), id: 'tl-1'});
    expect(bodyHeight()).to.be.greaterThan(150);

    // Filling the frame: no margins, no scrollbars.
    const win = frame.contentWindow!;
    expect(win.getComputedStyle(doc.body).marginTop).to.equal('0px');
    expect(win.getComputedStyle(doc.body).marginLeft).to.equal('0px');
    expect(doc.documentElement.scrollHeight).to.be.at.most(doc.documentElement.clientHeight);
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    expect(Math.round(el.getBoundingClientRect().width)).to.equal(900);

    // A card opens on hover inside the frame.
    const marker = el.shadowRoot!.querySelector('[data-id="doha-agreement"], [data-id]')!;
    marker.dispatchEvent(new (win as unknown as typeof globalThis).PointerEvent('pointerover', {bubbles: true, composed: true, pointerType: 'mouse'}));
    await el.updateComplete;
    await waitUntil(() => cardOpen(el), 'no card opened on hover');
  });

  it('follows when the content changes height', async () => {
    const frame = await frameFor(embedUrl('src=../data/afghanistan-2001-2021.json'));
    await waitUntil(() => frame.contentDocument?.querySelector('news-timeline')?.shadowRoot?.querySelector('[data-key]'), 'not drawn', {timeout: 8000});
    await waitUntil(() => frame.getBoundingClientRect().height > 150, 'not resized');
    // The timeline may still settle (fonts, a second layout): measure once the frame holds still.
    const height = () => frame.getBoundingClientRect().height;
    let before = height();
    for (let still = 0, i = 0; still < 3 && i < 60; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      still = height() === before ? still + 1 : 0;
      before = height();
    }
    const doc = frame.contentDocument!;
    const content = () => Math.ceil(doc.body.getBoundingClientRect().height);
    const spacer = doc.createElement('div');
    spacer.style.height = '300px';
    doc.body.append(spacer);
    // Headless WebKit runs a frame's rendering steps (where ResizeObserver reports) only when a frame is asked
    // for, and a change of the DOM alone did not ask once this page had settled: the waits ask for one.
    const rendering = () => new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
    await rendering();
    await waitUntil(() => height() >= before + 299 && Math.abs(height() - content()) <= 1, 'the iframe did not grow with its content');
    spacer.remove();
    await rendering();
    await waitUntil(() => height() <= before + 1 && Math.abs(height() - content()) <= 1, 'the iframe did not shrink back');
    expect(messagesFrom(frame).every((m) => typeof m !== 'string')).to.equal(true, 'without childId, no pym string is sent');
  });

  it('works built: dist/embed.html with dist/embed-child.js (run npm run build first)', async () => {
    const built = new URL('../../dist/embed.html', import.meta.url);
    expect((await fetch(built)).ok, 'dist/embed.html is missing: run npm run build').to.equal(true);
    const frame = await frameFor(`${built.pathname}?src=../data/afghanistan-2001-2021.json&childId=built`);
    await waitUntil(() => (frame.contentDocument?.querySelector('news-timeline') as NewsTimeline | null)?.timeline?.events.length === 49, 'the built embed did not load the timeline', {timeout: 8000});
    expect(frame.contentDocument!.querySelector('script[src]')!.getAttribute('src')).to.equal('./embed-child.js');
    await waitUntil(() => messagesFrom(frame).some((m) => typeof m === 'string' && m.startsWith('pymxPYMxbuiltxPYMxheightxPYMx')), 'no pym message');
    await waitUntil(() => frame.getBoundingClientRect().height > 150, 'the iframe was not resized');
  });

  it('opens the card start-at names, and lets the reader load the players embeds lists', async () => {
    const frame = await frameFor(embedUrl('src=../data/afghanistan-2001-2021.json&start-at=last&embeds=youtube'));
    await waitUntil(() => (frame.contentDocument?.querySelector('news-timeline') as NewsTimeline | null)?.selected, 'no card opened', {timeout: 8000});
    const el = frame.contentDocument!.querySelector('news-timeline') as NewsTimeline;
    expect(el.selected).to.equal(el.timeline!.events.at(-1)!.id);
    expect(el.getAttribute('embeds')).to.equal('youtube');
  });

  it('has no inline script, and runs under its script-src policy', async () => {
    const frame = await frameFor(embedUrl('src=../data/afghanistan-2001-2021.json'));
    await waitUntil(() => frame.contentDocument?.querySelector('news-timeline')?.timeline, 'not loaded', {timeout: 8000});
    const doc = frame.contentDocument!;
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.length).to.be.greaterThan(0);
    expect(scripts.every((s) => s.src && !s.textContent!.trim())).to.equal(true);
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
    expect(policy).to.match(/script-src 'self'(;|$)/);
  });

  it('refuses a bad src, theme and lang: shows a message, loads nothing, still reports its height', async () => {
    const frame = await frameFor(embedUrl('src=javascript:alert(1)&theme=neon&lang=@@'));
    await waitUntil(() => frame.contentDocument?.querySelector('.news-timeline-embed-message[role="alert"]'), 'no message shown', {timeout: 8000});
    const doc = frame.contentDocument!;
    const el = doc.querySelector('news-timeline')!;
    expect(el.hidden).to.equal(true);
    expect(el.hasAttribute('src')).to.equal(false);
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(el.getAttribute('theme') ?? 'auto').to.equal('auto');
    expect(doc.querySelector('.news-timeline-embed-message')!.textContent).to.contain('is not a relative or http(s) address');
    await waitUntil(() => messagesFrom(frame).some((m) => readHeightMessage(m) !== undefined), 'no height message');
    await waitUntil(() => frame.style.height !== '150px', 'the resizer did not size the frame');
  });
});

describe('the embed resizer', () => {
  const sent = (id: string) => waitUntil(() => received.some((m) => (m.data as {type?: string; id?: string})?.type === 'poster:sent' && (m.data as {id: string}).id === id), `poster ${id} did not post`);

  it('sizes an <iframe data-news-timeline> from either message shape, clamped', async () => {
    const pym = await frameFor(`${poster.pathname}?shape=pym&height=321&id=p1`);
    await sent('p1');
    await waitUntil(() => pym.style.height === '321px', `pym message not applied: ${pym.style.height}`);
    const tall = await frameFor(`${poster.pathname}?shape=object&height=99999999&id=p2`);
    await sent('p2');
    await waitUntil(() => tall.style.height === `${MAX_HEIGHT}px`, `not clamped: ${tall.style.height}`);
    const flat = await frameFor(`${poster.pathname}?shape=object&height=0&id=p3`);
    await sent('p3');
    await waitUntil(() => flat.style.height === `${MIN_HEIGHT}px`, `not clamped: ${flat.style.height}`);
  });

  it('ignores messages from other windows and from iframes it does not look after', async () => {
    const embedded = await frameFor(`${poster.pathname}?shape=object&height=200&id=p4`);
    await sent('p4');
    await waitUntil(() => embedded.style.height === '200px', 'first message not applied');
    // The same message from this window, and from an iframe without data-news-timeline.
    window.postMessage({type: 'news-timeline:height', height: 777, id: 'p4'}, '*');
    window.postMessage('pymxPYMxp4xPYMxheightxPYMx777', '*');
    const stranger = await frameFor(`${poster.pathname}?shape=object&height=666&id=p5`, false);
    await sent('p5');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(embedded.style.height).to.equal('200px');
    expect(stranger.style.height).to.equal('150px');
  });
});
