import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {SOURCE_STATUSES} from '../../src/data/types.js';
import {card, fixtureUrl, loadJson, rendered, timelineWith} from './helpers.js';

const WORDS = {confirmed: 'confirmed', reported: 'reported', disputed: 'disputed', retracted: 'retracted'};

async function openCard(el: NewsTimeline, id: string): Promise<HTMLElement> {
  el.selected = id;
  await el.updateComplete;
  return card(el);
}

const sourceItems = (c: HTMLElement) => Array.from(c.querySelectorAll<HTMLLIElement>('.card-sources > li'));
const itemOf = (c: HTMLElement, name: string) => sourceItems(c).find((li) => li.querySelector('cite')!.textContent!.includes(name))!;

describe('<news-timeline> card: provenance of each source', () => {
  it('shows each status as its word after a mark of its own shape, hidden from screen readers', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('provenance.json')));
    const c = await openCard(el, 'every-status');
    const marks = new Set<string>();
    for (const status of SOURCE_STATUSES) {
      const item = sourceItems(c).find((li) => li.classList.contains(`source-${status}`));
      expect(item, status).to.exist;
      const word = item!.querySelector('.source-status')!;
      expect(word.textContent!.trim()).to.equal(WORDS[status]);
      const mark = word.querySelector(`.status-mark.status-${status}`)!;
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      // Not colour alone: the shapes differ (a disc, a ring, a diamond, a slashed square).
      const style = getComputedStyle(mark);
      marks.add([style.borderRadius, style.backgroundImage, style.backgroundColor, style.transform].join('|'));
      expect(mark.getBoundingClientRect().width).to.be.greaterThan(0);
    }
    expect(marks.size).to.equal(4);
  });

  it('keeps a retracted source, struck through', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('provenance.json')));
    const retracted = itemOf(await openCard(el, 'every-status'), 'Retracted Daily');
    expect(getComputedStyle(retracted.querySelector('cite')!).textDecorationLine).to.equal('line-through');
    expect(getComputedStyle(retracted.querySelector('blockquote')!).textDecorationLine).to.equal('line-through');
    expect(retracted.querySelector('blockquote')!.textContent!.trim()).to.equal('A claim later withdrawn.');
  });

  it('links the archived copy beside the live one, and says when the source was read', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('provenance.json')));
    const item = itemOf(await openCard(el, 'every-status'), 'Confirming Wire');
    const links = Array.from(item.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a', 'https://web.archive.org/web/2001/https://example.org/a']);
    expect(links[1].textContent).to.equal('archived copy (opens in a new tab)');
    expect(links[1].getAttribute('rel')).to.equal('noopener noreferrer');
    expect(item.querySelector('.source-accessed')!.textContent).to.equal('accessed May 3, 2024');
  });

  it('never links an archived copy that is not http(s), even from data set as an object', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('provenance.json')));
    const source = el.timeline!.events[0].sources[0] as {archived?: string};
    // The parser refuses such a value; a caller can still change the parsed object.
    source.archived = 'javascript:alert(1)';
    el.requestUpdate();
    const item = itemOf(await openCard(el, 'every-status'), 'Confirming Wire');
    expect(Array.from(item.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a']);
  });

  it('says once that the sources disagree, and not when they agree', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('provenance.json')));
    const c = await openCard(el, 'every-status');
    expect(Array.from(c.querySelectorAll('.card-disagree'), (p) => p.textContent)).to.deep.equal(['The sources disagree.']);
    expect((await openCard(el, 'agreeing')).querySelector('.card-disagree')).to.equal(null);
  });

  it('speaks the reader\'s language: Russian words and dates', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru" style="width: 1000px"><news-timeline .data=${await loadJson(fixtureUrl('provenance.json'))}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await rendered(el);
    const c = await openCard(el, 'every-status');
    const item = itemOf(c, 'Confirming Wire');
    expect(item.querySelector('.source-status')!.textContent!.trim()).to.equal('подтверждено');
    expect(item.querySelector('.source-accessed')!.textContent).to.equal('просмотрено 3 мая 2024 г.');
    expect(item.querySelectorAll('a')[1].textContent).to.contain('архив');
    expect(c.querySelector('.card-disagree')!.textContent).to.equal('Источники расходятся.');
  });

  it('shows the same in the vertical chronology, with the status filter above it', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('provenance.json')), 375);
    expect(el.shadowRoot!.querySelector('[part="chronology"]')).to.exist;
    el.selected = 'every-status';
    await el.updateComplete;
    const entry = el.shadowRoot!.querySelector<HTMLElement>('.inline-card')!;
    // Quoted sources first, as in every card.
    expect(Array.from(entry.querySelectorAll('.source-status'), (s) => s.textContent!.trim())).to.deep.equal(['reported', 'retracted', 'confirmed', 'disputed']);
    expect(entry.querySelector('.card-disagree')).to.exist;
    const toggle = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="status-item"]')).find((b) => b.textContent!.trim() === 'retracted')!;
    toggle.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[data-key]'), (e) => e.dataset.id)).to.deep.equal(['every-status']);
  });

  it('passes axe with a card holding every status', async function () {
    this.timeout(30_000); // axe walks the whole shadow tree
    const el = await timelineWith(await loadJson(fixtureUrl('provenance.json')));
    await openCard(el, 'every-status');
    await expect(el).to.be.accessible();
  });
});
