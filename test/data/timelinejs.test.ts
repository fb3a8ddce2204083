/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parseTimeline} from '../../src/data/parse-timeline.js';
import {parseTimelineText} from '../../src/data/parse-timeline-text.js';
import {fromTimelineJS, isTimelineJS, toTimelineJSPath} from '../../src/data/timelinejs.js';
import type {ParseResult, Timeline, TimelineProblem} from '../../src/data/types.js';

async function fixtureText(name: string): Promise<string> {
  const url = new URL(`../fixtures/timelinejs/${name}`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url.href}: HTTP ${response.status}`);
  return response.text();
}
const fixture = async (name: string): Promise<unknown> => JSON.parse(await fixtureText(name));

function timelineOf(result: ParseResult): Timeline {
  if (!result.timeline) throw new Error(`no timeline: ${JSON.stringify(result.problems)}`);
  return result.timeline;
}
const problemAt = (problems: readonly TimelineProblem[], path: string) => problems.filter((p) => p.path === path);
const byTitle = (timeline: Timeline, title: string) => {
  const event = timeline.events.find((e) => e.title === title);
  if (!event) throw new Error(`no event titled ${JSON.stringify(title)} in ${JSON.stringify(timeline.events.map((e) => e.title))}`);
  return event;
};

describe('TimelineJS3 import', () => {
  describe('isTimelineJS', () => {
    const cases: Array<[string, unknown, boolean]> = [
      ['events with start_date objects', {events: [{start_date: {year: 2001}}]}, true],
      ['events with text objects only', {events: [{text: {headline: 'x'}}]}, true],
      ['a title slide and no events', {title: {text: {headline: 'x'}}}, true],
      ['eras with start_date objects', {eras: [{start_date: {year: 1}, end_date: {year: 2}}], events: []}, true],
      ['a news-timeline document', {title: 'T', events: [{id: 'a', date: '2001', title: 'A'}]}, false],
      ['a news-timeline document with a stray start_date text', {title: 'T', events: [{id: 'a', start_date: '2001', title: 'A'}]}, false],
      ['an array', [{start_date: {year: 2001}}], false],
      ['null', null, false],
    ];
    for (const [name, doc, expected] of cases) it(name, () => expect(isTimelineJS(doc)).to.equal(expected));
  });

  describe('dates.json: every precision', () => {
    let result: ParseResult;
    let timeline: Timeline;
    before(async () => {
      result = parseTimeline(await fixture('dates.json'));
      timeline = timelineOf(result);
    });

    it('imports all fifteen events', () => {
      expect(timeline.events).to.have.length(15);
      expect(result.eventsLeftOut).to.equal(0);
    });

    const cases: Array<[string, string, string, string?]> = [
      ['A year as a number', '1969', 'year'],
      ['A year as text', '1900', 'year'],
      ['A month', '2001-10', 'month'],
      ['A day without leading zeros', '2001-10-07', 'day'],
      ['A time of day', '2021-08-30T23:59', 'time'],
      ['Seconds and milliseconds', '2000-01-05T06:45:56.250', 'time'],
      ['An hour alone; blank fields are absent', '2000-01-05T06:00', 'time'],
      ['A year before the common era', '-0500', 'year'],
      ['An expanded negative year', '-12021-03', 'month'],
      ['An expanded positive year', '+12021', 'year'],
      ['A range', '1815-12-10', 'day', '1852-11-27'],
      ['A range ending on a year', '1943-07', 'month', '1946'],
      ['A blank end date is no end', '2001', 'year'],
    ];
    for (const [title, iso, precision, end] of cases) {
      it(`${title}: ${iso}${end ? ` to ${end}` : ''}`, () => {
        const event = byTitle(timeline, title);
        expect(event.date.iso).to.equal(iso);
        expect(event.date.precision).to.equal(precision);
        expect(Number.isFinite(event.date.start)).to.equal(true);
        expect(event.end?.iso).to.equal(end);
      });
    }

    it('times are read as UTC (TimelineJS3 dates carry no offset)', () => {
      expect(byTitle(timeline, 'A time of day').date.start).to.equal(Date.UTC(2021, 7, 30, 23, 59));
      expect(byTitle(timeline, 'Seconds and milliseconds').date.start).to.equal(Date.UTC(2000, 0, 5, 6, 45, 56, 250));
    });

    it('year -500 is the year the ISO text -0500 names', () => {
      const event = byTitle(timeline, 'A year before the common era');
      const expected = new Date(0);
      expected.setUTCFullYear(-500, 0, 1);
      expect(event.date.start).to.equal(expected.getTime());
    });

    it('a display_date (of the slide, or of its start_date) is the date shown, and the event is still placed by its date', () => {
      expect(byTitle(timeline, 'With a display date').displayDate).to.equal('Autumn 2001');
      expect(byTitle(timeline, 'With a display date').date.iso).to.equal('2001-10-07');
      expect(byTitle(timeline, 'With a slide display date').displayDate).to.equal('Early in 2001');
      expect(byTitle(timeline, 'A range').displayDate).to.equal(undefined);
      expect(result.problems).to.deep.equal([]);
    });

    it('the title slide gives the title and a plain-text description', () => {
      expect(timeline.title).to.equal('Every kind of date');
      expect(timeline.description).to.equal('One slide for each precision TimelineJS3 knows.');
    });
  });

  describe('bad-dates.json: dates that cannot be shown are reported where they are', () => {
    let result: ParseResult;
    before(async () => {
      result = parseTimeline(await fixture('bad-dates.json'));
    });

    const leftOut: Array<[string, RegExp]> = [
      ['events[0].start_date.year', /"-10000000000000000" cannot be shown.*up to 999999999999999 either side of year 0; the event was left out$/],
      ['events[1].start_date.year', /^100000000000000000000 cannot be shown/],
      ['events[2].start_date.month', /expected a whole number from 1 to 12, got "13"; the event was left out/],
      ['events[3].start_date', /"2021-02-30" is not a valid date: February 2021 has 28 days; the event was left out/],
      ['events[4].start_date.year', /is missing; every TimelineJS date needs a year/],
      ['events[5].start_date', /is missing; expected a date object/],
      ['events[6].start_date', /expected a date object .* got a string/],
      ['events[7].start_date.year', /expected a whole number of years.*"MMI"/],
      ['events[11]', /expected an event slide object, got a string; the event was left out/],
    ];
    for (const [path, message] of leftOut) {
      it(`${path}: an error, and the event is left out`, () => {
        const found = problemAt(result.problems, path);
        expect(found, JSON.stringify(result.problems)).to.have.length(1);
        expect(found[0].severity).to.equal('error');
        expect(found[0].message).to.match(message);
      });
    }

    it('a day without a month keeps the year and says the day was left out', () => {
      const [problem] = problemAt(result.problems, 'events[8].start_date.day');
      expect(problem.message).to.equal('is given without "month"; "day" was left out, so the date reads 2001');
      expect(byTitle(timelineOf(result), 'A day without a month').date.iso).to.equal('2001');
    });

    it('an end before the start is reported at end_date by the parser, rewritten to the TimelineJS path', () => {
      const [problem] = problemAt(result.problems, 'events[9].end_date');
      expect(problem.message).to.include('is before the event\'s date');
      expect(byTitle(timelineOf(result), 'An end before the start').end).to.equal(undefined);
    });

    it('a bad end keeps the event without its end', () => {
      expect(problemAt(result.problems, 'events[10].end_date.month')[0].message).to.match(/the end was left out/);
      expect(byTitle(timelineOf(result), 'A bad end').end).to.equal(undefined);
    });

    it('imported + left out = every slide, and eventsLeftOut counts the left out', () => {
      const timeline = timelineOf(result);
      expect(timeline.events.map((e) => e.title)).to.have.members(['A day without a month', 'An end before the start', 'A bad end', 'The one good event']);
      expect(result.eventsLeftOut).to.equal(9);
    });
  });

  describe('full.json: every other field', () => {
    let result: ParseResult;
    let timeline: Timeline;
    before(async () => {
      result = parseTimeline(await fixture('full.json'));
      timeline = timelineOf(result);
    });
    const warning = (path: string) => {
      const found = problemAt(result.problems, path);
      expect(found, `problems: ${JSON.stringify(result.problems, null, 1)}`).to.have.length(1);
      expect(found[0].severity).to.equal('warning');
      return found[0].message;
    };

    it('the title and description are plain text', () => {
      expect(timeline.title).to.equal('Kabul\u00A0\u2014 2021');
      expect(timeline.description).to.equal('The fall of the city, day by day.\n\nSecond\u00A0paragraph.');
    });

    it('unique_id is the id; a repeated one is renamed and reported at unique_id', () => {
      expect(byTitle(timeline, 'Kabul falls').id).to.equal('fall-of-kabul');
      expect(byTitle(timeline, 'Last flight out').id).to.equal('fall-of-kabul-2');
      expect(warning('events[3].unique_id')).to.include('renamed "fall-of-kabul-2"');
    });

    it('without unique_id, the id is made from the date and title as the parser makes it', () => {
      expect(byTitle(timeline, 'Reserves frozen').id).to.equal('2021-08-18-reserves-frozen');
    });

    it('groups become categories: id is a slug, label is the group', () => {
      expect(timeline.categories).to.deep.equal([{id: 'military', label: 'Military'}, {id: 'economy', label: 'Economy'}]);
      expect(byTitle(timeline, 'Kabul falls').category).to.equal('military');
      expect(byTitle(timeline, 'Airport bombing').category).to.equal('military');
      expect(byTitle(timeline, 'Reserves frozen').category).to.equal('economy');
    });

    it('media becomes the event\'s medium, its caption and credit as text and its kind from the address, not a source', () => {
      expect(byTitle(timeline, 'Kabul falls').media).to.deep.equal({url: 'https://example.org/kabul', kind: 'embed', credit: 'Example News', caption: 'A street in Kabul'});
      expect(byTitle(timeline, 'Reserves frozen').media).to.deep.equal({url: 'https://www.imf.example/news', kind: 'embed', caption: 'IMF statement'});
      expect(byTitle(timeline, 'Airport bombing').media).to.deep.equal({url: 'https://cdn.example.net/airport.jpg', kind: 'image'});
      for (const event of timeline.events) expect(event.sources, event.title).to.deep.equal([]);
      expect(warning('events[*].media.url')).to.equal('1 protocol-relative media address (//…): read as https://');
      // No alt in TimelineJS3 for this image: said at its own path, as for our own format.
      expect(problemAt(result.problems, 'events[2].media.alt')[0].message).to.match(/^is missing; an image needs a description/);
    });

    it('the title slide\'s medium is the timeline\'s', () => {
      expect(timeline.media).to.deep.equal({url: 'https://example.org/cover.jpg', kind: 'image', credit: 'Example', caption: 'Cover'});
      expect(problemAt(result.problems, 'title.media.alt')).to.have.length(1);
    });

    it('media that is not an http(s) address is reported and not imported', () => {
      const quote = problemAt(result.problems, 'events[3].media.url')[0];
      expect(quote.severity).to.equal('error');
      expect(quote.message).to.match(/embedded HTML.*the media was not imported$/);
      expect(problemAt(result.problems, 'events[4].media.url')[0].message).to.equal('"javascript:alert(1)" is not an http(s) address; the media was not imported');
      expect(byTitle(timeline, 'Last flight out').media).to.equal(undefined);
    });

    it('a slide without a headline takes the start of its text as title, and says so once', () => {
      const event = timeline.events.find((e) => e.date.iso === '2021-09-07');
      expect(event?.title).to.equal('The Taliban name an interim cabinet of long-time figures and men under…');
      expect(event?.summary).to.match(/^The Taliban name .* no women\.$/);
      expect(warning('events[*].text.headline')).to.match(/^1 text without a headline/);
    });

    it('a slide of a medium alone is titled by its caption, or the host of its address, and said once', () => {
      const event = timeline.events.find((e) => e.date.iso === '2021-09-08');
      expect(event?.title).to.equal('example.org');
      expect(event?.media?.url).to.equal('https://example.org/video');
      expect(warning('events[*].text')).to.equal("1 slide with only a medium: the medium's caption, or the host of its address, is the title");
    });

    it('slides with no headline, no text and no medium are errors, named at their text', () => {
      expect(problemAt(result.problems, 'events[6].text')[0].message).to.equal('has no headline and no text; the event was left out');
      expect(problemAt(result.problems, 'events[5].text')).to.deep.equal([]);
      expect(result.eventsLeftOut).to.equal(1);
      expect(timeline.events).to.have.length(6);
    });

    it('each kind of thing not imported is one warning with a count', () => {
      expect(warning('events[*].background')).to.equal('2 backgrounds were not shown (news-timeline draws no backgrounds)');
      expect(warning('events[*].autolink')).to.equal('1 autolink setting was not imported (news-timeline never turns text into links)');
      expect(warning('events[*].location')).to.match(/^1 location was not imported/);
      expect(warning('events[*].type')).to.match(/^1 slide type was not imported/);
      expect(warning('events[*].mood')).to.equal('"mood" is not part of the TimelineJS3 format that news-timeline reads; it was ignored in 2 places');
      expect(warning('title.background')).to.equal('1 title slide background was not shown (news-timeline draws no backgrounds)');
      expect(warning('eras[*].text.text')).to.match(/^1 era text was not imported/);
    });

    it('scale "human" and autolink false match what news-timeline does, so they are not reported', () => {
      expect(problemAt(result.problems, 'scale')).to.deep.equal([]);
      expect(warning('events[*].autolink')).to.match(/^1 /); // of two slides with autolink, only `true` counts
    });

    it('eras: title from the headline, sorted, an era without headline titled by its dates, a backwards era left out', () => {
      expect(timeline.eras.map((e) => [e.title, e.start.iso, e.end.iso])).to.deep.equal([
        ['2021-05 – 2021-07', '2021-05', '2021-07'],
        ['The airlift', '2021-08-14', '2021-08-30'],
      ]);
      expect(warning('eras[1].text.headline')).to.equal('is missing; the era is titled "2021-05 – 2021-07"');
      expect(problemAt(result.problems, 'eras[2].end_date')[0].message).to.match(/is before the era's start.*the era was left out/);
    });

    it('no title, summary, label or source name holds markup', () => {
      const texts = [timeline.title, timeline.description ?? '', ...timeline.categories.map((c) => c.label),
        ...timeline.events.flatMap((e) => [e.title, e.summary ?? '', ...e.sources.map((s) => s.name)])];
      for (const text of texts) expect(text).not.to.match(/<[a-z/!]/i);
    });
  });

  describe('hostile-html.json', () => {
    it('headlines and texts are text, with script and style content gone', async () => {
      const timeline = timelineOf(parseTimeline(await fixture('hostile-html.json')));
      expect(timeline.title).to.equal('Hostile HTML');
      expect(timeline.events.map((e) => [e.title, e.summary])).to.deep.equal([
        ['Image', 'beforeafter'],
        ['ipt>alert(2)Split', 'Styled'],
        // Escaped markup is what the editor wrote as text; it is shown as text.
        ['Entities <script>alert(3)</script>', 'Visible'],
        ['Unclosed bold', 'link text'],
      ]);
    });
  });

  describe('no-title.json', () => {
    it('titles the timeline "Timeline" and says there was no title slide; eras still come', async () => {
      const result = parseTimeline(await fixture('no-title.json'));
      const timeline = timelineOf(result);
      expect(timeline.title).to.equal('Timeline');
      expect(result.problems).to.deep.equal([{severity: 'warning', path: 'title', message: 'there is no title slide; the timeline is titled "Timeline"'}]);
      expect(timeline.eras.map((e) => e.title)).to.deep.equal(['ISAF']);
    });
  });

  describe('cosmological.json', () => {
    it('keeps years beyond the calendar as deep years, in date order, and accepts the cosmological scale', async () => {
      const result = parseTimeline(await fixture('cosmological.json'));
      const timeline = timelineOf(result);
      expect(timeline.events.map((e) => e.title)).to.deep.equal(['The Big Bang', 'The Sun ignites', 'Homo sapiens', 'Apollo 11 lands']);
      expect(timeline.events.map((e) => e.date.iso)).to.deep.equal(['-13800000000', '-4600000000', '-300000', '1969-07-20']);
      expect(timeline.events.map((e) => e.date.deep ?? false)).to.deep.equal([true, true, true, false]);
      expect(result.eventsLeftOut).to.equal(0);
      expect(problemAt(result.problems, 'scale')).to.deep.equal([]);
    });

    it('a month of a deep year is left out with a warning, and the year still places the slide', async () => {
      const result = parseTimeline(await fixture('cosmological.json'));
      expect(problemAt(result.problems, 'events[3].start_date.month')).to.deep.equal([{
        severity: 'warning', path: 'events[3].start_date.month',
        message: '"month" was left out: the year -300000 lies beyond the calendar, so it is placed on a scale of years alone',
      }]);
    });

    it('a scale it does not know is named, and the dates still decide', () => {
      const result = parseTimeline({scale: 'geological', events: [{start_date: {year: 2001}, text: {headline: 'A'}}]});
      expect(problemAt(result.problems, 'scale')[0].message).to.match(/^"geological" was ignored: expected "human" or "cosmological"/);
      expect(timelineOf(result).events).to.have.length(1);
    });
  });

  describe('through the text parser, as <news-timeline src> reads it', () => {
    it('parseTimelineText reads a TimelineJS3 file', async () => {
      const result = parseTimelineText(await fixtureText('no-title.json'));
      expect(timelineOf(result).events).to.have.length(1);
    });
  });

  describe('fromTimelineJS and toTimelineJSPath', () => {
    it('converts without mutating the input, and maps paths back by event index', () => {
      const doc = {
        title: {text: {headline: 'T'}},
        events: [
          {text: {headline: 'no date'}},
          {start_date: {year: 2001}, text: {headline: 'A', text: 'a'}, group: 'G', media: {url: 'https://example.org/'}},
        ],
      };
      const copy = JSON.parse(JSON.stringify(doc));
      const conversion = fromTimelineJS(doc);
      expect(doc).to.deep.equal(copy);
      expect(conversion.document.events).to.deep.equal([
        {id: '2001-a', date: '2001', title: 'A', summary: 'a', category: 'g', media: {url: 'https://example.org/'}},
      ]);
      expect(conversion.eventIndex).to.deep.equal([1]);
      const cases: Array<[string, string]> = [
        ['events[0]', 'events[1]'],
        ['events[0].date', 'events[1].start_date'],
        ['events[0].end', 'events[1].end_date'],
        ['events[0].title', 'events[1].text.headline'],
        ['events[0].summary', 'events[1].text.text'],
        ['events[0].category', 'events[1].group'],
        ['events[0].id', 'events[1]'],
        ['events[0].media.url', 'events[1].media.url'],
        ['events[0].media.alt', 'events[1].media.alt'],
        ['events[0].displayDate', 'events[1].display_date'],
        ['media.alt', 'title.media.alt'],
        ['categories[0].label', 'events[1].group'],
        ['title', 'title.text.headline'],
        ['description', 'title.text.text'],
        ['', ''],
      ];
      for (const [path, expected] of cases) expect(toTimelineJSPath(conversion, path), path).to.equal(expected);
    });

    it('a document that is not an object is one error', () => {
      const conversion = fromTimelineJS([]);
      expect(conversion.problems[0]).to.include({severity: 'error', path: ''});
    });
  });
});
