/** Writing only the cells that change: what the program did not decide is never written back. */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes the cells of `after` that differ from `before`, starting at (row, column) and going down a column
 * or across a row, one setValues per run of adjacent changed cells. A cell read and written back unchanged
 * would not stay unchanged: written as a string, `'+84 912 345 678` becomes a formula, `'007` becomes 7 and
 * a date header "Sun Oct 04 2026…". Returns the number of cells written.
 */
export function writeChanged(
  sheet: Sheet,
  at: { row: number; column: number },
  direction: 'down' | 'across',
  before: readonly unknown[],
  after: readonly unknown[],
): number {
  let written = 0;
  let start = -1;
  for (let i = 0; i <= after.length; i += 1) {
    const changed = i < after.length && !sameCell(before[i], after[i]);
    if (changed && start < 0) start = i;
    if (!changed && start >= 0) {
      const run = after.slice(start, i);
      if (direction === 'down') sheet.getRange(at.row + start, at.column, run.length, 1).setValues(run.map((v) => [v]));
      else sheet.getRange(at.row, at.column + start, 1, run.length).setValues([run]);
      written += run.length;
      start = -1;
    }
  }
  return written;
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? '') === (b ?? '');
}
