/** The notes the program puts on cells a person typed (why a check-in does not count, the KR linter's verdict). */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Notes the program puts on cells start with this, so that a person's own notes are never cleared. */
export const NOTE_PREFIX = 'OKR · ';

/**
 * Sets the program's note on each of `notes.length` cells down one column from (row, column): '' clears the
 * program's own note and keeps a note a person wrote. The notes are read in one call and written in one more,
 * only when one changes.
 */
export function writeProgramNotes(sheet: Sheet, at: { row: number; column: number }, notes: readonly string[]): void {
  const cells = sheet.getRange(at.row, at.column, notes.length, 1);
  const before = cells.getNotes().map((r) => String(r[0] ?? ''));
  const after = notes.map((note, i) => (note !== '' ? `${NOTE_PREFIX}${note}` : before[i]!.indexOf(NOTE_PREFIX) === 0 ? '' : before[i]!));
  if (after.some((note, i) => note !== before[i])) cells.setNotes(after.map((n) => [n]));
}
