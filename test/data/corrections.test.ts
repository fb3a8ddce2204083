/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parseTimeline} from '../../src/data/parse-timeline.js';
import {needsProvenance} from '../../src/data/provenance.js';
import {parseTimelineCsv} from '../../src/data/parse-timeline-text.js';

/** One event with these extra fields, parsed (and the timeline's own fields). */
function parseEvent(event: Record<string, unknown>, root: Record<string, unknown> = {}) {
  return parseTimeline({title: 'T', events: [{id: 'a', date: '2021-10-20', title: 'A', ...event}], ...root});
}

describe('update times', () => {
  it('reads a date-time with its zone, at any offset, and a date', () => {
    const {timeline, problems} = parseEvent({updated: '2021-10-20T14:05+04:30'}, {updated: '2021-10-21'});
    expect(problems).to.deep.equal([]);
    const updated = timeline!.events[0].updated!;
    expect(updated.precision).to.equal('time');
    expect(updated.offsetMinutes).to.equal(270);
    expect(updated.start).to.equal(Date.UTC(2021, 9, 20, 9, 35));
    expect(timeline!.updated?.precision).to.equal('day');
    expect(timeline!.updated?.start).to.equal(Date.UTC(2021, 9, 21));
  });

  it('anything else is an error naming the path and what was expected; the event and the timeline still show', () => {
    for (const bad of ['yesterday', '2021-10-20T14:05', '2021-10', '2021', '2021-10-20?', '2021-02-30', 20211020, null]) {
      const {timeline, problems} = parseEvent({updated: bad}, {updated: bad});
      expect(timeline!.events, String(bad)).to.have.length(1);
      expect(timeline!.events[0].updated).to.equal(undefined);
      expect(timeline!.updated).to.equal(undefined);
      expect(problems.map((p) => p.path)).to.deep.equal(['events[0].updated', 'updated']);
      const got = typeof bad === 'string' ? `"${bad}"` : bad === null ? 'null' : 'a number';
      for (const problem of problems) {
        expect(problem.severity).to.equal('error');
        expect(problem.message).to.equal(`expected a date-time with its zone like 2021-10-20T14:05Z or a date, got ${got}; the update time was left out`);
      }
    }
  });
});

describe('corrections', () => {
  it('are read and sorted oldest first, a day before a later time that day, equal dates in file order', () => {
    const {timeline, problems} = parseEvent({corrections: [
      {date: '2021-10-22', text: 'third'},
      {date: '2021-10-20T18:00+03:00', text: 'second'},
      {date: '2021-10-20', text: 'first'},
      {date: '2021-10-22', text: 'fourth'},
    ]});
    expect(problems).to.deep.equal([]);
    expect(timeline!.events[0].corrections!.map((c) => c.text)).to.deep.equal(['first', 'second', 'third', 'fourth']);
    expect(timeline!.events[0].corrections![1].date.offsetMinutes).to.equal(180);
  });

  it('a correction without its date or text, or with a bad one, is reported at its path and left out; the others stay', () => {
    const {timeline, problems} = parseEvent({corrections: [
      {text: 'no date'},
      {date: '2021-10-20'},
      {date: 'last week', text: 'bad date'},
      {date: '2021-10-21', text: '   '},
      'a string',
      {date: '2021-10-23', text: 'kept', note: 'x'},
    ]});
    expect(timeline!.events[0].corrections).to.deep.equal([{date: timeline!.events[0].corrections![0].date, text: 'kept'}]);
    expect(problems.map((p) => [p.severity, p.path])).to.deep.equal([
      ['error', 'events[0].corrections[0].date'],
      ['error', 'events[0].corrections[1].text'],
      ['error', 'events[0].corrections[2].date'],
      ['error', 'events[0].corrections[3].text'],
      ['error', 'events[0].corrections[4]'],
      ['warning', 'events[0].corrections[5].note'],
    ]);
    for (const problem of problems.filter((p) => p.severity === 'error')) expect(problem.message).to.match(/; the correction was left out$/);
    expect(problems[0].message).to.equal('is missing; the correction was left out');
    expect(problems[2].message).to.match(/^expected a date-time with its zone like 2021-10-20T14:05Z or a date, got "last week"/);
  });

  it('something other than an array is an error; the event stays without corrections', () => {
    const {timeline, problems} = parseEvent({corrections: {date: '2021-10-20', text: 'x'}});
    expect(timeline!.events[0].corrections).to.equal(undefined);
    expect(problems).to.deep.equal([{severity: 'error', path: 'events[0].corrections', message: 'expected an array, got an object; it was left out'}]);
  });

  it('a correction\'s text is kept as text, HTML and all', () => {
    const text = '<img src=x onerror=alert(1)> was <b>wrong</b>';
    const {timeline} = parseEvent({corrections: [{date: '2021-10-20', text}]});
    expect(timeline!.events[0].corrections![0].text).to.equal(text);
  });

  it('an event with corrections needs the provenance part, which draws them', () => {
    expect(needsProvenance(parseEvent({}).timeline!.events)).to.equal(false);
    expect(needsProvenance(parseEvent({corrections: [{date: '2021-10-20', text: 'x'}]}).timeline!.events)).to.equal(true);
  });
});

describe('update times and corrections in a spreadsheet (CSV)', () => {
  const CSV = [
    'id,date,title,updated,correction,correction 2',
    'talks,2021-10-20,Talks,2021-10-20T14:05Z,"2021-10-22T09:30+04:30: Second, with a comma",2021-10-21: First',
    'other,2021-10-21,Other,yesterday,no date here,',
  ].join('\n');

  it('reads `updated` and each `correction` cell as a date, a colon and a space, then the text; as JSON would', () => {
    const {timeline} = parseTimelineCsv(CSV, {title: 'T'});
    const json = parseTimeline({title: 'T', events: [{
      id: 'talks', date: '2021-10-20', title: 'Talks', updated: '2021-10-20T14:05Z',
      corrections: [{date: '2021-10-22T09:30+04:30', text: 'Second, with a comma'}, {date: '2021-10-21', text: 'First'}],
    }]});
    expect(timeline!.events[0]).to.deep.equal(json.timeline!.events[0]);
  });

  it('names the row and column of a bad update time or a correction without a date', () => {
    const {timeline, problems} = parseTimelineCsv(CSV, {title: 'T'});
    expect(timeline!.events.map((e) => e.id)).to.deep.equal(['talks', 'other']);
    const paths = problems.filter((p) => p.severity === 'error').map((p) => p.path);
    expect(paths).to.deep.equal(['rows[3].updated', 'rows[3].correction']);
    expect(problems.find((p) => p.path === 'rows[3].correction')!.message).to.equal('is missing; the correction was left out (spreadsheet row 3, counting the header as row 1)');
  });

  it('names a second correction column by its header', () => {
    const {problems} = parseTimelineCsv('date,title,Correction 2\n2021-10-20,A,2021-13-01: bad month', {title: 'T'});
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.path)).to.deep.equal(['rows[2].Correction 2']);
  });
});
