/** The Looker Studio Linking API URL that creates a report on the workbook's Looker data-source tabs (DESIGN.md §2.7). */

/** One tab to read: its name (the data source's name) and its gid (`Sheet.getSheetId()`). */
export interface LookerSheet {
  readonly name: string;
  readonly gid: number;
}

export interface LookerUrlOptions {
  readonly spreadsheetId: string;
  readonly sheets: readonly LookerSheet[];
  readonly reportName: string;
  /** A template report to copy (`c.reportId`); without one Looker Studio starts from its blank/default report. */
  readonly templateReportId?: string;
}

/**
 * Builds the Linking API URL creating a report with one Google Sheets data source per tab, aliases ds0, ds1, …
 * in the order given; every name and value is URL-encoded, as the reference recommends.
 * Reference: https://developers.google.com/looker-studio/integrate/linking-api (URL parameters; Google Sheets
 * connector). Each tab replaces data source `ds<i>` in full (`connector` set), so no template setting leaks in.
 * - hasHeader=true: row 1 holds the snake_case headers; it is the documented default, set anyway.
 * - includeHiddenCells=false: the documented default is true; the program hides no output row, so a row someone
 *   hid is not data.
 * - includeFilteredCells is not sent: its documented default, true, is what we want (a filter someone sets in the
 *   sheet must not drop rows from the report), and the page spells it both `includeFilteredCell` (parameter
 *   table) and `includeFilteredCells` (example, changelog), so which name is read is unverified.
 * - Unverified: the page says the default report "has a single embedded data source", so whether `ds1` is
 *   honoured without `templateReportId` is not documented; with a template report holding aliases ds0, ds1 it is.
 *
 * @example
 * buildLookerUrl({ spreadsheetId: 'abc', sheets: [{ name: 'KR weekly', gid: 12 }], reportName: 'OKR' })
 * //=> 'https://lookerstudio.google.com/reporting/create?r.reportName=OKR&ds.ds0.connector=googleSheets&ds.ds0.datasourceName=KR%20weekly&ds.ds0.spreadsheetId=abc&ds.ds0.worksheetId=12&ds.ds0.hasHeader=true&ds.ds0.includeHiddenCells=false'
 */
export function buildLookerUrl(options: LookerUrlOptions): string {
  const params: Array<[string, string]> = [];
  if (options.templateReportId) params.push(['c.reportId', options.templateReportId]);
  params.push(['r.reportName', options.reportName]);
  options.sheets.forEach((sheet, i) => {
    const ds = `ds.ds${i}.`;
    params.push(
      [`${ds}connector`, 'googleSheets'],
      [`${ds}datasourceName`, sheet.name],
      [`${ds}spreadsheetId`, options.spreadsheetId],
      [`${ds}worksheetId`, String(sheet.gid)],
      [`${ds}hasHeader`, 'true'],
      [`${ds}includeHiddenCells`, 'false'],
    );
  });
  const query = params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  return `https://lookerstudio.google.com/reporting/create?${query}`;
}
