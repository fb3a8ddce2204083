/**
 * How an event is marked: added, or changed, since the reader first saw the
 * timeline (or last visited). The element keeps its marks by event id; the
 * live part sets them (markChanges).
 */
export type LiveMark = 'new' | 'updated';
