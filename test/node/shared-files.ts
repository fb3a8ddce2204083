/// <reference types="node" />
/**
 * Some checks read files that are not ours to ship: the fact sheet and source
 * article of the default story, and real TimelineJS3 documents. They sit in
 * ../shared/ beside the checkout on the project's machines and in CI, and not
 * in a clone of the repository. Without them those checks are skipped, with
 * one printed line each; CI sets NEWS_TIMELINE_REQUIRE_SHARED=1, which makes
 * a missing file a failure instead, so CI always runs them.
 */
import {existsSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const REQUIRE_SHARED = 'NEWS_TIMELINE_REQUIRE_SHARED';

/** ../shared/ beside the checkout. */
export const sharedRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

/**
 * Why a check that needs `files` (paths under ../shared/) must be skipped, or
 * `false` when they are all there. Prints the reason once; throws instead when
 * CI requires the shared files.
 */
export function skipWithoutShared(check: string, files: readonly string[]): string | false {
  const missing = files.filter((file) => !existsSync(resolve(sharedRoot, file)));
  if (!missing.length) return false;
  const reason = `${check} needs ../shared/${missing[0]}${missing.length > 1 ? ` and ${missing.length - 1} more` : ''} beside the checkout`;
  if (process.env[REQUIRE_SHARED] === '1') {
    throw new Error(`${reason}, and ${REQUIRE_SHARED}=1 requires it (missing: ${missing.join(', ')})`);
  }
  console.log(`skipped: ${reason} (not part of the repository; CI has it)`);
  return reason;
}
