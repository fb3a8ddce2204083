import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/news-timeline.js';
import type {NewsTimeline} from '../../src/index.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {Timeline} from '../../src/data/types.js';
import {timelineToHtml} from '../../src/fallback/timeline-to-html.js';
import {NOTHING_TO_DECLARE, VALID_FIXTURES} from './html-form-cases.js';

const url = (path: string) => new URL(path, import.meta.url).href;

/** The markup in a page where the tags are defined, once the element has settled on what it read. */
async function rendered(markup: string): Promise<{el: NewsTimeline; container: HTMLElement}> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  // Test markup written by us; the library itself never parses HTML.
  container.innerHTML = markup;
  const el = container.querySelector('news-timeline')!;
  await el.updateComplete;
  return {el, container};
}

/**
 * Compares two timelines one field at a time, so a failure names the field
 * (and the event) that the HTML form lost. Dates are compared whole (text,
 * precision, instants, offset), not only as written.
 */
function expectSameTimeline(read: Timeline | undefined, expected: Timeline, name: string): void {
  expect(read, `${name}: the element read no timeline`).to.not.equal(undefined);
  const got = read!;
  expect(got.title, `${name}: title`).to.equal(expected.title);
  expect(Object.hasOwn(got, 'description'), `${name}: has a description`).to.equal(Object.hasOwn(expected, 'description'));
  expect(got.description, `${name}: description`).to.equal(expected.description);
  expect(got.categories, `${name}: categories (ids, labels, colours)`).to.deep.equal(expected.categories);
  expect(got.eras, `${name}: eras`).to.deep.equal(expected.eras);
  expect(got.events.map((e) => e.id), `${name}: event ids in order`).to.deep.equal(expected.events.map((e) => e.id));
  expected.events.forEach((want, index) => {
    const event = got.events[index]!;
    const where = `${name}: event ${want.id}`;
    for (const key of ['id', 'index', 'date', 'end', 'title', 'summary', 'category'] as const) {
      expect(Object.hasOwn(event, key), `${where}: has ${key}`).to.equal(Object.hasOwn(want, key));
      expect(event[key], `${where}: ${key}`).to.deep.equal(want[key]);
    }
    expect(event.sources, `${where}: sources (name, url, excerpt, published)`).to.deep.equal(want.sources);
  });
  // Nothing else differs either (a field added to the model later, say).
  expect(got, `${name}: the whole timeline`).to.deep.equal(expected);
}

async function roundTrip(jsonUrl: string, name: string): Promise<void> {
  const parsed = parseTimeline(await (await fetch(jsonUrl)).json());
  expect(parsed.problems, `${name} has problems as JSON`).to.deep.equal([]);
  const {el} = await rendered(timelineToHtml(parsed.timeline!));
  expectSameTimeline(el.timeline, parsed.timeline!, name);
  expect(el.problems, `${name}: problems in the HTML form`).to.deep.equal([]);
}

describe('the HTML form holds everything the JSON format can', () => {
  it('the default story reads back equal, with no problem', async () => {
    await roundTrip(url('../../data/afghanistan-2001-2021.json'), 'afghanistan-2001-2021.json');
  });

  for (const name of VALID_FIXTURES.filter((n) => !NOTHING_TO_DECLARE.includes(n))) {
    it(`valid/${name} reads back equal, with no problem`, async () => {
      await roundTrip(url(`../fixtures/schema/valid/${name}`), name);
    });
  }

  for (const name of NOTHING_TO_DECLARE) {
    it(`valid/${name}: a heading alone is not read as an (empty) timeline`, async () => {
      const parsed = parseTimeline(await (await fetch(url(`../fixtures/schema/valid/${name}`))).json());
      const markup = timelineToHtml(parsed.timeline!);
      expect(markup).to.contain(`<h2>${parsed.timeline!.title}</h2>`);
      const {el} = await rendered(markup);
      expect(el.timeline).to.equal(undefined);
      expect(el.problems).to.deep.equal([]);
    });
  }

  it('hostile category labels, colours-to-be and era titles come back as text, and the page gets no element from them', async () => {
    const doc = {
      title: 'T',
      description: '<script>alert(1)</script> & "quoted"',
      categories: [
        {id: 'a"b <c>', label: '</news-timeline-category><b>bold</b>', color: 'rgb(1 2 3 / 50%)'},
        {id: "it's", label: `it's <i>&amp;</i>`},
      ],
      eras: [{title: '</news-timeline-era><img src=x onerror=alert(1)>', start: '2001', end: '2002'}],
      events: [
        {id: 'e', date: '2001-05', title: 'E', category: 'a"b <c>', sources: [{name: 'N <u>', published: '2001-05-02', excerpt: ''}]},
        {id: 'f', date: '2001-06', title: 'F', category: "it's", summary: '', sources: [{name: 'M', url: 'https://example.org/?a=1&b=<2>', published: '2001'}]},
      ],
    };
    const parsed = parseTimeline(doc);
    expect(parsed.problems).to.deep.equal([]);
    const {el, container} = await rendered(timelineToHtml(parsed.timeline!));
    expectSameTimeline(el.timeline, parsed.timeline!, 'hostile');
    expect(el.problems).to.deep.equal([]);
    expect(container.querySelectorAll('script, img, b, i, u')).to.have.length(0);
    expect(container.querySelectorAll('news-timeline-category')).to.have.length(2);
    expect(container.querySelectorAll('news-timeline-era')).to.have.length(1);
  });

  it('the README example declares its category and era, and shows no problem', async () => {
    const readme = await (await fetch(url('../../README.md'))).text();
    const example = /<!-- html-form-example -->\s*```html\n([^]*?)\n```/.exec(readme)?.[1];
    expect(example, 'README.md has no ```html block after <!-- html-form-example -->').to.be.a('string');
    const {el} = await rendered(example!);
    await waitUntil(() => el.timeline, 'the element did not read the example');
    expect(el.problems).to.deep.equal([]);
    const timeline = el.timeline!;
    expect(timeline.title).to.equal('Doha to Moscow');
    expect(timeline.description).to.match(/^How the United States/);
    expect(timeline.categories).to.deep.equal([{id: 'diplomacy', label: 'Diplomacy', color: '#48a07c'}]);
    expect(timeline.eras.map((era) => [era.title, era.start.iso, era.end.iso])).to.deep.equal([['Withdrawal', '2020-02-29', '2021-08-30']]);
    const [event] = timeline.events;
    expect(event!.category).to.equal('diplomacy');
    expect(event!.sources.map((s) => [s.name, s.url, s.excerpt, s.published?.iso])).to.deep.equal([
      ['Publisher', 'https://example.org/report', 'A verbatim excerpt.', '2020-02-29'],
    ]);
  });

  it('reads hand-written markup: categories and eras directly under the timeline, line breaks as spaces', async () => {
    const {el} = await rendered(`<news-timeline>
      <h2>Hand
        written</h2>
      <news-timeline-category name="war">War
        and peace</news-timeline-category>
      <news-timeline-era start="2001" end="2002">An era</news-timeline-era>
      <news-timeline-event id="a" date="2001-03" category="war">
        <h3>A</h3>
        <p>One.</p>
        <p>Two.</p>
        <p><cite>Wire</cite> (<time datetime="2001-03-04">4 March</time>)</p>
      </news-timeline-event>
    </news-timeline>`);
    expect(el.problems).to.deep.equal([]);
    const timeline = el.timeline!;
    expect(timeline.title).to.equal('Hand written');
    expect(Object.hasOwn(timeline, 'description')).to.equal(false);
    expect(timeline.categories).to.deep.equal([{id: 'war', label: 'War and peace'}]);
    expect(timeline.eras.map((era) => era.title)).to.deep.equal(['An era']);
    expect(timeline.events[0]!.summary).to.equal('One. Two.');
    expect(timeline.events[0]!.sources.map((s) => [s.name, s.published?.iso])).to.deep.equal([['Wire', '2001-03-04']]);
  });

  it('problems in the children name the element they are in', async () => {
    const {el} = await rendered(`<news-timeline>
      <h2>T</h2>
      <news-timeline-category color="#123">No name</news-timeline-category>
      <news-timeline-era start="2002" end="2001">Backwards</news-timeline-era>
      <news-timeline-event id="a" date="2001-13" ><h3>A</h3></news-timeline-event>
      <news-timeline-event id="b" date="2001"><h3>B</h3></news-timeline-event>
    </news-timeline>`);
    expect(el.problems.map((p) => p.path)).to.deep.equal([
      'news-timeline-category[0].id',
      'news-timeline-event[0].date',
      'news-timeline-era[0].end',
    ]);
  });
});
