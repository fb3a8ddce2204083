/**
 * Everything the widget says in words of its own. Data text is never here.
 *
 * Languages: English (`en`, the fallback), Russian (`ru`), Dari (`fa-AF`, also
 * served for `fa` and `prs`) and Pashto (`ps`, `ps-AF`). Each lives in
 * `strings/<lang>.ts` as one `UiStrings` object. English is always here; the
 * others are one part (`strings/languages.ts`), loaded by `loadStrings` when
 * an element's language needs it, so a page in English does not carry them.
 *
 * Adding a language
 * -----------------
 * - From a page, without rebuilding: build a `UiStrings` object and call
 *   `registerStrings('uz', UZ)` before the timelines render (one already on
 *   screen uses it from its next render). Any element whose `locale` is `uz`
 *   or `uz-…` then uses it. A key left out falls back to English.
 * - In this package: copy `strings/en.ts` to `strings/<lang>.ts`, translate
 *   every value, and add it to `BUILT_IN_STRINGS` in `strings/languages.ts`
 *   and its tags to `BUILT_IN_TAGS` below. test/format/strings.test.ts
 *   checks it has every key and that no value is left in English.
 * - Counted phrases (`eventCount`, `matches`, …) go through
 *   `plural(locale, n, forms)` from `strings/plural.ts`, which picks the form
 *   with `Intl.PluralRules` and writes the number with `toLocaleString`, so
 *   digits are always the locale's own. Never write digits into a string.
 */
import {loadBuiltInLanguages} from '../lazy-parts.js';
import {EN} from './strings/en.js';
import type {SourceStatus} from '../data/types.js';

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
  /** Said after a source link, which opens in a new tab. */
  newTab: string;
  /** "3 events" (cluster name prefix and counts). */
  eventCount(n: number): string;
  /** A bare number in the language's digits: the count on a cluster marker. */
  count(n: number): string;
  /** Between the parts of a name: ", " (Dari and Pashto: "، "). */
  separator: string;
  /** "Could not load the timeline: …" */
  loadFailed(reason: string): string;
  /** Why a Google sheet cannot be read, and how to publish it (given to `loadFailed`). */
  publishSheet: string;
  /** "2 events were left out because of errors in the data." */
  eventsLeftOut(n: number): string;
  /** "Showing 2001 to 2021" for the live region after a zoom or pan. */
  showing(range: string): string;
  problemsSummary(n: number): string;
  wheelHint: string;
  search: string;
  /** "12 of 49 events match" after a search or filter. */
  matches(shown: number, total: number): string;
  /** The events of a same-day cluster, listed in the card. */
  sameDay: string;
  /** Name of the group of previous/next buttons. */
  stepGroup: string;
  previousEvent: string;
  nextEvent: string;
  /** "12 of 49": the selected event's place among the steps. */
  stepPosition(n: number, total: number): string;
  /** The link to an image given without a description, instead of showing it undescribed. */
  viewImage: string;
  /** The link to a video on a service: "Watch on YouTube" (the name is never translated). */
  watchOn(name: string): string;
  /** The link to audio on a service: "Listen on SoundCloud". */
  listenOn(name: string): string;
  /** The link to a page (a post, a map, an article, an image): "View on Instagram". */
  viewOn(name: string): string;
  /** The button that loads a medium in place, saying where from: "Show here (loads from YouTube)". */
  showHere(name: string): string;
  /** The accessible name of a service's player frame: "YouTube player". */
  player(name: string): string;
  /** A source's status (`sources[].status`) in words, shown beside its own mark in the card and the status filter. */
  status(status: SourceStatus): string;
  /** The link to a source's archived copy, beside its live link. */
  archivedCopy: string;
  /** "accessed 3 May 2024": when the editor last read a source. */
  accessed(date: string): string;
  /** Said once in a card whose sources disagree (one confirms or reports, another disputes or retracted). */
  sourcesDisagree: string;
  /** The heading of an event's corrections in the card. */
  corrections: string;
  /**
   * "Updated 20 October 2021, 14:05" under the title (`time` written by
   * `formatUpdated`), and the badge of an event changed by a live update:
   * "Updated 14:05", or "Updated" when the event gives no time.
   */
  updated(time: string | undefined): string;
  /**
   * A year on the year-only scale of a timeline that reaches beyond the
   * calendar (deep time): "13.8 billion BC", "300,001 BC", "1969". `year` is
   * astronomical, as in ISO 8601: 0 is 1 BC, −1 is 2 BC. Write the number
   * with `yearNumber` (strings/year-number.ts).
   */
  year(year: number): string;
  /** A date the source gives as approximate (EDTF `~`): "about November 2001". */
  about(date: string): string;
  /** A date the source is unsure of (EDTF `?`; `%` is both, "possibly about 2004"): "possibly 12 November 2001". */
  possibly(date: string): string;
  /**
   * A date somewhere in an interval: "between 12 and 13 November 2001".
   * `ends(and)` writes the two ends joined by `and`, sharing what they have
   * in common; `nominal` is true when an end is a bare month or is itself
   * qualified, which a language with cases may not put after a preposition.
   */
  between(ends: (and: string) => string, nominal: boolean): string;
  /** An interval open at its end: "August 2021 or later". */
  orLater(date: string): string;
  /** An interval open at its start: "2021 or earlier". */
  orEarlier(date: string): string;
  /** Years with unspecified digits from `year` on: `201X` (10) "the 2010s", `20XX` (100) "2000–2099". */
  someYears(year: number, span: 10 | 100): string;
  /** An EDTF season (21 spring … 24 winter) of `year`, already written by `year()`: "spring 2021". */
  season(season: number, year: string): string;
  /** The badge of an event added by a live update or since the reader's last visit. */
  newEvent: string;
  /** After a failed check for a new version: what is shown may be out of date. */
  updatesPaused: string;
  /** Said once after a live update: "2 new events, 1 updated, 1 removed" (only the counts that are not zero). */
  liveChanges(added: number, changed: number, removed: number): string;
}

export {EN};

/** The languages at hand, by lower-case BCP 47 tag: English, those `registerStrings` added and the built-in ones once loaded. */
const LANGUAGES: Record<string, UiStrings> = {en: EN};

/** The tags of the built-in translations beyond English (strings/languages.ts), which `loadStrings` brings. */
export const BUILT_IN_TAGS: readonly string[] = ['ru', 'fa', 'fa-af', 'prs', 'ps'];

const key = (lang: string | undefined) => (lang ?? '').trim().toLowerCase();

/** The tags that may serve `lang`, in order: the exact tag, then its primary language subtag. */
const candidates = (lang: string | undefined) => {
  const tag = key(lang);
  return [tag, tag.split('-')[0]];
};

/**
 * Strings for a BCP 47 language tag, from the languages at hand: the exact
 * tag, then its primary language subtag (`ps-AF` → `ps`, `ru-RU` → `ru`),
 * then English. Case does not matter. Synchronous, so it knows the built-in
 * Russian, Dari and Pashto only once loaded: call `loadStrings` first for
 * those (`<news-timeline>` does so itself for its language).
 */
export function stringsFor(lang: string | undefined): UiStrings {
  const [tag, primary] = candidates(lang);
  return LANGUAGES[tag] ?? LANGUAGES[primary] ?? EN;
}

/**
 * Whether `lang` would be served by a built-in translation that has not been
 * loaded yet (and that no `registerStrings` call has made unnecessary).
 */
export function needsBuiltInStrings(lang: string | undefined): boolean {
  for (const tag of candidates(lang)) {
    if (LANGUAGES[tag]) return false;
    if (BUILT_IN_TAGS.includes(tag)) return true;
  }
  return false;
}

/**
 * Makes the strings for `lang` ready and resolves with them, as `stringsFor`
 * then returns them: for Russian, Dari or Pashto it first loads the built-in
 * translations (one file of the script-tag bundle, news-timeline.languages.js),
 * which never replace a language the page registered itself. English and
 * registered languages resolve at once. Rejects with a `PartLoadError` naming
 * the file when it cannot be loaded.
 */
export async function loadStrings(lang: string | undefined): Promise<UiStrings> {
  if (needsBuiltInStrings(lang)) {
    const {BUILT_IN_STRINGS} = await loadBuiltInLanguages();
    for (const [tag, strings] of Object.entries(BUILT_IN_STRINGS)) LANGUAGES[tag] ??= strings;
  }
  return stringsFor(lang);
}

/**
 * Adds a language, or replaces one, for every timeline on the page. `lang` is
 * a BCP 47 tag: register `pt` to serve `pt` and every `pt-…` tag without
 * strings of its own; register `pt-BR` as well to give Brazil its own. Keys
 * missing from `strings` (a page in plain JavaScript, an older translation)
 * fall back to English. Call it before the timelines render: registering does
 * not re-render elements already on screen, they use it from their next render.
 */
export function registerStrings(lang: string, strings: Partial<UiStrings>): void {
  const tag = key(lang);
  if (!tag) throw new TypeError('registerStrings: a language tag is required');
  LANGUAGES[tag] = {...EN, ...strings};
}
