import {sheetCsvAddress} from '../data/sheet-address.js';

/**
 * The address the builder fetches to read an input's rows again (to tie
 * problems to events), for an address the editor gave: a Google Sheets
 * address is read as its CSV export, as the element reads it.
 */
export function addressOfTimelineText(address: string): string {
  return sheetCsvAddress(address) ?? address;
}
