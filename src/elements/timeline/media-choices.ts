import type {ReactiveControllerHost} from 'lit';
import type {TimelineMedia} from '../../data/types.js';
import type {MediaContext} from '../event-card/render-media.js';

/**
 * The element's one record of what may load media: the services the page
 * lets play in a frame (`embeds`) and the media the reader asked to show
 * here. Kept per medium object, so new data starts with nothing shown.
 */
export class MediaChoices implements MediaContext {
  embeds: ReadonlySet<string> = new Set();
  private readonly asked = new WeakSet<TimelineMedia>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The `embeds` attribute: service ids separated by spaces (or commas), in any case. */
  setEmbeds(value: string | null | undefined): void {
    this.embeds = new Set((value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean));
  }

  shown(media: TimelineMedia): boolean {
    return this.asked.has(media);
  }

  /** Shows `media` in place; focus moves from the button that asked (`from`) to what replaced it, so it is not lost. */
  show(media: TimelineMedia, from?: Element): void {
    this.asked.add(media);
    this.host.requestUpdate();
    const figure = from?.closest('figure');
    if (figure) void this.host.updateComplete.then(() => figure.querySelector<HTMLElement>('iframe, video, audio, a')?.focus());
  }
}
