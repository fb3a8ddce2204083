import type {EventChanges} from '../data/diff-events.js';
import type {LiveMark} from '../elements/timeline/live-marks.js';

/**
 * Marks what an update (or the time since the last visit) changed. A mark
 * stays until the page is reloaded: an event added by one update is still
 * new after the next, and new wins over updated. Removed events lose theirs.
 */
export function markChanges(marks: Map<string, LiveMark>, {added, changed, removed}: EventChanges): void {
  for (const id of removed) marks.delete(id);
  for (const id of added) marks.set(id, 'new');
  for (const id of changed) if (marks.get(id) !== 'new') marks.set(id, 'updated');
}
