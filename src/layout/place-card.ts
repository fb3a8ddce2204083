const MARGIN = 8;

/**
 * Places a fixed-position card next to its anchor: below it when there is
 * room, otherwise above, and always inside the viewport. Pure: returns the
 * top-left corner for the given sizes.
 */
export function placeCard(
  anchor: {left: number; top: number; right: number; bottom: number},
  card: {width: number; height: number},
  viewport: {width: number; height: number},
): {left: number; top: number} {
  const below = anchor.bottom + MARGIN;
  const above = anchor.top - MARGIN - card.height;
  const fitsBelow = below + card.height <= viewport.height - MARGIN;
  const top = fitsBelow || above < MARGIN ? Math.min(below, Math.max(MARGIN, viewport.height - MARGIN - card.height)) : above;
  const centred = (anchor.left + anchor.right) / 2 - card.width / 2;
  const left = Math.max(MARGIN, Math.min(centred, viewport.width - MARGIN - card.width));
  return {left, top: Math.max(MARGIN, top)};
}
