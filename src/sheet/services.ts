/**
 * The Apps Script services an action uses, passed in by main.ts (real globals) or by the local runtime
 * (emulated ones), so that actions never reach for a global themselves.
 */
export interface Services {
  readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly mail: GoogleAppsScript.Mail.MailApp;
  readonly lock: GoogleAppsScript.Lock.LockService;
  readonly props: GoogleAppsScript.Properties.Properties;
  readonly triggers: GoogleAppsScript.Script.ScriptApp;
  readonly html: GoogleAppsScript.HTML.HtmlService;
  readonly session: GoogleAppsScript.Base.Session;
  readonly utilities: GoogleAppsScript.Utilities.Utilities;
  readonly charts: GoogleAppsScript.Charts.Charts;
  readonly now: () => Date;
}
