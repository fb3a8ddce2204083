import {SOURCE_STATUSES, type SourceStatus, type TimelineEvent, type TimelineSource} from './types.js';

// Used only by the provenance part (elements/event-card/source-provenance.ts), so kept apart from
// data/provenance.ts, which the core carries.

/**
 * Whether an event's sources disagree: at least one confirms or reports it
 * and at least one disputes it or was retracted.
 */
export function sourcesDisagree(sources: readonly TimelineSource[]): boolean {
  const some = (...statuses: SourceStatus[]) => sources.some((source) => statuses.includes(source.status!));
  return some('confirmed', 'reported') && some('disputed', 'retracted');
}

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
