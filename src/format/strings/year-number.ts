import {num} from './plural.js';

/**
 * The number of a year on the year-only scale of deep time, in the locale's
 * digits: "13.8 billion" (compact, three significant digits) from a million
 * up, grouped ("300,001") from ten thousand, and plain ("1969") below, where
 * a year is never written with a separator. `scale` names millions and
 * billions for a language Intl has no compact form for (Pashto reads "13.8G").
 */
export function yearNumber(locale: string, n: number, format?: Intl.NumberFormatOptions, scale?: readonly [million: string, billion: string]): string {
  const sig = {maximumSignificantDigits: 3, ...format};
  if (scale && n >= 1e6) return n >= 1e9 ? `${num(locale, n / 1e9, sig)} ${scale[1]}` : `${num(locale, n / 1e6, sig)} ${scale[0]}`;
  if (n >= 1e6) return num(locale, n, {notation: 'compact', compactDisplay: 'long', ...sig});
  return num(locale, n, {useGrouping: n >= 1e4, ...format});
}
