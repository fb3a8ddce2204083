import {IMPORTANCE} from '../data/types.js';
import type {Candidates} from './layout-candidates.js';

/** Levels of importance, 0 to IMPORTANCE.max. */
const LEVELS = IMPORTANCE.max + 1;

/**
 * Per crowded group, the importance below which its points are clustered:
 * 0 clusters none, `LEVELS` clusters all. A group of more points than can
 * stack (`maxStack`, its cluster counting as one) clusters its least
 * important points first, as few levels as leave a stack that fits. Points
 * of the highest importance are never clustered here: they stay apart unless
 * they find no room at all (see `raiseThreshold`), so that an editor's key
 * events keep their marker and label however crowded their period.
 * O(events + groups).
 */
export function initialThresholds(candidates: Candidates, maxStack: number): {threshold: Uint8Array; counts: Int32Array} {
  const {groupSize, group, bar, importance} = candidates;
  const groups = groupSize.length;
  // counts[g * LEVELS + level]: points of group g at that level of importance.
  const counts = new Int32Array(groups * LEVELS);
  for (let i = 0; i < group.length; i++) if (!bar[i]) counts[group[i] * LEVELS + importance[i]]++;
  const threshold = new Uint8Array(groups);
  for (let g = 0; g < groups; g++) {
    if (groupSize[g] <= maxStack) continue;
    let apart = groupSize[g];
    let t = 0;
    // Raising the threshold past a level clusters that level's points; the cluster is one more item.
    while (t < IMPORTANCE.max) {
      apart -= counts[g * LEVELS + t];
      t++;
      if (apart + 1 <= maxStack) break;
    }
    threshold[g] = t;
  }
  return {threshold, counts};
}

/**
 * After a point of group `g` found no room even without its label: clusters
 * the group's least important points still apart (the next level that has
 * any). False when the whole group is clustered already.
 */
export function raiseThreshold(threshold: Uint8Array, counts: Int32Array, g: number): boolean {
  let t = threshold[g];
  while (t < LEVELS && counts[g * LEVELS + t] === 0) t++;
  if (t >= LEVELS) return false;
  threshold[g] = t + 1;
  return true;
}
