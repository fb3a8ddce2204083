/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {csvHeaderColumns, isTimelineJSSheetHeader} from '../../src/data/csv.js';
import {parseTimelineCsv} from '../../src/data/parse-timeline-text.js';

const TEMPLATE = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'];

describe("TimelineJS3's spreadsheet header", () => {
  it('is recognised as the template gives it', () => {
    expect(isTimelineJSSheetHeader(TEMPLATE)).to.equal(true);
  });

  it('is recognised in any case, with spaces around and inside, in any order, with extra empty columns', () => {
    expect(isTimelineJSSheetHeader([' HEADLINE ', 'text', '', 'year  ', 'end   month', '', ''])).to.equal(true);
    expect(isTimelineJSSheetHeader([...TEMPLATE].reverse().concat(['', '']))).to.equal(true);
  });

  it('is not our own header, nor one without a year or a headline', () => {
    expect(isTimelineJSSheetHeader(['id', 'date', 'title', 'summary'])).to.equal(false);
    // Our columns win where both are named.
    expect(isTimelineJSSheetHeader(['date', 'title', 'Year', 'Headline'])).to.equal(false);
    expect(isTimelineJSSheetHeader(['Year', 'Month', 'Day', 'Text'])).to.equal(false);
    expect(isTimelineJSSheetHeader(['Headline', 'Text'])).to.equal(false);
  });

  it('makes a line read as CSV when it is read as JSON by mistake', () => {
    expect(csvHeaderColumns(TEMPLATE.join(','))).to.deep.equal(TEMPLATE);
  });

  it('reads a shuffled, spaced header the same as the template order', () => {
    const inOrder = parseTimelineCsv('Year,Month,Day,Headline,Text,Group\n2001,10,7,A <b>start</b>,Words,Desk\n');
    const shuffled = parseTimelineCsv(' group ,HEADLINE,,day, Year ,text,month,\nDesk,A <b>start</b>,,7,2001,Words,10,\n');
    expect(shuffled.timeline!.events).to.deep.equal(inOrder.timeline!.events);
    expect(shuffled.timeline!.events[0]).to.include({title: 'A start', summary: 'Words', category: 'desk'});
    expect(shuffled.timeline!.events[0].date.iso).to.equal('2001-10-07');
  });

  it('that is neither says which columns it expected, ours and the template\'s', () => {
    const {timeline, problems} = parseTimelineCsv('When,What\n2001,A\n', {title: 'T'});
    expect(timeline).to.equal(undefined);
    const missing = problems.find((p) => p.path === 'columns.date')!;
    expect(missing.message).to.contain('"date" and "title"').and.contain('TimelineJS3').and.contain('"Year" and "Headline"').and.contain('"When", "What"');
  });

  it('names a column the template does not have, and a repeated one, and reads the rest', () => {
    const {timeline, problems} = parseTimelineCsv('Year,Headline,Location,Headline\n2001,A,Kabul,B\n');
    expect(timeline!.events.map((e) => e.title)).to.deep.equal(['A']);
    expect(problems.find((p) => p.path === 'columns.Location')?.message).to.contain("is not a column of TimelineJS3's template");
    expect(problems.find((p) => p.path === 'columns.Headline')?.message).to.contain('names the same column as column B');
  });
});
