import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The value of the nearest `name` attribute on `element` or an ancestor,
 * crossing shadow roots (a timeline inside another component's shadow DOM
 * still follows the page's language and direction).
 */
export function inheritedAttribute(element: Element, name: string): string | undefined {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute(name);
    if (value) return value;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

const WATCHED = ['lang', 'dir'];

/**
 * The language and writing direction the host follows: the nearest `lang`
 * and `dir` attributes. Re-renders the host when they change on the host or
 * on `<html>`, where a page's language switch sets them; a change on another
 * ancestor needs a `requestUpdate()` (observing the whole page would cost
 * every embed a document-wide observer).
 */
export class LanguageController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The BCP 47 tag of the nearest `lang`, or undefined for the browser's default. */
  get locale(): string | undefined {
    return inheritedAttribute(this.host, 'lang');
  }

  /** True when the nearest `dir` is `rtl`: time then runs right to left. */
  get rtl(): boolean {
    return inheritedAttribute(this.host, 'dir')?.toLowerCase() === 'rtl';
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, {attributes: true, attributeFilter: WATCHED});
    this.observer.observe(document.documentElement, {attributes: true, attributeFilter: WATCHED});
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
