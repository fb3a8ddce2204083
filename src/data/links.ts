/**
 * The one check of the links data may carry: an http(s) address with no white
 * space in it. The scheme's case does not matter (`HTTPS://` is as good as
 * `https://`), as in every URL. Used by the parser, the importers, the
 * fallback HTML and the card, which checks again what `data` brings.
 */
export function isHttpUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/\S+$/i.test(url);
}

/** The host of an http(s) address, without "www.": the name of a source that has none. */
export function hostName(url: string): string | undefined {
  if (!isHttpUrl(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
