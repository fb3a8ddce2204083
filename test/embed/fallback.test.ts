import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/news-timeline.js';
import type {NewsTimeline} from '../../src/index.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {Timeline, TimelineEvent} from '../../src/data/types.js';
import {readEventElements} from '../../src/elements/event/read-event-elements.js';
import {timelineToHtml} from '../../src/fallback/timeline-to-html.js';

const datasetUrl = new URL('../../data/afghanistan-2001-2021.json', import.meta.url).href;

async function dataset(): Promise<Timeline> {
  const {timeline} = parseTimeline(await (await fetch(datasetUrl)).json());
  return timeline!;
}

/** What the fallback markup must carry of an event. */
const essentials = (event: TimelineEvent) => ({
  id: event.id,
  date: event.date.iso,
  end: event.end?.iso,
  title: event.title,
  summary: event.summary,
  category: event.category,
  sources: event.sources.map(({name, url, excerpt}) => ({name, url, excerpt})),
});

/** The markup put into this page, where the tags are defined, once the element has read it. */
async function upgraded(markup: string): Promise<{el: NewsTimeline; container: HTMLElement}> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  container.innerHTML = markup;
  const el = container.querySelector('news-timeline')!;
  await waitUntil(() => el.timeline, 'the element did not read its children');
  await el.updateComplete;
  return {el, container};
}

const HOSTILE = {
  title: `Tom & Jerry's <b>"timeline"</b>`,
  events: [
    {
      id: 'x" onmouseover="alert(1)',
      date: '2020-01-01',
      title: `<script>alert('pwned')</script> & "quotes"`,
      summary: '<img src=x onerror=alert(1)> it\'s <i>fine</i>',
      category: `a'b`,
      sources: [
        {name: 'Safe <source>', url: 'https://example.org/?a=1&b="2"', excerpt: '</blockquote><script>x()</script>'},
        {name: 'No link <b>bold</b>'},
        {name: 'Quote without link', excerpt: `"Quoted" & 'quoted'`},
      ],
    },
    {id: 'ranged', date: '2020-02', end: '2021-03-04', title: 'A range without summary or sources'},
    {id: 'timed', date: '2020-03-01T16:30+04:30', title: 'A time of day', summary: 'With a summary.'},
  ],
};

describe('timelineToHtml: the no-JavaScript fallback', () => {
  it('round-trips the default dataset through <news-timeline-event> children: ids, dates, titles, summaries, sources', async () => {
    const timeline = await dataset();
    const {el} = await upgraded(timelineToHtml(timeline));
    expect(el.timeline!.title).to.equal(timeline.title);
    expect(el.timeline!.events).to.have.length(49);
    expect(el.timeline!.events.map(essentials)).to.deep.equal(timeline.events.map(essentials));
    expect(el.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('round-trips hostile text unchanged, and the page gets no element or attribute from it', async () => {
    const {timeline} = parseTimeline(HOSTILE);
    const {el, container} = await upgraded(timelineToHtml(timeline!));
    expect(el.timeline!.title).to.equal(HOSTILE.title);
    expect(el.timeline!.events.map(essentials)).to.deep.equal(timeline!.events.map(essentials));
    expect(container.querySelectorAll('script, img, b, i')).to.have.length(0);
    expect(container.querySelector('[onmouseover]')).to.equal(null);
    expect(container.querySelector('news-timeline-event')!.id).to.equal('x" onmouseover="alert(1)');
  });

  it('never writes a link that is not http(s)', async () => {
    const timeline = parseTimeline(HOSTILE).timeline!;
    const tampered: Timeline = {
      ...timeline,
      events: [{...timeline.events[0]!, sources: [{name: 'Bad', url: 'javascript:alert(1)', excerpt: 'e'}, {name: 'Worse', url: 'data:text/html,x'}]}],
    };
    const markup = timelineToHtml(tampered);
    expect(markup).not.to.contain('javascript:');
    expect(markup).not.to.contain('data:text');
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    expect(doc.querySelectorAll('a, blockquote[cite]')).to.have.length(0);
    expect(() => timelineToHtml(timeline, {src: 'javascript:alert(1)'})).to.throw(/relative or http\(s\)/);
  });

  it('the <time> of an event is not read as its summary', async () => {
    const timeline = parseTimeline(HOSTILE).timeline!;
    const doc = new DOMParser().parseFromString(timelineToHtml(timeline), 'text/html');
    const host = doc.querySelector('news-timeline')!;
    expect(host.querySelectorAll('news-timeline-event > time')).to.have.length(3);
    const read = readEventElements(host)!;
    const byId = Object.fromEntries(read.events.map((event) => [event.id, event]));
    expect(byId['ranged']!.summary).to.equal(undefined);
    expect(byId['timed']!.summary).to.equal('With a summary.');
    expect(byId['x" onmouseover="alert(1)']!.summary).to.equal(HOSTILE.events[0]!.summary);
  });

  it('writes each date at its precision in the given locale, with a machine-readable datetime', async () => {
    const timeline = parseTimeline(HOSTILE).timeline!;
    const doc = new DOMParser().parseFromString(timelineToHtml(timeline, {lang: 'de'}), 'text/html');
    expect(doc.querySelector('news-timeline')!.getAttribute('lang')).to.equal('de');
    const times = Array.from(doc.querySelectorAll('news-timeline-event > time'), (t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times[0]).to.deep.equal(['2020-01-01', '1. Januar 2020']);
    expect(times[1]![0]).to.equal('2020-02');
    expect(times[1]![1]).to.match(/^Februar 2020\s*–\s*4\. März 2021$/);
    expect(times[2]![0]).to.equal('2020-03-01T16:30+04:30');
    expect(times[2]![1]).to.match(/^1\. März 2020.*16:30 UTC\+4:30$/);
  });

  it('with src, the element loads the file instead of the markup, and keeps the markup as the fallback', async () => {
    const timeline = await dataset();
    // The markup holds everything the file does, so only a title of its own tells which one was read.
    const {el} = await upgraded(timelineToHtml({...timeline, title: 'Read from the markup'}, {src: datasetUrl}));
    await waitUntil(() => el.timeline?.title === timeline.title, 'the file was not loaded');
    expect(el.timeline!.categories.map((c) => c.label)).to.deep.equal(timeline.categories.map((c) => c.label));
    expect(el.querySelectorAll('news-timeline-event')).to.have.length(49);
  });

  it('without JavaScript (the tags undefined) a reader sees every event, in date order', async () => {
    const timeline = await dataset();
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 800px; height: 600px"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>No script</title></head><body>${timelineToHtml(timeline)}</body></html>`;
    await loaded;
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    expect(win.customElements.get('news-timeline')).to.equal(undefined);
    expect(doc.querySelectorAll('script')).to.have.length(0);
    const events = Array.from(doc.querySelectorAll('news-timeline-event'));
    expect(events).to.have.length(49);
    for (const element of events) {
      for (const part of element.querySelectorAll('h3, time, p, blockquote, cite')) {
        const box = part.getBoundingClientRect();
        expect(box.width * box.height, `${part.localName} of ${element.id} has no box`).to.be.greaterThan(0);
        expect(win.getComputedStyle(part).visibility).to.equal('visible');
      }
    }
    // innerText holds only rendered text: every title, date and summary is there, in date order.
    const text = doc.body.innerText;
    let from = 0;
    for (const event of timeline.events) {
      const at = text.indexOf(event.title, from);
      expect(at, `"${event.title}" is not shown after the event before it`).to.be.greaterThan(-1);
      from = at + event.title.length;
      if (event.summary) expect(text).to.contain(event.summary);
    }
    expect(text).to.contain('7 October 2001');
  });
});
