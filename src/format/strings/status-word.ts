import {SOURCE_STATUSES, type SourceStatus} from '../../data/types.js';

/** A status's word from the four of a language, separated by `|` in `SOURCE_STATUSES` order: shorter to ship than a map per language. */
export const statusWord = (status: SourceStatus, words: string): string => words.split('|')[SOURCE_STATUSES.indexOf(status)]!;
