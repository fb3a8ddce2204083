import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {cardOpen, drag, eventsDrawn, frame, rendered, touch, zoomSettled} from '../elements/helpers.js';

// The script-tag embed, as a page uses it: the built bundle (not the sources),
// loaded twice, under a style sheet that attacks every element.
const bundle = new URL('../../dist/news-timeline.bundle.js', import.meta.url);
const hostilePage = new URL('./fixtures/hostile-host.html', import.meta.url);

/**
 * What Lit itself puts on `window`, on purpose: the version lists with which
 * copies of Lit detect each other, and the property metadata its standard
 * decorators share. The bundle must add nothing else.
 */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

async function requireBundle(): Promise<void> {
  const response = await fetch(bundle, {method: 'HEAD', cache: 'no-store'});
  if (!response.ok) throw new Error('dist/news-timeline.bundle.js is missing: run npm run build first');
}

/** An iframe on this page; not a fixture, which would be removed after each test. */
function openFrame(src: string, width: number, height: number): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.title = 'Host page';
  iframe.style.cssText = `display: block; width: ${width}px; height: ${height}px; border: 0`;
  iframe.src = src;
  document.body.append(iframe);
  return iframe;
}

/** Resources a window fetched, as paths relative to the site root, with their queries. */
function resourcesOf(win: Window): Promise<string[]> {
  return new Promise((resolve) => {
    const observer = new (win as unknown as typeof globalThis).PerformanceObserver((list) => {
      observer.disconnect();
      const paths = list.getEntries().map((entry) => {
        const url = new URL(entry.name);
        return url.origin === location.origin ? `${url.pathname}${url.search}` : url.href;
      });
      // The test server adds its own script to every HTML page it serves.
      resolve(paths.filter((path) => !path.startsWith('/__web-dev-server')).sort());
    });
    // Buffered: the entries so far come in one first call.
    observer.observe({type: 'resource', buffered: true});
  });
}

const rect = (el: Element) => el.getBoundingClientRect();
const px = (value: string) => parseFloat(value);

describe('the script-tag embed under hostile host CSS', function () {
  this.timeout(30000);
  let iframe: HTMLIFrameElement;
  let win: Window & {hostileHostErrors?: string[]; litHtmlVersions?: string[]};
  let story: NewsTimeline;
  let small: NewsTimeline;

  before(async () => {
    await requireBundle();
    iframe = openFrame(hostilePage.pathname, 1600, 1000);
    await waitUntil(() => {
      const doc = iframe.contentDocument;
      // Complete: both module scripts have run (a page is not loaded before its deferred scripts).
      if (doc?.readyState !== 'complete' || !doc.URL.endsWith(hostilePage.pathname)) return false;
      const both = doc && [...doc.querySelectorAll<NewsTimeline>('news-timeline')];
      return both?.length === 2 && both.every((el) => el.shadowRoot?.querySelector('[data-key]'));
    }, 'the two timelines were not drawn', {timeout: 20000});
    win = iframe.contentWindow as typeof win;
    story = iframe.contentDocument!.querySelector<NewsTimeline>('#story')!;
    small = iframe.contentDocument!.querySelector<NewsTimeline>('#small')!;
    await frame();
  });

  after(() => iframe?.remove());

  it('ran both copies of the bundle without an uncaught error', () => {
    expect(win.hostileHostErrors).to.deep.equal([]);
    // Two Lit copies announced themselves: the second bundle really ran, and did not throw.
    expect(win.litHtmlVersions).to.have.length(2);
    expect(win.customElements.get('news-timeline')).to.equal(story.constructor);
  });

  it('draws each timeline with its own events', () => {
    expect(story.timeline!.events).to.have.length(49);
    expect(eventsDrawn(story)).to.equal(49);
    expect(small.timeline!.title).to.equal('Three events');
    expect(eventsDrawn(small)).to.equal(3);
    const ids = (el: NewsTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]')].map((item) => item.dataset.id);
    expect(ids(small)).to.deep.equal(['first', 'second', 'third']);
    expect(ids(story)).to.not.include('first');
  });

  it('keeps its own type and a sane layout despite the page', () => {
    const doc = iframe.contentDocument!;
    // The page's paragraphs are 40px: the page's rules did apply outside.
    expect(win.getComputedStyle(doc.querySelector('article > p')!).fontSize).to.equal('40px');

    const section = story.shadowRoot!.querySelector('section')!;
    const text = win.getComputedStyle(section);
    // The page's 32px reaches the host; the text inside is bounded, and not the paragraphs' 40px.
    expect(px(win.getComputedStyle(story).fontSize)).to.be.greaterThan(24);
    expect(px(text.fontSize)).to.be.within(12, 24);
    expect(px(text.lineHeight)).to.be.closeTo(px(text.fontSize) * 1.4, 0.01);
    expect([text.letterSpacing, text.wordSpacing, text.textTransform, text.whiteSpace, text.textIndent])
      .to.deep.equal(['normal', '0px', 'none', 'normal', '0px']);
    const title = win.getComputedStyle(story.shadowRoot!.querySelector('[part="title"]')!);
    expect(title.fontSize).to.not.equal('40px');
    expect(px(title.fontSize)).to.be.closeTo(px(text.fontSize) * 1.125, 0.01);

    // The box: as wide as its content or its column allows, never wider; a sane height.
    const box = rect(story);
    const column = rect(story.parentElement!);
    expect(box.width).to.be.within(400, column.width + 0.5);
    expect(box.height).to.be.within(250, 1000);

    // Every event sits inside the viewport's box, each label within its lane.
    const viewport = rect(story.shadowRoot!.querySelector('[part="viewport"]')!);
    expect(viewport.top).to.be.at.least(box.top);
    expect(viewport.bottom).to.be.at.most(box.bottom);
    const lane = px(win.getComputedStyle(story.shadowRoot!.querySelector('.events > li')!).height);
    const items = [...story.shadowRoot!.querySelectorAll('[data-key]')];
    expect(items.length).to.be.greaterThan(5);
    for (const item of items) {
      const r = rect(item);
      expect(r.top, item.textContent!).to.be.at.least(viewport.top - 0.5);
      expect(r.bottom, item.textContent!).to.be.at.most(viewport.bottom + 0.5);
      // Items just past either edge are drawn too (40px), so a pan shows them at once.
      expect(r.left, item.textContent!).to.be.within(viewport.left - 40.5 - r.width, viewport.right + 40.5);
    }
    for (const label of story.shadowRoot!.querySelectorAll('[part="label"]')) {
      expect(rect(label).height, label.textContent!).to.be.at.most(lane);
    }
  });

  it('opens the card of a clicked event in that timeline only', async () => {
    const button = story.shadowRoot!.querySelector<HTMLElement>('[part~="marker"]')!;
    button.click();
    await story.updateComplete;
    await waitUntil(() => cardOpen(story), 'no card opened');
    expect(story.selected).to.equal(button.dataset.id);
    const card = story.shadowRoot!.querySelector('#card')!;
    expect(card.querySelector('#card-title')?.textContent).to.contain(story.timeline!.events.find((e) => e.id === button.dataset.id)!.title);
    expect(px(win.getComputedStyle(card).fontSize)).to.be.within(12, 22);
    expect(cardOpen(small)).to.equal(false);
    expect(small.selected).to.equal(null);
  });

  it('zooms one timeline without moving the other', async () => {
    const before = small.visibleWindow;
    const storyBefore = story.visibleWindow!;
    story.zoomBy(4);
    await zoomSettled(story);
    const after = story.visibleWindow!;
    expect(after.end - after.start).to.be.lessThan((storyBefore.end - storyBefore.start) / 2);
    expect(small.visibleWindow).to.deep.equal(before);
  });

  it('fetched nothing but the page, the bundle, the parts its data needs and the data', async () => {
    // The default story has uncertain dates (the EDTF reader) and sources with a status (their provenance).
    expect(await resourcesOf(win)).to.deep.equal([
      '/data/afghanistan-2001-2021.json',
      '/dist/news-timeline.bundle.js',
      '/dist/news-timeline.bundle.js?copy=2',
      '/dist/news-timeline.edtf.js',
      '/dist/news-timeline.horizontal.js',
      '/dist/news-timeline.source-provenance.js',
      '/test/embed/fixtures/hostile-host-errors.js',
      '/test/embed/fixtures/hostile-host.css',
      '/test/fixtures/elements/three-events.json',
    ]);
    expect(win.hostileHostErrors).to.deep.equal([]);
  });
});

/** Loads the built bundle into a frame's window, as a page's module script would. */
async function loadBundle(win: Window & typeof globalThis): Promise<void> {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = bundle.href;
  win.document.head.append(script);
  await waitUntil(() => win.customElements.get('news-timeline'), 'the bundle did not define <news-timeline>', {timeout: 10000});
}

describe('the script-tag bundle in a clean page', () => {
  let iframe: HTMLIFrameElement | undefined;
  afterEach(() => iframe?.remove());

  it('adds no global of its own, only what Lit adds on purpose', async () => {
    await requireBundle();
    iframe = openFrame('about:blank', 800, 400);
    const win = iframe.contentWindow as Window & typeof globalThis;
    const before = new Set(Object.getOwnPropertyNames(win));
    await loadBundle(win);
    // Draw one, so whatever a first render sets up is counted too.
    const el = win.document.createElement('news-timeline') as NewsTimeline;
    el.data = {title: 'Clean', events: [{id: 'a', date: '2020', title: 'An event'}]};
    win.document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[data-key]'), 'not drawn');
    const added = Object.getOwnPropertyNames(win).filter((name) => !before.has(name)).sort();
    expect(added).to.deep.equal(LIT_GLOBALS);
  });
});

describe('d3-zoom in the script-tag bundle', () => {
  let iframe: HTMLIFrameElement | undefined;
  afterEach(() => iframe?.remove());

  // The bundle leaves out d3-transition's selection patch and d3-color (see
  // rollup.config.mjs): every gesture and animated move must work without them.
  it('zooms on Ctrl + wheel and a pinch, pans on a drag, animates a move from code', async () => {
    await requireBundle();
    iframe = openFrame('about:blank', 1000, 500);
    const win = iframe.contentWindow as Window & typeof globalThis;
    const errors: unknown[] = [];
    win.addEventListener('error', (event) => errors.push(event.error ?? event.message));
    await loadBundle(win);
    const el = win.document.createElement('news-timeline') as NewsTimeline;
    el.data = {title: 'Gestures', events: [{id: 'a', date: '2001', title: 'First'}, {id: 'b', date: '2021', title: 'Last'}]};
    win.document.body.append(el);
    await rendered(el);
    const span = () => el.visibleWindow!.end - el.visibleWindow!.start;
    const full = span();
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('[part="viewport"]')!;
    const box = viewport.getBoundingClientRect();

    viewport.dispatchEvent(new WheelEvent('wheel', {
      bubbles: true, cancelable: true, composed: true, ctrlKey: true, deltaY: -50,
      clientX: box.left + box.width / 2, clientY: box.top + 20, view: win,
    }));
    await frame();
    expect(span() / full, 'Ctrl + wheel').to.be.closeTo(0.5, 0.01);

    const before = el.visibleWindow!.start;
    drag(viewport, box.width / 5);
    await frame();
    expect((before - el.visibleWindow!.start) / span(), 'drag').to.be.closeTo(0.2, 0.01);

    el.fit();
    expect(span() / full, 'not at once').to.be.closeTo(0.5, 0.01);
    await zoomSettled(el);
    expect(span(), 'fit()').to.be.closeTo(full, full * 1e-6);

    // Two fingers from 200 to 400 px apart: twice the zoom.
    touch(viewport, 'touchstart', [[300, 60], [500, 60]]);
    for (const d of [20, 40, 60, 80, 100]) touch(viewport, 'touchmove', [[300 - d, 60], [500 + d, 60]]);
    touch(viewport, 'touchend', [], [[200, 60], [600, 60]]);
    await frame();
    expect(span() / full, 'pinch').to.be.closeTo(0.5, 0.02);
    // d3-zoom's double-click (and double-tap) zoom is off.
    for (let i = 0; i < 2; i++) {
      touch(viewport, 'touchstart', [[300, 60]]);
      touch(viewport, 'touchend', [], [[300, 60]]);
    }
    viewport.dispatchEvent(new MouseEvent('dblclick', {bubbles: true, cancelable: true, composed: true, clientX: box.left + 300, clientY: box.top + 60, view: win}));
    await frame();
    expect(span() / full, 'double tap and double-click').to.be.closeTo(0.5, 0.02);
    expect(errors).to.deep.equal([]);
  });
});

describe('<news-timeline> in a flex wrapper', () => {
  it('fills the line as it fills a block, rather than shrinking to its content', async () => {
    const data = {title: 'In a flex box', events: [{id: 'a', date: '2001', title: 'One'}, {id: 'b', date: '2021', title: 'Two'}]};
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: flex; width: 900px"><news-timeline .data=${data}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await rendered(el);
    expect(el.getBoundingClientRect().width).to.equal(900);
    expect(eventsDrawn(el)).to.equal(2);
  });
});
