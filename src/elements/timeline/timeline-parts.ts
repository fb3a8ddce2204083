import {adoptStyles, type ReactiveControllerHost} from 'lit';
import {PartController} from '../../controllers/part-controller.js';
import {loadStrings, needsBuiltInStrings, type UiStrings} from '../../format/strings.js';
import {loadHorizontalView, loadLiveUpdates, loadProvenance, loadVerticalView} from '../../lazy-parts.js';

export type LivePart = Awaited<ReturnType<typeof loadLiveUpdates>>;
import {useProvenance} from '../event-card/event-card.js';
import {eventCardStyles} from '../event-card/event-card.styles.js';
import {contrastStyles} from './contrast.styles.js';
import {renderFailure, renderLoading} from './render-shell.js';
import {timelineStyles} from './timeline.styles.js';

/** The element's own styles; each view's come with its part (see adoptViewStyles). */
export const elementStyles = [timelineStyles, eventCardStyles, contrastStyles];

type Host = ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

/** Which parts an element needs now, as far as it can tell. */
export interface PartsWanted {
  readonly locale: string | undefined;
  /** The chronology is drawn, or (not measured yet) may well be. */
  readonly vertical: boolean;
}

/**
 * The parts of `<news-timeline>` that load on demand (see lazy-parts.ts), as
 * one element uses them: the view it draws (horizontal or vertical) and the
 * translation its language needs. Starts each when it is needed, adopts a
 * view's styles when it arrives, and says what to show in place of one that
 * is still loading or failed.
 */
export class TimelineParts {
  readonly horizontal: PartController<Awaited<ReturnType<typeof loadHorizontalView>>>;
  readonly vertical: PartController<Awaited<ReturnType<typeof loadVerticalView>>>;
  /**
   * The built-in translations beyond English: the element shows its loading
   * state for them. Should they fail to load, it speaks English and says why
   * in the console.
   */
  readonly languages: PartController<UiStrings>;
  /** Statuses, archived copies and access dates of sources (source-provenance.ts): started for data that has them. */
  readonly provenance: PartController<Awaited<ReturnType<typeof loadProvenance>>>;
  /** What follows a developing story (live-updates.ts): started for `refresh` or `remember`. */
  readonly live: PartController<LivePart>;
  private locale: string | undefined;

  constructor(private readonly host: Host) {
    this.horizontal = new PartController(host, loadHorizontalView, () => this.adoptViewStyles());
    this.vertical = new PartController(host, loadVerticalView, () => this.adoptViewStyles());
    this.provenance = new PartController(host, loadProvenance, (part) => {
      useProvenance(part);
      this.adoptViewStyles();
    });
    this.live = new PartController(host, loadLiveUpdates);
    this.languages = new PartController(host, () =>
      loadStrings(this.locale).catch((error: unknown) => {
        console.warn(String(error instanceof Error ? error.message : error));
        throw error;
      }));
  }

  /** Starts loading what the element will draw with, as early as it can tell, in parallel with the data's request. */
  start({locale, vertical}: PartsWanted): void {
    this.locale = locale;
    if (needsBuiltInStrings(locale)) this.languages.start();
    if (vertical) this.vertical.start();
    else this.horizontal.start();
  }

  /**
   * A phone or tablet turns between portrait and landscape, and an element
   * wide enough now may be narrow then: have the chronology ready, when idle.
   * (Not the other way: the horizontal view is most of the bytes a phone saves.)
   */
  preloadChronology(): void {
    const preload = () => this.vertical.start();
    if ('requestIdleCallback' in window) requestIdleCallback(preload);
    else setTimeout(preload, 500);
  }

  /** Resolves once the parts the element draws with now have loaded or failed. */
  async settled(vertical: boolean): Promise<void> {
    const view = vertical ? this.vertical : this.horizontal;
    while (this.languages.loading || view.loading || this.provenance.loading) await (this.languages.loading ?? view.loading ?? this.provenance.loading);
  }

  /** In place of a view whose part is still loading, the loading state; of one that failed, its error (naming its file) and a retry. */
  renderState(part: Pick<PartController<unknown>, 'error' | 'retry'>, strings: UiStrings) {
    const {error} = part;
    return error ? renderFailure(strings.loadFailed(error.message), strings, () => part.retry()) : renderLoading(strings);
  }

  /** The styles of the views loaded so far, in their place between the element's own and the high-contrast ones. */
  private adoptViewStyles(): void {
    const cascade = [timelineStyles, this.horizontal.value?.horizontalStyles, eventCardStyles, this.provenance.value?.provenanceStyles, this.vertical.value?.verticalStyles, contrastStyles];
    adoptStyles(this.host.renderRoot as ShadowRoot, cascade.filter((sheet) => sheet !== undefined));
  }
}
