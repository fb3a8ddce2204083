/**
 * The one clipping of text the data layer does: at most `limit` UTF-16 units
 * and an ellipsis, never splitting a surrogate pair. With `atWord`, the cut
 * goes back to the last space when one is in the second half, and drops the
 * punctuation before it (for a title made from the start of a text).
 * Text within the limit is returned as it is.
 */
export function clipText(text: string, limit: number, atWord = false): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, /[\uD800-\uDBFF]/.test(text[limit - 1]) ? limit - 1 : limit);
  if (atWord) {
    const space = cut.lastIndexOf(' ');
    cut = (space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '');
  }
  return `${cut}…`;
}

/** A value as a problem's message quotes it: on one line, clipped to `max` units. */
export function clip(text: string, max = 60): string {
  return clipText(text.replace(/\s+/g, ' '), max);
}
