/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parseTimelineCsv} from '../../src/data/parse-timeline-text.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {parseTimelineSource} from '../../src/data/parse-timeline-text.js';
import {hasSourceStatus, readStatusFilter} from '../../src/data/provenance.js';
import {sourcesDisagree, statusesUsed} from '../../src/data/source-statuses.js';
import {SOURCE_STATUSES, type SourceStatus, type TimelineEvent, type TimelineSourceInput} from '../../src/data/types.js';
import {filterEvents} from '../../src/layout/filter-events.js';

/** One event with these sources, parsed. */
function parseSources(sources: unknown[], event: Record<string, unknown> = {}) {
  return parseTimeline({title: 'T', events: [{id: 'a', date: '2001-11-13', title: 'A', sources, ...event}]});
}

describe('sources: status, archived, accessed', () => {
  it('reads each status, an http(s) archived copy and an access date', () => {
    for (const status of SOURCE_STATUSES) {
      const {timeline, problems} = parseSources([{name: 'S', status, archived: 'https://web.archive.org/web/2001/x', accessed: '2024-05-03'}]);
      expect(problems, status).to.deep.equal([]);
      const source = timeline!.events[0].sources[0];
      expect(source.status).to.equal(status);
      expect(source.archived).to.equal('https://web.archive.org/web/2001/x');
      expect(source.accessed?.iso).to.equal('2024-05-03');
      expect(source.accessed?.precision).to.equal('day');
    }
  });

  it('an unknown status is a warning naming the path and the four words; the source stays, without a status', () => {
    for (const status of ['Confirmed', 'rumoured', 3, null]) {
      const {timeline, problems} = parseSources([{name: 'S', url: 'https://example.org', status}]);
      expect(problems).to.have.length(1);
      const [problem] = problems;
      expect(problem.severity).to.equal('warning');
      expect(problem.path).to.equal('events[0].sources[0].status');
      expect(problem.message).to.match(/^expected one of confirmed, reported, disputed, retracted, got .+; the status was left out$/);
      const source = timeline!.events[0].sources[0];
      expect(source).to.deep.equal({name: 'S', url: 'https://example.org'});
    }
  });

  it('an archived copy that is not http(s) is an error at its path, and only it is left out', () => {
    for (const archived of ['javascript:alert(1)', 'ftp://a.example/x', 'web.archive.org/x', 42]) {
      const {timeline, problems} = parseSources([{name: 'S', status: 'reported', archived}]);
      expect(problems.map((p) => [p.severity, p.path])).to.deep.equal([['error', 'events[0].sources[0].archived']]);
      expect(problems[0].message).to.match(/archived copy was left out/);
      expect(timeline!.events[0].sources[0]).to.deep.equal({name: 'S', status: 'reported'});
    }
  });

  it('an access date is read like a publication date: a bad one is an error, and left out', () => {
    const {timeline, problems} = parseSources([{name: 'S', accessed: '2024-02-30'}, {name: 'T', accessed: '2024-05'}]);
    expect(problems.map((p) => p.path)).to.deep.equal(['events[0].sources[0].accessed']);
    expect(problems[0].message).to.match(/access date was left out/);
    expect(timeline!.events[0].sources[0]).to.deep.equal({name: 'S'});
    expect(timeline!.events[0].sources[1].accessed?.precision).to.equal('month');
  });

  it('a typo of a new key is pointed at it', () => {
    const {problems} = parseSources([{name: 'S', stauts: 'confirmed'}]);
    expect(problems[0].path).to.equal('events[0].sources[0].stauts');
    expect(problems[0].message).to.contain('did you mean "status"?');
  });

  it('dateNote is text, kept trimmed; an empty or non-text note is an error and left out', () => {
    expect(parseSources([], {dateNote: ' Accounts differ. '}).timeline!.events[0].dateNote).to.equal('Accounts differ.');
    for (const dateNote of ['', 7]) {
      const {timeline, problems} = parseSources([], {dateNote});
      expect(problems.map((p) => p.path)).to.deep.equal(['events[0].dateNote']);
      expect(timeline!.events[0]).to.not.have.property('dateNote');
    }
  });

  it('sources without a date or an address are said only when asked, as warnings or errors', () => {
    const doc = JSON.stringify({title: 'T', events: [{id: 'a', date: '2001', title: 'A', sources: [{name: 'S'}, {name: 'D', url: 'https://d.example', published: '2001'}]}]});
    expect(parseTimelineSource(doc).problems).to.deep.equal([]);
    for (const severity of ['warning', 'error'] as const) {
      const {problems} = parseTimelineSource(doc, {sourceChecks: severity});
      expect(problems.map((p) => [p.severity, p.path])).to.deep.equal([
        [severity, 'events[0].sources[0].url'], [severity, 'events[0].sources[0].published'],
      ]);
    }
  });
});

describe('CSV source columns: status, archived, accessed', () => {
  it('are read per source number, and problems name the row and column', () => {
    const csv = [
      'date,title,source,status,archived,accessed,source 2,status 2,archived 2',
      '2001-11-13,Kabul,Wire,confirmed,https://web.archive.org/w/1,2024-05-03,Daily,disputed,',
      '2001-11-14,Next,Wire,maybe,ftp://x,,Daily,retracted,https://archive.ph/x',
    ].join('\n');
    const {timeline, problems} = parseTimelineCsv(csv, {title: 'T'});
    const [first, second] = timeline!.events;
    expect(first.sources).to.deep.equal([
      {name: 'Wire', status: 'confirmed', archived: 'https://web.archive.org/w/1', accessed: first.sources[0].accessed},
      {name: 'Daily', status: 'disputed'},
    ]);
    expect(first.sources[0].accessed?.iso).to.equal('2024-05-03');
    expect(second.sources).to.deep.equal([{name: 'Wire'}, {name: 'Daily', status: 'retracted', archived: 'https://archive.ph/x'}]);
    expect(problems.map((p) => [p.severity, p.path])).to.deep.equal([
      ['warning', 'rows[3].status'], ['error', 'rows[3].archived'],
    ]);
  });

  it('source checks name the spreadsheet column', () => {
    const {problems} = parseTimelineCsv('date,title,source\n2001,A,Wire\n', {title: 'T', sourceChecks: 'warning'});
    expect(problems.map((p) => p.path)).to.deep.equal(['rows[2].source_url', 'rows[2].published']);
  });
});

const event = (id: string, ...statuses: (SourceStatus | undefined)[]): TimelineEvent =>
  parseTimeline({title: 'T', events: [{id, date: '2001', title: id, sources: statuses.map((status, i): TimelineSourceInput => ({name: `S${i}`, ...(status && {status})}))}]}).timeline!.events[0];

describe('provenance helpers', () => {
  it('sources disagree when one confirms or reports and another disputes or is retracted', () => {
    const table: [(SourceStatus | undefined)[], boolean][] = [
      [['confirmed', 'disputed'], true],
      [['reported', 'retracted'], true],
      [['retracted', undefined, 'confirmed'], true],
      [['confirmed', 'reported'], false],
      [['disputed', 'retracted'], false],
      [['confirmed', undefined], false],
      [[], false],
    ];
    for (const [statuses, expected] of table) expect(sourcesDisagree(event('x', ...statuses).sources), statuses.join()).to.equal(expected);
  });

  it('status-filter words: statuses in any case, unknown words apart', () => {
    const {statuses, unknown} = readStatusFilter(' Confirmed  reported,bogus  confirmed ');
    expect([...statuses]).to.deep.equal(['confirmed', 'reported']);
    expect(unknown).to.deep.equal(['bogus']);
    expect(readStatusFilter(undefined).statuses.size).to.equal(0);
  });

  it('filters events by a source status, with categories and the query', () => {
    const events = [event('both', 'confirmed', 'disputed'), event('reported', 'reported'), event('none', undefined), event('retracted', 'retracted')];
    expect(filterEvents(events, {statuses: new Set()})).to.equal(events);
    expect(filterEvents(events, {statuses: new Set(['confirmed'])}).map((e) => e.id)).to.deep.equal(['both']);
    expect(filterEvents(events, {statuses: new Set(['disputed', 'retracted'])}).map((e) => e.id)).to.deep.equal(['both', 'retracted']);
    expect(filterEvents(events, {statuses: new Set(['reported', 'confirmed']), query: 'report'}).map((e) => e.id)).to.deep.equal(['reported']);
    expect(hasSourceStatus(events[2], new Set(SOURCE_STATUSES))).to.equal(false);
    expect(statusesUsed(events)).to.deep.equal(['confirmed', 'reported', 'disputed', 'retracted']);
    expect(statusesUsed(events.slice(1, 3))).to.deep.equal(['reported']);
  });
});
