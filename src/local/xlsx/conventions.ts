/** What the .xlsx writer and reader agree on: width units, the default date format, the book's metadata. */

/**
 * Snapshot widths are pixels, xlsx widths are characters of the default font's widest digit: 7 px for
 * Calibri 11, the font ExcelJS declares. Sheets' own export factor is not documented.
 */
export const PIXELS_PER_WIDTH_UNIT = 7;

/**
 * The format ExcelJS gives a Date cell that has none (built-in format 14, the short date). The reader
 * drops it on date cells, so a date written without a format reads back without one.
 */
export const DEFAULT_DATE_FORMAT = 'mm-dd-yy';

// ExcelJS 4.4 reads and writes only the core document properties (title, subject, keywords, …), not
// custom ones, and a hidden metadata sheet would show as a tab once uploaded to Google Sheets. So the
// bridge keeps `locale=… timeZone=…` in Keywords: it round-trips, and Sheets ignores it.

const TAG = 'okr-sheets';

export function formatKeywords(locale: string, timeZone: string): string {
  return `${TAG} locale=${locale} timeZone=${timeZone}`;
}

export function parseKeywords(keywords: string | undefined): { locale?: string; timeZone?: string } {
  const token = (name: string): string | undefined => new RegExp(`(?:^|\\s)${name}=(\\S+)`).exec(keywords ?? '')?.[1];
  const locale = token('locale');
  const timeZone = token('timeZone');
  return { ...(locale === undefined ? {} : { locale }), ...(timeZone === undefined ? {} : { timeZone }) };
}
