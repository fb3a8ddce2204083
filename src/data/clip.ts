/**
 * The one clipping of text the data layer does: at most `limit` UTF-16 units
 * and an ellipsis, never splitting a surrogate pair. With `atWord`, the cut
 * goes back to the last space when one is in the second half, and drops the
 * punctuation before it (for a title made from the start of a text).
 * Text within the limit is returned as it is.
 */
export function clipText(text: string, limit: number, atWord = false): string {
  if (text.length <= limit) return text;
  let end = /[\uD800-\uDBFF]/.test(text[limit - 1]) ? limit - 1 : limit;
  if (atWord) {
    const space = text.lastIndexOf(' ', end - 1);
    if (space > limit / 2) end = space;
  }
  const cut = text.slice(0, end);
  return `${atWord ? cut.replace(/[\s,;:.]+$/, '') : cut}…`;
}

/** A value as a problem's message quotes it: on one line, clipped to `max` units. */
export function clip(text: string, max = 60): string {
  return clipText(text.replace(/\s+/g, ' '), max);
}
