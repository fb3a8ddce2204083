import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {setStyles} from '../../directives/set-styles.js';
import {isSoftDate, type Timeline, type TimelineEvent} from '../../data/types.js';
import {dateFormatter, formatYear, machineDate, withEra} from '../../format/format-date.js';
import type {UiStrings} from '../../format/strings.js';
import {eventDateText, eventName, headingLevel, renderBadge, renderEventCard} from '../event-card/event-card.js';
import type {LiveMark} from './live-marks.js';
import type {MediaContext} from '../event-card/render-media.js';

/*
 * The vertical chronology <news-timeline> shows in narrow containers: one
 * list of events in date order, a rail with a dot per event down the start
 * side, year headings, bars in a side column for events that last, and the
 * card of the expanded event inline under it.
 *
 * The list is a CSS grid with one row per shown event. A range bar is a grid
 * item of its own (an aria-hidden list item) placed over the rows its event
 * covers, so it follows wrapped titles and open cards without measuring.
 * Everything here is a pure function of its inputs; the element keeps the
 * state and learns of changes through the callbacks.
 */

export interface VerticalContext {
  /** For the categories the card names. */
  readonly timeline: Timeline;
  /**
   * Level of the year headings in the page's outline. An open card's sources
   * heading is one below (its title is hidden: the entry above it says it).
   */
  readonly headingLevel: number;
  /** The events to show (already filtered), in date order. */
  readonly events: readonly TimelineEvent[];
  /** Category id → CSS colour value, as from `categoryColors`. */
  readonly colors: ReadonlyMap<string, string>;
  readonly locale: string | undefined;
  readonly strings: UiStrings;
  /** What may load media in the card (the element's MediaChoices). */
  readonly media: MediaContext;
  /** The event whose card is open inline under it. */
  readonly expandedId: string | undefined;
  /** The event that is the list's tab stop; the first shown event when undefined or not shown. */
  readonly activeId: string | undefined;
  /** Click, Enter or Space on an event: the element opens or closes its card. */
  readonly onToggle: (event: TimelineEvent) => void;
  /**
   * An event became the tab stop (arrow keys, Home, End, focus, click). The
   * list has already moved focus and `tabindex`; store the id as `activeId`.
   */
  readonly onActivate?: (event: TimelineEvent) => void;
  /** Previous and next, at the foot of the open card. */
  readonly cardFooter?: TemplateResult | typeof nothing;
  /** Events marked New or Updated by a live update. */
  readonly marks?: ReadonlyMap<string, LiveMark>;
}

/** One event's row: its grid row (1-based) and, for the first of a year, that year. */
export interface VerticalRow {
  readonly event: TimelineEvent;
  readonly row: number;
  readonly year: string | undefined;
}

/** A range's bar: grid rows `fromRow` to `toRow` inclusive, in side column `lane` (0-based). */
export interface VerticalRange {
  readonly event: TimelineEvent;
  readonly fromRow: number;
  readonly toRow: number;
  readonly lane: number;
  /** The bar's first row opens with a year heading, so its dot sits lower. */
  readonly afterYear: boolean;
}

export interface VerticalLayout {
  readonly rows: readonly VerticalRow[];
  readonly ranges: readonly VerticalRange[];
  /** How many side columns the range bars need. */
  readonly lanes: number;
}

/** The year an event is filed under, as the locale writes it (its calendar, its digits). */
export function yearOf(event: TimelineEvent, locale: string | undefined): string {
  if (event.date.deep) return formatYear(event.date.start, locale);
  const wall = event.date.start + (event.date.offsetMinutes ?? 0) * 60_000;
  return dateFormatter(locale, withEra({year: 'numeric'}, wall)).format(wall);
}

/**
 * Rows, year headings and range bars for events in date order. A range runs
 * from its own row down to the row of the last shown event that starts
 * before its end (its end date included); bars that overlap take separate
 * side columns, packed greedily. O(n · (lanes + log n)).
 */
export function layoutVertical(events: readonly TimelineEvent[], locale: string | undefined): VerticalLayout {
  const rows: VerticalRow[] = [];
  const ranges: VerticalRange[] = [];
  const laneEnds: number[] = [];
  let previousYear: string | undefined;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const year = yearOf(event, locale);
    rows.push({event, row: i + 1, year: year === previousYear ? undefined : year});
    previousYear = year;
  }
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!event.end) continue;
    // Events are in date order: the ones inside the range follow it. Binary search for the last.
    const end = event.end.end;
    let to = i;
    for (let hi = events.length - 1; to < hi; ) {
      const mid = (to + hi + 1) >> 1;
      if (events[mid].date.start < end) to = mid;
      else hi = mid - 1;
    }
    let lane = laneEnds.findIndex((end) => end < i + 1);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = to + 1;
    ranges.push({event, fromRow: i + 1, toRow: to + 1, lane, afterYear: rows[i].year !== undefined});
  }
  return {rows, ranges, lanes: laneEnds.length};
}

type Item = {readonly kind: 'event'; readonly row: VerticalRow} | {readonly kind: 'range'; readonly range: VerticalRange};

const itemKey = (item: Item) => (item.kind === 'event' ? item.row.event.id : `range:${item.range.event.id}`);

/** Ids of the elements an entry points at; by index, as event ids may hold spaces. */
export const entryId = (event: TimelineEvent) => `v-entry-${event.index}`;
export const inlineCardId = (event: TimelineEvent) => `v-card-${event.index}`;

const noop = () => {};

/** The vertical chronology. Handlers are delegated to the list: none per row. */
export function renderVertical(ctx: VerticalContext): TemplateResult {
  const {events, locale} = ctx;
  const layout = layoutVertical(events, locale);
  const activeId = ctx.activeId !== undefined && events.some((e) => e.id === ctx.activeId) ? ctx.activeId : events[0]?.id;
  const items: Item[] = [];
  let r = 0;
  for (const row of layout.rows) {
    items.push({kind: 'event', row});
    // A bar follows its event in the DOM; the grid places it.
    while (r < layout.ranges.length && layout.ranges[r].fromRow === row.row) items.push({kind: 'range', range: layout.ranges[r++]});
  }
  const handlers = delegatedHandlers(ctx);
  const columns = `minmax(0, 1fr)${layout.lanes ? ` repeat(${layout.lanes}, var(--_lane-w))` : ''}`;
  return html`<ol class="chronology" part="chronology" aria-label=${ctx.strings.events}
    ${setStyles({gridTemplateColumns: columns})}
    @click=${handlers.click} @keydown=${handlers.keydown} @keyup=${handlers.keyup} @focusin=${handlers.focusin}>
    ${repeat(items, itemKey, (item) =>
      item.kind === 'event'
        ? renderEntry(item.row, ctx, activeId, layout.rows.length)
        : renderRangeBar(item.range, ctx.colors, item.range.event.id === ctx.expandedId))}
  </ol>`;
}

function renderEntry({event, row, year}: VerticalRow, ctx: VerticalContext, activeId: string | undefined, count: number): TemplateResult {
  const expanded = event.id === ctx.expandedId;
  const category = expanded && event.category ? ctx.timeline.categories.find((c) => c.id === event.category) : undefined;
  const color = event.category ? ctx.colors.get(event.category) : undefined;
  const edge = `${row === 1 ? ' first' : ''}${row === count ? ' last' : ''}`;
  return html`<li class="row${year ? ' has-year' : ''}${edge}${expanded ? ' expanded' : ''}" ${setStyles({gridRow: String(row), '--_c': color})}>
    ${year ? html`<h3 class="year" part="year" aria-level=${headingLevel(ctx.headingLevel)}>${year}</h3>` : nothing}
    <button class="entry${event.end ? ' is-range' : ''}${isSoftDate(event.date) || (event.end && isSoftDate(event.end)) ? ' soft' : ''}" part=${expanded ? 'entry entry-selected' : 'entry'}
      id=${entryId(event)} data-id=${event.id} data-key=${event.id} tabindex=${event.id === activeId ? '0' : '-1'}
      aria-label=${eventName(event, ctx.locale)} aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${inlineCardId(event)}>
      <span class="rail" part="rail"><span class="dot"></span></span>
      <!-- title first, as in the accessible name; the date is shown above it -->
      <span class="entry-text">
        <span class="entry-title" dir="auto">${renderBadge(ctx.marks?.get(event.id), event, ctx.strings, ctx.locale)}${event.title}</span>
        <time class="entry-date" datetime=${machineDate(event.date) ?? nothing}>${eventDateText(event, ctx.locale)}</time>
      </span>
    </button>
    ${expanded
      ? html`<div class="card inline-card open" part="card" id=${inlineCardId(event)} role="region" aria-labelledby=${entryId(event)}>
          ${category ? html`<p class="inline-meta"><span class="card-category" dir="auto">${category.label}</span></p>` : nothing}
          ${renderEventCard(event, {timeline: ctx.timeline, headingLevel: ctx.headingLevel, strings: ctx.strings, locale: ctx.locale, pinned: false, onClose: noop, media: ctx.media, footer: ctx.cardFooter, mark: ctx.marks?.get(event.id)})}
        </div>`
      : nothing}
  </li>`;
}

function renderRangeBar(range: VerticalRange, colors: ReadonlyMap<string, string>, selected: boolean): TemplateResult {
  const {event, fromRow, toRow, lane, afterYear} = range;
  const color = event.category ? colors.get(event.category) : undefined;
  return html`<li class="range-bar${afterYear ? ' after-year' : ''}${selected ? ' selected' : ''}" part="range-bar"
    aria-hidden="true" data-range=${event.id}
    ${setStyles({gridRow: `${fromRow} / ${toRow + 1}`, gridColumn: String(lane + 2), '--_c': color})}></li>`;
}

/** The entry button an event came from, if it came from one in this list. */
function entryOf(event: Event): HTMLButtonElement | null {
  const target = event.target as Element | null;
  const button = target?.closest?.<HTMLButtonElement>('button.entry');
  return button && button === target?.closest('button') ? button : null;
}

/**
 * One handler per kind of input for the whole list. Enter and Space toggle
 * on keydown and their native click is cancelled, so a key press toggles
 * exactly once in every engine; arrows, Home and End rove the tab stop.
 */
function delegatedHandlers(ctx: VerticalContext) {
  const byId = (id: string | undefined) => (id === undefined ? undefined : ctx.events.find((e) => e.id === id));
  return {
    click(event: MouseEvent) {
      const button = entryOf(event);
      const target = byId(button?.dataset.id);
      if (!button || !target) return;
      if (button.tabIndex !== 0) {
        rove(button);
        ctx.onActivate?.(target);
      }
      ctx.onToggle(target);
    },
    keydown(event: KeyboardEvent) {
      const button = entryOf(event);
      const target = byId(button?.dataset.id);
      if (!button || !target || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (!event.repeat) ctx.onToggle(target);
        return;
      }
      const list = event.currentTarget as HTMLElement;
      const entries = Array.from(list.querySelectorAll<HTMLButtonElement>('button.entry'));
      const index = entries.indexOf(button);
      const next =
        event.key === 'ArrowDown' ? entries[Math.min(index + 1, entries.length - 1)]
        : event.key === 'ArrowUp' ? entries[Math.max(index - 1, 0)]
        : event.key === 'Home' ? entries[0]
        : event.key === 'End' ? entries[entries.length - 1]
        : undefined;
      if (!next) return;
      event.preventDefault();
      if (next === button) return;
      rove(next);
      next.focus();
      const nextEvent = byId(next.dataset.id);
      if (nextEvent) ctx.onActivate?.(nextEvent);
    },
    keyup(event: KeyboardEvent) {
      // Space activates a button on keyup; it was handled on keydown.
      if (event.key === ' ' && entryOf(event)) event.preventDefault();
    },
    focusin(event: FocusEvent) {
      const button = entryOf(event);
      const target = byId(button?.dataset.id);
      if (!button || !target || button.tabIndex === 0) return;
      rove(button);
      ctx.onActivate?.(target);
    },
  };
}

/** Makes `button` the list's only tab stop. */
function rove(button: HTMLButtonElement): void {
  const list = button.closest('ol');
  list?.querySelectorAll<HTMLButtonElement>('button.entry[tabindex="0"]').forEach((b) => b !== button && b.setAttribute('tabindex', '-1'));
  button.setAttribute('tabindex', '0');
}
