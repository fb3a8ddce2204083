import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {UiStrings} from '../format/strings.js';

/** The shortest interval between polls, in seconds: a newsroom's file is not a chat. */
export const MIN_REFRESH_SECONDS = 15;
/** After failures the interval doubles, up to this many times the one asked for. */
const MAX_BACK_OFF = 16;

export interface RefreshControllerOptions {
  /** Asks for the data again; resolves true when the server answered (changed or not), false when the poll failed. */
  readonly poll: () => Promise<boolean>;
}

/**
 * Asks for the timeline again every `seconds` while the page is visible:
 * a hidden page is not polled, and a poll that fell due while it was hidden
 * is made when it is shown again. After a failed poll the interval doubles
 * (up to 16 times) and `paused` is true until a poll succeeds.
 */
export class RefreshController implements ReactiveController {
  /** The last poll failed: what is shown may be out of date. */
  paused = false;
  private seconds = 0;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private due = false;
  private running = false;
  private connected = false;
  private readonly onVisibility = () => {
    if (this.due && !document.hidden) this.now();
  };

  constructor(private readonly host: ReactiveControllerHost, private readonly options: RefreshControllerOptions) {
    host.addController(this);
  }

  /** Polls every `seconds` (at least MIN_REFRESH_SECONDS); 0 stops. The first poll comes one interval after this call. */
  every(seconds: number): void {
    const next = seconds > 0 ? Math.max(MIN_REFRESH_SECONDS, seconds) : 0;
    if (next === this.seconds) return;
    this.seconds = next;
    this.schedule();
  }

  /** "Updates paused" with a retry button, after a failed check. */
  renderStatus(strings: UiStrings) {
    return this.paused
      ? html`<p class="live-status" part="live-status">${strings.updatesPaused} <button class="retry" @click=${this.retry}>${strings.retry}</button></p>`
      : nothing;
  }

  /**
   * The Try again button. When the check succeeds, the line and its button
   * go: focus on it would fall to the page, so it moves to the timeline's
   * own stop in the tab order, its current event (unless the reader has
   * put it somewhere else meanwhile).
   */
  private readonly retry = async (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    const root = button.getRootNode() as ShadowRoot;
    const focused = root.activeElement === button;
    await this.now();
    if (this.paused || !focused) return;
    await this.host.updateComplete;
    const lost = !root.activeElement && (!document.activeElement || document.activeElement === document.body);
    if (lost) root.querySelector<HTMLElement>('[data-key][tabindex="0"]')?.focus({preventScroll: true});
  };

  /** Starts the interval again from now, as after new data was shown. */
  restart(): void {
    this.failures = 0;
    if (this.paused) {
      this.paused = false;
      this.host.requestUpdate();
    }
    this.schedule();
  }

  /** Polls now (a retry, `refresh()`), and resolves when the poll is done. */
  async now(): Promise<void> {
    clearTimeout(this.timer);
    this.due = false;
    if (this.running) return;
    this.running = true;
    let ok = false;
    try {
      ok = await this.options.poll();
    } finally {
      this.running = false;
    }
    this.failures = ok ? 0 : this.failures + 1;
    if (this.paused !== !ok) {
      this.paused = !ok;
      this.host.requestUpdate();
    }
    this.schedule();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.due = false;
    if (!this.seconds || !this.connected) return;
    const delay = this.seconds * 1000 * Math.min(MAX_BACK_OFF, 2 ** this.failures);
    this.timer = setTimeout(() => {
      if (document.hidden) this.due = true;
      else void this.now();
    }, delay);
  }
}
