import {changesSinceVisit, type EventChanges, type LastVisit} from '../data/diff-events.js';
import type {TimelineEvent, TimelineProblem} from '../data/types.js';

const STORAGE_PREFIX = 'news-timeline:last-visit:';

/** What `remember` found: the changes since the last visit, or why nothing could be remembered. */
export interface Remembered {
  readonly changes?: EventChanges;
  readonly problem?: TimelineProblem;
}

/**
 * For `remember`: what changed since the visit stored for this timeline
 * (when `mark`: a timeline just loaded, not a live update of it), then
 * stores this visit: its time and the ids of its events. The timeline is
 * known by its `src`, resolved (the same file from two pages is one
 * timeline), else by the element's `id` in its page. Storage that is full
 * or refused (a private window, a blocked site) leaves the timeline unmarked
 * rather than failing.
 */
export function rememberVisit(src: string | undefined, id: string, events: readonly TimelineEvent[], mark: boolean, now = Date.now()): Remembered {
  // Storage is per origin already; an id is only unique within its page.
  const key = src ? new URL(src, document.baseURI).href : id ? `${location.pathname}#${id}` : undefined;
  if (!key) return {problem: {severity: 'warning', path: 'remember', message: 'the element needs a src or an id to remember the last visit by; nothing was stored'}};
  const stored = mark ? readVisit(key) : undefined;
  writeVisit(key, {time: now, ids: events.map((event) => event.id)});
  return {changes: stored && changesSinceVisit(stored, events)};
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
