import type {
  TimelineCategoryInput,
  TimelineCorrectionInput,
  TimelineDocument,
  TimelineEraInput,
  TimelineEventInput,
  TimelineSourceInput,
} from '../../data/types.js';
import {CATEGORY_TAG, declared, ERA_TAG, EVENT_TAG, readTimelineTitle, text} from './form-children.js';

/**
 * The text of some paragraphs joined with a space, or `undefined` when there
 * is none: an empty paragraph is an empty text, which the data can hold.
 */
const paragraphs = (list: Element[]) => (list.length ? list.map(text).join(' ') : undefined);

/** The figcaption or paragraph a `<cite>` sits in, when it belongs to this event. */
function captionOf(cite: Element, event: Element): Element | null {
  const caption = cite.closest('figcaption, p');
  return caption && event.contains(caption) ? caption : null;
}

/**
 * A source from a `<cite>`: its link (or its figure's blockquote `cite`) the
 * address, that blockquote the excerpt, and in its figcaption or paragraph a
 * `<time datetime>` the publication date, a `<time data-accessed datetime>`
 * the access date and an `<a data-archived href>` the archived copy; the
 * cite's `data-status` its status.
 */
function readSources(element: Element): TimelineSourceInput[] {
  return Array.from(element.querySelectorAll('cite'), (cite) => {
    const figure = cite.closest('figure');
    const quote = figure && element.contains(figure) ? figure.querySelector('blockquote') : null;
    const url = cite.querySelector('a[href]')?.getAttribute('href') ?? quote?.getAttribute('cite') ?? undefined;
    const caption = captionOf(cite, element);
    const find = (selector: string, attribute: string) => caption?.querySelector(`:scope > ${selector}`)?.getAttribute(attribute) ?? undefined;
    const published = find('time[datetime]:not([data-accessed])', 'datetime');
    const accessed = find('time[datetime][data-accessed]', 'datetime');
    const archived = find('a[href][data-archived]', 'href');
    const status = cite.getAttribute('data-status') ?? undefined;
    return {
      name: text(cite), ...(url && {url}), ...(quote && {excerpt: text(quote)}), ...(published && {published}),
      ...(status !== undefined && {status: status as TimelineSourceInput['status']}), ...(archived !== undefined && {archived}), ...(accessed !== undefined && {accessed}),
    };
  });
}

/** The `<time datetime>` that dates an element: a correction, or the timeline's update time. */
const datedBy = (element: Element) => element.querySelector(':scope > time[datetime]');

/**
 * Each `[data-correction]` element of an event (a list item, in the markup
 * `timelineToHtml` writes): its `<time datetime>` child the date, the rest
 * of its text the text, without the colon or dash after the date.
 */
function readCorrections(element: Element): TimelineCorrectionInput[] {
  return Array.from(element.querySelectorAll('[data-correction]'), (item) => {
    const time = datedBy(item);
    const copy = item.cloneNode(true) as Element;
    datedBy(copy)?.remove();
    const date = time?.getAttribute('datetime');
    return {...(date != null && {date}), text: text(copy).replace(/^[:\u2014\u2013-]\s*/, '')} as TimelineCorrectionInput;
  });
}

function readEvent(element: Element): Partial<TimelineEventInput> {
  const attr = (name: string) => element.getAttribute(name) ?? undefined;
  const heading = element.querySelector('h1, h2, h3, h4, h5, h6');
  const summary = paragraphs(
    // The date note written out for readers without JavaScript is not summary: the attribute holds it.
    Array.from(element.querySelectorAll('p')).filter((p) => !p.closest('blockquote, figure') && !p.querySelector('cite') && !p.hasAttribute('data-date-note')),
  );
  const sources = readSources(element);
  const corrections = readCorrections(element);
  return {
    id: attr('id'),
    date: attr('date'),
    ...(element.hasAttribute('end') && {end: attr('end')}),
    ...(element.hasAttribute('date-note') && {dateNote: attr('date-note')}),
    title: text(heading) || undefined,
    ...(summary !== undefined && {summary}),
    ...(element.hasAttribute('category') && {category: attr('category')}),
    ...(element.hasAttribute('importance') && {importance: importanceOf(attr('importance')!)}),
    ...(sources.length && {sources}),
    ...(element.hasAttribute('updated') && {updated: attr('updated')}),
    ...(corrections.length && {corrections}),
  };
}

/** A whole number as written becomes a number; anything else stays text, for the parser to report as such. */
const importanceOf = (value: string): number => (/^\s*\d+\s*$/.test(value) ? Number(value) : (value as unknown as number));

function readCategory(element: Element): Partial<TimelineCategoryInput> {
  const color = element.getAttribute('color');
  return {id: element.getAttribute('name') ?? undefined, label: text(element), ...(color !== null && {color})};
}

function readEra(element: Element): Partial<TimelineEraInput> {
  return {title: text(element), start: element.getAttribute('start') ?? undefined, end: element.getAttribute('end') ?? undefined};
}

/**
 * Builds a timeline document from the host's children, the HTML form of the
 * JSON format: the title from the first heading child, the description from
 * the `<p>` children, each `<news-timeline-category name color>` (its text is
 * the label) and `<news-timeline-era start end>` (its text is the title),
 * and each `<news-timeline-event>` from its attributes and markup (first
 * heading → title, paragraphs → summary, each `<cite>` → a source with the
 * `<blockquote>` of its `<figure>` as excerpt and the `<time datetime>` of
 * its figcaption or paragraph as publication date; see `readSources` for
 * status, archived copy and access date; its `updated` attribute and each
 * `[data-correction]` element, see `readCorrections`). The timeline's update
 * time is a `<p><time data-updated datetime>` child of the host. Only text and attributes are read. The document
 * then goes through the same parser as a JSON file. `undefined` when the host
 * declares no event, category or era.
 */
export function readEventElements(host: Element): TimelineDocument | undefined {
  const events = Array.from(host.children).filter((child) => child.localName === EVENT_TAG);
  const categories = declared(host, CATEGORY_TAG);
  const eras = declared(host, ERA_TAG);
  if (!events.length && !categories.length && !eras.length) return undefined;
  const paragraphsOfHost = Array.from(host.children).filter((child) => child.localName === 'p');
  // A paragraph holding the update time (`<p><time data-updated datetime>`) is not part of the description.
  const updatedTime = paragraphsOfHost.map((p) => p.querySelector(':scope > time[data-updated][datetime]')).find(Boolean);
  const description = paragraphs(paragraphsOfHost.filter((p) => !p.contains(updatedTime ?? null)));
  return {
    title: readTimelineTitle(host) ?? 'Timeline',
    ...(description !== undefined && {description}),
    ...(updatedTime && {updated: updatedTime.getAttribute('datetime')!}),
    ...(categories.length && {categories: categories.map(readCategory) as TimelineCategoryInput[]}),
    ...(eras.length && {eras: eras.map(readEra) as TimelineEraInput[]}),
    events: events.map(readEvent) as TimelineEventInput[],
  };
}
