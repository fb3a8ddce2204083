import {expect, fixture, html} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {NewsTimelineErrorEvent, NewsTimelineLoadEvent} from '../../src/index.js';
import {recordDateFormats} from '../format/record-date-formats.js';
import {$, $$, datasetUrl, eventsDrawn, fixtureUrl, loadJson, marker, rendered, timelineFrom, timelineWith, nextEvent} from './helpers.js';

describe('<news-timeline> data sources and states', () => {
  it('loads the default story from src and draws all 49 events (markers, ranges and cluster counts)', async () => {
    const el = await timelineFrom(datasetUrl, 1280);
    expect(el.timeline?.events).to.have.length(49);
    expect(el.problems).to.deep.equal([]);
    expect(eventsDrawn(el)).to.equal(49);
    expect($(el, '[part="title"]')!.textContent).to.equal(el.timeline!.title);
    const axis = $$(el, '[part="tick-label"]').map((t) => t.textContent);
    expect(axis).to.include('2002');
    expect(axis).to.include('2020');
  });

  it('fires news-timeline-load with the timeline and its problems', async () => {
    const el = document.createElement('news-timeline');
    const loaded = nextEvent(el, 'news-timeline-load');
    el.src = fixtureUrl('three-events.json');
    (await fixture(html`<div style="width: 900px"></div>`)).append(el);
    const event = await loaded;
    expect(event).to.be.instanceOf(NewsTimelineLoadEvent);
    expect(event.timeline.events.map((e) => e.id)).to.deep.equal(['first', 'second', 'third']);
    expect(event.problems.map((p) => p.path)).to.deep.equal(['events[2].sources[1].url']);
    expect(event.eventsLeftOut).to.equal(0);
  });

  it('reads a TimelineJS3 document set as data, through its reader, with one load event', async () => {
    const doc = await loadJson(new URL('../fixtures/timelinejs/full.json', import.meta.url).href);
    const el = document.createElement('news-timeline');
    let loads = 0;
    el.addEventListener('news-timeline-load', () => loads++);
    el.data = doc;
    (await fixture(html`<div style="width: 900px"></div>`)).append(el);
    // The reader is loaded first (a file of its own in the script-tag bundle); updateComplete waits for it.
    await el.updateComplete;
    await rendered(el);
    expect(el.timeline?.events.length).to.be.greaterThan(0);
    expect(eventsDrawn(el)).to.equal(el.timeline!.events.length);
    expect($(el, '[part="state"]')).to.equal(null);
    expect(loads).to.equal(1);
  });

  it('reads data set as a property once, with one load event: the attributes it reflects are not data', async () => {
    const doc = await loadJson(fixtureUrl('three-events.json'));
    const el = document.createElement('news-timeline');
    let loads = 0;
    el.addEventListener('news-timeline-load', () => loads++);
    el.theme = 'dark';
    el.data = doc;
    (await fixture(html`<div style="width: 900px"></div>`)).append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(loads).to.equal(1);
    // The host's aria-label is the title of a timeline read from children, so it is still watched.
    el.setAttribute('aria-label', 'Renamed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(loads).to.equal(2);
  });

  it('builds its date formats while the data file is on its way, not once it has come', async () => {
    const originalFetch = window.fetch;
    // An answer that never comes: whatever is built, is built while waiting.
    window.fetch = () => new Promise<Response>(() => {});
    try {
      await recordDateFormats(async (built) => {
        const el = document.createElement('news-timeline');
        el.src = fixtureUrl('three-events.json');
        (await fixture(html`<div lang="fi" style="width: 900px"></div>`)).append(el);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(el.timeline).to.equal(undefined);
        expect(built).to.include('fi');
      });
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('parses a large file in slices, so the page keeps answering while it does', async () => {
    const events = Array.from({length: 4000}, (_, i) => ({
      id: `e${i}`,
      date: `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
      title: `Event number ${i}`,
      summary: 'A summary long enough to take some reading. '.repeat(4),
    }));
    const text = JSON.stringify({title: 'Many events', events});
    // Counts the page's other tasks: a timer that sets itself again.
    let ticks = 0;
    let polling = true;
    const poll = () => {
      ticks++;
      if (polling) setTimeout(poll, 0);
    };
    let ticksAtAnswer = -1;
    const originalFetch = window.fetch;
    window.fetch = async () =>
      ({
        ok: true,
        status: 200,
        statusText: 'OK',
        headers: new Headers({'Content-Type': 'application/json'}),
        text: async () => {
          ticksAtAnswer = ticks;
          return text;
        },
      }) as Response;
    try {
      setTimeout(poll, 0);
      const el = document.createElement('news-timeline');
      const loaded = nextEvent(el, 'news-timeline-load');
      el.src = 'https://example.org/many.json';
      (await fixture(html`<div style="width: 900px"></div>`)).append(el);
      const event = await loaded;
      const ticksWhileParsing = ticks - ticksAtAnswer;
      polling = false;
      expect(event.timeline.events).to.have.length(4000);
      expect(event.timeline.events[0].date.iso).to.equal('2010-01-10');
      expect(event.problems).to.deep.equal([]);
      // Parsed in one task, no timer could run between the answer and the load event.
      expect(ticksAtAnswer).to.be.at.least(0);
      expect(ticksWhileParsing, 'timer tasks between the answer and the load').to.be.greaterThan(0);
    } finally {
      polling = false;
      window.fetch = originalFetch;
    }
  });

  it('draws a document set through the data property', async () => {
    const el = await timelineWith(await loadJson(fixtureUrl('three-events.json')));
    expect($$(el, '[part~="marker"]')).to.have.length(2);
    expect($$(el, '[part~="range"]')).to.have.length(1);
    expect($$(el, '[part~="label"]').map((l) => l.textContent)).to.deep.equal(['First event', 'Second event lasts', 'Third event']);
    expect($$(el, '[part="era"]')).to.have.length(1);
    // Each point shows a coloured dot of the marker size (the chronology's styles must not leak in).
    const dot = getComputedStyle(marker(el, 'first')!.querySelector('.dot')!);
    expect(dot.width).to.equal('12px');
    expect(dot.backgroundColor).to.equal('rgb(200, 44, 52)');
    expect($$(el, '[part="legend-item"]').map((l) => l.textContent!.trim())).to.deep.equal(['Talks', 'War']);
  });

  it('accepts JSON text through the data property', async () => {
    const text = JSON.stringify({title: 'From text', events: [{id: 'a', date: '2020', title: 'Only one'}]});
    const el = await timelineWith(text);
    expect(el.timeline?.title).to.equal('From text');
    expect($$(el, '[part~="marker"]')).to.have.length(1);
  });

  it('reads <news-timeline-event> children as data and does not draw them a second time', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <news-timeline>
        <h2>Declared in HTML</h2>
        <news-timeline-event id="doha" date="2020-02-29" category="diplomacy">
          <h3>Doha agreement signed</h3>
          <p>The United States and the Taliban sign a deal.</p>
          <figure>
            <blockquote cite="https://example.org/doha">A verbatim line.</blockquote>
            <figcaption><cite><a href="https://example.org/doha">Example Wire</a></cite></figcaption>
          </figure>
        </news-timeline-event>
        <news-timeline-event id="talks" date="2021-10-20"><h3>Moscow talks</h3><p><cite>Example Post</cite></p></news-timeline-event>
      </news-timeline>
    </div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await rendered(el);
    expect(el.timeline?.title).to.equal('Declared in HTML');
    const [doha, talks] = el.timeline!.events;
    expect(doha).to.include({id: 'doha', title: 'Doha agreement signed', summary: 'The United States and the Taliban sign a deal.', category: 'diplomacy'});
    expect(doha.sources).to.deep.equal([{name: 'Example Wire', url: 'https://example.org/doha', excerpt: 'A verbatim line.'}]);
    expect(talks.sources).to.deep.equal([{name: 'Example Post'}]);
    // The children are data now: not drawn a second time.
    expect(wrapper.querySelector('news-timeline-event')!.getBoundingClientRect().height).to.equal(0);
  });

  it('re-reads children when they change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><news-timeline>
      <news-timeline-event id="a" date="2001"><h3>A</h3></news-timeline-event></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await rendered(el);
    const loaded = nextEvent(el, 'news-timeline-load');
    const added = document.createElement('news-timeline-event');
    added.id = 'b';
    added.setAttribute('date', '2005');
    added.innerHTML = '<h3>B</h3>';
    el.append(added);
    await loaded;
    expect(el.timeline!.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
  });

  it('names the element, not a JSON path, in problems with children', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><news-timeline>
      <news-timeline-event id="a" date="2001-13"><h3>A</h3></news-timeline-event>
      <news-timeline-event id="b" date="2002"><h3>B</h3></news-timeline-event></news-timeline></div>`);
    const el = wrapper.querySelector('news-timeline')!;
    await rendered(el);
    expect(el.problems.map((p) => p.path)).to.deep.equal(['news-timeline-event[0].date']);
    expect(el.timeline!.events.map((e) => e.id)).to.deep.equal(['b']);
  });

  it('shows and announces a 404 with the file name, fires news-timeline-error and offers a retry', async () => {
    const el = document.createElement('news-timeline');
    const failed = nextEvent(el, 'news-timeline-error');
    el.src = fixtureUrl('missing-file.json');
    (await fixture(html`<div style="width: 900px"></div>`)).append(el);
    const event = await failed;
    expect(event).to.be.instanceOf(NewsTimelineErrorEvent);
    expect(event.message).to.contain('missing-file.json').and.to.contain('404');
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('Could not load the timeline').and.to.contain('404');
    expect($(el, '.retry')).to.exist;
  });

  it('says so when the file is an HTML page rather than JSON', async () => {
    const el = await timelineFrom(fixtureUrl('not-json.html'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('not-json.html').and.to.contain('HTML page');
  });

  it('says so when the JSON is not a timeline at all', async () => {
    const el = await timelineFrom(fixtureUrl('not-a-timeline.json'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('not-a-timeline.json').and.to.contain('an array');
    expect($$(el, '[data-key]')).to.have.length(0);
  });

  it('says what is wrong where in a file with a JSON syntax error', async () => {
    const el = await timelineFrom(fixtureUrl('missing-comma.json'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('missing-comma.json')
      .and.to.contain('not valid JSON: unexpected "events" at line 3, column 3; a comma may be missing before it');
  });

  it('shows the good events of a file with bad ones, and says how many were left out and why', async () => {
    const el = await timelineFrom(fixtureUrl('bad-events.json'));
    expect($$(el, '[part~="marker"]').map((m) => m.dataset.id)).to.deep.equal(['ok-1', 'ok-2']);
    const notice = $(el, '[part="problems"]')!;
    expect(notice.textContent).to.contain('2 events were left out');
    expect(notice.textContent).to.contain('events[1].date').and.to.contain('"2021-13-01" is not a valid date');
    expect(notice.textContent).to.contain('events[2].title');
  });

  it('shows the empty state (or the empty slot) for a timeline without events', async () => {
    const el = await timelineWith({title: 'Nothing yet', events: []});
    expect($(el, '[part="state"]')!.textContent).to.contain('no events');
    const slotted = await fixture<HTMLDivElement>(html`<div><news-timeline .data=${{title: 'x', events: []}}><p slot="empty">Come back later</p></news-timeline></div>`);
    const withSlot = slotted.querySelector('news-timeline')!;
    await withSlot.updateComplete;
    const slot = withSlot.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Come back later');
  });

  it('shows only the latest src when src changes quickly', async () => {
    const el = document.createElement('news-timeline') as NewsTimeline;
    const titles: string[] = [];
    el.addEventListener('news-timeline-load', (e) => titles.push(e.timeline.title));
    (await fixture(html`<div style="width: 900px"></div>`)).append(el);
    el.src = datasetUrl;
    await el.updateComplete;
    el.src = fixtureUrl('three-events.json');
    await nextEvent(el, 'news-timeline-load');
    await new Promise((r) => setTimeout(r, 200));
    expect(titles).to.deep.equal(['Three events']);
    expect(el.timeline?.title).to.equal('Three events');
  });

  it('prefers the data property over src', async () => {
    const el = await timelineFrom(datasetUrl);
    el.data = {title: 'Set from code', events: [{id: 'x', date: '2010', title: 'X'}]};
    await rendered(el);
    expect($(el, '[part="title"]')!.textContent).to.equal('Set from code');
  });
});
