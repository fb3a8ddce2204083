// Type-level test of the plain TypeScript usage in docs/frameworks.md. It is
// compiled by `npm run typecheck` and never run: a wrong type makes
// typechecking fail, and each `@ts-expect-error` line fails it too if that
// misuse ever stops being an error.
import '../../src/news-timeline.js';
import {parseTimeline} from '../../src/index.js';
import type {
  DatePrecision,
  NewsTimeline,
  NewsTimelineErrorEvent,
  NewsTimelineEvent,
  NewsTimelineLoadEvent,
  NewsTimelineRangeChangeEvent,
  NewsTimelineSelectEvent,
  Timeline,
  TimelineDocument,
  TimelineEvent,
  TimelineProblem,
} from '../../src/index.js';

/** `true` only when A and B are the same type (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when given `true`. */
function assertType<T extends true>(..._proof: T[]): void {}

// --- the tags: HTMLElementTagNameMap --------------------------------------------

const found = document.querySelector('news-timeline');
assertType<Equal<typeof found, NewsTimeline | null>>();
const all = document.querySelectorAll('news-timeline');
assertType<Equal<typeof all, NodeListOf<NewsTimeline>>>();
const child = found?.querySelector('news-timeline-event');
assertType<Equal<typeof child, NewsTimelineEvent | null | undefined>>();

const timeline = document.createElement('news-timeline');
assertType<Equal<typeof timeline, NewsTimeline>>();
timeline.selected = 'kabul-airport-bombing';
timeline.selected = null;
timeline.theme = 'dark';
timeline.layout = 'vertical';
timeline.lanes = 4;
timeline.select('kabul-airport-bombing');
timeline.zoomTo('2021-08-01', new Date('2021-09-01'));
// @ts-expect-error selected is an event id, not an index
timeline.selected = 3;
// @ts-expect-error theme is 'auto', 'light' or 'dark'
timeline.theme = 'sepia';
// @ts-expect-error lanes is a number (the attribute is converted; the property is not)
timeline.lanes = '4';
// @ts-expect-error the parsed timeline is read-only: set `data` instead
timeline.timeline = undefined;
assertType<Equal<NewsTimeline['timeline'], Timeline | undefined>>();
assertType<Equal<NewsTimeline['problems'], readonly TimelineProblem[]>>();

// --- the events: GlobalEventHandlersEventMap ------------------------------------

timeline.addEventListener('news-timeline-select', (event) => {
  assertType<Equal<typeof event, NewsTimelineSelectEvent>>();
  assertType<Equal<typeof event.eventId, string | null>>();
  assertType<Equal<typeof event.event, TimelineEvent | undefined>>();
  // @ts-expect-error eventId is null when the reader closed the card
  const id: string = event.eventId;
  return id;
});
timeline.addEventListener('news-timeline-load', (event) => {
  assertType<Equal<typeof event, NewsTimelineLoadEvent>>();
  assertType<Equal<typeof event.problems, readonly TimelineProblem[]>>();
});
timeline.addEventListener('news-timeline-error', (event) => assertType<Equal<typeof event, NewsTimelineErrorEvent>>());
timeline.addEventListener('news-timeline-range-change', (event) => {
  assertType<Equal<typeof event, NewsTimelineRangeChangeEvent>>();
  assertType<Equal<typeof event.start, Date>>();
});
// The events bubble out of the shadow root, and the maps type them on document and window too.
document.addEventListener('news-timeline-select', (event) => assertType<Equal<typeof event, NewsTimelineSelectEvent>>());
window.addEventListener('news-timeline-select', (event) => assertType<Equal<typeof event, NewsTimelineSelectEvent>>());
// @ts-expect-error a listener for another event's class does not fit news-timeline-select
timeline.addEventListener('news-timeline-select', (event: NewsTimelineLoadEvent) => event.problems);
// @ts-expect-error a misspelt name is an ordinary Event, without eventId
timeline.addEventListener('news-timeline-selected', (event) => event.eventId);
// @ts-expect-error the unprefixed name is the native select event, without eventId
timeline.addEventListener('select', (event) => event.eventId);

// --- the data format ------------------------------------------------------------

const doc: TimelineDocument = {
  title: 'Doha to Moscow',
  categories: [{id: 'diplomacy', label: 'Diplomacy', color: '#48a07c'}],
  events: [
    {id: 'doha', date: '2020-02-29', title: 'Doha agreement', category: 'diplomacy', sources: [{name: 'Wire', url: 'https://example.org/doha'}]},
    {id: 'moscow', date: '2021-10-20', end: '2021-10-21', title: 'Moscow talks'},
  ],
};
timeline.data = doc;
timeline.data = JSON.stringify(doc);

const result = parseTimeline(doc);
assertType<Equal<typeof result.timeline, Timeline | undefined>>();
assertType<Equal<NonNullable<typeof result.timeline>['events'][number]['date']['precision'], DatePrecision>>();

// @ts-expect-error every event needs a date
const undated: TimelineDocument = {title: 'No date', events: [{id: 'a', title: 'Undated'}]};
// @ts-expect-error dates are ISO 8601 strings, not Date objects
const dated: TimelineDocument = {title: 'Date object', events: [{id: 'a', date: new Date(), title: 'Dated'}]};
// @ts-expect-error a source needs a name
const unnamed: TimelineDocument = {title: 'Source', events: [{id: 'a', date: '2001', title: 'T', sources: [{url: 'https://example.org'}]}]};

export {undated, dated, unnamed};
