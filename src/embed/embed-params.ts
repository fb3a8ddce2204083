/** The query parameters of the embed page, checked. */
export interface EmbedParams {
  /** The timeline file, as given (relative or http(s)); absent when missing or refused. */
  src?: string;
  selected?: string;
  /** `first`, `last` or an event's id: the card open on arrival when `selected` names none (the element checks the id). */
  startAt?: string;
  /** The services whose players a reader may load, as the element's `embeds`: lower-case ids separated by spaces. */
  embeds?: string;
  theme?: 'light' | 'dark' | 'auto' | 'high-contrast';
  /** A canonical BCP 47 tag. */
  lang?: string;
  /** The direction time and text run in: `dir`, with `auto` resolved from `lang`'s script. */
  dir?: 'ltr' | 'rtl';
  /** Pixels past which the timeline scrolls inside the frame instead of growing it. */
  maxHeight?: number;
  /** The id pym.js gives its child frame (`childId`), echoed in height messages. */
  childId?: string;
  /** Why a parameter was ignored, one sentence each (shown in the console). */
  ignored: string[];
}

const THEMES = ['light', 'dark', 'auto', 'high-contrast'] as const;
const DIRECTIONS = ['ltr', 'rtl', 'auto'] as const;
/** The smallest `max-height` taken: the height a frame is never sized below. */
export const MIN_MAX_HEIGHT = 80;
/** Scripts written right to left (ISO 15924), for `dir=auto`. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
/** Languages written right to left by default, for an engine that cannot tell their script. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * The direction a language is written in, from the script its tag names or
 * the one likely for it (`fa-AF` → Arab → `rtl`, `en` → `ltr`); `undefined`
 * for a tag `Intl` cannot read.
 */
export function directionOfLanguage(tag: string): 'ltr' | 'rtl' | undefined {
  try {
    const locale = new Intl.Locale(tag);
    const script = locale.maximize().script;
    // Engines whose likely-subtags data lacks a language (WebKitGTK's, for "prs") imply no script: go by the language.
    if (script === undefined) return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
    return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return undefined;
  }
}

/** A relative address, or an absolute http(s) one; `javascript:`, `data:` and the like are refused. */
export function isAllowedSrc(src: string, base: string): boolean {
  if (!src.trim()) return false;
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function canonicalLang(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Reads `?src=…&selected=…&start-at=…&embeds=…&theme=…&lang=…&dir=…&max-height=…&childId=…`;
 * `base` resolves a relative `src`. A value that cannot be used is left out
 * and the reason added to `ignored`.
 */
export function readEmbedParams(search: string, base: string): EmbedParams {
  const query = new URLSearchParams(search);
  const params: EmbedParams = {ignored: []};
  const src = query.get('src');
  if (src === null) params.ignored.push('no src parameter: give the address of a timeline file, e.g. ?src=data/timeline.json');
  else if (isAllowedSrc(src, base)) params.src = src;
  else params.ignored.push(`src "${src}" is not a relative or http(s) address; it was ignored`);

  const selected = query.get('selected');
  if (selected) params.selected = selected;
  const startAt = query.get('start-at')?.trim();
  if (startAt) params.startAt = startAt;

  const embeds = query.get('embeds');
  if (embeds !== null) {
    if (/^[a-z0-9 ]*$/.test(embeds.trim())) params.embeds = embeds.trim().replace(/ +/g, ' ');
    else params.ignored.push(`embeds "${embeds}" is not a list of service names such as "youtube vimeo"; it was ignored`);
  }

  const theme = query.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) params.theme = theme as EmbedParams['theme'];
    else params.ignored.push(`theme "${theme}" is not one of ${THEMES.join(', ')}; it was ignored`);
  }

  const lang = query.get('lang');
  if (lang !== null) {
    const canonical = canonicalLang(lang);
    if (canonical) params.lang = canonical;
    else params.ignored.push(`lang "${lang}" is not a BCP 47 language tag; it was ignored`);
  }

  const dir = query.get('dir')?.trim().toLowerCase() ?? null;
  if (dir !== null) {
    if (!(DIRECTIONS as readonly string[]).includes(dir)) params.ignored.push(`dir "${dir}" is not one of ${DIRECTIONS.join(', ')}; it was ignored`);
    else if (dir !== 'auto') params.dir = dir as 'ltr' | 'rtl';
    else if (params.lang) params.dir = directionOfLanguage(params.lang);
  }

  const maxHeight = query.get('max-height');
  if (maxHeight !== null) {
    const pixels = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(maxHeight);
    const value = pixels ? Math.ceil(Number(pixels[1])) : NaN;
    if (value >= MIN_MAX_HEIGHT) params.maxHeight = value;
    else params.ignored.push(`max-height "${maxHeight}" is not a number of pixels of at least ${MIN_MAX_HEIGHT}; it was ignored`);
  }

  const childId = query.get('childId');
  if (childId) params.childId = childId;
  return params;
}
