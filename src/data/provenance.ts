import {clip} from './clip.js';
import {at, describeType, type ProblemLog} from './problems.js';
import {SOURCE_STATUSES, type SourceStatus, type TimelineEvent} from './types.js';

/** Whether some source says how far it establishes its event, or where and when it was read, or some event has corrections or an update time. */
export const needsProvenance = (events: readonly TimelineEvent[]): boolean =>
  events.some((event) => event.corrections || event.updated || event.sources.some((source) => source.status || source.archived || source.accessed));

/** Whether one of the event's sources has one of `statuses`. */
export const hasSourceStatus = (event: TimelineEvent, statuses: ReadonlySet<SourceStatus>): boolean =>
  event.sources.some((source) => statuses.has(source.status!));

/**
 * The `status-filter` attribute: statuses separated by spaces or commas, in
 * any case. Words that are no status are returned apart, to be reported.
 */
export function readStatusFilter(value: string | null | undefined): {statuses: Set<SourceStatus>; unknown: string[]} {
  const words = (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  const known = (word: string) => SOURCE_STATUSES.includes(word as SourceStatus);
  return {statuses: new Set(words.filter(known) as SourceStatus[]), unknown: words.filter((word) => !known(word))};
}

/** A source's `status`: one of `SOURCE_STATUSES`; anything else is a warning, and the source is shown without one. */
export function readStatus(value: unknown, path: string, log: ProblemLog): SourceStatus | undefined {
  if (value === undefined) return undefined;
  if (SOURCE_STATUSES.includes(value as SourceStatus)) return value as SourceStatus;
  const got = typeof value === 'string' ? `"${clip(value)}"` : describeType(value);
  log.warning(at(path, 'status'), `expected one of ${SOURCE_STATUSES.join(', ')}, got ${got}; the status was left out`);
  return undefined;
}
