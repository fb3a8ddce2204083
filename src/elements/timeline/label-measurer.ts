/** How a kind of label is drawn, relative to the font of the element it inherits from. */
export interface LabelStyle {
  /** Font size as a fraction of the element's. */
  readonly scale: number;
  /** A CSS font weight; the element's when not given. */
  readonly weight?: string;
  /** Drawn in capitals (`text-transform: uppercase`). */
  readonly upperCase?: boolean;
  /** `letter-spacing` in em of the label's size. */
  readonly letterSpacing?: number;
  /** Padding on both sides together, px. */
  readonly padding?: number;
}

/** Event labels: 13/16 of the element's font (see `.label` in the styles). */
const EVENT_LABEL: LabelStyle = {scale: 0.8125};

/**
 * Measures label text in the font the labels are drawn with, so layout can
 * keep labels apart without rendering them first. Widths are cached per text.
 */
export class LabelMeasurer {
  private context?: CanvasRenderingContext2D | null;
  private font = '';
  private size = 0;
  private cache = new Map<string, number>();

  constructor(private readonly style: LabelStyle = EVENT_LABEL) {}

  /** Reads the font of the element the labels inherit from. True when it changed since last time. */
  setFont(element: Element): boolean {
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize) * this.style.scale;
    const font = `${style.fontStyle} ${this.style.weight ?? style.fontWeight} ${size}px ${style.fontFamily}`;
    if (font === this.font) return false;
    this.font = font;
    this.size = size;
    this.cache.clear();
    this.context ??= document.createElement('canvas').getContext('2d');
    if (this.context) this.context.font = font;
    return true;
  }

  width(text: string): number {
    let width = this.cache.get(text);
    if (width === undefined) {
      const {upperCase, letterSpacing = 0, padding = 0} = this.style;
      const drawn = upperCase ? text.toUpperCase() : text;
      // Without a canvas (very old engines) an average glyph width is a fair guess.
      const glyphs = this.context?.measureText(drawn).width ?? drawn.length * 7;
      width = Math.ceil(glyphs + drawn.length * letterSpacing * this.size + padding) + 2;
      this.cache.set(text, width);
    }
    return width;
  }

  clear(): void {
    this.cache.clear();
  }
}
