import type {UiStrings} from '../strings.js';
import {num, plural} from './plural.js';
import {yearNumber} from './year-number.js';

const L = 'en';
const events = (n: number) => plural(L, n, {one: '# event', other: '# events'});

/** English: the reference set every other language is checked against. */
export const EN: UiStrings = {
  loading: 'Loading timeline…',
  retry: 'Try again',
  empty: 'This timeline has no events yet.',
  zoomGroup: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  legend: 'Categories',
  events: 'Events',
  close: 'Close',
  sources: 'Sources',
  newTab: 'opens in a new tab',
  eventCount: events,
  count: (n) => num(L, n),
  separator: ', ',
  loadFailed: (reason) => `Could not load the timeline: ${reason}`,
  publishSheet: 'the Google sheet is not published. In it: File > Share > Publish to web, choose the sheet (or "Entire document") and CSV, Publish, then paste the new address.',
  eventsLeftOut: (n) => `${plural(L, n, {one: '# event was', other: '# events were'})} left out because of errors in the data.`,
  showing: (range) => `Showing ${range}`,
  problemsSummary: (n) => `${plural(L, n, {one: '# problem', other: '# problems'})} in the data`,
  wheelHint: 'Use Ctrl + scroll to zoom the timeline',
  search: 'Search events',
  matches: (shown, total) => `${num(L, shown)} of ${events(total)} shown`,
  sameDay: 'Events on this day',
  stepGroup: 'Event by event',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  stepPosition: (n, total) => `${num(L, n)} of ${num(L, total)}`,
  viewImage: 'View the image',
  watchOn: (name) => `Watch on ${name}`,
  listenOn: (name) => `Listen on ${name}`,
  viewOn: (name) => `View on ${name}`,
  showHere: (name) => `Show here (loads from ${name})`,
  player: (name) => `${name} player`,
  // The statuses are English words already.
  status: (status) => status,
  archivedCopy: 'archived copy',
  accessed: (date) => `accessed ${date}`,
  sourcesDisagree: 'The sources disagree.',
  corrections: 'Corrections',
  updated: (time) => (time ? `Updated ${time}` : 'Updated'),
  // BC as Intl's short era writes it, so deep and calendar years read alike.
  year: (y) => (y < 1 ? `${yearNumber(L, 1 - y)} BC` : yearNumber(L, y)),
  about: (date) => `about ${date}`,
  possibly: (date) => `possibly ${date}`,
  between: (ends) => `between ${ends(' and ')}`,
  orLater: (date) => `${date} or later`,
  orEarlier: (date) => `${date} or earlier`,
  someYears: (y, span) => (span === 10 ? `the ${yearNumber(L, y)}s` : `${yearNumber(L, y)}–${yearNumber(L, y + 99)}`),
  season: (n, year) => `${['spring', 'summer', 'autumn', 'winter'][n - 21]} ${year}`,
  newEvent: 'New',
  updatesPaused: 'Updates paused',
  liveChanges: (added, changed, removed) =>
    [added && plural(L, added, {one: '# new event', other: '# new events'}), changed && `${num(L, changed)} updated`, removed && `${num(L, removed)} removed`].filter(Boolean).join(', '),
};
