import {hasSourceStatus} from '../data/provenance.js';
import type {SourceStatus, TimelineEvent} from '../data/types.js';

export interface EventFilter {
  /** Category ids whose events are hidden. */
  readonly hiddenCategories?: ReadonlySet<string>;
  /** Words that must all appear in the title, summary, an excerpt or a source name (any case, any accents). */
  readonly query?: string;
  /** When not empty, only events with a source of one of these statuses pass. */
  readonly statuses?: ReadonlySet<SourceStatus>;
}

/** Lower case without accents, so "kabul" finds "Kābul" and "moscú" finds "Moscu". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function searchableText(event: TimelineEvent): string {
  const parts = [event.title, event.summary ?? ''];
  for (const source of event.sources) parts.push(source.name, source.excerpt ?? '');
  return foldText(parts.join('\n'));
}

const cache = new WeakMap<TimelineEvent, string>();

/** The events that pass a filter, in their order. Returns the same array when nothing is filtered. */
export function filterEvents(events: readonly TimelineEvent[], filter: EventFilter): readonly TimelineEvent[] {
  const hidden = filter.hiddenCategories;
  const words = foldText(filter.query ?? '').split(/\s+/).filter(Boolean);
  const statuses = filter.statuses;
  if (!hidden?.size && !words.length && !statuses?.size) return events;
  return events.filter((event) => {
    if (hidden?.size && event.category !== undefined && hidden.has(event.category)) return false;
    if (statuses?.size && !hasSourceStatus(event, statuses)) return false;
    if (!words.length) return true;
    let text = cache.get(event);
    if (text === undefined) cache.set(event, (text = searchableText(event)));
    return words.every((word) => text!.includes(word));
  });
}
