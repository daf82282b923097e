/**
 * The workbook's id, kept in the script properties so that the check-in web app can open it: a web app has
 * no active spreadsheet (reports conflict on whether a bound script's web app gets one, so the stricter
 * answer is assumed: https://developers.google.com/apps-script/guides/bound#special_methods).
 */
type Properties = GoogleAppsScript.Properties.Properties;

const BOOK_KEY = 'okr.spreadsheetId';

/** Records the id of the workbook the script runs in (Set up does, and every menu action keeps it current). */
export function rememberBook(s: { book: GoogleAppsScript.Spreadsheet.Spreadsheet; props: Properties }): void {
  const id = s.book.getId();
  if (s.props.getProperty(BOOK_KEY) !== id) s.props.setProperty(BOOK_KEY, id);
}

/** The stored workbook id; null before the first Set up. */
export function storedBookId(props: Properties): string | null {
  return props.getProperty(BOOK_KEY);
}

/** A web-app call before Set up stored the workbook's id: the page says so in both languages. */
export class NotConnectedError extends Error {
  readonly code = 'NOT_CONNECTED';
  constructor() {
    super('the web app does not know its workbook yet: run Set up once');
  }
}
