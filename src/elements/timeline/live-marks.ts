import type {EventChanges} from '../../data/diff-events.js';

/** How an event is marked: added, or changed, since the reader first saw the timeline (or last visited). */
export type LiveMark = 'new' | 'updated';

/**
 * The New and Updated marks of a live timeline, by event id. A mark stays
 * until the page is reloaded: an event added by one update is still new
 * after the next, and new wins over updated. Removed events lose theirs.
 */
export class LiveMarks {
  readonly marks = new Map<string, LiveMark>();

  /** Takes what an update (or the time since the last visit) changed. */
  apply({added, changed, removed}: EventChanges): void {
    for (const id of removed) this.marks.delete(id);
    for (const id of added) this.marks.set(id, 'new');
    for (const id of changed) if (this.marks.get(id) !== 'new') this.marks.set(id, 'updated');
  }

  /** A timeline that is not a new version of the one shown: no marks carry over. */
  clear(): void {
    this.marks.clear();
  }
}
