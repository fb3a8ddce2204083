/*
 * What the core needs of the HTML form of a timeline (the element's
 * children) before the part that reads it loads: its tags, whether a host
 * has any, its title, and the names of its elements in problems.
 */

export const EVENT_TAG = 'news-timeline-event';
export const CATEGORY_TAG = 'news-timeline-category';
export const ERA_TAG = 'news-timeline-era';

/**
 * An element's text as a reader sees it: runs of HTML's white space from the
 * markup's layout read as one space. A no-break space is a character the
 * editor chose, so only space, tab and line breaks collapse.
 */
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/[ \t\n\f\r]+/g, ' ').trim() ?? '';

/**
 * The host's elements with a tag: anywhere under it (a legend may sit in a
 * list), but not inside one of its events or a timeline of its own.
 */
export const declared = (host: Element, tag: string) =>
  Array.from(host.querySelectorAll(tag)).filter((element) => element.parentElement!.closest(`${EVENT_TAG}, ${host.localName}`) === host);

/** Whether the host declares events (its children), categories or eras, which the `read-event-elements` part reads. */
export const hasFormChildren = (host: Element): boolean =>
  Array.from(host.children).some((child) => child.localName === EVENT_TAG) || declared(host, CATEGORY_TAG).length > 0 || declared(host, ERA_TAG).length > 0;

/**
 * The title the page gives a timeline: the text of the host's first heading
 * child, else its `aria-label`. Used for children and for CSV files, which
 * have no title of their own.
 */
export function readTimelineTitle(host: Element): string | undefined {
  const heading = Array.from(host.children).find((child) => /^h[1-6]$/.test(child.localName));
  return text(heading) || host.getAttribute('aria-label') || undefined;
}

const TAG_OF_LIST: Record<string, string> = {events: EVENT_TAG, categories: CATEGORY_TAG, eras: ERA_TAG};

/**
 * The path of a problem in a document read from children, written with the
 * element it came from: `events[3].date` becomes `news-timeline-event[3].date`
 * (the fourth such element, in document order).
 */
export function childPath(path: string): string {
  return path.replace(/^(events|categories|eras)\[(\d+)\]/, (_, list: string, index: string) => `${TAG_OF_LIST[list]}[${index}]`);
}
