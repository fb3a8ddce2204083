import {expect} from '@open-wc/testing';
import {ReactiveElement} from 'lit';
import {SelectionController, type UnpinReason} from '../../src/controllers/selection-controller.js';
import type {TimelineEvent} from '../../src/data/types.js';
import type {NewsTimelineSelectEvent} from '../../src/events/select-event.js';

/** The least a host needs: a reactive element that counts its updates. */
class SelectionHost extends ReactiveElement {
  unpinned: Array<[UnpinReason, string | null, string | undefined]> = [];
  repositioned = 0;
  readonly selection = new SelectionController(this, {
    onUnpinned: (...args) => this.unpinned.push(args),
    onReposition: () => this.repositioned++,
  });
}
customElements.define('selection-test-host', SelectionHost);

const event = (id: string, day: number): TimelineEvent => {
  const start = Date.UTC(2021, 7, day);
  return {id, index: day, title: id, sources: [], date: {iso: `2021-08-${day}`, precision: 'day', start, end: start + 86_399_999}};
};
const events = new Map(['a', 'b', 'c'].map((id, i) => [id, event(id, i + 1)]));

function host(): SelectionHost {
  const el = document.createElement('selection-test-host') as SelectionHost;
  document.body.append(el);
  return el;
}

function selects(el: HTMLElement): Array<string | null> {
  const seen: Array<string | null> = [];
  el.addEventListener('news-timeline-select', (e) => seen.push((e as NewsTimelineSelectEvent).eventId));
  return seen;
}

describe('SelectionController', () => {
  const hosts: SelectionHost[] = [];
  const make = () => {
    const el = host();
    hosts.push(el);
    return el;
  };
  afterEach(() => {
    for (const el of hosts.splice(0)) el.remove();
    history.replaceState(history.state, '', location.pathname + location.search);
  });

  it('holds an id asked for before the events arrive, then pins it and owes one move into view', async () => {
    const el = make();
    const {selection} = el;
    selection.request('b');
    expect(selection.selected).to.equal('b');
    expect(selection.card, 'no card without events').to.equal(undefined);
    selection.setEvents(events);
    expect(selection.card).to.deep.equal({eventId: 'b', pinned: true});
    expect(selection.takeReveal()).to.equal('b');
    expect(selection.takeReveal(), 'only once').to.equal(undefined);
    expect(selection.problems).to.deep.equal([]);
  });

  it('reports an unknown id once, and keeps the selection it had', async () => {
    const el = make();
    const {selection} = el;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      selection.setEvents(events);
      selection.request('a');
      selection.takeReveal();
      selection.request('zzz');
      selection.request('zzz');
      expect(selection.selected).to.equal('a');
      expect(selection.revealPending, 'no move for an unknown id').to.be.false;
      expect(selection.problems.map((p) => [p.path, p.message])).to.deep.equal([
        ['selected', '"zzz" is not the id of an event in this timeline; nothing was selected'],
      ]);
      expect(warnings).to.have.length(1);
      selection.setEvents(events);
      expect(selection.problems, 'new data, new problems').to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('fires select for the reader\'s pins and unpins only, and hands focus back on unpin', async () => {
    const el = make();
    const {selection} = el;
    const seen = selects(el);
    selection.setEvents(events);
    selection.request('a');
    selection.pin(events.get('b')!);
    selection.pin(events.get('b')!);
    expect(selection.selected).to.equal('b');
    expect(selection.activeId).to.equal('b');
    selection.unpin('button');
    expect(selection.selected).to.equal(null);
    expect(selection.card).to.equal(undefined);
    selection.request('c');
    selection.request(null);
    expect(seen, 'code made two of these changes: no event for them').to.deep.equal(['b', null]);
    expect(el.unpinned).to.deep.equal([['button', 'b', undefined]]);
  });

  it('closes a pinned card on Escape and on a click outside, and only holds document listeners while a card is open', async () => {
    const el = make();
    const {selection} = el;
    const seen = selects(el);
    selection.setEvents(events);
    selection.pin(events.get('a')!);
    document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));
    expect(selection.selected).to.equal(null);
    selection.pin(events.get('b')!);
    el.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, composed: true}));
    expect(selection.selected, 'a click inside keeps it').to.equal('b');
    document.body.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, composed: true}));
    expect(selection.selected).to.equal(null);
    expect(el.unpinned.map(([reason]) => reason)).to.deep.equal(['escape', 'outside']);
    expect(seen).to.deep.equal(['a', null, 'b', null]);
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.repositioned, 'no card, no listener').to.equal(0);
    selection.preview('c');
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.repositioned).to.equal(1);
  });

  it('previews on hover without replacing a pinned card, and closes a preview after a moment', async () => {
    const el = make();
    const {selection} = el;
    selection.setEvents(events);
    selection.preview('a');
    expect(selection.card).to.deep.equal({eventId: 'a', pinned: false});
    selection.closeSoon();
    expect(selection.card, 'not at once: the pointer may be on its way to the card').to.exist;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(selection.card).to.equal(undefined);
    selection.pin(events.get('b')!);
    selection.preview('c');
    expect(selection.card).to.deep.equal({eventId: 'b', pinned: true});
    selection.closeSoon();
    selection.closeUnpinned();
    expect(selection.card, 'a pinned card stays').to.deep.equal({eventId: 'b', pinned: true});
  });

  it('reads and writes the fragment only when enabled, and only fragments that name its events', async () => {
    const el = make();
    const {selection} = el;
    history.replaceState(history.state, '', '#b');
    selection.setEvents(events);
    expect(selection.selected, 'disabled: the fragment is not read').to.equal(null);
    selection.hashEnabled = true;
    selection.setEvents(events);
    expect(selection.selected).to.equal('b');
    selection.request('c');
    await el.updateComplete;
    expect(location.hash).to.equal('#c');
    history.replaceState(history.state, '', '#top');
    selection.request('a');
    await el.updateComplete;
    expect(location.hash, 'the page\'s own fragment stays').to.equal('#top');
    history.replaceState(history.state, '', '#b');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(selection.selected).to.equal('b');
  });
});
