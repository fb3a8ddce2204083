import {SOURCE_STATUSES, type SourceStatus, type TimelineEvent, type TimelineSource} from './types.js';

/**
 * Whether an event's sources disagree: at least one confirms or reports it
 * and at least one disputes it or was retracted.
 */
export function sourcesDisagree(sources: readonly TimelineSource[]): boolean {
  let backs = false;
  let doubts = false;
  for (const {status} of sources) {
    if (status === 'confirmed' || status === 'reported') backs = true;
    else if (status === 'disputed' || status === 'retracted') doubts = true;
  }
  return backs && doubts;
}

/** Whether one of the event's sources has one of `statuses`. */
export const hasSourceStatus = (event: TimelineEvent, statuses: ReadonlySet<SourceStatus>): boolean =>
  event.sources.some((source) => source.status !== undefined && statuses.has(source.status));

const used = new WeakMap<readonly TimelineEvent[], readonly SourceStatus[]>();

/** The statuses some source of the events has, in `SOURCE_STATUSES` order; found once per array. */
export function statusesUsed(events: readonly TimelineEvent[]): readonly SourceStatus[] {
  let statuses = used.get(events);
  if (!statuses) {
    const found = new Set<SourceStatus>();
    for (const event of events) for (const source of event.sources) if (source.status) found.add(source.status);
    used.set(events, (statuses = SOURCE_STATUSES.filter((status) => found.has(status))));
  }
  return statuses;
}

/**
 * The `status-filter` attribute: statuses separated by spaces or commas, in
 * any case. Words that are no status are returned apart, to be reported.
 */
export function readStatusFilter(value: string | null | undefined): {statuses: Set<SourceStatus>; unknown: string[]} {
  const statuses = new Set<SourceStatus>();
  const unknown: string[] = [];
  for (const word of (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    if (SOURCE_STATUSES.includes(word as SourceStatus)) statuses.add(word as SourceStatus);
    else unknown.push(word);
  }
  return {statuses, unknown};
}
