import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

type Styles = Readonly<Record<string, string | undefined>>;

const cssName = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Sets inline styles through the CSSOM (`style.setProperty`), every time.
 * Lit's styleMap writes a `style` attribute on first render, which a strict
 * Content-Security-Policy without 'unsafe-inline' blocks; this never does.
 * Names may be camelCase (`maxWidth`) or custom properties (`--_c`); an
 * undefined value removes the property.
 *
 * `<li ${setStyles({transform: 'translateX(4px)'})}>`
 */
class SetStyles extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('setStyles() goes in an element, not in an attribute: <div ${setStyles({...})}>');
  }

  render(_styles: Styles) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Styles]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      const property = cssName(name);
      style.setProperty(property, value);
      next.add(property);
    }
    for (const property of this.applied) if (!next.has(property)) style.removeProperty(property);
    this.applied = next;
    return noChange;
  }
}

export const setStyles = directive(SetStyles);
