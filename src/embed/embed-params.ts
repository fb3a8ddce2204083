/** The query parameters of the embed page, checked. */
export interface EmbedParams {
  /** The timeline file, as given (relative or http(s)); absent when missing or refused. */
  src?: string;
  selected?: string;
  theme?: 'light' | 'dark' | 'auto' | 'high-contrast';
  /** A canonical BCP 47 tag. */
  lang?: string;
  /** The id pym.js gives its child frame (`childId`), echoed in height messages. */
  childId?: string;
  /** Why a parameter was ignored, one sentence each (shown in the console). */
  ignored: string[];
}

const THEMES = ['light', 'dark', 'auto', 'high-contrast'] as const;

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

/** Reads `?src=…&selected=…&theme=…&lang=…&childId=…`; `base` resolves a relative `src`. */
export function readEmbedParams(search: string, base: string): EmbedParams {
  const query = new URLSearchParams(search);
  const params: EmbedParams = {ignored: []};
  const src = query.get('src');
  if (src === null) params.ignored.push('no src parameter: give the address of a timeline file, e.g. ?src=data/timeline.json');
  else if (isAllowedSrc(src, base)) params.src = src;
  else params.ignored.push(`src "${src}" is not a relative or http(s) address; it was ignored`);

  const selected = query.get('selected');
  if (selected) params.selected = selected;

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

  const childId = query.get('childId');
  if (childId) params.childId = childId;
  return params;
}
