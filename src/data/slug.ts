/**
 * Lower-case ASCII words joined by hyphens, at most 60 characters: the ids the
 * parser and the importers make when the data gives none. `fallback` when
 * nothing is left (a title in a script with no Latin letters, say).
 */
export function slug(text: string, fallback = 'event'): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || fallback;
}

/** The id made for an event that has none: its date and title, as the parser has always made it. */
export function deriveEventId(date: string, title: string): string {
  return slug(`${date}-${title}`);
}
