import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, card, rendered} from './helpers.js';

const UPDATED = '2021-10-20T14:05Z';
const DATA = {
  title: 'Moscow talks',
  updated: UPDATED,
  events: [{
    id: 'talks', date: '2021-10-20', title: 'Talks in Moscow',
    sources: [{name: 'Wire', url: 'https://example.org/a'}],
    corrections: [
      {date: '2021-10-22T09:30+04:30', text: 'Second <b>fix</b>'},
      {date: '2021-10-21', text: 'First fix'},
    ],
  }],
};

// The words of each language; the date and time are Intl's, on the reader's clock, as the browser's zone gives it.
const WORDS: Record<string, {updated: string; corrections: string; separator: string}> = {
  'en-GB': {updated: 'Updated', corrections: 'Corrections', separator: ', '},
  ru: {updated: 'Обновлено', corrections: 'Исправления', separator: ', '},
  'fa-AF': {updated: 'تازه شده', corrections: 'اصلاحات', separator: '، '},
  ps: {updated: 'تازه شوی', corrections: 'سمونونه', separator: '، '},
};

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();

/** What a reader in `locale` reads for a time: the day and the time of day, in the browser's own zone. */
function readerTime(iso: string, locale: string, separator: string): string {
  const time = Date.parse(iso);
  const day = new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', day: 'numeric'}).format(time);
  return `${day}${separator}${new Intl.DateTimeFormat(locale, {timeStyle: 'short'}).format(time)}`;
}

async function timelineIn(lang: string, data: unknown = DATA): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 1000px"><news-timeline .data=${data}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await rendered(el);
  return el;
}

async function openCard(el: NewsTimeline): Promise<HTMLElement> {
  el.selected = 'talks';
  await el.updateComplete;
  await waitUntil(() => card(el).querySelector('.card-corrections'), 'the corrections were not drawn');
  return card(el);
}

describe('<news-timeline>: update time and corrections', () => {
  for (const [locale, words] of Object.entries(WORDS)) {
    it(`says when the timeline was updated under its title, on the reader's clock (${locale})`, async () => {
      const el = await timelineIn(locale);
      const line = $(el, '[part="updated"]')!;
      expect(line.previousElementSibling!.id).to.equal('title');
      expect(plain(line.textContent)).to.equal(plain(`${words.updated} ${readerTime(UPDATED, locale, words.separator)}`));
      expect(line.querySelector('time')!.getAttribute('datetime')).to.equal(UPDATED);
    });

    it(`lists the corrections under the sources, oldest first, each dated in the reader's words (${locale})`, async () => {
      const c = await openCard(await timelineIn(locale));
      const headings = Array.from(c.querySelectorAll('.card-sources-heading'));
      expect(headings.map((h) => plain(h.textContent))[1]).to.equal(words.corrections);
      // A section beside the sources, at their level.
      expect(headings[1].getAttribute('aria-level')).to.equal(headings[0].getAttribute('aria-level'));
      expect(headings[1].previousElementSibling!.matches('.card-sources')).to.equal(true);
      const items = Array.from(c.querySelectorAll('.card-corrections > li'));
      const day = new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}).format(Date.UTC(2021, 9, 21));
      expect(items.map((li) => plain(li.querySelector('time')!.textContent))).to.deep.equal([
        plain(day), plain(readerTime('2021-10-22T09:30+04:30', locale, words.separator)),
      ]);
      expect(items.map((li) => li.querySelector('span')!.textContent)).to.deep.equal(['First fix', 'Second <b>fix</b>']);
      expect(items[1].querySelector('b')).to.equal(null);
      expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2021-10-21', '2021-10-22T09:30+04:30']);
    });
  }

  it('shows a day given without a time as that day, and nothing without an update time or corrections', async () => {
    const el = await timelineIn('en-GB', {...DATA, updated: '2021-10-20'});
    expect(plain($(el, '[part="updated"]')!.textContent)).to.equal('Updated 20 October 2021');
    const bare = await timelineIn('en-GB', {title: 'T', events: [{id: 'talks', date: '2021-10-20', title: 'A', sources: [{name: 'Wire'}]}]});
    expect($(bare, '[part="updated"]')).to.equal(null);
    bare.selected = 'talks';
    await bare.updateComplete;
    expect(card(bare).querySelector('.card-sources')).to.exist;
    expect(card(bare).querySelector('.card-corrections')).to.equal(null);
  });
});
