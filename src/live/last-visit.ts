import {changesSinceVisit, type EventChanges, type LastVisit} from '../data/diff-events.js';
import type {TimelineEvent} from '../data/types.js';

const STORAGE_PREFIX = 'news-timeline:last-visit:';

/**
 * For `remember`: what changed since the visit stored under `key` (when
 * `mark`: a timeline just loaded, not a live update of it), then stores this
 * visit: its time and the ids of its events. Storage that is full or refused
 * (a private window, a blocked site) leaves the timeline unmarked rather
 * than failing.
 */
export function rememberVisit(key: string, events: readonly TimelineEvent[], mark: boolean, now = Date.now()): EventChanges | undefined {
  const stored = mark ? readVisit(key) : undefined;
  writeVisit(key, {time: now, ids: events.map((event) => event.id)});
  return stored && changesSinceVisit(stored, events);
}

function readVisit(key: string): LastVisit | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_PREFIX + key) ?? 'null');
    const visit = value as LastVisit | null;
    return visit && typeof visit.time === 'number' && Array.isArray(visit.ids) ? visit : undefined;
  } catch {
    return undefined;
  }
}

function writeVisit(key: string, visit: LastVisit): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(visit));
  } catch {
    // Full or refused: the next visit marks nothing, as without `remember`.
  }
}
