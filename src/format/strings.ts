/**
 * Everything the widget says in words of its own. Data text is never here.
 * Languages beyond English are added as further `UiStrings` objects.
 */
export interface UiStrings {
  loading: string;
  retry: string;
  empty: string;
  zoomGroup: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  legend: string;
  events: string;
  close: string;
  sources: string;
  openSource: string;
  /** "3 events" (cluster name prefix and counts). */
  eventCount(n: number): string;
  /** "Could not load the timeline: …" */
  loadFailed(reason: string): string;
  /** "2 events were left out because of errors in the data." */
  eventsLeftOut(n: number): string;
  /** "Showing 2001 to 2021" for the live region after a zoom or pan. */
  showing(range: string): string;
  /** A range bar's duration prefix in its accessible name. */
  until: string;
  problemsSummary(n: number): string;
  wheelHint: string;
  search: string;
  /** "12 of 49 events match" after a search or filter. */
  matches(shown: number, total: number): string;
  /** The events of a same-day cluster, listed in the card. */
  sameDay: string;
}

const plural = (n: number, one: string, other: string) => `${n.toLocaleString('en')} ${n === 1 ? one : other}`;

export const EN: UiStrings = {
  loading: 'Loading timeline…',
  retry: 'Try again',
  empty: 'This timeline has no events yet.',
  zoomGroup: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  legend: 'Categories',
  events: 'Events',
  close: 'Close',
  sources: 'Sources',
  openSource: 'Open source',
  eventCount: (n) => plural(n, 'event', 'events'),
  loadFailed: (reason) => `Could not load the timeline: ${reason}`,
  eventsLeftOut: (n) => `${plural(n, 'event was', 'events were')} left out because of errors in the data.`,
  showing: (range) => `Showing ${range}`,
  until: 'until',
  problemsSummary: (n) => `${plural(n, 'problem', 'problems')} in the data`,
  wheelHint: 'Use Ctrl + scroll to zoom the timeline',
  search: 'Search events',
  matches: (shown, total) => `${shown.toLocaleString('en')} of ${plural(total, 'event', 'events')} shown`,
  sameDay: 'Events on this day',
};

const LANGUAGES: Record<string, UiStrings> = {en: EN};

/** Strings for a BCP 47 language tag, falling back from `fa-AF` to `fa`, then to English. */
export function stringsFor(lang: string | undefined): UiStrings {
  const tag = (lang ?? '').toLowerCase();
  return LANGUAGES[tag] ?? LANGUAGES[tag.split('-')[0]] ?? EN;
}
