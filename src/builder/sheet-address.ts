/**
 * The address the builder fetches to read an input's rows again (to tie
 * problems to events), for an address the editor gave.
 *
 * The one place where the builder needs to know about spreadsheet addresses:
 * a Google Sheets address is rewritten to its CSV export by the element's own
 * loading of `src` (issue #14, item 2). Once that rewriting exists, call it
 * here so that this second read asks for the same file the element read.
 */
export function addressOfTimelineText(address: string): string {
  return address;
}
