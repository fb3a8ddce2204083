import type {Steps} from './steps.js';

/**
 * The positions `0 … length − 1` in ascending order of `keys[position]`, ties
 * in position order (a stable sort). Runs already in order are merged, not
 * sorted again, so a nearly sorted array costs a pass or two: the items of a
 * layout are in date order but for a few clusters and labels, and sorting
 * 100k of them with a comparator took longer than laying them out.
 * Yields after each merge pass.
 */
export function* orderByKeys(keys: Float64Array, length = keys.length): Steps<Int32Array> {
  let from = new Int32Array(length);
  for (let i = 0; i < length; i++) from[i] = i;
  // Where each run in ascending order starts (equal keys continue a run, which keeps ties in order).
  let starts: number[] = [0];
  for (let i = 1; i < length; i++) if (keys[i] < keys[i - 1]) starts.push(i);
  if (starts.length === 1 || length === 0) return from;
  let to = new Int32Array(length);
  while (starts.length > 1) {
    const merged: number[] = [];
    for (let r = 0; r < starts.length; r += 2) {
      const start = starts[r];
      const middle = r + 1 < starts.length ? starts[r + 1] : length;
      const end = r + 2 < starts.length ? starts[r + 2] : length;
      merged.push(start);
      let left = start;
      let right = middle;
      let out = start;
      // On a tie the left run goes first: it holds the earlier positions.
      while (left < middle && right < end) to[out++] = keys[from[right]] < keys[from[left]] ? from[right++] : from[left++];
      while (left < middle) to[out++] = from[left++];
      while (right < end) to[out++] = from[right++];
    }
    [from, to] = [to, from];
    starts = merged;
    yield;
  }
  return from;
}
