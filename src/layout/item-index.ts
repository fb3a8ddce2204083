import type {TimelineEvent} from '../data/types.js';
import type {EventLayout} from './layout-events.js';
import type {Steps} from '../steps/steps.js';

/** Which item of a layout holds an event, by the event's id (`undefined` for events not laid out). */
export interface ItemIndex {
  get(eventId: string): number | undefined;
  has(eventId: string): boolean;
}

/**
 * Indexes a layout by event, pausing every few thousand events (see
 * `Steps`): each zoom level's layout needs one, and at 100k events a Map of
 * ids took longer to fill than some layouts take. This fills a typed array by
 * `event.index` and finds events through `eventById`, which is built once per
 * timeline.
 */
export function* indexSteps(layout: EventLayout, eventById: ReadonlyMap<string, TimelineEvent>, eventCount: number): Steps<ItemIndex> {
  const itemOf = new Int32Array(eventCount).fill(-1);
  const {items} = layout;
  let done = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'event') {
      itemOf[item.event.index] = i;
      done++;
    } else {
      for (const event of item.events) itemOf[event.index] = i;
      done += item.events.length;
    }
    if (done >= 8192) {
      done = 0;
      yield;
    }
  }
  const get = (eventId: string) => {
    const event = eventById.get(eventId);
    const item = event ? itemOf[event.index] : -1;
    return item === undefined || item < 0 ? undefined : item;
  };
  return {get, has: (eventId) => get(eventId) !== undefined};
}
