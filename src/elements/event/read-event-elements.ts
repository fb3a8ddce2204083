import type {TimelineDocument, TimelineEventInput, TimelineSourceInput} from '../../data/types.js';

export const EVENT_TAG = 'news-timeline-event';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function readSources(element: Element): TimelineSourceInput[] {
  return Array.from(element.querySelectorAll('cite'), (cite) => {
    const figure = cite.closest('figure');
    const quote = figure && element.contains(figure) ? figure.querySelector('blockquote') : null;
    const url = cite.querySelector('a[href]')?.getAttribute('href') ?? quote?.getAttribute('cite') ?? undefined;
    const excerpt = text(quote);
    return {name: text(cite), ...(url && {url}), ...(excerpt && {excerpt})};
  });
}

function readEvent(element: Element): Partial<TimelineEventInput> {
  const attr = (name: string) => element.getAttribute(name) ?? undefined;
  const heading = element.querySelector('h1, h2, h3, h4, h5, h6');
  const summary = Array.from(element.querySelectorAll('p'))
    .filter((p) => !p.closest('blockquote, figure') && !p.querySelector('cite'))
    .map(text)
    .join(' ');
  const sources = readSources(element);
  return {
    id: attr('id'),
    date: attr('date'),
    ...(element.hasAttribute('end') && {end: attr('end')}),
    title: text(heading) || undefined,
    ...(summary && {summary}),
    ...(element.hasAttribute('category') && {category: attr('category')}),
    ...(sources.length && {sources}),
  };
}

/**
 * The title the page gives a timeline: the text of the host's first heading
 * child, else its `aria-label`. Used for children and for CSV files, which
 * have no title of their own.
 */
export function readTimelineTitle(host: Element): string | undefined {
  const heading = Array.from(host.children).find((child) => /^h[1-6]$/.test(child.localName));
  return text(heading) || host.getAttribute('aria-label') || undefined;
}

/**
 * Builds a timeline document from `<news-timeline-event>` children: the title
 * from the host's first heading child, each event from its attributes and
 * markup (first heading → title, paragraphs → summary, each `<cite>` → a
 * source with the `<blockquote>` of its `<figure>` as excerpt). The document
 * then goes through the same parser as a JSON file.
 */
export function readEventElements(host: Element): TimelineDocument | undefined {
  const events = Array.from(host.children).filter((child) => child.localName === EVENT_TAG);
  if (!events.length) return undefined;
  return {
    title: readTimelineTitle(host) ?? 'Timeline',
    events: events.map(readEvent) as TimelineEventInput[],
  };
}
