import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, card, marker, fixtureUrl, nextEvent, rendered, timelineFrom, zoomSettled} from './helpers.js';

/**
 * One event of each EDTF form (test/fixtures/elements/edtf-forms.json),
 * drawn over the span each could lie in, at more than one zoom.
 */
const src = fixtureUrl('edtf-forms.json');

/**
 * Pixels per day at the current zoom, measured on the drawing itself: from
 * the dot of 12 November 2001 (at noon, the middle of its day) to the start
 * of the bar that begins on 30 November, 17.5 days later.
 */
function pxPerDay(el: NewsTimeline): number {
  const dot = marker(el, 'exact')!.querySelector('.dot')!.getBoundingClientRect();
  const bar = marker(el, 'soft-start')!.querySelector('[part="bar"]')!.getBoundingClientRect();
  return (bar.left - (dot.left + dot.width / 2)) / 17.5;
}

const bandOf = (el: NewsTimeline, id: string) => marker(el, id)!.closest('li')!.querySelector<HTMLElement>('[part="band"]');
const widthOf = (element: Element) => element.getBoundingClientRect().width;

async function zoomed(el: NewsTimeline, from: string, to: string): Promise<void> {
  el.zoomTo(from, to);
  await zoomSettled(el);
}

describe('<news-timeline> with uncertain dates', () => {
  it('reads every form and sorts each by its earliest possible instant', async () => {
    const el = await timelineFrom(src, 1280);
    const events = el.timeline!.events;
    expect(el.problems, JSON.stringify(el.problems)).to.deep.equal([]);
    expect(events).to.have.length(16);
    for (let i = 1; i < events.length; i++) {
      expect(events[i].date.start, `${events[i - 1].id} before ${events[i].id}`).to.be.at.least(events[i - 1].date.start);
    }
    const at = (id: string) => events.find((e) => e.id === id)!.date;
    expect(at('both').start).to.equal(Date.UTC(2001, 10, 1));
    expect(at('both').end).to.equal(Date.UTC(2001, 11, 1));
    expect(at('interval').start).to.equal(Date.UTC(2001, 10, 12));
    expect(at('interval').end).to.equal(Date.UTC(2001, 10, 14));
    expect(at('decade').start).to.equal(Date.UTC(2010, 0, 1));
    expect(at('decade').end).to.equal(Date.UTC(2020, 0, 1));
    expect(at('century').start).to.equal(Date.UTC(1900, 0, 1));
    // What was written is kept.
    expect(events.map((e) => e.date.iso)).to.include.members(['2001-11-12?', '2004~', '2001-11%', '2021-XX', '201X', '2021-08/..', '/2003', '2018-21']);
  });

  for (const [from, to] of [['2001-10-15', '2001-12-15'], ['2001-09-01', '2002-03-01']]) {
    it(`draws each soft point over its whole span, from ${from} to ${to}`, async () => {
      const el = await timelineFrom(src, 1280);
      await zoomed(el, from, to);
      const perDay = pxPerDay(el);
      // November 2001 (30 days), 12–13 November (2 days), 12 November (1 day).
      const expected: Array<[string, number]> = [['both', 30], ['interval', 2], ['uncertain', 1]];
      for (const [id, days] of expected) {
        const band = bandOf(el, id);
        // At the wider zoom a crowd may be clustered: a drawn marker must carry its band.
        if (!marker(el, id)) continue;
        expect(band, `${id} has a band`).to.exist;
        expect(widthOf(band!), `${id}'s band spans ${days} days`).to.be.closeTo(days * perDay, 1.5);
      }
      expect(marker(el, 'both'), 'the month is drawn').to.exist;
      if (marker(el, 'exact')) expect(bandOf(el, 'exact'), 'an exact day has no band').to.equal(null);
      // A soft marker is dashed; an exact one is not.
      expect(marker(el, 'both')!.classList.contains('soft')).to.equal(true);
    });
  }

  it('keeps each band clear of the other items of its lane', async () => {
    const el = await timelineFrom(src, 1280);
    await zoomed(el, '2001-10-15', '2001-12-20');
    const items = $$(el, '.events > li');
    const rows = new Map<number, DOMRect[]>();
    for (const li of items) {
      const parts = [li.querySelector('button')!, ...li.querySelectorAll('[part="band"]')].map((e) => e.getBoundingClientRect());
      const box = new DOMRect(Math.min(...parts.map((r) => r.left)), parts[0].top, Math.max(...parts.map((r) => r.right)) - Math.min(...parts.map((r) => r.left)), parts[0].height);
      rows.set(Math.round(li.getBoundingClientRect().top), [...(rows.get(Math.round(li.getBoundingClientRect().top)) ?? []), box]);
    }
    let bands = 0;
    for (const [top, boxes] of rows) {
      boxes.sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].left, `lane at ${top}px: item ${i} overlaps the one before`).to.be.at.least(boxes[i - 1].right - 0.5);
    }
    for (const li of items) bands += li.querySelectorAll('[part="band"]').length;
    expect(bands, 'bands drawn').to.be.at.least(3);
  });

  it('fades a bar over its soft start', async () => {
    const el = await timelineFrom(src, 1280);
    await zoomed(el, '2001-11-20', '2001-12-25');
    const bar = marker(el, 'soft-start')!.querySelector<HTMLElement>('[part="bar"]')!;
    // The bar runs from 30 November to the end of 17 December, 18 days; its start is one of
    // 30 November to 6 December: 7 days of fade.
    const fade = parseFloat(bar.style.getPropertyValue('--_fade-from'));
    expect(fade).to.be.closeTo((7 / 18) * widthOf(bar), 1.5);
    expect(parseFloat(bar.style.getPropertyValue('--_fade-to')), 'the end is sure').to.equal(0);
    expect(getComputedStyle(bar).backgroundImage).to.contain('gradient');
  });

  /** The words each language puts around a soft date: about, possibly, between, or later, or earlier, a season. */
  const WORDS: Record<string, Record<string, RegExp>> = {
    'en-GB': {approximate: /^about 2004$/, uncertain: /^possibly 12 November 2001$/, both: /^possibly about November 2001$/, interval: /^between 12 and 13 November 2001$/,
      'open-end': /^August 2021 or later$/, 'unknown-start': /^2003 or earlier$/, decade: /^the 2010s$/, season: /^spring 2018$/},
    ru: {approximate: /^приблизительно: 2004/, uncertain: /^возможно, 12 ноября 2001/, interval: /^между 12 и 13 ноября 2001/, 'open-end': /или позже$/, 'unknown-start': /или раньше$/, season: /^весна 2018/},
    fa: {approximate: /^تقریباً /, uncertain: /^احتمالاً /, interval: /^بین .+ و /, 'open-end': / یا پس از آن$/, 'unknown-start': / یا پیش از آن$/, season: /^بهار /},
    ps: {approximate: /^شاوخوا /, uncertain: /^ښايي /, interval: /^د .+ او .+ ترمنځ$/, 'open-end': / یا وروسته$/, 'unknown-start': / یا مخکې$/, season: /^پسرلی /},
  };

  for (const [lang, words] of Object.entries(WORDS)) {
    it(`says each soft date in words in its card and its name, in ${lang}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 1280px"></div>`);
      const el = document.createElement('news-timeline');
      const loaded = nextEvent(el, 'news-timeline-load');
      el.src = src;
      wrapper.append(el);
      await loaded;
      await rendered(el);
      for (const [id, expected] of Object.entries(words)) {
        el.selected = id;
        await zoomSettled(el);
        const line = card(el).querySelector('.card-date')!.textContent!.replace(/\s+/g, ' ').trim();
        // The date line names the category after a middle dot when there is one; the fixture has none.
        expect(line, `${lang} ${id}`).to.match(expected);
        expect(line, `${lang} ${id}`).to.not.match(/NaN|Invalid|undefined/);
        const name = marker(el, id)?.getAttribute('aria-label');
        if (name) expect(name, `${lang} ${id}: the marker's name`).to.contain(line);
      }
      expect($(el, '[part="viewport"]')!.textContent).to.not.match(/NaN|Invalid/);
    });
  }
});
