/**
 * The data layer alone: parse and check timeline documents without any DOM,
 * in a browser, a Worker or Node (`news-timeline/data.js`).
 */
export {parseTimeline, COLOR_PATTERN} from './parse-timeline.js';
export {parseTimelineText, parseTimelineSource, parseTimelineCsv, type ParseSourceOptions} from './parse-timeline-text.js';
export {type CsvOptions} from './csv.js';
export {isTimelineJS, fromTimelineJS, toTimelineJSPath, type TimelineJSConversion} from './timelinejs.js';
export {htmlToText} from './html-to-text.js';
export {parsePartialDate, ISO_DATE_PATTERN} from './dates.js';
export {formatProblem} from './problems.js';
export type * from './types.js';
