import type {ItemIndex} from './item-index.js';
import type {LayoutItem} from './layout-events.js';

/** Stable key of a layout item: its event id, or its first event's id for a cluster. */
export const itemKey = (item: LayoutItem) => (item.kind === 'event' ? item.event.id : `cluster:${item.events[0].id}`);

/** The item with a key, found through the index of event id → item (no scan of the layout). */
export function itemByKey(items: readonly LayoutItem[], itemOfEvent: ItemIndex, key: string): LayoutItem | undefined {
  const index = itemOfEvent.get(key.startsWith('cluster:') ? key.slice('cluster:'.length) : key);
  const item = index === undefined ? undefined : items[index];
  return item && itemKey(item) === key ? item : undefined;
}
