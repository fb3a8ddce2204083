/**
 * The script-tag bundle (dist/news-timeline.bundle.js): registers the tags,
 * as news-timeline.ts does, and exports the element and event classes and the
 * helpers a page may call. Not the file readers: the CSV and TimelineJS3 ones
 * are parts the element loads only for such a file (see lazy-parts.ts), and
 * pages and servers that parse files themselves use `news-timeline/data.js`.
 */
export {
  NewsTimeline,
  NewsTimelineEvent,
  NewsTimelineLoadEvent,
  NewsTimelineErrorEvent,
  NewsTimelineSelectEvent,
  NewsTimelineRangeChangeEvent,
  formatPartialDate,
  formatDateRange,
  loadStrings,
  registerStrings,
  stringsFor,
  parsePartialDate,
  formatProblem,
} from './news-timeline.js';
