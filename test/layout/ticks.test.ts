/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {createTimeScale} from '../../src/layout/time-scale.js';
import {computeTicks, TICK_EDGE, tickAlignment, tickUnit, type TickUnit} from '../../src/layout/ticks.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const WIDTH = 1000;

interface WindowCase {
  name: string;
  start: number;
  end: number;
  unit: TickUnit;
}

const windows: WindowCase[] = [
  {name: '20 years', start: Date.UTC(2001, 0, 1), end: Date.UTC(2021, 0, 1), unit: 'year'},
  {name: '20 years, odd edges', start: Date.UTC(2001, 8, 11), end: Date.UTC(2021, 7, 30), unit: 'year'},
  {name: '1 year', start: Date.UTC(2004, 0, 1), end: Date.UTC(2005, 0, 1), unit: 'month'},
  {name: '1 year from April', start: Date.UTC(2004, 3, 15), end: Date.UTC(2005, 3, 15), unit: 'month'},
  {name: '3 months', start: Date.UTC(2004, 3, 10), end: Date.UTC(2004, 6, 10), unit: 'day'},
  {name: '2 weeks', start: Date.UTC(2004, 4, 3), end: Date.UTC(2004, 4, 17), unit: 'day'},
  {name: '2 weeks from the 1st', start: Date.UTC(2004, 4, 1), end: Date.UTC(2004, 4, 15), unit: 'day'},
  {name: '1 day', start: Date.UTC(2001, 9, 7), end: Date.UTC(2001, 9, 8), unit: 'hour'},
  {name: '1 day from noon', start: Date.UTC(2001, 9, 7, 12), end: Date.UTC(2001, 9, 8, 12), unit: 'hour'},
];

const plain = (text: string) => text.replace(/[\s\u00a0\u2009\u202f]+/g, ' ');

describe('tickUnit', () => {
  const cases: Array<[string, number, TickUnit]> = [
    ['10 years', 3652 * DAY, 'year'],
    ['1 year', 365 * DAY, 'year'],
    ['leap year', 366 * DAY, 'year'],
    ['quarter', 91 * DAY, 'month'],
    ['31 days', 31 * DAY, 'month'],
    ['February', 28 * DAY, 'month'],
    ['week', 7 * DAY, 'day'],
    ['2 days', 2 * DAY, 'day'],
    ['day', DAY, 'day'],
    ['12 hours', 12 * HOUR, 'hour'],
    ['hour', HOUR, 'hour'],
    ['30 minutes', 30 * MINUTE, 'minute'],
  ];
  for (const [name, step, unit] of cases) {
    it(`${name} → ${unit}`, () => {
      expect(tickUnit(step)).to.equal(unit);
    });
  }
});

describe('computeTicks', () => {
  for (const {name, start, end, unit} of windows) {
    describe(name, () => {
      const scale = createTimeScale({start, end}, WIDTH);
      const ticks = computeTicks(scale, 'en');

      it(`chooses ${unit}s`, () => {
        expect(ticks.length).to.be.greaterThan(1);
        expect(tickUnit(ticks[1].time - ticks[0].time)).to.equal(unit);
      });

      it('places ticks within range, increasing, at the scale position of their time', () => {
        for (let i = 0; i < ticks.length; i++) {
          const {x, time} = ticks[i];
          expect(x).to.be.within(0, WIDTH);
          expect(time).to.be.within(start, end);
          expect(x).to.be.closeTo(((time - start) / (end - start)) * WIDTH, 1e-6);
          if (i > 0) {
            expect(x).to.be.greaterThan(ticks[i - 1].x);
            expect(time).to.be.greaterThan(ticks[i - 1].time);
          }
        }
      });

      it('puts ticks on UTC boundaries of the unit (not Kabul time)', () => {
        for (const {time} of ticks) {
          const d = new Date(time);
          expect(d.getUTCMinutes(), d.toISOString()).to.equal(0);
          if (unit !== 'hour') expect(d.getUTCHours(), d.toISOString()).to.equal(0);
          if (unit === 'month' || unit === 'year') expect(d.getUTCDate(), d.toISOString()).to.equal(1);
          if (unit === 'year') expect(d.getUTCMonth(), d.toISOString()).to.equal(0);
        }
      });

      it('marks the first tick major and names its year', () => {
        expect(ticks[0].major).to.equal(true);
        const year = String(new Date(ticks[0].time).getUTCFullYear());
        expect(ticks[0].label).to.include(year);
      });

      it('keeps about one tick per 90 px', () => {
        expect(ticks.length).to.be.within(3, 25);
      });
    });
  }

  it('labels years in en as "2004"', () => {
    const ticks = computeTicks(createTimeScale({start: Date.UTC(2001, 0, 1), end: Date.UTC(2021, 0, 1)}, WIDTH), 'en');
    const labels = ticks.map((t) => t.label);
    expect(labels).to.include('2004');
    for (const tick of ticks) {
      expect(tick.label).to.equal(String(new Date(tick.time).getUTCFullYear()));
      expect(tick.major).to.equal(true);
    }
  });

  it('labels months in de with German names and the year at January', () => {
    const ticks = computeTicks(createTimeScale({start: Date.UTC(2004, 0, 1), end: Date.UTC(2005, 0, 1)}, WIDTH), 'de');
    const labels = ticks.map((t) => plain(t.label));
    expect(labels[0]).to.equal('2004');
    const joined = labels.join(' | ');
    for (const month of ['Mär', 'Mai', 'Okt', 'Dez']) expect(joined).to.include(month);
    for (const english of ['Mar', 'May', 'Oct', 'Dec']) expect(joined).to.not.include(english);
    expect(ticks.filter((t) => t.major).map((t) => new Date(t.time).getUTCMonth())).to.deep.equal([0, 0]);
  });

  it('labels months in en with short names and the year on major ticks', () => {
    const ticks = computeTicks(createTimeScale({start: Date.UTC(2004, 3, 15), end: Date.UTC(2005, 3, 15)}, WIDTH), 'en');
    const labels = ticks.map((t) => plain(t.label));
    expect(labels[0]).to.equal('May 2004');
    expect(labels).to.include('Jun');
    expect(labels).to.include('2005');
  });

  it('labels days with the day number and the month at the 1st', () => {
    const ticks = computeTicks(createTimeScale({start: Date.UTC(2004, 4, 24), end: Date.UTC(2004, 5, 7)}, WIDTH), 'en');
    const labels = ticks.map((t) => plain(t.label));
    expect(labels[0]).to.equal('May 24, 2004');
    // ("25" would run into the first label, which is drawn from its tick rightwards.)
    expect(labels).to.include('26');
    expect(labels).to.include('Jun');
    const june1 = ticks.find((t) => t.time === Date.UTC(2004, 5, 1));
    expect(june1?.major).to.equal(true);
  });

  it('labels hours in UTC (not Kabul time), with the date at midnight', () => {
    const ticks = computeTicks(createTimeScale({start: Date.UTC(2001, 9, 6, 12), end: Date.UTC(2001, 9, 7, 12)}, WIDTH), 'de');
    for (const tick of ticks) {
      expect(tick.time % (3 * HOUR)).to.equal(0);
      const hours = new Date(tick.time).getUTCHours();
      if (hours === 0) expect(plain(tick.label)).to.match(/\b7\. Okt/);
      else if (tick !== ticks[0]) expect(tick.label).to.match(new RegExp(`^0?${hours}:00$`));
    }
    expect(ticks.some((t) => t.label === '18:00')).to.equal(true);
    expect(ticks.some((t) => /^0?3:00$/.test(t.label))).to.equal(true);
  });

  it('returns nothing for a scale with no ticks', () => {
    const scale = createTimeScale({start: Number.NaN, end: Number.NaN}, WIDTH);
    expect(computeTicks(scale, 'en')).to.deep.equal([]);
  });

  it('never lets labels overlap as the axis draws them: flush at the edges, centred elsewhere', () => {
    // Days in October 2021 at 1000 px: the first label ("Oct 2, 2021") is long and drawn from its tick rightwards.
    for (const [start, end] of [[Date.UTC(2021, 9, 2), Date.UTC(2021, 10, 9)], [Date.UTC(2021, 9, 6), Date.UTC(2021, 10, 5)]]) {
      const width = 1000;
      const ticks = computeTicks(createTimeScale({start, end}, width), 'en');
      const boxes = ticks.map((t) => {
        const w = t.label.length * 6.6;
        const align = tickAlignment(t.x, width);
        const left = align === 'start' ? t.x : align === 'end' ? t.x - w : t.x - w / 2;
        return [left, left + w];
      });
      for (let i = 1; i < boxes.length; i++) expect(boxes[i][0], ticks[i].label).to.be.at.least(boxes[i - 1][1]);
      expect(ticks[0].x).to.be.below(TICK_EDGE);
      expect(ticks.length).to.be.greaterThan(5);
    }
  });

  it('names the month on the first weekly tick inside it', () => {
    const ticks = computeTicks(createTimeScale({start: Date.UTC(2021, 8, 20), end: Date.UTC(2021, 9, 20)}, 700), 'en');
    const october = ticks.find((t) => new Date(t.time).getUTCMonth() === 9)!;
    expect(plain(october.label)).to.equal('Oct 3');
    expect(october.major).to.equal(true);
  });


});
