/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parseTimelineCsv, parseTimelineSource} from '../../src/data/parse-timeline-text.js';
import type {ParseResult, Timeline, TimelineProblem} from '../../src/data/types.js';

async function fixtureText(name: string): Promise<string> {
  const url = new URL(`../fixtures/csv/${name}`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url.href}: HTTP ${response.status}`);
  return response.text();
}

function timelineOf(result: ParseResult): Timeline {
  if (!result.timeline) throw new Error(`no timeline: ${JSON.stringify(result.problems)}`);
  return result.timeline;
}
const at = (problems: readonly TimelineProblem[], path: string) => problems.filter((p) => p.path === path);
const HEADER = 'date,title\n';

describe('parseTimelineCsv', () => {
  describe('afghanistan.csv: a realistic sheet (CRLF, a BOM, mixed-case headers, two sources)', () => {
    let result: ParseResult;
    let timeline: Timeline;
    before(async () => {
      result = parseTimelineCsv(await fixtureText('afghanistan.csv'), {title: 'Afghanistan 2001–2021'});
      timeline = timelineOf(result);
    });

    it('reads every row with no problems', () => {
      expect(result.problems).to.deep.equal([]);
      expect(timeline.title).to.equal('Afghanistan 2001–2021');
      expect(timeline.events.map((e) => e.id)).to.deep.equal([
        'doha-agreement', 'kabul-airlift', 'fall-of-kabul-2021', '2021-08-30-last-us-troops-fly-out-of-kabul', 'moscow-format-talks-2021',
      ]);
    });

    it('quoted commas stay in the cell; the end column makes a range', () => {
      const airlift = timeline.events[1];
      expect(airlift.title).to.equal('Kabul airlift flies out over 120,000 people');
      expect(airlift.end?.iso).to.equal('2021-08-30');
    });

    it('categories: the cell is the label, the id a slug of it', () => {
      expect(timeline.categories).to.deep.equal([
        {id: 'diplomacy', label: 'Diplomacy'}, {id: 'humanitarian', label: 'Humanitarian'}, {id: 'military', label: 'Military'},
      ]);
      expect(timeline.events[0].category).to.equal('diplomacy');
    });

    it('"Source URL" and a numbered second source ("Source 2", "URL 2")', () => {
      const [first, second] = timeline.events[0].sources;
      expect(first.name).to.equal("RFE/RL - 'U.S., Taliban Sign Deal To End War In Afghanistan'");
      expect(first.url).to.equal('https://rferl.org/amp/doha-us-taliban-agreement-signing/30461672.html');
      expect(second.url).to.match(/^https:\/\/www\.irishtimes\.com\//);
    });
  });

  describe('semicolons.csv', () => {
    it('a header with semicolons and no commas means ";" is the delimiter; empty rows are ignored silently', async () => {
      const result = parseTimelineCsv(await fixtureText('semicolons.csv'), {title: 'T'});
      expect(result.problems).to.deep.equal([]);
      const timeline = timelineOf(result);
      expect(timeline.events.map((e) => [e.title, e.summary])).to.deep.equal([
        ['Strikes begin', 'A summary; with a semicolon, and a comma'],
        ['Kabul, taken', 'Second'],
      ]);
    });
  });

  describe('nasty.csv: problems name spreadsheet rows and the header as written', () => {
    let result: ParseResult;
    let timeline: Timeline;
    before(async () => {
      result = parseTimelineCsv(await fixtureText('nasty.csv'));
      timeline = timelineOf(result);
    });
    const one = (path: string) => {
      const found = at(result.problems, path);
      expect(found, JSON.stringify(result.problems, null, 1)).to.have.length(1);
      return found[0];
    };

    it('doubled quotes, a line break and a comma inside quoted cells', () => {
      const event = timeline.events[0];
      expect(event.title).to.equal('Strikes "begin"');
      expect(event.summary).to.equal('Line one\nline two, with a comma');
      expect(event.sources).to.deep.equal([{name: 'Example', url: 'https://example.org/a', excerpt: 'He said "go".'}]);
    });

    it('a row is counted as a spreadsheet counts it, however many lines its cells take', () => {
      const problem = one('rows[3].Date');
      expect(problem.severity).to.equal('error');
      expect(problem.message).to.equal('"2021-13-01" is not a valid date; expected ISO 8601 such as "2001", "2001-10", "2001-10-07" or "2001-10-07T16:30Z"; the event was left out (spreadsheet row 3, counting the header as row 1)');
    });

    it('impossible days, missing dates and missing titles leave their row out', () => {
      expect(one('rows[4].Date').message).to.match(/February 2021 has 28 days; the event was left out/);
      expect(one('rows[5].Date').message).to.match(/^is missing; expected an ISO 8601 date/);
      expect(one('rows[6].Title').message).to.match(/^is missing; the event was left out/);
      expect(result.eventsLeftOut).to.equal(4);
      expect(timeline.events).to.have.length(7);
    });

    it('the empty row 7 is ignored without a problem', () => {
      expect(result.problems.filter((p) => p.path.startsWith('rows[7]'))).to.deep.equal([]);
    });

    it('a link that is not http(s) is left out at its column', () => {
      expect(one('rows[8].Source_URL').message).to.match(/^"javascript:alert\(1\)" is not an http\(s\) address; the link was left out/);
      expect(timeline.events.find((e) => e.title === 'Bad link')?.sources).to.deep.equal([{name: 'Someone'}]);
    });

    it('a source with an address but no name is named by its host', () => {
      expect(timeline.events.find((e) => e.title === 'No name')?.sources).to.deep.equal([{name: 'example.net', url: 'https://www.example.net/story'}]);
    });

    it('an excerpt without a name is reported at the Source column', () => {
      expect(one('rows[12].Source').message).to.match(/^is missing; the source was left out/);
    });

    it('cells past the header are reported; trailing empty cells are not', () => {
      expect(one('rows[10]').message).to.match(/has 10 cells but the header names 9 columns; the cells past column I were left out/);
    });

    it('spaces around cells are ignored; text after a closing quote is kept and said', () => {
      const spaced = timeline.events.find((e) => e.title === 'Spaced date');
      expect(spaced?.summary).to.equal('padded summary');
      expect(one('rows[13]').message).to.match(/text after its closing quote/);
      expect(timeline.events.find((e) => e.date.iso === '2003-08-11')?.title).to.equal('Text "after" quote tail');
    });

    it('an unknown column is one warning at columns.<name>; an unnamed empty column is not reported', () => {
      expect(one('columns.Notes')).to.include({severity: 'warning'});
      expect(result.problems.filter((p) => p.path.startsWith('columns')).length).to.equal(1);
    });

    it('without a title option the timeline is "Timeline", with a warning', () => {
      expect(timeline.title).to.equal('Timeline');
      expect(one('title').severity).to.equal('warning');
    });
  });

  describe('missing-columns.csv', () => {
    it('no title column: no timeline, the missing column named, and the rows counted as left out', async () => {
      const result = parseTimelineCsv(await fixtureText('missing-columns.csv'), {title: 'T'});
      expect(result.timeline).to.equal(undefined);
      expect(result.eventsLeftOut).to.equal(1);
      expect(at(result.problems, 'columns.title')[0].message).to.match(/^is missing; .*"date", "headline"/);
      expect(at(result.problems, 'columns.headline')).to.have.length(1);
    });
  });

  describe('small cases', () => {
    const cases: Array<[string, string, Array<[string, string | undefined]>]> = [
      ['LF line ends and a trailing newline', `${HEADER}2001,A\n2002,B\n`, [['2001', 'A'], ['2002', 'B']]],
      ['CRLF line ends, no trailing newline', `${HEADER.trim()}\r\n2001,A\r\n2002,B`, [['2001', 'A'], ['2002', 'B']]],
      ['a BOM before the header', `\uFEFF${HEADER}2001,A`, [['2001', 'A']]],
      ['CRLF inside quotes is kept', `${HEADER}2001,"A\r\nB"`, [['2001', 'A\r\nB']]],
      ['a quoted empty cell is empty', `date,title,summary\n2001,A,""`, [['2001', undefined]]],
      ['headers in any case, with spaces', ' DATE , Title \n2001,A', [['2001', 'A']]],
      ['blank lines between rows are ignored', `${HEADER}\n2001,A\n\n\n2002,B\n\n`, [['2001', 'A'], ['2002', 'B']]],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => {
        const result = parseTimelineCsv(text, {title: 'T'});
        expect(result.problems).to.deep.equal([]);
        const timeline = timelineOf(result);
        if (expected[0][1] === undefined) expect(timeline.events[0].summary).to.equal(undefined);
        else expect(timeline.events.map((e) => [e.date.iso, e.title])).to.deep.equal(expected);
      });
    }

    it('blank lines still count as spreadsheet rows', () => {
      const result = parseTimelineCsv(`${HEADER}\n\n2001-02-30,A\n`, {title: 'T'});
      expect(result.problems.map((p) => p.path)).to.deep.equal(['rows[4].date']);
    });

    it('the accepted spellings of a source address', () => {
      for (const header of ['source_url', 'source url', 'URL', 'Source_URL 1']) {
        const result = parseTimelineCsv(`date,title,source,${header}\n2001,A,S,https://example.org/`, {title: 'T'});
        expect(result.problems, header).to.deep.equal([]);
        expect(timelineOf(result).events[0].sources, header).to.deep.equal([{name: 'S', url: 'https://example.org/'}]);
      }
    });

    it('a column named twice: the second is left out and reported', () => {
      const result = parseTimelineCsv('date,title,Title\n2001,A,B', {title: 'T'});
      expect(timelineOf(result).events[0].title).to.equal('A');
      expect(at(result.problems, 'columns.Title')[0].message).to.match(/same column as column B.*column C was left out/);
    });

    it('a never-closed quote is an error at its row and column; its cell ends with its line and the rows after it are read', () => {
      const result = parseTimelineCsv(`date,title,summary\n2001,A,"open, still\n2002,B,c\n2003,C,d\n`, {title: 'T'});
      expect(result.problems.map((p) => p.path)).to.deep.equal(['rows[2].summary']);
      expect(result.problems[0].severity).to.equal('error');
      expect(result.problems[0].message).to.equal('the quote opening column C is never closed; the cell ends with its line (spreadsheet row 2, counting the header as row 1)');
      expect(timelineOf(result).events.map((e) => [e.title, e.summary])).to.deep.equal([['A', 'open, still'], ['B', 'c'], ['C', 'd']]);
    });

    it('unclosed-quote.csv: row 3 opens a quote it never closes; rows 4–6, quotes and all, are still imported', async () => {
      const result = parseTimelineCsv(await fixtureText('unclosed-quote.csv'), {title: 'T'});
      expect(result.problems.map((p) => [p.severity, p.path])).to.deep.equal([['error', 'rows[3].Title']]);
      expect(result.problems[0].message).to.contain('column B').and.contain('spreadsheet row 3');
      expect(timelineOf(result).events.map((e) => [e.date.iso, e.title, e.summary])).to.deep.equal([
        ['2001-10-07', 'Strikes begin', 'The first row'],
        ['2001-11-13', 'Kabul falls,The Taliban leave the city', undefined],
        ['2001-12-05', 'Bonn agreement', 'Signed, in Bonn'],
        ['2001-12-22', 'Karzai sworn in', 'An interim administration'],
        ['2002-06-13', 'Loya jirga', 'Karzai elected "interim" president'],
      ]);
    });

    it('a quoted cell that spans lines and closes properly is still one cell', () => {
      const result = parseTimelineCsv(`date,title,summary\n2001,A,"two\nlines"\n2002,B,"x, ""y"""\n`, {title: 'T'});
      expect(result.problems).to.deep.equal([]);
      expect(timelineOf(result).events.map((e) => e.summary)).to.deep.equal(['two\nlines', 'x, "y"']);
    });

    it('empty text and HTML are one error each and no timeline', () => {
      expect(parseTimelineCsv('').problems[0].message).to.match(/empty/);
      expect(parseTimelineCsv('\uFEFF \n').timeline).to.equal(undefined);
      expect(parseTimelineCsv('<!doctype html><p>login</p>').problems[0].message).to.match(/HTML page/);
    });

    it('duplicate ids are renamed at the id cell; rows without id get one made from date and title', () => {
      const result = parseTimelineCsv('id,date,title\na,2001,A\na,2002,B\n,2003,C', {title: 'T'});
      expect(timelineOf(result).events.map((e) => e.id)).to.deep.equal(['a', 'a-2', '2003-c']);
      expect(at(result.problems, 'rows[3].id')[0].message).to.match(/renamed "a-2".*spreadsheet row 3/);
    });
  });
});

describe('parseTimelineSource', () => {
  const JSON_TEXT = JSON.stringify({title: 'J', events: [{id: 'a', date: '2001', title: 'A'}]});
  const CSV_TEXT = 'date,title\n2001,A\n';
  const cases: Array<[string, string, Parameters<typeof parseTimelineSource>[1], string | undefined]> = [
    ['JSON, sniffed', JSON_TEXT, {}, 'J'],
    ['CSV, sniffed', CSV_TEXT, {title: 'C'}, 'C'],
    ['CSV by file name, with a query', CSV_TEXT, {file: 'https://example.org/events.CSV?v=2', title: 'C'}, 'C'],
    ['JSON by file name even if it looks like CSV: one JSON error', CSV_TEXT, {file: 'events.json'}, undefined],
    ['the format option wins over the file name', CSV_TEXT, {format: 'csv', file: 'events.json', title: 'C'}, 'C'],
    ['format json on CSV text: one JSON error', CSV_TEXT, {format: 'json'}, undefined],
    ['TimelineJS3 JSON, sniffed', JSON.stringify({title: {text: {headline: 'TJ'}}, events: []}), {}, 'TJ'],
  ];
  for (const [name, text, options, title] of cases) {
    it(name, () => {
      const result = parseTimelineSource(text, options);
      expect(result.timeline?.title, JSON.stringify(result.problems)).to.equal(title);
    });
  }

  it('empty text and an HTML page are reported as the JSON reader reports them', () => {
    expect(parseTimelineSource('').problems[0].message).to.match(/empty/);
    expect(parseTimelineSource('  <html></html>').problems[0].message).to.match(/HTML page/);
  });
});
