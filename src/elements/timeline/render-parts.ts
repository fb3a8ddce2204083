import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {setStyles} from '../../directives/set-styles.js';
import {isSoftDate, type PartialDate, type TimelineEvent} from '../../data/types.js';
import {formatDateRange, formatPartialDate} from '../../format/format-date.js';
import type {UiStrings} from '../../format/strings.js';
import {itemKey} from '../../layout/item-keys.js';
import type {LayoutItem} from '../../layout/layout-events.js';
import {tickAlignment, type Tick} from '../../layout/ticks.js';
import {eventName, markText, renderBadge} from '../event-card/event-card.js';
import type {EraLabel} from '../../layout/era-labels.js';
import type {LiveMark} from './live-marks.js';

/*
 * Template pieces of <news-timeline>. They map prepared numbers to markup and
 * hold no state; every string from the data goes in as text.
 */

const ERA_ROW = 18;

/**
 * The era bands in view with their titles (see `placeEraLabels`). A title
 * shortened for room shows in full while hovered, and while keyboard focus
 * is on an event within the era (`current`, the active event's position).
 * One hidden for room still names its band to a mouse (`title`).
 */
export function renderEras(labels: readonly EraLabel[], rtl: boolean, current: number | undefined): TemplateResult[] {
  const side = rtl ? 'right' : 'left';
  return labels.map(({band, left, labelLeft, labelWidth, full, fullShift}) => {
    const holdsCurrent = current !== undefined && band.x0 <= current && current <= band.x1;
    // Offsets are measured from the side where time starts: the right when it runs right to left.
    return html`<div class="era" part="era" aria-hidden="true" title=${full ? nothing : band.title}
        ${setStyles({[side]: `${left}px`, width: `${band.x1 - band.x0}px`})}></div>
      <div class="era-label ${full ? '' : 'short'} ${labelWidth ? '' : 'no-room'} ${holdsCurrent ? 'current' : ''}" part="era-label" aria-hidden="true" dir="auto"
        ${setStyles({[side]: `${labelLeft}px`, top: `${band.row * ERA_ROW}px`, '--_room': `${labelWidth}px`, '--_full-shift': `${fullShift}px`})}>${band.title}</div>`;
  });
}

export const eraStripHeight = (rows: number) => (rows ? rows * ERA_ROW + 6 : 4);

const EDGE_CLASS = {start: 'at-start', end: 'at-end', centre: ''} as const;

/** The axis; `rtl` mirrors it (tick x is measured from the side where time starts). */
export function renderAxis(ticks: readonly Tick[], width: number, rtl: boolean): TemplateResult {
  const edge = (x: number) => EDGE_CLASS[tickAlignment(x, width)];
  const sign = rtl ? -1 : 1;
  return html`<ol class="axis" part="axis" aria-hidden="true">
    ${ticks.map((tick) => html`<li class="tick ${tick.major ? 'major' : ''} ${edge(tick.x)}" part="tick" ${setStyles({transform: `translateX(${sign * tick.x}px)`})}><span part="tick-label">${tick.label}</span></li>`)}
  </ol>`;
}

export interface ItemContext {
  readonly offset: number;
  /** Time runs right to left: items are placed from the right edge. */
  readonly rtl: boolean;
  readonly colors: ReadonlyMap<string, string>;
  readonly locale: string | undefined;
  readonly strings: UiStrings;
  readonly activeKey: string | undefined;
  readonly selectedId: string | undefined;
  readonly openId: string | undefined;
  /** Events marked New or Updated by a live update. */
  readonly marks: ReadonlyMap<string, LiveMark>;
}

// A cluster is redrawn on every frame of a zoom or pan, and each zoom level makes new
// clusters; formatting their dates (Intl's formatRange) each time cost more than drawing
// them. The span depends only on the two ends, so it is kept by those, for one language
// at a time; the count is cheap to say.
const clusterSpans = new Map<string, string>();
let clusterSpansFor: string | undefined;

/** What the formatted text of a date depends on. */
// A soft date's words depend on all it says (its qualifiers, its ends), which its text as written holds.
const dateKey = (date: PartialDate) => (isSoftDate(date) ? date.iso : `${date.precision}${date.start}${date.offsetMinutes ?? ''}`);

export function clusterName(events: readonly TimelineEvent[], locale: string | undefined, strings: UiStrings): string {
  if (clusterSpansFor !== (locale ?? '') || clusterSpans.size > 10_000) {
    clusterSpans.clear();
    clusterSpansFor = locale ?? '';
  }
  const first = events[0].date;
  const last = events[events.length - 1];
  const lastDate = last.end ?? last.date;
  const key = `${dateKey(first)} ${dateKey(last.date)} ${dateKey(lastDate)}`;
  let span = clusterSpans.get(key);
  if (span === undefined) {
    span = first.iso === last.date.iso ? formatPartialDate(first, locale) : formatDateRange(first, lastDate, locale);
    clusterSpans.set(key, span);
  }
  return `${strings.eventCount(events.length)}${strings.separator}${span}`;
}

export function renderItems(items: readonly LayoutItem[], context: ItemContext): TemplateResult {
  return html`${repeat(items, itemKey, (item) => renderItem(item, context))}`;
}

function renderItem(item: LayoutItem, context: ItemContext): TemplateResult {
  const key = itemKey(item);
  const tabindex = key === context.activeKey ? '0' : '-1';
  const x = (item.x0 + context.offset) * (context.rtl ? -1 : 1);
  const position = setStyles({transform: `translate(${x}px, calc(var(--_lane) * ${item.lane}))`});
  if (item.kind === 'cluster') {
    return html`<li ${position}>
      <button class="item cluster" part="cluster" data-key=${key} tabindex=${tabindex}
        aria-label=${clusterName(item.events, context.locale, context.strings)}>${context.strings.count(item.events.length)}</button>
    </li>`;
  }
  const {event} = item;
  const selected = event.id === context.selectedId;
  const isRange = item.xEnd > item.x;
  const colorValue = event.category ? context.colors.get(event.category) : undefined;
  const mark = context.marks.get(event.id);
  const label = item.labelWidth
    ? html`<span class="label" part="label" dir="auto" ${setStyles({maxWidth: `${item.labelWidth + 2}px`})}>${renderBadge(mark, event, context.strings, context.locale)}${event.title}</span>`
    : nothing;
  const {band, fade} = item;
  // A soft point's band reaches before its dot, and the item's box starts with the band.
  const bandMark = band
    ? html`<span class="band" part="band" ${setStyles({insetInlineStart: `${band.x0 - item.x0}px`, width: `${band.x1 - band.x0}px`, '--_c': colorValue})}></span>`
    : nothing;
  const fadeStyle = fade ? {'--_fade-from': `${fade.from}px`, '--_fade-to': `${fade.to}px`} : {};
  return html`<li ${position}>${bandMark}
    <button class="item ${isRange ? 'range' : 'point'} ${selected ? 'selected' : ''} ${item.labelBefore ? 'label-before' : ''} ${band || fade ? 'soft' : ''}"
      part=${`${isRange ? 'range' : 'marker'}${selected ? ` ${isRange ? 'range' : 'marker'}-selected` : ''}`}
      data-key=${key} data-id=${event.id} tabindex=${tabindex}
      ${setStyles({'--_c': colorValue, marginInlineStart: band ? `calc(${item.x - item.x0}px - var(--_marker) / 2)` : undefined})}
      aria-label=${mark ? `${markText(mark, event, context.strings, context.locale)}${context.strings.separator}${eventName(event, context.locale)}` : eventName(event, context.locale)} aria-haspopup="dialog"
      aria-expanded=${event.id === context.openId ? 'true' : 'false'}
      aria-describedby=${event.id === context.openId ? 'card' : nothing}>
      ${isRange
        ? html`${label}<span class="bar" part="bar" ${setStyles({width: `${item.xEnd - item.x}px`, ...fadeStyle})}></span>`
        : html`<span class="dot"></span>${label}`}
    </button>
  </li>`;
}
