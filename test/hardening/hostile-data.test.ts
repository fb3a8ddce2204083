// Hostile data: every payload of test/fixtures/hostile/payloads.ts in every
// text and URL field of the format, loaded through `.data` in a real browser,
// with each event's card opened by hover and by click. Nothing may run, no
// markup from data may appear, links stay http(s), colours stay colours, and
// every valid event is still drawn.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news-timeline.js';
import {MAX_LABEL_LENGTH} from '../../src/data/parse-timeline.js';
import type {NewsTimeline} from '../../src/index.js';
import {payloads} from '../fixtures/hostile/payloads.js';

type Doc = {
  title: string;
  description?: string;
  updated?: string;
  categories: Array<{id: string; label: string; color?: string}>;
  eras: Array<{title: string; start: string; end: string}>;
  events: Array<Record<string, unknown> & {sources?: Array<Record<string, string>>}>;
};

const base = (): Doc => ({
  title: 'Base timeline',
  description: 'A description.',
  categories: [{id: 'cat', label: 'Category', color: '#b3261e'}],
  eras: [{title: 'An era', start: '2001', end: '2003'}],
  events: [
    {id: 'e1', date: '2001-09-11', title: 'One', summary: 'First.', category: 'cat',
      sources: [{name: 'Wire', url: 'https://example.org/1', excerpt: 'Quoted.', published: '2001-09-12'}]},
    {id: 'e2', date: '2002-03-01', end: '2002-06-01', title: 'Two', summary: 'Second.', category: 'cat',
      sources: [{name: 'Paper', url: 'https://example.org/2', excerpt: 'Said.', published: '2002-03-02'}, {name: 'Other'}]},
    {id: 'e3', date: '2003-01-01', title: 'Three'},
  ],
});

const hostedVideo = (d: Doc) => (d.events[0].media as Record<string, string> | undefined) ?? {url: 'https://www.youtube.com/watch?v=abc'};

/**
 * Every text and URL field of the format, and how to put a value in it. The
 * fields of one group go into one document together (a browser render is the
 * slow part); groups are split so that a field that drops an event (its date)
 * does not hide the fields of that event.
 */
const groups: Record<string, Record<string, (doc: Doc, value: string) => void>> = {
  text: {
    'title': (d, v) => (d.title = v),
    'description': (d, v) => (d.description = v),
    'events[].id': (d, v) => (d.events[1].id = v),
    'events[].title': (d, v) => (d.events[1].title = v),
    'events[].summary': (d, v) => (d.events[1].summary = v),
    'events[].category': (d, v) => (d.events[2].category = v),
    'categories[].label': (d, v) => (d.categories[0].label = v),
    'sources[].name': (d, v) => (d.events[1].sources![0].name = v),
    'sources[].excerpt': (d, v) => (d.events[1].sources![0].excerpt = v),
    'eras[].title': (d, v) => (d.eras[0].title = v),
    // On e1, whose card the checks open: a hosted video is a link card there, never a frame.
    'events[].media.caption': (d, v) => (d.events[0].media = {...hostedVideo(d), caption: v}),
    'events[].media.credit': (d, v) => (d.events[0].media = {...hostedVideo(d), credit: v}),
    'events[].displayDate': (d, v) => (d.events[0].displayDate = v),
    'events[].dateNote': (d, v) => (d.events[0].dateNote = v),
    // On e1 too: its corrections are drawn in the card, under the sources.
    'events[].corrections[].text': (d, v) => (d.events[0].corrections = [{date: '2021-10-20', text: v}, ...((d.events[0].corrections as unknown[] | undefined) ?? [])]),
  },
  links: {
    'categories[].id': (d, v) => {
      d.categories[0].id = v;
      for (const e of d.events) if (e.category === 'cat') e.category = v;
    },
    'categories[].color': (d, v) => (d.categories[0].color = v),
    'sources[].url': (d, v) => (d.events[1].sources![0].url = v),
    'sources[].published': (d, v) => (d.events[1].sources![0].published = v),
    'sources[].archived': (d, v) => (d.events[1].sources![0].archived = v),
    'sources[].accessed': (d, v) => (d.events[1].sources![0].accessed = v),
    'sources[].status': (d, v) => (d.events[1].sources![0].status = v as never),
    'events[].end': (d, v) => (d.events[1].end = v),
    'updated': (d, v) => (d.updated = v),
    'events[].updated': (d, v) => (d.events[0].updated = v),
    'events[].corrections[].date': (d, v) => (d.events[0].corrections = [{date: v, text: 'Corrected.'}]),
  },
  dates: {
    'events[].date': (d, v) => (d.events[1].date = v),
    'eras[].start': (d, v) => (d.eras[0].start = v),
    'eras[].end': (d, v) => (d.eras[0].end = v),
  },
};
const fieldCount = Object.values(groups).reduce((n, g) => n + Object.keys(g).length, 0);

/** Groups whose bad value leaves an event out. */
const dropsEvent = new Set(['dates']);

const executed: string[] = [];
let tried = 0;
let documents = 0;
/** Failures that are not a security hole (layout, a non-colour word): collected so every payload still runs. */
const softFailures = new Set<string>();
const traps = ['__pwned', 'alert', 'confirm', 'prompt'] as const;
const saved = new Map<string, unknown>();

/** Style properties the element (and d3-zoom, on the viewport) sets; anything else came from somewhere else. */
const allowedStyle = new Set(['-webkit-tap-highlight-color', 'touch-action', 'transform', 'left', 'top', 'width', 'max-width', 'height', '--_c', '--_lanes', '--_eras-height', '--_room', '--_full-shift', 'position-anchor']);
const tagsFromData = ['script', 'iframe', 'img', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form', 'foreignObject', 'image', 'audio', 'video', 'source'];

/** All elements of a root and of every shadow root inside it. */
function allElements(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return out;
}

function countTags(root: Document | ShadowRoot): number {
  return allElements(root).filter((el) => tagsFromData.includes(el.localName) || tagsFromData.includes(el.tagName)).length;
}

let documentTagsBefore = 0;

function assertSafe(el: NewsTimeline, context: string): void {
  expect(executed, `${context}: a payload ran`).to.deep.equal([]);
  const shadow = el.shadowRoot!;
  for (const node of allElements(document)) {
    for (const attr of Array.from(node.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${context}: <${node.localName} ${attr.name}>`).to.be.false;
    }
  }
  const inShadow = allElements(shadow);
  for (const node of inShadow) {
    expect(tagsFromData.includes(node.localName), `${context}: a <${node.localName}> in the shadow root`).to.be.false;
    if (node.localName === 'svg') {
      // Drawn by the element (icons, the overview): shapes only, no data in them.
      const inside = Array.from(node.querySelectorAll('*')).map((child) => child.localName);
      expect(inside.filter((name) => !['path', 'g', 'rect', 'line', 'circle', 'polyline', 'polygon'].includes(name)),
        `${context}: an <svg> with more than shapes`).to.deep.equal([]);
      expect(node.outerHTML, `${context}: data inside an <svg>`).not.to.contain('__pwned');
    }
    if (node.localName === 'a') {
      const href = node.getAttribute('href') ?? '';
      expect(href, `${context}: a link to ${href.slice(0, 80)}`).to.match(/^https?:\/\//);
      expect(['http:', 'https:']).to.include((node as HTMLAnchorElement).protocol);
    }
    const style = (node as HTMLElement).style;
    if (node.hasAttribute('style') && style) {
      // Category ids become part of a custom property's name, an identifier that cannot carry a value.
      const text = node.getAttribute('style')!.replace(/--news-timeline-category-[a-z0-9_-]*/g, '--category');
      expect(text, `${context}: style="${text.slice(0, 80)}"`).not.to.match(/url\(|expression\(|javascript:|behavior|@import/i);
      for (let i = 0; i < style.length; i++) {
        expect(allowedStyle.has(style[i]), `${context}: unexpected style property ${style[i]} on <${node.localName}>`).to.be.true;
      }
      const colour = style.getPropertyValue('--_c').trim();
      if (colour) {
        const fallback = /^var\(\s*--news-timeline-category-[a-z0-9_-]+\s*,\s*(.+?)\s*\)$/.exec(colour)?.[1] ?? colour;
        expect(fallback, `${context}: --_c is "${colour.slice(0, 80)}"`).not.to.match(/url\(|var\(|;|\{|\(.*\(/i);
        if (!CSS.supports('color', fallback)) softFailures.add(`${context}: --_c is "${colour.slice(0, 80)}", not a colour`);
      }
    }
  }
  expect(countTags(document), `${context}: a <script>, <img>, <iframe>… was added to the page`).to.equal(documentTagsBefore);
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const pointer = (type: string) => new PointerEvent(type, {bubbles: true, composed: true, pointerType: 'mouse'});

async function settle(el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

function assertLayout(el: NewsTimeline, context: string, expectedEvents: number): void {
  expect(el.timeline, `${context}: the timeline was lost`).to.exist;
  expect(el.timeline!.events.length, `${context}: valid events were lost`).to.equal(expectedEvents);
  const drawn = Array.from(el.shadowRoot!.querySelectorAll('[data-key]')).reduce(
    (n, item) => n + (item.matches('[part~="cluster"]') ? Number(item.textContent) : 1), 0);
  expect(drawn, `${context}: not every valid event is drawn`).to.equal(expectedEvents);
  expect(Math.round(el.getBoundingClientRect().width), `${context}: the element changed width`).to.equal(760);
  // Labels are cut to a length every engine can wrap (WebKit stops wrapping an unbroken run after a few dozen lines).
  const timeline = el.timeline!;
  const labels = [timeline.title, ...timeline.categories.map((c) => c.label), ...timeline.eras.map((e) => e.title),
    ...timeline.events.flatMap((e) => [e.title, ...e.sources.map((s) => s.name)])];
  for (const label of labels) expect(label.length, `${context}: a label of ${label.length} characters`).to.be.at.most(MAX_LABEL_LENGTH + 1);
  const title = el.shadowRoot!.querySelector('[part="title"]');
  expect(title?.textContent, `${context}: the title is not shown as text`).to.equal(el.timeline!.title);
  expect(document.documentElement.scrollWidth, `${context}: the page scrolls sideways`).to.be.at.most(window.innerWidth + 1);
}

/** Opens every drawn event's card by hover, then pins one by click and closes it with Escape. */
async function openCards(el: NewsTimeline, context: string): Promise<void> {
  const shadow = el.shadowRoot!;
  const ids = Array.from(shadow.querySelectorAll<HTMLElement>('[data-id]')).map((b) => b.dataset.id!);
  for (const id of ids) {
    const button = Array.from(shadow.querySelectorAll<HTMLElement>('[data-id]')).find((b) => b.dataset.id === id)!;
    button.dispatchEvent(pointer('pointerover'));
    await el.updateComplete;
    const event = el.timeline!.events.find((e) => e.id === id)!;
    const title = shadow.querySelector('#card .card-title');
    expect(title?.textContent, `${context}: card of ${id.slice(0, 40)} shows its title as text`).to.equal(event.title);
    const card = shadow.querySelector<HTMLElement>('#card')!;
    const box = card.getBoundingClientRect();
    expect(box.right, `${context}: the card leaves the viewport`).to.be.at.most(document.documentElement.clientWidth + 1);
    assertSafe(el, `${context}, card of ${id.slice(0, 40)} open`);
    button.dispatchEvent(pointer('pointerout'));
  }
  const second = Array.from(shadow.querySelectorAll<HTMLElement>('[data-id]'))[1];
  if (second) {
    second.click();
    await el.updateComplete;
    expect(el.selected, `${context}: click pins the card`).to.equal(second.dataset.id);
    assertSafe(el, `${context}, pinned`);
    document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
    await el.updateComplete;
    expect(el.selected, `${context}: Escape unpins`).to.equal(null);
  }
}

describe('<news-timeline> with hostile data', () => {
  let el: NewsTimeline;

  before(async () => {
    for (const name of traps) {
      saved.set(name, (window as unknown as Record<string, unknown>)[name]);
      (window as unknown as Record<string, unknown>)[name] = (what: unknown) => executed.push(`${name}(${String(what)})`);
    }
    documentTagsBefore = countTags(document);
  });

  after(async () => {
    // Handlers of broken images fire late: wait before the final count.
    await new Promise((resolve) => setTimeout(resolve, 300));
    console.log(`hostile data: ${payloads.length} payloads × ${fieldCount} fields = ${tried} placements tried (in ${documents} documents), ${executed.length} executed`);
    for (const name of traps) (window as unknown as Record<string, unknown>)[name] = saved.get(name);
    expect(executed).to.deep.equal([]);
  });

  beforeEach(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px"><news-timeline></news-timeline></div>`);
    el = wrapper.querySelector('news-timeline')!;
  });

  it('renders the base document cleanly (the checks themselves pass on good data)', async () => {
    el.data = base();
    await settle(el);
    expect(el.problems).to.deep.equal([]);
    assertLayout(el, 'base', 3);
    await openCards(el, 'base');
    assertSafe(el, 'base');
  });

  for (const [group, fields] of Object.entries(groups)) {
    it(`keeps every payload inert in the ${group} fields: ${Object.keys(fields).join(', ')}`, async function () {
      this.timeout(240_000);
      for (const payload of payloads) {
        const doc = base();
        for (const put of Object.values(fields)) put(doc, payload.value);
        const context = `${payload.name} in ${Object.keys(fields).join(' + ')}`;
        tried += Object.keys(fields).length;
        documents++;
        el.data = doc;
        await settle(el);
        if (group === 'text' && payload.value.length > MAX_LABEL_LENGTH) {
          const cut = el.problems.filter((p) => /characters long; only the first 300 are shown$/.test(p.message)).map((p) => p.path);
          expect(cut, `${context}: cut labels are reported`).to.include.members(['title', 'events[1].title', 'categories[0].label', 'eras[0].title']);
        }
        try {
          assertLayout(el, context, dropsEvent.has(group) ? 2 : 3);
        } catch (error) {
          softFailures.add((error as Error).message);
        }
        assertSafe(el, context);
        await openCards(el, context);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(executed).to.deep.equal([]);
      const failures = [...softFailures].map((m) => m.slice(0, 300));
      softFailures.clear();
      expect(failures, 'layout and colour failures').to.deep.equal([]);
    });
  }
});
