import {escapeHtml} from '../fallback/timeline-to-html.js';
import {elementAttributes, embedQuery, type BuilderOptions} from './builder-options.js';

/** Where the embed code points: the data file and the directory holding news-timeline's built files. */
export interface SnippetTargets {
  /** The address of the timeline's data, absolute or as the editor wrote it. */
  data: string;
  /** The directory of dist/ (`news-timeline.bundle.js`, `embed.html`, `embed-resizer.js`), ending in `/`. */
  files: string;
}

/** A directory address always ends in `/`, so that file names resolve inside it. */
export function directoryOf(address: string): string {
  return address.endsWith('/') ? address : `${address}/`;
}

/** An attribute as it is written in HTML: a boolean one by its name alone. */
const attribute = ([name, value]: [string, string]) => (value === '' && name === 'search' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`);

/**
 * The script-tag embed: the bundle as a module and one `<news-timeline>`
 * with the chosen attributes; the title, when given, as the element's heading
 * (read for spreadsheets, which have no title of their own).
 */
export function scriptTagSnippet(options: BuilderOptions, targets: SnippetTargets): string {
  const files = directoryOf(targets.files);
  const attributes = elementAttributes(options, targets.data).map(attribute).join('');
  const title = options.title.trim();
  const heading = title ? `\n  <h${options.headingLevel}>${escapeHtml(title)}</h${options.headingLevel}>\n` : '';
  return `<script type="module" src="${escapeHtml(files)}news-timeline.bundle.js"></script>\n<news-timeline${attributes}>${heading}</news-timeline>\n`;
}

/**
 * The iframe embed: the frame on embed.html with the options it reads, and
 * the resizer script that sets the frame's height from the page inside it.
 */
export function iframeSnippet(options: BuilderOptions, targets: SnippetTargets, frameTitle: string): string {
  const files = directoryOf(targets.files);
  const src = `${files}embed.html?${embedQuery(options, targets.data).toString()}`;
  return (
    `<iframe data-news-timeline src="${escapeHtml(src)}"\n  title="${escapeHtml(frameTitle)}" loading="lazy"\n` +
    // Sized by attributes, which a host page's policy cannot refuse as it can a style attribute; the resizer sets the real height.
    `  width="100%" height="480" style="display: block; border: 0"></iframe>\n` +
    `<script src="${escapeHtml(files)}embed-resizer.js" defer></script>\n`
  );
}
