/**
 * Where an arrow, Home or End key moves the focus among `count` items in
 * date order. Left and Right follow time, which runs leftward in a
 * right-to-left page. Returns undefined for keys it does not handle.
 */
export function moveTarget(key: string, index: number, count: number, rtl = false): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return Math.min(index + 1, count - 1);
    case backward:
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
