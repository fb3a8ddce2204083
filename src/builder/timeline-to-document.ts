import type {
  PartialDate,
  Timeline,
  TimelineDocument,
  TimelineEventInput,
  TimelineMedia,
  TimelineMediaInput,
  TimelineSource,
  TimelineSourceInput,
} from '../data/types.js';

// The parsed model back in news-timeline's own format, for the builder's
// "download as JSON": a timeline read from CSV or TimelineJS3 becomes a file
// the element reads as it is. Dates keep the text they were written in (`iso`).

const iso = (date: PartialDate | undefined) => date?.iso;

/** Copies the fields that are set, leaving out the undefined ones so the JSON has no empty keys. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function mediaInput(media: TimelineMedia): TimelineMediaInput {
  const {url, kind, alt, credit, caption, thumbnail, width, height} = media;
  return defined({url, kind, alt, credit, caption, thumbnail, width, height});
}

function sourceInput(source: TimelineSource): TimelineSourceInput {
  const {name, url, excerpt, status, archived} = source;
  return defined({name, url, excerpt, published: iso(source.published), status, archived, accessed: iso(source.accessed)});
}

/** A timeline as a document of news-timeline's format (data/timeline.schema.json), ids and all. */
export function timelineToDocument(timeline: Timeline): TimelineDocument {
  const events = timeline.events.map(
    (event): TimelineEventInput =>
      defined({
        id: event.id,
        date: event.date.iso,
        end: iso(event.end),
        displayDate: event.displayDate,
        dateNote: event.dateNote,
        title: event.title,
        summary: event.summary,
        category: event.category,
        sources: event.sources.length ? event.sources.map(sourceInput) : undefined,
        importance: event.importance,
        media: event.media && mediaInput(event.media),
        updated: iso(event.updated),
        corrections: event.corrections?.map((correction) => ({date: correction.date.iso, text: correction.text})),
      }),
  );
  return defined({
    title: timeline.title,
    description: timeline.description,
    media: timeline.media && mediaInput(timeline.media),
    updated: iso(timeline.updated),
    categories: timeline.categories.length ? timeline.categories.map((c) => defined({id: c.id, label: c.label, color: c.color})) : undefined,
    eras: timeline.eras.length ? timeline.eras.map((era) => ({title: era.title, start: era.start.iso, end: era.end.iso})) : undefined,
    story: timeline.story?.length ? [...timeline.story] : undefined,
    events,
  });
}
