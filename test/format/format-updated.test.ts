/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {parsePartialDate} from '../../src/data/dates.js';
import type {PartialDate} from '../../src/data/types.js';
import {formatUpdated} from '../../src/format/format-updated.js';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('formatUpdated', () => {
  it('writes a time on the clock of the zone asked for, the day and the time joined by a comma', () => {
    expect(plain(formatUpdated(date('2021-10-20T14:05Z'), 'en-GB', 'UTC'))).to.equal('20 October 2021, 14:05');
    // Kabul is four and a half hours ahead: the same instant, another wall clock and, near midnight, another day.
    expect(plain(formatUpdated(date('2021-10-20T14:05Z'), 'en-GB', 'Asia/Kabul'))).to.equal('20 October 2021, 18:35');
    expect(plain(formatUpdated(date('2021-10-20T22:00-02:00'), 'en-GB', 'Asia/Kabul'))).to.equal('21 October 2021, 04:30');
  });

  it('uses the browser\'s own zone by default', () => {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const updated = date('2021-10-20T14:05+04:30');
    expect(formatUpdated(updated, 'ru')).to.equal(formatUpdated(updated, 'ru', zone));
  });

  it('writes a day as given, whatever the zone', () => {
    expect(plain(formatUpdated(date('2021-10-20'), 'en-GB', 'Pacific/Kiritimati'))).to.equal('20 October 2021');
  });
});
