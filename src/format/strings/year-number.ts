import {num} from './plural.js';

/**
 * The number of a year on the year-only scale of deep time, in the locale's
 * digits: "13.8 billion" (compact, three significant digits) from a million
 * up, grouped ("300,001") from ten thousand, and plain ("1969") below, where
 * a year is never written with a separator.
 */
export function yearNumber(locale: string, n: number, format?: Intl.NumberFormatOptions): string {
  if (n >= 1e6) return num(locale, n, {notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3, ...format});
  return num(locale, n, {useGrouping: n >= 1e4, ...format});
}
