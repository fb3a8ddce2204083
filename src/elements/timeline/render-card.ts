import {html, nothing, type TemplateResult} from 'lit';
import type {Timeline, TimelineEvent} from '../../data/types.js';
import type {UiStrings} from '../../format/strings.js';
import type {MediaContext} from '../event-card/render-media.js';
import type {LayoutItem} from '../../layout/layout-events.js';
import {eventDateText, headingLevel, renderEventCard} from '../event-card/event-card.js';
import type {LiveMark} from './live-marks.js';

export interface CardContentContext {
  readonly timeline: Timeline;
  /** Level of the card's title in the page's outline. */
  readonly headingLevel: number;
  readonly event: TimelineEvent | undefined;
  readonly cluster: Extract<LayoutItem, {kind: 'cluster'}> | undefined;
  readonly strings: UiStrings;
  readonly locale: string | undefined;
  readonly pinned: boolean;
  readonly onClose: () => void;
  /** A reader picked one event from a cluster's list. */
  readonly onPick: (event: TimelineEvent) => void;
  /** Previous and next, at the foot of an event's pinned card. */
  readonly footer: TemplateResult | typeof nothing;
  readonly media: MediaContext;
  /** Events marked New or Updated by a live update. */
  readonly marks: ReadonlyMap<string, LiveMark>;
}

/** The card shows one event's sources, or lists the events of a cluster that zooming cannot pull apart. */
export function renderCardContent(context: CardContentContext): TemplateResult | typeof nothing {
  const {timeline, event, cluster, strings, locale, pinned, onClose, onPick, media, footer, marks} = context;
  const level = context.headingLevel;
  if (cluster) {
    return html`<header>
        <p class="card-date">${eventDateText(cluster.events[0], locale)}</p>
        <h3 class="card-title" id="card-title" aria-level=${headingLevel(level)}>${strings.sameDay}</h3>
        <button class="card-close" part="card-close" aria-label=${strings.close} @click=${onClose}>×</button>
      </header>
      <ul class="card-list">
        ${cluster.events.map((e) => html`<li><button class="card-pick" @click=${() => onPick(e)}><span dir="auto">${e.title}</span></button></li>`)}
      </ul>`;
  }
  return event ? renderEventCard(event, {timeline, headingLevel: level, strings, locale, pinned, onClose, media, footer, mark: marks.get(event.id)}) : nothing;
}
