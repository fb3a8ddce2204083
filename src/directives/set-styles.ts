import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

type Styles = Readonly<Record<string, string | undefined>>;

const cssName = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Sets inline styles through the CSSOM (`style.setProperty`), each only when
 * its value changed: every event on screen is re-rendered on every frame of a
 * zoom or pan, and re-setting unchanged values was most of such a frame.
 * Lit's styleMap writes a `style` attribute on first render, which a strict
 * Content-Security-Policy without 'unsafe-inline' blocks; this never does.
 * Names may be camelCase (`maxWidth`) or custom properties (`--_c`); an
 * undefined value removes the property.
 *
 * `<li ${setStyles({transform: 'translateX(4px)'})}>`
 */
class SetStyles extends Directive {
  /** What this directive set last, by CSS property name. */
  private applied = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('setStyles() goes in an element, not in an attribute: <div ${setStyles({...})}>');
  }

  render(_styles: Styles) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Styles]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      const property = cssName(name);
      if (this.applied.get(property) !== value) style.setProperty(property, value);
      next.set(property, value);
    }
    for (const property of this.applied.keys()) if (!next.has(property)) style.removeProperty(property);
    this.applied = next;
    return noChange;
  }
}

export const setStyles = directive(SetStyles);
