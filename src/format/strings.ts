/**
 * Everything the widget says in words of its own. Data text is never here.
 *
 * Languages: English (`en`, the fallback), Russian (`ru`), Dari (`fa-AF`, also
 * served for `fa` and `prs`) and Pashto (`ps`, `ps-AF`). Each lives in
 * `strings/<lang>.ts` as one `UiStrings` object.
 *
 * Adding a language
 * -----------------
 * - From a page, without rebuilding: build a `UiStrings` object and call
 *   `registerStrings('uz', UZ)` before the timelines render (one already on
 *   screen uses it from its next render). Any element whose `locale` is `uz`
 *   or `uz-…` then uses it. A key left out falls back to English.
 * - In this package: copy `strings/en.ts` to `strings/<lang>.ts`, translate
 *   every value, and add it to `LANGUAGES` below. test/format/strings.test.ts
 *   checks it has every key and that no value is left in English.
 * - Counted phrases (`eventCount`, `matches`, …) go through
 *   `plural(locale, n, forms)` from `strings/plural.ts`, which picks the form
 *   with `Intl.PluralRules` and writes the number with `toLocaleString`, so
 *   digits are always the locale's own. Never write digits into a string.
 */
import {EN} from './strings/en.js';
import {FA_AF} from './strings/fa.js';
import {PS} from './strings/ps.js';
import {RU} from './strings/ru.js';

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
}

export {EN};

/** Built-in languages, by lower-case BCP 47 tag; `registerStrings` adds to them. */
const LANGUAGES: Record<string, UiStrings> = {
  en: EN,
  ru: RU,
  fa: FA_AF,
  'fa-af': FA_AF,
  prs: FA_AF,
  ps: PS,
};

const key = (lang: string | undefined) => (lang ?? '').trim().toLowerCase();

/**
 * Strings for a BCP 47 language tag: the exact tag, then its primary language
 * subtag (`ps-AF` → `ps`, `ru-RU` → `ru`), then English. Case does not matter.
 */
export function stringsFor(lang: string | undefined): UiStrings {
  const tag = key(lang);
  return LANGUAGES[tag] ?? LANGUAGES[tag.split('-')[0]] ?? EN;
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
