/**
 * What a medium's address points at: a file the browser plays itself (an
 * image, a video or an audio file), or a page of a service (an "embed"),
 * named so that the card can say where the link goes and, where the service
 * has a player that works in a frame, build that player's address.
 */

/** How a medium is shown: `<img>`, `<video>`, `<audio>`, or a link to a service's page (a player frame only on the reader's click). */
export type MediaKind = 'image' | 'video' | 'audio' | 'embed';

export const MEDIA_KINDS: readonly MediaKind[] = ['image', 'video', 'audio', 'embed'];

/** A service whose pages a medium may link to: its id (what `embeds="…"` lists), its name, and what a reader does there. */
export interface MediaProvider {
  /** Lower case, as written in the `embeds` attribute: `youtube`, `vimeo`, `x`, `google-maps`, … */
  readonly id: string;
  /** Its name, shown as it is in every language: "YouTube". */
  readonly name: string;
  /** Watch, listen or view: the verb of its link. */
  readonly action: 'watch' | 'listen' | 'view';
}

export interface MediaKindGuess {
  readonly kind: MediaKind;
  /** For an embed on a known service. */
  readonly provider?: MediaProvider;
}

// [name (its id is the name in lower case, spaces as "-"), action, host pattern (matched against the host without "www."), path pattern when the host alone says too little]
const PROVIDERS: readonly (readonly [string, MediaProvider['action'], RegExp, RegExp?])[] = [
  ['YouTube', 'watch', /^(?:m\.|music\.)?youtube(?:-nocookie)?\.com$|^youtu\.be$/],
  ['Vimeo', 'watch', /^(?:player\.)?vimeo\.com$/],
  ['Dailymotion', 'watch', /^dailymotion\.com$|^dai\.ly$/],
  ['TikTok', 'watch', /^tiktok\.com$/],
  ['Wistia', 'watch', /(?:^|\.)wistia\.com$/],
  ['SoundCloud', 'listen', /^soundcloud\.com$/],
  ['Spotify', 'listen', /^(?:open|play)\.spotify\.com$/],
  ['X', 'view', /^(?:mobile\.)?(?:twitter|x)\.com$/],
  ['Bluesky', 'view', /^bsky\.app$/],
  ['Instagram', 'view', /^instagram\.com$/],
  ['Facebook', 'view', /^(?:m\.)?facebook\.com$|^fb\.watch$/],
  ['Google Maps', 'view', /^(?:maps\.)?google\.[a-z.]+$|^maps\.app\.goo\.gl$/, /^\/maps\b|^\/?$/],
  ['Google Docs', 'view', /^(?:docs|drive)\.google\.com$/],
  ['Wikipedia', 'view', /(?:^|\.)wikipedia\.org$/],
  ['Wikimedia Commons', 'view', /^commons\.wikimedia\.org$/],
  ['Flickr', 'view', /^flickr\.com$|^flic\.kr$/],
  ['Imgur', 'view', /^imgur\.com$/],
  ['DocumentCloud', 'view', /(?:^|\.)documentcloud\.org$/],
];

const FILE_KINDS: readonly (readonly [MediaKind, RegExp])[] = [
  ['image', /\.(?:jpe?g|png|gif|webp|avif|svg)$/],
  ['video', /\.(?:mp4|m4v|webm|ogv|mov)$/],
  ['audio', /\.(?:mp3|m4a|aac|oga|ogg|opus|wav|flac)$/],
];

/** The service of a known id, or `undefined`. */
export function mediaProvider(id: string): MediaProvider | undefined {
  const found = PROVIDERS.find((p) => providerId(p[0]) === id);
  return found && {id, name: found[0], action: found[1]};
}

const providerId = (name: string) => name.toLowerCase().replace(/ /g, '-');

/**
 * The kind of medium an http(s) address points at, from its host and the end
 * of its path: a known service's page is an embed (a page on Wikimedia
 * Commons is one even when its name ends in `.jpg`); otherwise `.jpg`,
 * `.mp4`, `.mp3` and the like give image, video and audio; any other page
 * is an embed of no known service. Never fetches anything.
 */
export function inferMediaKind(url: string): MediaKindGuess {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {kind: 'embed'};
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.toLowerCase();
  const match = PROVIDERS.find(([, , hosts, paths]) => hosts.test(host) && (!paths || paths.test(path)));
  if (match) return {kind: 'embed', provider: {id: providerId(match[0]), name: match[0], action: match[1]}};
  const file = FILE_KINDS.find(([, ending]) => ending.test(path));
  return {kind: file ? file[0] : 'embed'};
}

/**
 * The address of a service's own player for a frame, on its privacy-enhanced
 * host where it has one (youtube-nocookie.com, Vimeo with `dnt=1`), or
 * `undefined` when the service has no player that works in a sandboxed frame
 * without a script of theirs on the page (posts, maps, documents).
 */
export function playerUrl(url: string, provider: string | undefined): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const parts = parsed.pathname.split('/').filter(Boolean);
  const id = (pattern: RegExp, value: string | null | undefined) => (value && pattern.test(value) ? value : undefined);
  switch (provider) {
    case 'youtube': {
      const host = parsed.hostname.replace(/^www\./, '');
      const video = id(/^[\w-]{6,}$/, host === 'youtu.be' ? parts[0] : ['embed', 'shorts', 'live', 'v'].includes(parts[0]) ? parts[1] : parsed.searchParams.get('v'));
      return video && `https://www.youtube-nocookie.com/embed/${video}`;
    }
    case 'vimeo': {
      const video = id(/^\d+$/, parts.find((part) => /^\d+$/.test(part)));
      return video && `https://player.vimeo.com/video/${video}?dnt=1`;
    }
    case 'dailymotion': {
      const video = id(/^[a-z0-9]+$/i, (parts[0] === 'video' ? parts[1] : parts[0])?.split('_')[0]);
      return video && `https://geo.dailymotion.com/player.html?video=${video}`;
    }
    case 'soundcloud':
      return parts.length ? `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com/${parts.join('/')}`)}` : undefined;
    case 'spotify': {
      const at = parts.findIndex((part) => /^(?:track|album|artist|playlist|episode|show)$/.test(part));
      const item = at >= 0 ? id(/^[A-Za-z0-9]+$/, parts[at + 1]) : undefined;
      return item && `https://open.spotify.com/embed/${parts[at]}/${item}`;
    }
    default:
      return undefined;
  }
}
