/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parseTimelineSource, parseTimelineSourceSteps, parseTimelineText} from '../../src/data/parse-timeline-text.js';

const VALID = JSON.stringify({title: 'T', events: [{id: 'a', date: '2001-10-07', title: 'A'}]});

describe('parseTimelineText', () => {
  describe('files that are not JSON at all give one problem at the root and no timeline', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['empty text', '', /empty/],
      ['whitespace only', ' \n\t\r\n  ', /empty/],
      ['a byte order mark only', '\uFEFF', /empty/],
      ['a byte order mark and whitespace', '\uFEFF  \n', /empty/],
      ['an HTML page', '<!doctype html>\n<html><head><title>Sign in</title></head><body></body></html>', /HTML page/],
      ['an HTML page after blank lines', '\n\n  <!DOCTYPE html><html></html>', /HTML page/],
      ['an HTML fragment', '<html lang="en"><body>Not found</body></html>', /HTML page/],
    ];
    for (const [name, text, pattern] of cases) {
      it(name, () => {
        const result = parseTimelineText(text);
        expect(result.timeline).to.equal(undefined);
        expect(result.eventsLeftOut).to.equal(0);
        expect(result.problems).to.have.length(1);
        expect(result.problems[0].path).to.equal('');
        expect(result.problems[0].severity).to.equal('error');
        expect(result.problems[0].message).to.match(pattern);
      });
    }
  });

  describe('truncated JSON says where, or that it was cut off', () => {
    const cases: Array<[string, string]> = [
      ['cut inside the events array', '{"title": "T", "events": ['],
      ['cut inside a string', '{"title": "T", "events": [{"id": "a", "date": "2001-'],
      ['cut after a key', '{\n  "title": "T",\n  "events"'],
      ['only an opening brace', '{'],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const result = parseTimelineText(text);
        expect(result.timeline).to.equal(undefined);
        expect(result.problems).to.have.length(1);
        const {path, message, severity} = result.problems[0];
        expect(path).to.equal('');
        expect(severity).to.equal('error');
        expect(message).to.include('not valid JSON');
        expect(message).to.match(/line \d+, column \d+|cut off/);
      });
    }
  });

  describe('names the line of a syntax error in the middle of the file', () => {
    // Every engine has the position somewhere; each kind of error must still carry it.
    const cases: Array<[string, string, number]> = [
      ['two commas in an object', '{\n  "title": "T",\n  "events": [\n    {"id": "a",, "date": "2001"}\n  ]\n}\n', 4],
      ['a missing comma between properties', '{\n  "title": "T"\n  "events": []\n}\n', 3],
      ['a closing brace for a bracket', '{\n  "title": "T",\n  "events": [}\n', 3],
      ['a misspelt literal', '{\n  "title": tru,\n  "events": []\n}\n', 2],
      ['an unquoted key', '{\n  "title": "T",\n  events: []\n}\n', 3],
      ['a trailing comma', '{\n  "title": "T",\n  "events": [],\n}\n', 4],
      ['a single-quoted string', "{\n  \"title\": 'T',\n  \"events\": []\n}\n", 2],
    ];
    for (const [name, text, line] of cases) {
      it(`${name} → line ${line}`, () => {
        const {problems, timeline} = parseTimelineText(text);
        expect(timeline).to.equal(undefined);
        expect(problems).to.have.length(1);
        expect(problems[0].message).to.include('not valid JSON');
        expect(problems[0].message).to.match(new RegExp(`line ${line}, column \\d+`));
      });
    }
  });

  describe('CSV read as JSON says so and how to read it as CSV', () => {
    const cases: Array<[string, string, string]> = [
      ['a comma-separated header', 'date,title,summary\n2001-10-07,Strikes begin,x\n', 'date, title, summary'],
      ['a semicolon-separated header in other cases, after a BOM and blank lines', '\uFEFF\n\nDate;Title;Notes\n2001;A;x\n', 'Date, Title, Notes'],
      ['a quoted header', '"id","date","title"\n"a","2001","A"\n', 'id, date, title'],
    ];
    for (const [name, text, columns] of cases) {
      it(name, () => {
        const {problems, timeline} = parseTimelineText(text);
        expect(timeline).to.equal(undefined);
        expect(problems).to.have.length(1);
        expect(problems[0].message).to.equal(
          `the file is not valid JSON: it looks like CSV (columns ${columns}); read it with type="csv" (--format csv on the command line)`,
        );
      });
    }

    it('text that names no column news-timeline reads gets the JSON error', () => {
      for (const text of ['hello, world\n', 'colour,size\nred,2\n', 'date\n2001\n']) {
        const [problem] = parseTimelineText(text).problems;
        expect(problem.message, text).to.match(/^the file is not valid JSON: unexpected .* at line 1, column 1;/);
      }
    });
  });

  it('counts lines from the top of the file, including leading blank lines', () => {
    // The reader opens the file at the line named: blank lines before the JSON count.
    const text = '\n\n{\n  "title": "T",\n  "events": [\n    {"id": "a",, "date": "2001"}\n  ]\n}\n';
    const {problems} = parseTimelineText(text);
    expect(problems).to.have.length(1);
    expect(problems[0].message).to.match(/line 6, column \d+/);
  });

  describe('valid JSON is parsed as a timeline', () => {
    const cases: Array<[string, string]> = [
      ['plain', VALID],
      ['with a byte order mark', `\uFEFF${VALID}`],
      ['with surrounding whitespace and CRLF', `\r\n  ${VALID.replace(/,/g, ',\r\n')}  \r\n`],
      ['pretty-printed', JSON.stringify(JSON.parse(VALID), null, 2)],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const result = parseTimelineText(text);
        expect(result.problems).to.deep.equal([]);
        expect(result.eventsLeftOut).to.equal(0);
        expect(result.timeline?.title).to.equal('T');
        expect(result.timeline?.events.map((e) => e.id)).to.deep.equal(['a']);
        expect(result.timeline?.events[0].date.start).to.equal(Date.UTC(2001, 9, 7));
      });
    }
  });

  it('passes valid JSON that is not a timeline on to parseTimeline', () => {
    for (const text of ['[]', 'null', '"x"', '42']) {
      const result = parseTimelineText(text);
      expect(result.timeline, text).to.equal(undefined);
      expect(result.problems, text).to.have.length(1);
      expect(result.problems[0].path).to.equal('');
      expect(result.problems[0].message).to.include('expected a timeline');
    }
  });

  it('reports the problems of a valid JSON document', () => {
    const result = parseTimelineText('{"title": "T", "events": [{"id": "a", "date": "2021-13-01", "title": "A"}]}');
    expect(result.timeline?.events).to.have.length(0);
    expect(result.eventsLeftOut).to.equal(1);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['events[0].date']);
  });
});

describe('parseTimelineSourceSteps: every format in slices', () => {
  const count = 3000;
  const dates = Array.from({length: count}, (_, i) => new Date(Date.UTC(2001, 0, 1) + (i % 997) * 86_400_000 * 7).toISOString().slice(0, 10));
    // Reading events yields every 256; converting TimelineJS every 128 slides more; CSV every 256 rows split and every 256 read.
  const texts: Record<string, {text: string; options: {format?: 'csv' | 'json'; title?: string}; minYields: number}> = {
    'news-timeline JSON': {
      text: JSON.stringify({title: 'T', events: dates.map((date, i) => ({id: `e${i}`, date, title: `Event ${i}`}))}),
      options: {},
      minYields: Math.floor(count / 256),
    },
    'TimelineJS3 JSON': {
      text: JSON.stringify({
        title: {text: {headline: 'T'}},
        events: dates.map((date, i) => {
          const [year, month, day] = date.split('-').map(Number);
          return {unique_id: `e${i}`, start_date: {year, month, day}, text: {headline: `Event ${i}`}};
        }),
      }),
      options: {},
      minYields: Math.floor(count / 256) + Math.floor(count / 128),
    },
    CSV: {
      text: `id,date,title\n${dates.map((date, i) => `e${i},${date},"Event, ${i}"`).join('\n')}\n`,
      options: {format: 'csv', title: 'T'},
      minYields: 3 * Math.floor(count / 256),
    },
  };

  for (const [name, {text, options, minYields}] of Object.entries(texts)) {
    it(`${name}: yields every few hundred events, with the result of a parse in one go`, () => {
      const steps = parseTimelineSourceSteps(text, options);
      let yields = 0;
      let next = steps.next();
      for (; !next.done; next = steps.next()) yields++;
      const result = next.value;
      expect(result.problems).to.deep.equal([]);
      expect(result.timeline!.events).to.have.length(count);
      // In date order, ties in file order.
      const sorted = [...result.timeline!.events].sort((a, b) => a.date.start - b.date.start || Number(a.id.slice(1)) - Number(b.id.slice(1)));
      expect(result.timeline!.events.map((e) => e.id)).to.deep.equal(sorted.map((e) => e.id));
      expect(yields).to.be.at.least(minYields);
      expect(parseTimelineSource(text, options)).to.deep.equal(result);
    });
  }
});
