/**
 * The plural form of a counted phrase, chosen by `Intl.PluralRules` for the
 * locale. Each form is a small template in which `#` stands for the number,
 * formatted by `n.toLocaleString(locale)` (so Dari and Pashto get their own
 * digits, Russian its own grouping): never write digits into a form.
 *
 *   plural('ru', 5, {one: '# событие', few: '# события', many: '# событий', other: '# события'})
 *   // → '5 событий'
 *
 * `other` is required; a category the locale selects but `forms` lacks falls
 * back to `other`. Languages whose nouns do not change after a numeral (Dari)
 * give `other` alone. `format` is passed on to `toLocaleString`, for a
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

/** `n` formatted for the locale, for numbers that stand outside a plural phrase. */
export const num = (locale: string, n: number, format?: Intl.NumberFormatOptions): string => n.toLocaleString(locale, format);
