import type {TimelineEvent} from '../data/types.js';
import type {EventLayout} from './layout-events.js';

/** Which item of a layout holds an event, by the event's id (`undefined` for events not laid out). */
export interface ItemIndex {
  get(eventId: string): number | undefined;
  has(eventId: string): boolean;
}

/**
 * Indexes a layout by event: each zoom level's layout needs one, and at
 * 100k events a Map of ids took longer to fill than some layouts take. This
 * fills a typed array by `event.index` and finds events through `eventById`,
 * which is built once per timeline.
 */
export function indexItems(layout: EventLayout, eventById: ReadonlyMap<string, TimelineEvent>, eventCount: number): ItemIndex {
  const itemOf = new Int32Array(eventCount).fill(-1);
  layout.items.forEach((item, i) => {
    if (item.kind === 'event') itemOf[item.event.index] = i;
    else for (const event of item.events) itemOf[event.index] = i;
  });
  const get = (eventId: string) => {
    const event = eventById.get(eventId);
    const item = event ? itemOf[event.index] : -1;
    return item === undefined || item < 0 ? undefined : item;
  };
  return {get, has: (eventId) => get(eventId) !== undefined};
}
