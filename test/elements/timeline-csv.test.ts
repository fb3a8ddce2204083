import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, eventsDrawn, fixtureUrl, nextEvent, rendered} from './helpers.js';

/** A timeline loaded from `src`, with a `type` and a heading child when given; resolves with its outcome. */
async function timelineOf(src: string, options: {type?: string; heading?: string} = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('news-timeline');
  if (options.heading) el.append(Object.assign(document.createElement('h2'), {textContent: options.heading}));
  if (options.type) el.setAttribute('type', options.type);
  const outcome = Promise.race([nextEvent(el, 'news-timeline-load'), nextEvent(el, 'news-timeline-error')]);
  el.src = src;
  wrapper.append(el);
  const event = await outcome;
  await rendered(el);
  return {el, event};
}

const problemTexts = (el: NewsTimeline) => $$(el, '[part="problems"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<news-timeline> with a CSV spreadsheet', () => {
  it('reads a src ending in .csv, one event per row, titled by its heading child', async () => {
    const {el, event} = await timelineOf(fixtureUrl('spreadsheet.csv'), {heading: 'From a spreadsheet'});
    expect(event.type).to.equal('news-timeline-load');
    expect(el.timeline!.title).to.equal('From a spreadsheet');
    expect(el.timeline!.events.map((e) => e.id)).to.deep.equal(['doha', 'airlift', 'moscow']);
    expect(eventsDrawn(el)).to.equal(3);
    const doha = el.timeline!.events[0];
    expect(doha.summary).to.equal('The US and the Taliban sign a deal, in Doha.');
    expect(doha.sources).to.deep.equal([{name: 'Example Wire', url: 'https://example.org/doha'}]);
    // The left-out row's category has no event, so no legend entry.
    expect($$(el, '[part="legend-item"]').map((l) => l.textContent!.trim())).to.deep.equal(['Diplomacy', 'Humanitarian']);
  });

  it('reports a bad row with the file, the row and the column, and shows the other rows', async () => {
    const {el} = await timelineOf(fixtureUrl('spreadsheet.csv'), {heading: 'From a spreadsheet'});
    expect(el.problems.map((p) => p.path)).to.deep.equal(['rows[4].Date']);
    expect(el.problems[0].message).to.contain('"2021-13-01" is not a valid date').and.contain('spreadsheet row 4');
    const summary = $(el, '[part="problems"] summary')!.textContent!;
    expect(summary).to.contain('spreadsheet.csv');
    expect(summary).to.contain('1 event');
    expect(problemTexts(el)).to.have.length(1);
    expect(problemTexts(el)[0]).to.match(/^rows\[4\]\.Date: /);
    expect(eventsDrawn(el)).to.equal(3);
  });

  it('reads a URL without an extension as CSV with type="csv", and as JSON without it', async () => {
    const src = fixtureUrl('spreadsheet-export');
    const asCsv = await timelineOf(src, {type: 'csv', heading: 'Export'});
    expect(asCsv.event.type).to.equal('news-timeline-load');
    expect(asCsv.el.timeline!.events.map((e) => e.title)).to.deep.equal(['Strikes begin', 'Last flight out']);
    expect(asCsv.el.problems).to.deep.equal([]);

    const asJson = await timelineOf(src, {heading: 'Export'});
    expect(asJson.event.type).to.equal('news-timeline-error');
    expect(asJson.el.timeline).to.equal(undefined);
    // The state names the file and says how to read it as CSV.
    expect($(asJson.el, '[part="state"]')!.textContent).to.contain('spreadsheet-export').and.contain('not valid JSON')
      .and.contain('it looks like CSV (columns date, title)').and.contain('type="csv"');
  });

  it('reads an answer labelled text/csv as CSV; without a heading, says the title is missing', async () => {
    const text = 'Date,Title\n2020-02-29,Doha agreement signed\n';
    const csv = URL.createObjectURL(new Blob([text], {type: 'text/csv'}));
    const octets = URL.createObjectURL(new Blob([text], {type: 'application/octet-stream'}));
    try {
      const {el, event} = await timelineOf(csv);
      expect(event.type).to.equal('news-timeline-load');
      expect(el.timeline!.title).to.equal('Timeline');
      expect(el.timeline!.events).to.have.length(1);
      expect(el.problems.map((p) => p.path)).to.deep.equal(['title']);
      expect((await timelineOf(octets)).event.type).to.equal('news-timeline-error');
    } finally {
      URL.revokeObjectURL(csv);
      URL.revokeObjectURL(octets);
    }
  });

  it('reads the file again when type changes', async () => {
    const {el} = await timelineOf(fixtureUrl('spreadsheet.csv'), {heading: 'Sheet'});
    expect(el.timeline!.events).to.have.length(3);
    const failed = nextEvent(el, 'news-timeline-error');
    el.type = 'json';
    expect((await failed).message).to.contain('spreadsheet.csv').and.contain('not valid JSON');
    const loaded = nextEvent(el, 'news-timeline-load');
    el.type = undefined;
    await loaded;
    expect(el.timeline!.events).to.have.length(3);
    await expect(el).to.be.accessible();
  });
});
