import type {TimelineCategoryInput} from './types.js';

// The ids the readers make when the data gives none: for events (from their
// date and title) and, in the importers, for categories (from their label).

/**
 * Lower-case ASCII words joined by hyphens, at most 60 characters. `fallback`
 * when nothing is left (a title in a script with no Latin letters, say).
 */
export function slug(text: string, fallback = 'event'): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || fallback;
}

/** The id made for an event that has none: its date and title, as the parser has always made it. */
export function deriveEventId(date: string, title: string): string {
  return slug(`${date}-${title}`);
}

/**
 * The ids of one file, each given out once: `claim(base)` gives `base`, or
 * the first of `base-2`, `base-3`, … when an id `given` or claimed before has
 * it. The JSON reader renames a repeated id so; the importers make the ids
 * of events that have none (from `deriveEventId`) so.
 */
export function createUniqueIds(given: Iterable<string> = []): (base: string) => string {
  const taken = new Set(given);
  return (base) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

/** The categories of one file, each id declared once. */
export interface CategoryList {
  /** In the order declared. */
  readonly categories: TimelineCategoryInput[];
  /** Declares `category` unless its id is declared already; whether it was new. */
  add(category: TimelineCategoryInput): boolean;
}

/**
 * An empty list of categories. The JSON reader fills it from `categories`
 * and then the ids its events name; the importers from labels (a CSV column,
 * a TimelineJS3 `group`), with `slug(label)` as the id.
 */
export function createCategoryList(): CategoryList {
  const categories: TimelineCategoryInput[] = [];
  const ids = new Set<string>();
  return {
    categories,
    add(category) {
      if (ids.has(category.id)) return false;
      ids.add(category.id);
      categories.push(category);
      return true;
    },
  };
}
