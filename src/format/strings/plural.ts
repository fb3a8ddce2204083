/**
 * The plural form of a counted phrase, chosen by `Intl.PluralRules` for the
 * locale. Each form is a small template in which `#` stands for the number,
 * formatted by `Intl.NumberFormat` for the locale (so Dari and Pashto get their own
 * digits, Russian its own grouping): never write digits into a form.
 *
 *   plural('ru', 5, {one: '# событие', few: '# события', many: '# событий', other: '# события'})
 *   // → '5 событий'
 *
 * `other` is required; a category the locale selects but `forms` lacks falls
 * back to `other`. Languages whose nouns do not change after a numeral (Dari)
 * give `other` alone. `format` is passed on to `Intl.NumberFormat`, for a
 * language whose number data a browser lacks (see strings/ps.ts).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};

const rules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale);
    rules.set(locale, found);
  }
  return found;
}

export function plural(locale: string, n: number, forms: PluralForms, format?: Intl.NumberFormatOptions): string {
  const form = forms[rulesFor(locale).select(n)] ?? forms.other;
  return form.replace(/#/g, () => num(locale, n, format));
}

// `toLocaleString` builds a new formatter on every call, which showed in profiles of a
// zoom: each redraw counts every cluster on screen. One formatter per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `n` formatted for the locale, for numbers that stand outside a plural phrase. */
export function num(locale: string, n: number, format?: Intl.NumberFormatOptions): string {
  const key = format ? `${locale}|${JSON.stringify(format)}` : locale;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, format);
    numberFormats.set(key, formatter);
  }
  return formatter.format(n);
}
