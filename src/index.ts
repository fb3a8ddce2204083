/**
 * news-timeline without side effects: the element classes, their events,
 * and the pure data and layout functions. Import `news-timeline/news-timeline.js`
 * to register the tags.
 */
export {NewsTimeline} from './elements/timeline/timeline.js';
export {NewsTimelineEvent} from './elements/event/event.js';
export {NewsTimelineCategory} from './elements/event/category.js';
export {NewsTimelineEra} from './elements/event/era.js';
export {NewsTimelineSteps} from './elements/steps/steps-element.js';
export {NewsTimelineLoadEvent} from './events/load-event.js';
export {NewsTimelineErrorEvent} from './events/error-event.js';
export {NewsTimelineSelectEvent} from './events/select-event.js';
export {NewsTimelineRangeChangeEvent} from './events/range-change-event.js';
export {NewsTimelineUpdateEvent} from './events/update-event.js';
export {NewsTimelineStepEvent} from './events/step-event.js';
export * from './data/index.js';
export {formatPartialDate, formatDateRange} from './format/format-date.js';
export {loadStrings, registerStrings, stringsFor, type UiStrings} from './format/strings.js';
export type {TimeWindow} from './layout/time-scale.js';
