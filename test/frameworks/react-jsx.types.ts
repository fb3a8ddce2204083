// Type-level test of the JSX declaration docs/frameworks.md gives React users
// who write TSX: compiled by `npm run typecheck`, never run. The declaration
// below is the documented one, word for word, so the docs cannot drift from
// what compiles.
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {NewsTimeline, NewsTimelineLoadEvent, NewsTimelineSelectEvent, TimelineDocument} from '../../src/index.js';

// --- documented declaration: start ---
type NewsTimelineProps = DetailedHTMLProps<HTMLAttributes<NewsTimeline>, NewsTimeline> &
  Partial<Pick<NewsTimeline, 'data' | 'src' | 'selected' | 'start' | 'end' | 'theme' | 'layout' | 'lanes' | 'search' | 'hash' | 'timeout'>> & {
    'onnews-timeline-select'?: (event: NewsTimelineSelectEvent) => void;
    'onnews-timeline-load'?: (event: NewsTimelineLoadEvent) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': NewsTimelineProps;
    }
  }
}
// --- documented declaration: end ---

declare const story: TimelineDocument;

export const ok: React.JSX.IntrinsicElements['news-timeline'] = {
  data: story,
  selected: null,
  theme: 'light',
  'onnews-timeline-select': (event) => {
    const id: string | null = event.eventId;
    return id;
  },
  'onnews-timeline-load': (event) => event.problems.length,
};

export const wrongSelected: React.JSX.IntrinsicElements['news-timeline'] = {
  // @ts-expect-error selected is an event id
  selected: 3,
};

export const wrongHandler: React.JSX.IntrinsicElements['news-timeline'] = {
  // @ts-expect-error the select handler receives a NewsTimelineSelectEvent, which has no problems
  'onnews-timeline-select': (event: NewsTimelineLoadEvent) => event.problems,
};
