/**
 * Google Sheets addresses. An editor pastes whatever the address bar or the
 * Share and Publish dialogs gave them; only one kind of address answers with
 * CSV, so the others are rewritten to it. These live in the core (the
 * element fetches the rewritten address), so they stay tiny.
 */

/** The start of every sheet address, and the document's id (`e/…` for a published copy). */
const SHEET = /^https?:\/\/docs\.google\.com\/spreadsheets\/d\/(e\/)?[\w-]+/;

/**
 * The CSV export address of a Google Sheets address, or `undefined` for an
 * address that is not a sheet's. Every usual shape is read — the editor's
 * `…/d/ID/edit#gid=N` (or `?usp=sharing`), `…/d/ID/export?format=csv&gid=N`,
 * and the published `…/d/e/PUBID/pubhtml`, `…/pub?output=csv`,
 * `…/pubhtml?gid=N&single=true` — and the sheet named by `gid` is kept (the
 * first sheet without one). A published copy is read through `pub`, which
 * needs no sign-in; an editor's address through `export`, which works once
 * the document is shared with anyone who has the link.
 */
export function sheetCsvAddress(address: string): string | undefined {
  const base = SHEET.exec(address.trim());
  if (!base) return undefined;
  const gid = /[#?&]gid=(\d+)/.exec(address)?.[1];
  const start = base[0].replace(/^http:/, 'https:');
  return base[1] ? `${start}/pub?${gid ? `gid=${gid}&single=true&` : ''}output=csv` : `${start}/export?format=csv${gid ? `&gid=${gid}` : ''}`;
}

/** What came back for a timeline's address, as far as telling a sheet that is not published goes. */
export interface SheetAnswer {
  /** The address asked for (the sheet's, before rewriting, or after). */
  readonly address: string;
  /** The address that answered, after redirects (`Response.url`); empty when unknown. */
  readonly answeredBy?: string;
  readonly status: number;
  readonly contentType: string | null;
  /** The first characters of the body (a few hundred are enough). */
  readonly bodyStart?: string;
}

/**
 * Whether an answer is Google's way of saying a sheet is not published: a
 * 401 or 403, or an HTML page, from a sheet's address; or any HTML page that
 * came from, or sends to, Google's sign-in (accounts.google.com), wherever it
 * was asked for (a proxy or a redirect may stand between).
 */
export function isUnpublishedSheet(answer: SheetAnswer): boolean {
  const html = /^\s*text\/html/i.test(answer.contentType ?? '') || /^\s*</.test(answer.bodyStart ?? '');
  const signIn = /accounts\.google\.com/.test(`${answer.answeredBy ?? ''} ${html ? answer.bodyStart ?? '' : ''}`);
  return signIn || (SHEET.test(answer.address) && (answer.status === 401 || answer.status === 403 || (html && answer.status < 300)));
}
