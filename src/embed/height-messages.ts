/**
 * The messages an embedded timeline sends its parent page with its height,
 * in the two shapes responsive-embed scripts understand.
 */

export const HEIGHT_MESSAGE_TYPE = 'news-timeline:height';

/** The plain-object shape: `{type: 'news-timeline:height', height, id}`. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
  id: string | null;
}

const PYM_SEPARATOR = 'xPYMx';
const PYM_HEIGHT = /^pymxPYMx(.*)xPYMxheightxPYMx(\d+(?:\.\d+)?)$/s;

/** pym.js's string shape, as pym's child sends it: `pymxPYMx<id>xPYMxheightxPYMx<height>`. */
export function pymHeightMessage(id: string, height: number): string {
  return ['pym', id, 'height', String(height)].join(PYM_SEPARATOR);
}

export function heightMessage(id: string | null, height: number): HeightMessage {
  return {type: HEIGHT_MESSAGE_TYPE, height, id};
}

/** The height a message carries, in either shape, or `undefined` when it is not a height message. */
export function readHeightMessage(data: unknown): number | undefined {
  if (typeof data === 'string') {
    const match = PYM_HEIGHT.exec(data);
    return match ? Number(match[2]) : undefined;
  }
  if (typeof data === 'object' && data !== null && (data as {type?: unknown}).type === HEIGHT_MESSAGE_TYPE) {
    const height = (data as {height?: unknown}).height;
    return typeof height === 'number' && Number.isFinite(height) ? height : undefined;
  }
  return undefined;
}

/** Heights outside this range are clamped: a frame never collapses or grows without bound. */
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 10_000;

export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}
