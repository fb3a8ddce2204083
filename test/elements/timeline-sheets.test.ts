import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {$, $$, eventsDrawn, nextEvent, rendered} from './helpers.js';

/** A timeline loaded from `src` (in `lang`, when given); resolves with its outcome. */
async function timelineOf(src: string, lang?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('news-timeline');
  if (lang) el.lang = lang;
  const outcome = Promise.race([nextEvent(el, 'news-timeline-load'), nextEvent(el, 'news-timeline-error')]);
  el.src = src;
  wrapper.append(el);
  const event = await outcome;
  await rendered(el);
  return {el, event};
}

const stateText = (el: NewsTimeline) => $(el, '[part~="state"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<news-timeline> with a spreadsheet in TimelineJS3\'s template', () => {
  it('reads an answer typed text/csv by its header, and draws every row: title, eras and events', async () => {
    const src = '/__faults/text-csv/timelinejs-template';
    // The address says nothing of CSV: the answer's type does.
    expect((await fetch(src)).headers.get('Content-Type')).to.match(/^text\/csv/);
    const {el, event} = await timelineOf(src);
    expect(event.type).to.equal('news-timeline-load');
    expect(el.timeline!.title).to.equal('Example: the Riverton ferry story');
    expect(eventsDrawn(el)).to.equal(4);
    expect($$(el, '[part~="era"]')).to.have.length(2);
    expect(el.timeline!.events.map((e) => e.title)).to.deep.equal([
      'Example: the ferry starts', 'Example: the ferry & the storm', 'Example: the bridge opens', 'Example: the bridge is repainted',
    ]);
    // Problems are named by the sheet's row and column.
    expect(el.problems.map((p) => p.path)).to.include('rows[5].Media');
  });
});

describe('<news-timeline> with a sheet that is not published', () => {
  it('says how to publish it when the answer is a sign-in page, not that it is not JSON', async () => {
    const {el, event} = await timelineOf('/__faults/signin/sheet');
    expect(event.type).to.equal('news-timeline-error');
    expect(el.timeline).to.equal(undefined);
    const text = stateText(el);
    expect(text).to.contain('not published').and.contain('File > Share > Publish to web').and.contain('Entire document');
    expect(text).not.to.contain('JSON');
    expect((event as Event & {message: string}).message).to.contain('Publish to web');
  });

  it('says it in the page\'s language', async () => {
    const {el} = await timelineOf('/__faults/signin/sheet', 'ru');
    await rendered(el);
    expect(stateText(el)).to.contain('не опубликована').and.contain('Опубликовать в интернете');
  });

  it('still says a server\'s own HTML page is not a timeline, without talk of sheets', async () => {
    const {el} = await timelineOf('/__faults/html/timeline.json');
    expect(stateText(el)).to.contain('HTML page').and.not.contain('Publish to web');
  });
});
