import {expect} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {readEventElements} from '../../src/elements/event/read-event-elements.js';
import {timelineToHtml} from '../../src/fallback/timeline-to-html.js';
import {loadStrings} from '../../src/format/strings.js';

const HOSTILE = '<img src=x onerror="alert(1)"> & </li>';
const timeline = () => parseTimeline({
  title: 'Moscow talks',
  description: 'A developing story.',
  updated: '2021-10-20T14:05Z',
  events: [{
    id: 'talks', date: '2021-10-20', title: 'Talks', updated: '2021-10-20T18:35+04:30',
    sources: [{name: 'Wire'}],
    corrections: [{date: '2021-10-22', text: HOSTILE}, {date: '2021-10-21T09:30Z', text: 'First fix'}],
  }],
}).timeline!;

/** The markup as a reader without JavaScript gets it: parsed into an inert document, the tags undefined. */
const inert = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('the no-JS fallback: update time and corrections', () => {
  before(() => loadStrings('ru'));

  it('says when the timeline was updated under its title, on the clock it was written with, zone named', () => {
    const page = inert(timelineToHtml(timeline()));
    const line = page.querySelector('h2 + p')!;
    expect(plain(line.textContent)).to.match(/^Updated 20 October 2021.*14:05 UTC$/);
    expect(line.querySelector('time[data-updated]')!.getAttribute('datetime')).to.equal('2021-10-20T14:05Z');
    expect(plain(inert(timelineToHtml(timeline(), {lang: 'ru'})).querySelector('h2 + p')!.textContent)).to.match(/^Обновлено 20 октября 2021/);
  });

  it('lists the corrections under the sources, oldest first, their text escaped', () => {
    const markup = timelineToHtml(timeline());
    const page = inert(markup);
    const event = page.querySelector('news-timeline-event')!;
    expect(event.getAttribute('updated')).to.equal('2021-10-20T18:35+04:30');
    const heading = event.querySelector('h4')!;
    expect(heading.textContent).to.equal('Corrections');
    expect(heading.previousElementSibling!.querySelector('cite')).to.exist;
    const items = Array.from(event.querySelectorAll('[data-correction]'));
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2021-10-21T09:30Z', '2021-10-22']);
    expect(items[1].textContent).to.equal(`22 October 2021 — ${HOSTILE}`);
    expect(page.querySelector('img')).to.equal(null);
    expect(markup).to.not.include('<img');
  });

  it('reads back as the same update times and corrections, the update line not taken for the description', () => {
    const host = inert(timelineToHtml(timeline())).querySelector('news-timeline')!;
    const read = parseTimeline(readEventElements(host)).timeline!;
    expect(read.description).to.equal('A developing story.');
    expect(read.updated).to.deep.equal(timeline().updated);
    expect(read.events[0].updated).to.deep.equal(timeline().events[0].updated);
    expect(read.events[0].corrections).to.deep.equal(timeline().events[0].corrections);
  });

  it('reads hand-written corrections: a colon after the date, and one without a date is reported', () => {
    const host = inert(`<news-timeline><h2>T</h2><news-timeline-event id="a" date="2021-10-20"><h3>A</h3>
      <ul><li data-correction><time datetime="2021-10-21">21 Oct</time>: The name was wrong.</li><li data-correction>No date.</li></ul>
    </news-timeline-event></news-timeline>`).querySelector('news-timeline')!;
    const {timeline: read, problems} = parseTimeline(readEventElements(host));
    expect(read!.events[0].corrections!.map((c) => [c.date.iso, c.text])).to.deep.equal([['2021-10-21', 'The name was wrong.']]);
    expect(problems.map((p) => p.path)).to.deep.equal(['events[0].corrections[1].date']);
  });
});

describe('the no-JS fallback: the note on a date', () => {
  const noted = () => parseTimeline({
    title: 'T',
    events: [{id: 'kabul', date: '2001-11-12/2001-11-13', dateNote: HOSTILE, title: 'Kabul', summary: 'The city changed hands.'}],
  }).timeline!;

  it('shows the note under the date, as text', () => {
    const event = inert(timelineToHtml(noted())).querySelector('news-timeline-event')!;
    const note = event.querySelector('p[data-date-note]')!;
    expect(note.textContent).to.equal(HOSTILE);
    expect(note.querySelector('img'), 'the note is text, not markup').to.equal(null);
    expect(note.previousElementSibling!.localName, 'right under the date').to.equal('time');
    expect(event.getAttribute('date-note')).to.equal(HOSTILE);
  });

  it('reads back with the note as the date note, not as part of the summary', () => {
    const host = inert(timelineToHtml(noted())).querySelector('news-timeline')!;
    const read = parseTimeline(readEventElements(host)).timeline!.events[0];
    expect(read.dateNote).to.equal(HOSTILE);
    expect(read.summary).to.equal('The city changed hands.');
  });
});
