/**
 * Measures label text in the font the labels are drawn with, so layout can
 * keep labels apart without rendering them first. Widths are cached per text.
 */
export class LabelMeasurer {
  private context?: CanvasRenderingContext2D | null;
  private font = '';
  private cache = new Map<string, number>();

  /**
   * Reads the font of the element the labels inherit from; labels are 13/16
   * of it (see `.label` in the styles). True when it changed since last time.
   */
  setFont(element: Element): boolean {
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize) * 0.8125;
    const font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
    if (font === this.font) return false;
    this.font = font;
    this.cache.clear();
    this.context ??= document.createElement('canvas').getContext('2d');
    if (this.context) this.context.font = font;
    return true;
  }

  width(text: string): number {
    let width = this.cache.get(text);
    if (width === undefined) {
      // Without a canvas (very old engines) an average glyph width is a fair guess.
      width = Math.ceil(this.context?.measureText(text).width ?? text.length * 7) + 2;
      this.cache.set(text, width);
    }
    return width;
  }

  clear(): void {
    this.cache.clear();
  }
}
