import {SOURCE_STATUSES, type SourceStatus, type TimelineEvent, type TimelineSource} from './types.js';

/**
 * Whether an event's sources disagree: at least one confirms or reports it
 * and at least one disputes it or was retracted.
 */
export function sourcesDisagree(sources: readonly TimelineSource[]): boolean {
  const some = (...statuses: SourceStatus[]) => sources.some((source) => statuses.includes(source.status!));
  return some('confirmed', 'reported') && some('disputed', 'retracted');
}

/** Whether some source says how far it establishes its event, or where and when it was read. */
export const needsProvenance = (events: readonly TimelineEvent[]): boolean =>
  events.some((event) => event.sources.some((source) => source.status || source.archived || source.accessed));

/** Whether one of the event's sources has one of `statuses`. */
export const hasSourceStatus = (event: TimelineEvent, statuses: ReadonlySet<SourceStatus>): boolean =>
  event.sources.some((source) => statuses.has(source.status!));

const used = new WeakMap<readonly TimelineEvent[], readonly SourceStatus[]>();

/** The statuses some source of the events has, in `SOURCE_STATUSES` order; found once per array. */
export function statusesUsed(events: readonly TimelineEvent[]): readonly SourceStatus[] {
  let statuses = used.get(events);
  if (!statuses) {
    const found = new Set(events.flatMap((event) => event.sources.map((source) => source.status)));
    used.set(events, (statuses = SOURCE_STATUSES.filter((status) => found.has(status))));
  }
  return statuses;
}

/**
 * The `status-filter` attribute: statuses separated by spaces or commas, in
 * any case. Words that are no status are returned apart, to be reported.
 */
export function readStatusFilter(value: string | null | undefined): {statuses: Set<SourceStatus>; unknown: string[]} {
  const words = (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  const known = (word: string) => SOURCE_STATUSES.includes(word as SourceStatus);
  return {statuses: new Set(words.filter(known) as SourceStatus[]), unknown: words.filter((word) => !known(word))};
}
