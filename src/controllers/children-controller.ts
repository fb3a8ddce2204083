import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Watches the host's light DOM (its children, their text and attributes, and
 * the host's own attributes) while it is connected, and passes each batch of
 * changes to `onChange`, which decides whether they matter. Nothing is
 * reported for what was there at connection. A few lines of our own in place
 * of @lit-labs/observers' MutationController, whose generality we did not use.
 */
export class ChildrenController implements ReactiveController {
  private readonly observer: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, onChange: (records: MutationRecord[]) => void) {
    this.observer = new MutationObserver(onChange);
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, {childList: true, subtree: true, characterData: true, attributes: true});
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
