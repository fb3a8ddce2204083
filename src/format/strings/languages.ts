import type {UiStrings} from '../strings.js';
import {FA_AF} from './fa.js';
import {PS} from './ps.js';
import {RU} from './ru.js';

/**
 * The built-in translations beyond English, by lower-case BCP 47 tag: one
 * part loaded when an element's language needs it (see `loadStrings` in
 * ../strings.ts; news-timeline.languages.js beside the script-tag bundle).
 * strings.ts lists the same tags in `BUILT_IN_TAGS`; a test keeps them equal.
 */
export const BUILT_IN_STRINGS: Readonly<Record<string, UiStrings>> = {
  ru: RU,
  fa: FA_AF,
  'fa-af': FA_AF,
  prs: FA_AF,
  ps: PS,
};
