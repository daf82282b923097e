// The language codes of the product: canonical values core computes with (i18n keys its words by them).

/** The two languages everything a person reads exists in. */
export type Lang = 'en' | 'vi';

export const LANGS: readonly Lang[] = ['en', 'vi'];

/** A text in each language: a label, a cycle name. */
export type Label = { readonly [L in Lang]: string };

/** The language a spreadsheet locale suggests: Vietnamese locales give `vi`, all others `en`. */
export function langOfLocale(locale: string): Lang {
  return /^vi([_-]|$)/i.test(locale) ? 'vi' : 'en';
}
