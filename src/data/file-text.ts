/** The text of a file without its byte order mark, which the readers ignore. */
export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}

/**
 * Why a file's text cannot hold a timeline in `format` at all, or `undefined`:
 * it is empty (`expected` says what should be there), or it is an HTML page
 * (a wrong address, or a login wall).
 */
export function emptyOrHtml(body: string, format: 'JSON' | 'CSV', expected: string): string | undefined {
  const start = body.trimStart();
  if (!start) return `the file is empty; expected ${expected}`;
  if (start.startsWith('<')) return `the file is an HTML page, not ${format}; check that the address points to the timeline file`;
  return undefined;
}
