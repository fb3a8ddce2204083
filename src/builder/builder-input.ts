import {formatOfText} from '../data/timeline-format.js';

/** What the editor gave: an address, or the text of a file or of the text box. */
export type BuilderInput =
  | {readonly kind: 'address'; readonly address: string}
  | {readonly kind: 'text'; readonly text: string; readonly name?: string};

/** How the preview loads an input: through its `src`, with the format when the text tells it. */
export interface PreviewSource {
  readonly src: string;
  readonly type?: 'csv' | 'json';
}

/**
 * The preview's `src` for an input. A text goes through `src` too (as a blob
 * address), so that it is read exactly as a file at an address would be: the
 * format from the file name, else from the text's first character.
 */
export function previewSource(input: BuilderInput, blobAddress: (text: string) => string): PreviewSource {
  if (input.kind === 'address') return {src: input.address};
  return {src: blobAddress(input.text), type: formatOfText(input.text, {file: input.name})};
}

/**
 * The data address the embed code starts with: the address given, made
 * absolute (the code goes into another page); for a text, a file name beside
 * that page, for the editor to replace with where they put the download.
 */
export function defaultDataAddress(input: BuilderInput, base: string): string {
  if (input.kind === 'text') return 'timeline.json';
  try {
    return new URL(input.address, base).href;
  } catch {
    return input.address;
  }
}
