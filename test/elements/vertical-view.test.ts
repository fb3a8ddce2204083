/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {LitElement} from 'lit';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {isSoftDate, type Timeline, type TimelineEvent} from '../../src/data/types.js';
import {EN} from '../../src/format/strings.js';
import {eventDateText} from '../../src/elements/event-card/event-card.js';
import {eventCardStyles} from '../../src/elements/event-card/event-card.styles.js';
import {timelineStyles} from '../../src/elements/timeline/timeline.styles.js';
import {categoryColors} from '../../src/layout/timeline-view.js';
import {layoutVertical, renderVertical, type VerticalContext} from '../../src/elements/timeline/vertical-view.js';
import {verticalStyles} from '../../src/elements/timeline/vertical.styles.js';

const datasetUrl = new URL('../../data/afghanistan-2001-2021.json', import.meta.url).href;
const LOCALE = 'en-GB';

/** A bare host with the element's style sheets: what <news-timeline> gives the view. */
class VerticalHost extends LitElement {
  static override styles = [timelineStyles, eventCardStyles, verticalStyles];
  static override properties = {ctx: {attribute: false}};
  declare ctx: VerticalContext | undefined;

  protected override render() {
    return this.ctx ? renderVertical(this.ctx) : undefined;
  }
}
customElements.define('vertical-view-test-host', VerticalHost);

let timeline: Timeline;

before(async () => {
  timeline = parseTimeline(await (await fetch(datasetUrl)).json()).timeline!;
});

interface Calls {
  toggled: string[];
  activated: string[];
}

async function view(options: Partial<VerticalContext> & {width?: number} = {}): Promise<{host: VerticalHost; calls: Calls}> {
  const calls: Calls = {toggled: [], activated: []};
  const {width = 375, ...overrides} = options;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><vertical-view-test-host></vertical-view-test-host></div>`);
  const host = wrapper.querySelector<VerticalHost>('vertical-view-test-host')!;
  host.ctx = {
    timeline,
    headingLevel: 3,
    events: timeline.events,
    colors: categoryColors(timeline),
    locale: LOCALE,
    strings: EN,
    media: {embeds: new Set(), shown: () => false, show: () => undefined},
    expandedId: undefined,
    activeId: undefined,
    onToggle: (event) => calls.toggled.push(event.id),
    onActivate: (event) => calls.activated.push(event.id),
    ...overrides,
  };
  await host.updateComplete;
  return {host, calls};
}

const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(host: Element, selector: string) => Array.from(host.shadowRoot!.querySelectorAll<T>(selector));
const entries = (host: Element) => $$<HTMLButtonElement>(host, 'button[part~="entry"]');
const entry = (host: Element, id: string) => $<HTMLButtonElement>(host, `button[data-id="${id}"]`)!;

function key(target: Element, name: string, type: 'keydown' | 'keyup' = 'keydown'): KeyboardEvent {
  const event = new KeyboardEvent(type, {key: name, bubbles: true, composed: true, cancelable: true});
  target.dispatchEvent(event);
  return event;
}

/** The last shown event that starts before a range's end: where its bar must reach. */
function lastInRange(events: readonly TimelineEvent[], range: TimelineEvent): TimelineEvent {
  return events.filter((e) => e.index >= range.index && e.date.start < range.end!.end).at(-1)!;
}

describe('vertical chronology', () => {
  it('lists the 49 events as buttons in date order inside one ordered list', async () => {
    const {host} = await view();
    const list = $(host, 'ol[part="chronology"]')!;
    expect(list.getAttribute('aria-label')).to.equal(EN.events);
    const buttons = entries(host);
    expect(buttons).to.have.length(49);
    expect(buttons.map((b) => b.dataset.id)).to.deep.equal(timeline.events.map((e) => e.id));
    expect(buttons.map((b) => b.dataset.key)).to.deep.equal(timeline.events.map((e) => e.id));
    const starts = buttons.map((b) => timeline.events.find((e) => e.id === b.dataset.id)!.date.start);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    // Every child of the list is a list item; the bars are hidden from assistive technology.
    for (const child of Array.from(list.children)) expect(child.localName).to.equal('li');
    expect($$(host, 'li:not([aria-hidden])')).to.have.length(49);
    // Rows follow each other down the page.
    const tops = buttons.map((b) => b.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
  });

  it('heads each year that has events, and only those, with an h3 in the row of its first event', async () => {
    const {host} = await view();
    const headings = $$(host, 'h3[part="year"]');
    const years = [...new Set(timeline.events.map((e) => String(new Date(e.date.start).getUTCFullYear())))];
    expect(headings.map((h) => h.textContent!.trim())).to.deep.equal(years);
    expect(years[0]).to.equal('2001');
    expect(years.at(-1)).to.equal('2021');
    expect(years).not.to.include('2005');
    for (const heading of headings) {
      const first = timeline.events.find((e) => String(new Date(e.date.start).getUTCFullYear()) === heading.textContent!.trim())!;
      expect(heading.parentElement!.querySelector('button')!.dataset.id).to.equal(first.id);
      // Above its event, not beside it.
      expect(heading.getBoundingClientRect().bottom).to.be.at.most(entry(host, first.id).getBoundingClientRect().top + 1);
    }
  });

  it('names each event "title, date" and shows the date and title as text', async () => {
    const {host} = await view();
    expect(entry(host, 'september-11-attacks').getAttribute('aria-label')).to.equal(
      'September 11: al-Qaeda strikes the United States, 11 September 2001',
    );
    for (const event of timeline.events) {
      const button = entry(host, event.id);
      const date = eventDateText(event, LOCALE);
      expect(button.getAttribute('aria-label')).to.equal(`${event.title}, ${date}`);
      expect(button.querySelector('time')!.textContent).to.equal(date);
      // An EDTF date is not an HTML machine date: a soft one has none.
      expect(button.querySelector('time')!.getAttribute('datetime')).to.equal(isSoftDate(event.date) ? null : event.date.iso);
      expect(button.textContent).to.include(event.title);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.querySelector('[part="rail"] .dot')).to.exist;
    }
    // A range with exact ends shares what they have in common; a soft start is said in words.
    expect(entry(host, 'isaf-mission').querySelector('time')!.textContent).to.equal('20 December 2001 – 28 December 2014');
    const range = entry(host, 'battle-of-tora-bora');
    expect(range.querySelector('time')!.textContent).to.equal('between 30 November and 6 December 2001 – 17 December 2001');
    expect(range.classList.contains('soft'), 'a soft date has a dashed dot').to.equal(true);
    expect(entry(host, 'isaf-mission').classList.contains('soft')).to.equal(false);
  });

  it('has one tab stop: the first event, or the active one', async () => {
    const first = await view();
    expect(entries(first.host).filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).to.deep.equal(['september-11-attacks']);
    const active = await view({activeId: 'bonn-agreement'});
    expect(entries(active.host).filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).to.deep.equal(['bonn-agreement']);
    expect(entries(active.host).filter((b) => b.getAttribute('tabindex') === '-1')).to.have.length(48);
    const gone = await view({activeId: 'bonn-agreement', events: timeline.events.filter((e) => e.id !== 'bonn-agreement')});
    expect(entries(gone.host).filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).to.deep.equal(['september-11-attacks']);
  });

  it('shows the expanded event\'s card inline under it, with the excerpt', async () => {
    const id = 'operation-enduring-freedom-begins';
    const {host} = await view({expandedId: id});
    const button = entry(host, id);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('part')).to.equal('entry entry-selected');
    const card = $(host, `#${button.getAttribute('aria-controls')}`)!;
    expect(card).to.exist;
    await Promise.all(card.getAnimations().map((a) => a.finished));
    expect(card.getAttribute('part')).to.equal('card');
    expect(card.getAttribute('role')).to.equal('region');
    expect(card.getAttribute('aria-labelledby')).to.equal(button.id);
    const excerpt = timeline.events.find((e) => e.id === id)!.sources.find((s) => s.excerpt)!.excerpt!;
    expect(card.querySelector('blockquote')!.textContent!.trim()).to.equal(excerpt);
    expect(card.textContent).to.include('Military');
    // Right under its entry, in the flow, and before the next event.
    const below = button.getBoundingClientRect();
    const rect = card.getBoundingClientRect();
    expect(rect.top).to.be.at.least(below.bottom - 1);
    expect(rect.height).to.be.greaterThan(60);
    expect(entry(host, 'fall-of-kabul-2001').getBoundingClientRect().top).to.be.at.least(rect.bottom);
    expect(getComputedStyle(card).position).to.equal('static');
    // Only that one.
    expect($$(host, '[part="card"]')).to.have.length(1);
    expect(entries(host).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(1);
  });

  it('calls onToggle on click, Enter and Space, once each', async () => {
    const {host, calls} = await view();
    entry(host, 'bonn-agreement').click();
    expect(calls.toggled).to.deep.equal(['bonn-agreement']);
    expect(calls.activated).to.deep.equal(['bonn-agreement']);
    const enter = key(entry(host, 'fall-of-kabul-2001'), 'Enter');
    expect(enter.defaultPrevented).to.be.true;
    const space = key(entry(host, 'isaf-mission'), ' ');
    expect(space.defaultPrevented, 'Space does not scroll the page').to.be.true;
    expect(key(entry(host, 'isaf-mission'), ' ', 'keyup').defaultPrevented, 'no second toggle from the native click').to.be.true;
    expect(calls.toggled).to.deep.equal(['bonn-agreement', 'fall-of-kabul-2001', 'isaf-mission']);
  });

  it('toggles exactly once for a real Enter or Space key press', async () => {
    const {host, calls} = await view();
    entry(host, 'bonn-agreement').focus();
    await sendKeys({press: 'Enter'});
    expect(calls.toggled).to.deep.equal(['bonn-agreement']);
    await sendKeys({press: ' '}); // 'Space' is unknown to Firefox's WebDriver BiDi
    expect(calls.toggled).to.deep.equal(['bonn-agreement', 'bonn-agreement']);
  });

  it('moves focus with ArrowDown, ArrowUp, Home and End, and reports the new tab stop', async () => {
    const {host, calls} = await view();
    const ids = timeline.events.map((e) => e.id);
    const focused = () => (host.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
    const stops = () => entries(host).filter((b) => b.tabIndex === 0).map((b) => b.dataset.id);
    entry(host, ids[0]).focus();
    expect(key(entry(host, ids[0]), 'ArrowDown').defaultPrevented).to.be.true;
    expect(focused()).to.equal(ids[1]);
    expect(stops()).to.deep.equal([ids[1]]);
    key(entry(host, ids[1]), 'ArrowDown');
    expect(focused()).to.equal(ids[2]);
    key(entry(host, ids[2]), 'ArrowUp');
    expect(focused()).to.equal(ids[1]);
    key(entry(host, ids[1]), 'End');
    expect(focused()).to.equal(ids[48]);
    key(entry(host, ids[48]), 'ArrowDown');
    expect(focused(), 'stays on the last').to.equal(ids[48]);
    key(entry(host, ids[48]), 'Home');
    expect(focused()).to.equal(ids[0]);
    key(entry(host, ids[0]), 'ArrowUp');
    expect(focused(), 'stays on the first').to.equal(ids[0]);
    expect(stops()).to.deep.equal([ids[0]]);
    expect(calls.activated).to.deep.equal([ids[1], ids[2], ids[1], ids[48], ids[0]]);
    expect(calls.toggled).to.deep.equal([]);
    // Keys from inside an open card (its links) are left alone.
    const open = await view({expandedId: 'operation-enduring-freedom-begins'});
    const link = $(open.host, '[part="card"] a')!;
    expect(key(link, 'Enter').defaultPrevented).to.be.false;
    expect(key(link, 'ArrowDown').defaultPrevented).to.be.false;
    expect(open.calls.toggled).to.deep.equal([]);
  });

  it('moves focus with real arrow keys too', async () => {
    const {host} = await view();
    entry(host, 'september-11-attacks').focus();
    await sendKeys({press: 'ArrowDown'});
    expect((host.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('operation-enduring-freedom-begins');
    await sendKeys({press: 'End'});
    expect((host.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal(timeline.events.at(-1)!.id);
  });

  it('draws a side bar for each range, from its own row down to the last event that starts before its end', async () => {
    const {host} = await view();
    const ranges = timeline.events.filter((e) => e.end);
    const bars = $$(host, '[part="range-bar"]');
    expect(bars.map((b) => b.dataset.range)).to.deep.equal(ranges.map((e) => e.id));
    expect(ranges.map((e) => e.id)).to.include.members(['battle-of-tora-bora', 'isaf-mission', 'operation-anaconda', 'kabul-airlift']);
    for (const range of ranges) {
      const bar = $(host, `[data-range="${range.id}"]`)!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      const rect = bar.getBoundingClientRect();
      const own = entry(host, range.id).getBoundingClientRect();
      const last = entry(host, lastInRange(timeline.events, range).id).closest('li')!.getBoundingClientRect();
      expect(rect.width, range.id).to.be.greaterThan(0);
      // Starts beside its own entry's first line and spans at least its own row.
      expect(rect.top, range.id).to.be.within(own.top, own.top + 24);
      expect(rect.bottom, range.id).to.be.at.least(own.bottom - 12);
      // Ends in the row of the last event inside the range.
      expect(rect.bottom, range.id).to.be.within(last.top + 12, last.bottom + 1);
      // In the side column, clear of the text.
      expect(rect.left, range.id).to.be.at.least(entry(host, range.id).querySelector('.entry-title')!.getBoundingClientRect().right);
    }
    const isaf = $(host, '[data-range="isaf-mission"]')!.getBoundingClientRect();
    expect(isaf.bottom).to.be.greaterThan(entry(host, 'bilateral-security-agreement').getBoundingClientRect().bottom);
    // Overlapping ranges take different columns.
    const anaconda = $(host, '[data-range="operation-anaconda"]')!.getBoundingClientRect();
    expect(anaconda.left).not.to.equal(isaf.left);
  });

  it('packs overlapping ranges into side columns and ends each inside the shown events', () => {
    const layout = layoutVertical(timeline.events, LOCALE);
    expect(layout.rows).to.have.length(49);
    expect(layout.rows.filter((r) => r.year).map((r) => r.year)).to.include.members(['2001', '2021']);
    const isaf = layout.ranges.find((r) => r.event.id === 'isaf-mission')!;
    expect(isaf.fromRow).to.equal(6);
    expect(timeline.events[isaf.toRow - 1].id).to.equal('isaf-combat-mission-ends');
    for (const a of layout.ranges) {
      expect(a.toRow).to.be.at.least(a.fromRow);
      for (const b of layout.ranges) {
        if (a !== b && a.lane === b.lane) expect(a.toRow < b.fromRow || b.toRow < a.fromRow, `${a.event.id} / ${b.event.id}`).to.be.true;
      }
    }
    expect(layout.lanes).to.equal(2);
    const shown = timeline.events.filter((e) => e.id !== 'isaf-combat-mission-ends' && e.id !== 'bilateral-security-agreement');
    const filtered = layoutVertical(shown, LOCALE).ranges.find((r) => r.event.id === 'isaf-mission')!;
    expect(shown[filtered.toRow - 1].id).to.equal('ghani-inaugurated');
    expect(layoutVertical([], LOCALE)).to.deep.equal({rows: [], ranges: [], lanes: 0});
  });

  for (const width of [375, 320]) {
    it(`does not overflow sideways at ${width} px, with the longest card open`, async () => {
      const longest = [...timeline.events].sort(
        (a, b) => b.sources.reduce((n, s) => n + (s.excerpt?.length ?? 0) + s.name.length, 0) - a.sources.reduce((n, s) => n + (s.excerpt?.length ?? 0) + s.name.length, 0),
      )[0];
      for (const expandedId of [undefined, longest.id, 'isaf-mission']) {
        const {host} = await view({width, expandedId});
        const list = $(host, '[part="chronology"]')!;
        expect(host.scrollWidth, `${expandedId}`).to.be.at.most(host.clientWidth);
        expect(list.scrollWidth, `${expandedId}`).to.be.at.most(list.clientWidth);
        const hostRight = host.getBoundingClientRect().right;
        for (const el of $$(host, '[part~="entry"], [part="card"], [part="range-bar"], [part="year"]')) {
          expect(el.getBoundingClientRect().right, el.className).to.be.at.most(hostRight + 0.5);
        }
      }
    });
  }

  it('keeps touch targets at least 44 px high', async () => {
    const {host} = await view({width: 320});
    for (const button of entries(host)) expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('shows a filtered list with its own years and bars', async () => {
    const events = timeline.events.filter((e) => e.category === 'diplomacy');
    const {host} = await view({events});
    expect(entries(host).map((b) => b.dataset.id)).to.deep.equal(events.map((e) => e.id));
    expect($$(host, '[part="year"]').map((h) => h.textContent)).to.deep.equal([
      ...new Set(events.map((e) => String(new Date(e.date.start).getUTCFullYear()))),
    ]);
    expect($$(host, '[part="range-bar"]').map((b) => b.dataset.range)).to.deep.equal(events.filter((e) => e.end).map((e) => e.id));
    const empty = await view({events: []});
    expect(entries(empty.host)).to.have.length(0);
  });

  it('renders the 49 events quickly', async () => {
    const {host} = await view();
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      host.ctx = {...host.ctx!, expandedId: timeline.events[i * 4].id};
      await host.updateComplete;
      times.push(performance.now() - t0);
    }
    const wrapper = await fixture(html`<div style="width: 375px"><vertical-view-test-host></vertical-view-test-host></div>`);
    const fresh = wrapper.querySelector<VerticalHost>('vertical-view-test-host')!;
    const t0 = performance.now();
    fresh.ctx = {...host.ctx!, expandedId: undefined};
    await fresh.updateComplete;
    const first = performance.now() - t0;
    // Generous bounds (Lit's dev mode, slow machines): a regression to per-row work would blow them.
    expect(first, `first render ${first.toFixed(1)} ms`).to.be.below(250);
    expect(Math.min(...times), `updates ${times.map((t) => t.toFixed(1)).join(' ')} ms`).to.be.below(50);
  });

  it('passes axe with every card closed', async function () {
    this.timeout(60000);
    const {host} = await view();
    await expect(host).to.be.accessible();
  });

  it('passes axe with a card open, in light and dark', async function () {
    this.timeout(60000);
    const open = await view({expandedId: 'moscow-format-talks-2021', activeId: 'moscow-format-talks-2021'});
    await expect(open.host).to.be.accessible();
    open.host.setAttribute('theme', 'dark');
    await expect(open.host).to.be.accessible();
  });
});
