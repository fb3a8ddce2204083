/**
 * Plain text from an HTML fragment, for importers whose formats allow HTML
 * (TimelineJS3 headlines and texts). A small tokenizer, not a DOM: nothing is
 * parsed into elements, fetched, rendered or run. Tags are removed;
 * `<script>`, `<style>` and `<template>` lose their content too; comments,
 * CDATA sections and declarations are dropped; entities are decoded once,
 * after the tags are gone, so `&lt;b&gt;` becomes the text "<b>" and is never
 * read as a tag. Line breaks follow the structure a reader saw: `<br>` starts
 * a line, paragraphs and list items are separated by breaks, and other
 * whitespace collapses to single spaces as it does in a browser.
 *
 * The result is text, to be rendered as text.
 */
export function htmlToText(html: string): string {
  const out: Array<string | Break> = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) out.push(decodeEntities(html.slice(i, lt)));
    i = readMarkup(html, lt, out);
  }
  return assemble(out);
}

/**
 * A line break (1) or a paragraph break (2) around a block, or a `<br>` (3).
 * Numbers, not words: a marker that is a string would be taken for text that
 * reads the same ("br" as a headline came out empty).
 */
type Break = 1 | 2 | 3;
const BR = 3;

/** Elements whose content is never shown as text. */
const HIDDEN = new Set(['script', 'style', 'template']);
/** Elements that sit on lines of their own. */
const PARAGRAPHS = new Set(['p', 'div', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'section', 'article', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);
const LINES = new Set(['li', 'dt', 'dd', 'tr', 'figcaption', 'caption']);
const CELLS = new Set(['td', 'th']);

/**
 * Reads the markup that starts with the `<` at `start`, pushes any break it
 * stands for, and returns where the text after it begins. A `<` that does not
 * start a tag ("a < b", "<3") is text.
 */
function readMarkup(html: string, start: number, out: Array<string | Break>): number {
  const next = html[start + 1] ?? '';
  if (html.startsWith('<!--', start)) return skipComment(html, start);
  if (html.startsWith('<![CDATA[', start)) return skipPast(html, start, ']]>');
  if (next === '!' || next === '?') return skipPast(html, start, '>');
  const closing = next === '/';
  const nameStart = closing ? start + 2 : start + 1;
  if (!/[a-zA-Z]/.test(html[nameStart] ?? '')) {
    if (closing) return skipPast(html, start, '>'); // `</>` and `</ x>` are dropped, as browsers do
    out.push('<');
    return start + 1;
  }
  let nameEnd = nameStart;
  while (nameEnd < html.length && !/[\s/>]/.test(html[nameEnd])) nameEnd++;
  const name = html.slice(nameStart, nameEnd).toLowerCase();
  const end = endOfTag(html, nameEnd);
  if (!closing && HIDDEN.has(name)) return skipHiddenContent(html, end, name);
  if (PARAGRAPHS.has(name)) out.push(2);
  else if (name === 'br') {
    if (!closing) out.push(BR);
  } else if (LINES.has(name)) out.push(1);
  else if (CELLS.has(name)) out.push(' ');
  return end;
}

/** Past the `>` that ends a tag, skipping `>` inside quoted attribute values; the end of the text if it never ends. */
function endOfTag(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const char = html[i];
    if (char === '>') return i + 1;
    if (char === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return html.length;
        i = close + 1;
        continue;
      }
      continue;
    }
    i++;
  }
  return html.length;
}

/** After `<script …>`: past its `</script>`, or to the end of the text if it is never closed. */
function skipHiddenContent(html: string, from: number, name: string): number {
  const pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) return html.length;
  return endOfTag(html, match.index + match[0].length);
}

function skipComment(html: string, start: number): number {
  // `<!-->` and `<!--->` are complete (empty) comments in HTML.
  if (html.startsWith('<!-->', start)) return start + 5;
  if (html.startsWith('<!--->', start)) return start + 6;
  return skipPast(html, start + 4, '-->');
}

function skipPast(html: string, from: number, terminator: string): number {
  const found = html.indexOf(terminator, from + 1);
  return found < 0 ? html.length : found + terminator.length;
}

/**
 * The named entities decoded; any other `&name;` stays as written. A short,
 * explicit list: the ones newsroom text uses.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201D', ldquo: '\u201C',
  laquo: '\u00AB', raquo: '\u00BB', middot: '\u00B7', bull: '\u2022',
  copy: '\u00A9', reg: '\u00AE', trade: '\u2122', deg: '\u00B0', euro: '\u20AC', pound: '\u00A3',
};

/** Entities decoded once; whitespace (including decoded newlines) collapsed to single spaces as HTML does. */
function decodeEntities(text: string): string {
  return text
    .replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
      return fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16));
    })
    .replace(/[ \t\n\r\f]+/g, ' ');
}

/** A character for a numeric reference; U+FFFD for NUL, surrogates, controls and numbers past Unicode. */
function fromCodePoint(code: number): string {
  const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code < 0xa0);
  if (control || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/**
 * Joins text and breaks. Breaks at block edges merge (`</li><li>` is one line
 * break, `</p><p>` one blank line); each `<br>` adds a line, up to one blank
 * line. Spaces around breaks and at the ends go.
 */
function assemble(pieces: ReadonlyArray<string | Break>): string {
  let text = '';
  let pending = 0;
  for (const piece of pieces) {
    if (piece === BR) pending = Math.min(pending + 1, 2);
    else if (typeof piece === 'number') pending = Math.max(pending, piece);
    else if (pending > 0 && piece.trim() === '') continue;
    else {
      if (pending > 0 && text.trim() !== '') text = `${text.trimEnd()}${'\n'.repeat(pending)}${piece.trimStart()}`;
      else text += pending > 0 ? piece.trimStart() : piece;
      pending = 0;
    }
  }
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}
