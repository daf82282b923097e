/** The two languages everything a person reads exists in. */
export type Lang = 'en' | 'vi';

export const LANGS: readonly Lang[] = ['en', 'vi'];

/** The language a spreadsheet locale suggests: Vietnamese locales give `vi`, all others `en`. */
export function langOfLocale(locale: string): Lang {
  return /^vi([_-]|$)/i.test(locale) ? 'vi' : 'en';
}
