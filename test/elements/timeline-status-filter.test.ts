import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {NewsTimeline} from '../../src/index.js';
import type {SourceStatus} from '../../src/data/types.js';
import {$, $$, fixtureUrl, loadJson, rendered, zoomSettled} from './helpers.js';

async function timeline(attributes: {statusFilter?: string} = {}): Promise<NewsTimeline> {
  const data = await loadJson(fixtureUrl('provenance.json'));
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><news-timeline status-filter=${attributes.statusFilter ?? ''} .data=${data}></news-timeline></div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await rendered(el);
  return el;
}

const shownIds = (el: NewsTimeline) => [...new Set($$(el, '[data-key]').map((item) => item.dataset.id))].filter(Boolean).sort();
/** The ids of the fixture's events with a source of one of `statuses` (in another category than `hidden`). */
const withStatus = (el: NewsTimeline, statuses: SourceStatus[], hidden?: string) =>
  el.timeline!.events.filter((e) => e.category !== hidden && e.sources.some((s) => s.status && statuses.includes(s.status))).map((e) => e.id).sort();
const toggle = (el: NewsTimeline, word: string) => $$(el, '[part="status-item"]').find((b) => b.textContent!.trim() === word)!;
const liveRegion = (el: NewsTimeline) => $(el, '[role="status"]:not([part])')!.textContent;

async function click(el: NewsTimeline, button: HTMLElement): Promise<void> {
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<news-timeline> status filter', () => {
  it('offers a toggle for each status the data uses, none pressed, in a group named "Sources"', async () => {
    const el = await timeline();
    const group = $(el, '[part="status-filter"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Sources:');
    expect($$(el, '[part="status-item"]').map((b) => [b.textContent!.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['confirmed', 'false'], ['reported', 'false'], ['disputed', 'false'], ['retracted', 'false'],
    ]);
    expect(shownIds(el)).to.have.length(5);
  });

  it('has no status toggles when no source has a status', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><news-timeline .data=${await loadJson(fixtureUrl('three-events.json'))}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await rendered(el);
    expect($(el, '[part="status-filter"]')).to.equal(null);
  });

  it('"confirmed" shows only events with a confirmed source, says how many, and toggles back', async () => {
    const el = await timeline();
    await click(el, toggle(el, 'confirmed'));
    expect(toggle(el, 'confirmed').getAttribute('aria-pressed')).to.equal('true');
    const confirmed = withStatus(el, ['confirmed']);
    expect(confirmed).to.deep.equal(['agreeing', 'confirmed-talks', 'every-status']);
    expect(shownIds(el)).to.deep.equal(confirmed);
    expect(liveRegion(el)).to.equal(`${confirmed.length} of 5 events shown`);
    await click(el, toggle(el, 'reported'));
    expect(shownIds(el)).to.deep.equal(withStatus(el, ['confirmed', 'reported']));
    await click(el, toggle(el, 'confirmed'));
    await click(el, toggle(el, 'reported'));
    expect(shownIds(el)).to.have.length(5);
  });

  it('works with the category filter: both must pass', async () => {
    const el = await timeline();
    await click(el, toggle(el, 'confirmed'));
    const talks = $$(el, '[part="legend-item"]').find((b) => b.textContent!.includes('Talks'))!;
    await click(el, talks);
    expect(shownIds(el)).to.deep.equal(withStatus(el, ['confirmed'], 'talks'));
    expect(shownIds(el)).to.deep.equal(['agreeing', 'every-status']);
  });

  it('status-filter sets the default; unknown words are reported and the rest still applies', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await timeline({statusFilter: 'Disputed bogus retracted'});
      expect(shownIds(el)).to.deep.equal(withStatus(el, ['disputed', 'retracted']));
      expect(shownIds(el)).to.deep.equal(['every-status']);
      expect(toggle(el, 'disputed').getAttribute('aria-pressed')).to.equal('true');
      expect(toggle(el, 'retracted').getAttribute('aria-pressed')).to.equal('true');
      expect(el.problems.map((p) => [p.severity, p.path])).to.deep.equal([['warning', 'status-filter']]);
      expect(el.problems[0].message).to.equal('"bogus" is not one of confirmed, reported, disputed, retracted; it was ignored');
      expect(warnings.join()).to.contain('<news-timeline> status-filter: "bogus"');
      // The page changes its default: the new one applies, and the old problem is gone.
      el.setAttribute('status-filter', 'reported');
      await el.updateComplete;
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(withStatus(el, ['reported']));
      expect(el.problems).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('arrow keys move only among the events shown', async function () {
    this.timeout(30_000);
    const el = await timeline({statusFilter: 'confirmed'});
    const shown = withStatus(el, ['confirmed']);
    const first = $(el, '[data-key][tabindex="0"]')!;
    first.focus();
    const visited = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const id = (el.shadowRoot!.activeElement as HTMLElement).dataset.id!;
      visited.add(id);
      await sendKeys({press: 'ArrowRight'});
      await zoomSettled(el);
    }
    expect([...visited].sort()).to.deep.equal(shown);
  });

  it('offers the toggle of a status the page chose that no source has, so the reader can lift it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><news-timeline status-filter="disputed" .data=${await loadJson(fixtureUrl('three-events.json'))}></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    expect($$(el, '[part="status-item"]').map((b) => [b.textContent!.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([['disputed', 'true']]);
    expect(shownIds(el)).to.deep.equal([]);
    await click(el, toggle(el, 'disputed'));
    await rendered(el);
    expect(shownIds(el)).to.have.length(el.timeline!.events.length);
  });

  it('passes axe with a status pressed', async function () {
    this.timeout(30_000);
    const el = await timeline({statusFilter: 'confirmed'});
    await expect(el).to.be.accessible();
  });
});
