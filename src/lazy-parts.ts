/**
 * The parts of the element that a page may not need, loaded the first time
 * one is: the CSV and TimelineJS3 readers, for a file of that kind; the two
 * views, the horizontal timeline for a wide container and the vertical
 * chronology for a narrow one (a page loads the one it draws); the
 * translations beyond English, for a page in one of their languages; the
 * explainer of JSON syntax errors, for a file that is not valid JSON; the
 * provenance of sources, for data whose sources have any; the EDTF reader,
 * for data with an uncertain date; the reader of the HTML form, for a
 * timeline written as the element's children; and what makes a timeline
 * follow an article as it is read, for a page with `<news-timeline-steps>`.
 * In the script-tag bundle each part is a file of its own beside
 * news-timeline.bundle.js, named `news-timeline.<part>.js` (rollup.config.mjs
 * splits them out), and the dynamic `import()` resolves it from the bundle's
 * own address, so a page still loads one script and a strict
 * `script-src 'self'` allows the rest. In the npm build they are ordinary
 * modules that an app's bundler splits as it likes.
 */

import {acceptExtendedDates} from './data/dates.js';
import {acceptMedia} from './data/parse-native.js';

/** The file of a part in the script-tag bundle, which a page must host beside it. */
export function partFile(part: string): string {
  return `news-timeline.${part}.js`;
}

/** A part could not be loaded: its file is missing, or the network failed. */
export class PartLoadError extends Error {
  constructor(readonly file: string, purpose: string, options?: ErrorOptions) {
    super(`${file}, the part that ${purpose}, could not be loaded (a page must host it beside news-timeline.bundle.js)`, options);
    this.name = 'PartLoadError';
  }
}

const loading = new Map<string, Promise<unknown>>();

/**
 * Loads a part once for the page; a failed load is forgotten, so that a
 * retry asks again. Rejects with a `PartLoadError` naming the part's file.
 */
function loadPart<T>(part: string, purpose: string, load: () => Promise<T>): Promise<T> {
  let promise = loading.get(part) as Promise<T> | undefined;
  if (!promise) {
    promise = load().catch((error: unknown) => {
      loading.delete(part);
      throw new PartLoadError(partFile(part), purpose, {cause: error});
    });
    loading.set(part, promise);
  }
  return promise;
}

/** The CSV reader (src/data/csv.ts). */
export const loadCsvReader = () => loadPart('csv', 'reads CSV files', () => import('./data/csv.js'));

/** The TimelineJS3 reader (src/data/timelinejs.ts, with its HTML-to-text). */
export const loadTimelineJSReader = () => loadPart('timelinejs', 'reads TimelineJS3 files', () => import('./data/timelinejs.js'));

/** The horizontal timeline of wide containers (src/elements/timeline/horizontal.ts: its view, zoom and styles). */
export const loadHorizontalView = () => loadPart('horizontal', 'draws the horizontal timeline', () => import('./elements/timeline/horizontal.js'));

/** The vertical chronology of narrow containers (src/elements/timeline/vertical.ts: its view and styles). */
export const loadVerticalView = () => loadPart('vertical', 'draws the vertical chronology', () => import('./elements/timeline/vertical.js'));

/** The built-in translations beyond English (src/format/strings/languages.ts: Russian, Dari, Pashto). */
export const loadBuiltInLanguages = () =>
  loadPart('languages', 'holds the Russian, Dari and Pashto translations', () => import('./format/strings/languages.js'));

/**
 * The reader of EDTF dates (src/data/edtf.ts: `2001-11-12?`, `2004~`,
 * `2001-11-12/2001-11-13`), for a document that has one (see
 * `needsExtendedDates`). Once loaded it reads every date of the page.
 */
export const loadEdtfReader = () =>
  loadPart('edtf', 'reads uncertain and approximate (EDTF) dates', () => import('./data/edtf.js').then((reader) => acceptExtendedDates(reader.parseEdtf)));
/** What shows where each fact comes from (src/elements/event-card/source-provenance.ts), for data whose sources say it. */
export const loadProvenance = () => loadPart('source-provenance', 'shows each source\'s status', () => import('./elements/event-card/source-provenance.js'));

/** The reader of the HTML form (src/elements/event/read-event-elements.ts), for a timeline written as the element's children. */
export const loadFormReader = () => loadPart('read-event-elements', 'reads events written as HTML', () => import('./elements/event/read-event-elements.js'));

/** The explainer of JSON syntax errors (src/data/json-error.ts), for a file that is not valid JSON. */
export const loadJsonErrorExplainer = () => loadPart('json-error', 'explains JSON syntax errors', () => import('./data/json-error.js'));

/** What follows a developing story (src/live/live-updates.ts): `refresh`, merging a new version, `remember`. */
export const loadLiveUpdates = () => loadPart('live-updates', 'follows a developing story (refresh, remember)', () => import('./live/live-updates.js'));
/** What makes a timeline follow the article as it is read (src/elements/steps/steps.ts), for a page with `<news-timeline-steps>`. */
export const loadSteps = () => loadPart('steps', 'follows the reader', () => import('./elements/steps/steps.js'));

let mediaPart: Awaited<ReturnType<typeof loadMedia>> | undefined;

/**
 * Media (src/elements/event-card/media.ts: reading `media` and showing it in
 * the card and under the title), for data that has any (see `needsMedia`).
 * Once loaded it reads the media of every timeline of the page.
 */
export const loadMedia = () =>
  loadPart('media', 'reads and shows images, video and audio', () => import('./elements/event-card/media.js').then((part) => {
    acceptMedia(part.readMedia);
    mediaPart = part;
    return part;
  }));

/** The media part, once loaded (it is, for any data with media: their reading waited for it). */
export const loadedMedia = () => mediaPart;
