/** Seeded random events for layout tests (not a test file itself). */
import {parsePartialDate} from '../../src/data/dates.js';
import type {PartialDate, TimelineEvent} from '../../src/data/types.js';
import {layoutSteps, type EventLayout, type LayoutOptions} from '../../src/layout/layout-events.js';
import {runSteps} from '../../src/steps/steps.js';

export const DAY = 86_400_000;

/** A small seeded PRNG: the same seed gives the same sequence in every browser. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function date(iso: string): PartialDate {
  const result = parsePartialDate(iso);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const isoMinute = (time: number) => `${new Date(time).toISOString().slice(0, 16)}Z`;

/** Events sorted as the parser sorts them (start, end, input order), `index` = position. */
export function sortEvents(events: Array<Omit<TimelineEvent, 'index'>>): TimelineEvent[] {
  return events
    .map((event, order) => ({event, order}))
    .sort(
      (a, b) =>
        a.event.date.start - b.event.date.start ||
        (a.event.end ?? a.event.date).end - (b.event.end ?? b.event.date).end ||
        a.order - b.order,
    )
    .map(({event}, index) => ({...event, index}));
}

/**
 * `count` events between 2001 and 2021: points at day or minute precision,
 * some ranges (days to years long), and some bursts of events on one day.
 */
export function generateEvents(count: number, seed: number): TimelineEvent[] {
  const random = mulberry32(seed);
  const from = Date.UTC(2001, 0, 1);
  const span = Date.UTC(2021, 0, 1) - from;
  const events: Array<Omit<TimelineEvent, 'index'>> = [];
  let burstLeft = 0;
  let burstDay = 0;
  for (let i = 0; i < count; i++) {
    let time: number;
    if (burstLeft > 0) {
      burstLeft--;
      time = burstDay + Math.floor(random() * 24 * 60) * 60_000;
    } else {
      time = from + Math.floor(random() * span);
      if (random() < 0.05) {
        burstLeft = 3 + Math.floor(random() * 15);
        burstDay = Math.floor(time / DAY) * DAY;
      }
    }
    const kind = random();
    const id = `e${i}`;
    const title = `Event ${i}`;
    if (kind < 0.25) {
      const length = Math.floor(random() ** 3 * 3 * 365 * DAY) + DAY;
      events.push({id, title, sources: [], date: date(isoDay(time)), end: date(isoDay(time + length))});
    } else if (kind < 0.6) {
      events.push({id, title, sources: [], date: date(isoMinute(time))});
    } else {
      events.push({id, title, sources: [], date: date(isoDay(time))});
    }
  }
  return sortEvents(events);
}

/** `layoutSteps` run in one go, as the tests lay out. */
export function layoutEvents(events: readonly TimelineEvent[], options: LayoutOptions): EventLayout {
  return runSteps(layoutSteps(events, options));
}
