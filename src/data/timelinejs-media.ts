import {clip} from './clip.js';
import {isObject} from './is-object.js';
import {hostName} from './links.js';
import {describeType, at} from './problems.js';
import {isBlank, plainText, type Report} from './timelinejs-report.js';
import type {TimelineMediaInput} from './types.js';

/** What of a TimelineJS3 medium is carried over; the rest is counted as not imported. */
const MEDIA_FIELDS = ['url', 'caption', 'credit', 'thumbnail', 'alt'];

/**
 * A slide's (or the title slide's) `media` as a news-timeline medium: its
 * address (`//…` read as https://), caption and credit as plain text (they
 * are HTML in TimelineJS3), thumbnail and alt text. Its kind is left to the
 * parser, which infers it from the address as TimelineJS3 does. Media that
 * is not an http(s) address (embedded HTML: a quotation, a post's markup, a
 * frame) is reported at `path` and not imported.
 */
export function readSlideMedia(media: unknown, path: string, report: Report): TimelineMediaInput | undefined {
  if (isBlank(media)) return undefined;
  if (!isObject(media)) {
    report.error(path, `expected a media object with "url", got ${describeType(media)}; the media was not imported`);
    return undefined;
  }
  // The title slide's are counted apart from the events', each at its own path.
  const [kind, kinds] = path === 'title.media' ? ['title.media', 'title.media'] : ['media', 'events[*].media'];
  for (const key of Object.keys(media)) {
    if (MEDIA_FIELDS.includes(key) || isBlank(media[key])) continue;
    report.count(`${kind}.${key}`, `${kinds}.${key}`);
  }
  const credit = plainText(media, 'credit', path, report, true);
  const caption = plainText(media, 'caption', path, report, true);
  // A blank alt is a spreadsheet's empty cell, not an editor saying the image is decorative.
  const alt = plainText(media, 'alt', path, report, true);
  let url = typeof media.url === 'string' ? media.url.trim() : '';
  if (!url) {
    const why = isBlank(media.url) ? 'has no url' : `has a url that is ${describeType(media.url)}, not text`;
    report.error(path, `${why}; the media was not imported`);
    return undefined;
  }
  if (url.startsWith('//')) {
    url = `https:${url}`;
    report.count(`${kind}.url(protocol-relative)`, `${kinds}.url`);
  }
  if (hostName(url) === undefined) {
    const what = url.startsWith('<') ? 'is embedded HTML (a quotation, a post or a frame), not an http(s) address' : 'is not an http(s) address';
    report.error(at(path, 'url'), `"${clip(url)}" ${what}; the media was not imported`);
    return undefined;
  }
  let thumbnail = typeof media.thumbnail === 'string' ? media.thumbnail.trim() : undefined;
  if (thumbnail?.startsWith('//')) thumbnail = `https:${thumbnail}`;
  return {
    url,
    ...(alt !== undefined && {alt}),
    ...(credit !== undefined && {credit}),
    ...(caption !== undefined && {caption}),
    // A thumbnail that is not http(s) is reported by the parser, at this same path.
    ...(thumbnail && {thumbnail}),
  };
}
