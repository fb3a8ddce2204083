import {hostName} from './links.js';

/**
 * Google Sheets addresses. An editor pastes whatever the address bar or the
 * Share and Publish dialogs gave them; only one kind of address answers with
 * CSV, so the others are rewritten to it. The element has them with the CSV
 * reader, which a sheet needs anyway, loaded for an address that may be a
 * sheet's (FetchController).
 */

/** The path of every sheet address, up to the document's id (`e/…` for a published copy). */
const SHEET = /^\/spreadsheets\/d\/(e\/)?[\w-]+/;

/**
 * The CSV export address of a Google Sheets address, or `undefined` for an
 * address that is not a sheet's. Every usual shape is read — the editor's
 * `…/d/ID/edit#gid=N` (or `?usp=sharing`), `…/d/ID/export?format=csv&gid=N`,
 * and the published `…/d/e/PUBID/pubhtml`, `…/pub?output=csv`,
 * `…/pubhtml?gid=N&single=true` — and the sheet named by `gid` is kept (the
 * first sheet without one). A published copy is read through `pub`, which
 * needs no sign-in; an editor's address through `export`, which needs the
 * document published or shared with anyone who has the link.
 */
export function sheetCsvAddress(address: string): string | undefined {
  const path = hostName(address) === 'docs.google.com' && SHEET.exec(new URL(address).pathname);
  const gid = /[#?&](gid=\d+)/.exec(address)?.[1];
  // A published copy's CSV is one sheet only with `single=true`.
  if (path) return `https://docs.google.com${path[0]}/${path[1] ? 'pub?output=csv' : 'export?format=csv'}${gid ? `&${gid}${path[1] ? '&single=true' : ''}` : ''}`;
}

/** What came back for a timeline's address, as far as telling a sheet that is not published goes. */
export interface SheetAnswer {
  /** The address asked for (the sheet's, before rewriting, or after). */
  readonly address: string;
  readonly status: number;
  readonly contentType: string | null;
  /** The body, or its first characters (a few hundred are enough). */
  readonly bodyStart?: string;
}

/**
 * Whether an answer is Google's way of saying a sheet is not published: a
 * 401 or 403, or an HTML page, from a sheet's address; or an HTML page of
 * Google's sign-in (that sends to accounts.google.com), wherever it was asked
 * for (a proxy or a redirect may stand between).
 */
export function isUnpublishedSheet({address, status, contentType, bodyStart = ''}: SheetAnswer): boolean {
  const html = /html/i.test(contentType!) || /^\s*</.test(bodyStart);
  return (html && /accounts\.google\.com/.test(bodyStart)) || (sheetCsvAddress(address) !== undefined && (html || status == 401 || status == 403));
}
