/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, nothing} from 'lit';
import type {PartialDate, Timeline, TimelineEvent} from '../../src/data/types.js';
import {eventName, renderEventCard, type CardContext} from '../../src/elements/event-card/event-card.js';
import {eventCardStyles} from '../../src/elements/event-card/event-card.styles.js';
import {clusterName} from '../../src/elements/timeline/render-parts.js';
import {renderVertical} from '../../src/elements/timeline/vertical-view.js';
import {timelineStyles} from '../../src/elements/timeline/timeline.styles.js';
import {timelineToHtml} from '../../src/fallback/timeline-to-html.js';
import {loadStrings, stringsFor} from '../../src/format/strings.js';
import {between, day, month, year} from '../format/soft-date-helpers.js';

// The EDTF parser is not on this branch: the card is given model events, as the parser will make them.
const NOTE = 'Accounts differ on whether Kabul fell on 12 or 13 November.';

function event(id: string, date: PartialDate, more: Partial<TimelineEvent> = {}): TimelineEvent {
  return {id, index: 0, date, title: `Event ${id}`, sources: [], ...more};
}

const timelineOf = (...events: TimelineEvent[]): Timeline => ({
  title: 'Soft dates',
  events: events.map((e, index) => ({...e, index})),
  eras: [],
  categories: [],
});

const media = {embeds: new Set<string>(), shown: () => false, show: () => {}};

/** A bare host with the card's style sheets, its card open, as <news-timeline> shows it. */
class CardHost extends LitElement {
  static override styles = [timelineStyles, eventCardStyles];
  static override properties = {event: {attribute: false}, locale: {}};
  declare event: TimelineEvent | undefined;
  declare locale: string;

  protected override render() {
    if (!this.event) return nothing;
    const ctx: CardContext = {
      timeline: timelineOf(this.event),
      headingLevel: 2,
      strings: stringsFor(this.locale),
      locale: this.locale,
      pinned: false,
      onClose: () => {},
      media,
    };
    return html`<div class="card open" id="card">${renderEventCard(this.event, ctx)}</div>`;
  }
}
customElements.define('soft-dates-card-test-host', CardHost);

async function cardFor(e: TimelineEvent, locale = 'en'): Promise<ShadowRoot> {
  await loadStrings(locale);
  const host = await fixture<CardHost>(html`<soft-dates-card-test-host .event=${e} locale=${locale}></soft-dates-card-test-host>`);
  await host.updateComplete;
  return host.shadowRoot!;
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
const fallOfKabul = () => event('kabul', between(day(2001, 11, 12), day(2001, 11, 13)), {dateNote: NOTE});

describe('soft dates in the card', () => {
  const WORDS: Record<string, string> = {
    en: 'between November 12 and 13, 2001',
    ru: 'между 12 и 13 ноября 2001 г.',
    'fa-AF': 'بین ۲۱ و ۲۲ عقرب ۱۳۸۰',
  };
  for (const [locale, words] of Object.entries(WORDS)) {
    it(`says the date in words and shows the note under it (${locale})`, async () => {
      const root = await cardFor(fallOfKabul(), locale);
      expect(plain(root.querySelector('.card-date time')!.textContent)).to.equal(words);
      const note = root.querySelector('.card-date')!.nextElementSibling!;
      expect(note.classList.contains('card-date-note')).to.be.true;
      expect(note.textContent).to.equal(NOTE);
    });
  }

  it('says it in Pashto around the date Intl writes', async () => {
    const root = await cardFor(event('a', month(2001, 11, {approximate: true}), {dateNote: NOTE}), 'ps');
    expect(plain(root.querySelector('.card-date time')!.textContent)).to.match(/^شاوخوا \S/);
    expect(root.querySelector('.card-date-note')!.textContent).to.equal(NOTE);
  });

  it('styles the note quietly: muted, smaller than the title, and not a heading', async () => {
    const root = await cardFor(fallOfKabul());
    const note = getComputedStyle(root.querySelector('.card-date-note')!);
    const title = getComputedStyle(root.querySelector('.card-title')!);
    const date = getComputedStyle(root.querySelector('.card-date')!);
    expect(note.color).to.equal(date.color);
    expect(parseFloat(note.fontSize)).to.be.below(parseFloat(title.fontSize));
    expect(note.fontStyle).to.equal('italic');
    expect(root.querySelector('.card-date-note')!.tagName).to.equal('P');
  });

  it('shows the note as text, never as HTML', async () => {
    const root = await cardFor(event('a', year(2004, {approximate: true}), {dateNote: '<b>bold</b> & <img src=x>'}));
    const note = root.querySelector('.card-date-note')!;
    expect(note.textContent).to.equal('<b>bold</b> & <img src=x>');
    expect(note.children).to.have.length(0);
  });

  it('has no note without one, and gives a soft date no HTML datetime', async () => {
    const root = await cardFor(event('a', year(2004, {approximate: true})));
    expect(root.querySelector('.card-date-note')).to.equal(null);
    expect(plain(root.querySelector('.card-date time')!.textContent)).to.equal('about 2004');
    expect(root.querySelector('.card-date time')!.hasAttribute('datetime')).to.be.false;
    const exact = await cardFor(event('b', year(2004)));
    expect(exact.querySelector('.card-date time')!.getAttribute('datetime')).to.equal('2004');
  });

  it('says a lasting event with soft ends, and lets displayDate win', async () => {
    const lasting = await cardFor(event('a', year(2004, {approximate: true}), {end: month(2005, 3, {uncertain: true})}));
    expect(plain(lasting.querySelector('.card-date time')!.textContent)).to.equal('about 2004 – possibly March 2005');
    const own = await cardFor(event('b', year(2004, {approximate: true}), {displayDate: 'Around the time of the election', dateNote: NOTE}));
    expect(own.querySelector('.card-date time')!.textContent).to.equal('Around the time of the election');
    expect(own.querySelector('.card-date-note')!.textContent).to.equal(NOTE);
  });
});

describe('soft dates in names and lists', () => {
  before(() => loadStrings('ru'));

  it('names a marker with the words', () => {
    expect(plain(eventName(fallOfKabul(), 'en'))).to.equal('Event kabul, between November 12 and 13, 2001');
    expect(plain(eventName(fallOfKabul(), 'ru'))).to.equal('Event kabul, между 12 и 13 ноября 2001 г.');
  });

  it('names a cluster by its soft ends, not by a plain date that starts at the same instant', () => {
    const soft = [event('a', month(2001, 11, {approximate: true})), event('b', month(2001, 11, {approximate: true}))];
    const exact = [event('c', month(2001, 11)), event('d', month(2001, 11))];
    expect(plain(clusterName(exact, 'en', stringsFor('en')))).to.equal('2 events, November 2001');
    expect(plain(clusterName(soft, 'en', stringsFor('en')))).to.equal('2 events, about November 2001');
  });

  it('says the words in the vertical chronology', async () => {
    const e = fallOfKabul();
    const timeline = timelineOf(e);
    const wrapper = await fixture<HTMLDivElement>(html`<div>${renderVertical({
      timeline, headingLevel: 2, events: timeline.events, colors: new Map(), locale: 'en', strings: stringsFor('en'), media,
      expandedId: undefined, activeId: undefined, onToggle: () => {},
    })}</div>`);
    const time = wrapper.querySelector('.entry-date')!;
    expect(plain(time.textContent)).to.equal('between November 12 and 13, 2001');
    expect(time.hasAttribute('datetime')).to.be.false;
  });

  it('writes the words into the HTML fallback, and displayDate when given', () => {
    const out = plain(timelineToHtml(timelineOf(fallOfKabul(), event('own', year(2004, {approximate: true}), {displayDate: 'Spring, by most accounts'})), {lang: 'en'}));
    expect(out).to.include('<time>between November 12 and 13, 2001</time>');
    expect(out).to.include('<time>Spring, by most accounts</time>');
  });
});
