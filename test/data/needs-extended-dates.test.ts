/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {readDate} from '../../src/data/dates.js';
import {needsExtendedDates} from '../../src/data/needs-extended-dates.js';

describe('needsExtendedDates', () => {
  it('finds an EDTF date in events, their sources and eras', () => {
    expect(needsExtendedDates({events: [{date: '2001'}, {date: '2001-10', end: '2001-11-12?'}]})).to.equal(true);
    expect(needsExtendedDates({events: [{date: '2001'}], eras: [{start: '2021-21', end: '2022'}]})).to.equal(true);
    expect(needsExtendedDates({events: [{date: '2001', sources: [{name: 'A', accessed: '2021-XX'}]}]})).to.equal(true);
    expect(needsExtendedDates({events: [{date: 'Y-13800000000'}]})).to.equal(true);
    expect(needsExtendedDates({events: [{date: '2001-11-12/2001-11-13'}]})).to.equal(true);
  });

  it('does not take plain ISO dates, or signs outside a date field, for one', () => {
    expect(needsExtendedDates({events: [{date: '2001-10-07T16:30+04:30', end: '2001-12'}], eras: [{start: '-0044', end: '2001'}]})).to.equal(false);
    expect(needsExtendedDates({events: [{date: '2001', title: 'Why? About 2001~', summary: 'a/b', sources: [{name: 'X?', url: 'https://a.org/x?y'}]}]})).to.equal(false);
    for (const doc of [null, 'text', [], {events: 'none'}, {events: [null, 3]}]) expect(needsExtendedDates(doc), JSON.stringify(doc)).to.equal(false);
  });
});

describe('readDate', () => {
  it('reads plain ISO at once, as parsePartialDate does', () => {
    expect(readDate('2001-10-07')).to.deep.include({iso: '2001-10-07', precision: 'day', start: Date.UTC(2001, 9, 7)});
    expect(readDate('2021-13-01')).to.match(/is not a valid date/);
  });
});
