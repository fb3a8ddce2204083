import {clip} from './clip.js';
import type {Json} from './is-object.js';
import {isObject} from './is-object.js';
import {isHttpUrl} from './links.js';
import {inferMediaKind, MEDIA_KINDS, type MediaKind} from './media-kind.js';
import {at, describeType, type ProblemLog} from './problems.js';
import type {TimelineMedia} from './types.js';

export const MEDIA_KEYS = ['url', 'kind', 'alt', 'credit', 'caption', 'thumbnail', 'width', 'height'];

/** The parser's own field readers, so that a medium's text is checked, trimmed and capped as every other field is. */
export interface MediaFieldReaders {
  /** Text at `key`, or `undefined` (with a problem when it is not text, or blank where `nonEmpty`). */
  text(parent: Json, path: string, key: string, nonEmpty: boolean, consequence: string, exact?: boolean): string | undefined;
  /** Warns of each key of `value` that is not in `known`. */
  checkKeys(value: Json, path: string, known: readonly string[]): void;
}

const LEFT_OUT = '; the medium was left out';

/**
 * Reads `media` (of an event or of the timeline) at `path`: a bad medium is
 * reported and left out, and its event kept; a bad optional field is
 * reported and left out, and the medium kept. An image without `alt` is
 * reported: it is offered as a link, since an image nobody described cannot
 * be told apart from decoration (`"alt": ""` says it is decoration).
 */
export function readMedia(value: unknown, path: string, log: ProblemLog, read: MediaFieldReaders): TimelineMedia | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    log.error(path, `expected a media object with "url", got ${describeType(value)}${LEFT_OUT}`);
    return undefined;
  }
  read.checkKeys(value, path, MEDIA_KEYS);
  let url: string | undefined;
  if (value.url === undefined) log.error(at(path, 'url'), `is missing; expected the http(s) address of the image, video, audio file or page${LEFT_OUT}`);
  else url = read.text(value, path, 'url', true, LEFT_OUT, true);
  if (url !== undefined && !isHttpUrl(url)) {
    log.error(at(path, 'url'), `"${clip(url)}" is not an http(s) address${LEFT_OUT}`);
    url = undefined;
  }
  const guess = url === undefined ? undefined : inferMediaKind(url);
  let kind = value.kind as MediaKind | undefined;
  if (kind !== undefined && !MEDIA_KINDS.includes(kind)) {
    log.error(at(path, 'kind'), `expected "image", "video", "audio" or "embed", got ${typeof kind === 'string' ? `"${clip(kind)}"` : describeType(kind)}; the kind was taken from the address${guess ? ` ("${guess.kind}")` : ''}`);
    kind = undefined;
  }
  const alt = read.text(value, path, 'alt', false, '; the image is offered as a link');
  const credit = read.text(value, path, 'credit', false, '; the credit was left out');
  const caption = read.text(value, path, 'caption', false, '; the caption was left out');
  let thumbnail = read.text(value, path, 'thumbnail', true, '; the thumbnail was left out', true);
  if (thumbnail !== undefined && !isHttpUrl(thumbnail)) {
    log.error(at(path, 'thumbnail'), `"${clip(thumbnail)}" is not an http(s) address; the thumbnail was left out`);
    thumbnail = undefined;
  }
  const width = pixels(value, path, 'width', log);
  const height = pixels(value, path, 'height', log);
  if (url === undefined || !guess) return undefined;
  kind ??= guess.kind;
  if (kind === 'image' && alt === undefined && value.alt === undefined) {
    log.warning(at(path, 'alt'), 'is missing; an image needs a description of what it shows for readers who cannot see it (write "alt": "" for a purely decorative one); it is offered as a link instead');
  }
  return {
    url, kind,
    ...(kind === 'embed' && guess.provider && {provider: guess.provider}),
    ...(alt !== undefined && {alt}),
    ...(credit && {credit}),
    ...(caption && {caption}),
    ...(thumbnail && {thumbnail}),
    ...(width && {width}),
    ...(height && {height}),
  };
}

function pixels(parent: Json, path: string, key: string, log: ProblemLog): number | undefined {
  const value = parent[key];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  log.error(at(path, key), `expected a whole number of pixels above 0, got ${typeof value === 'number' ? String(value) : describeType(value)}; it was left out`);
  return undefined;
}
