// Plural forms by the language's CLDR rules (Intl.PluralRules): Russian has
// one / few / many (`1 статья`, `2 статьи`, `5 статей`), Kazakh one form after
// a number (`5 бап`). A form left out falls back to `other`; for Russian
// `many` defaults to `other` too, so a catalog names only the forms it needs.
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function pluralOf(locale: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (n, forms) => forms[rules.select(n)] ?? forms.other;
}
