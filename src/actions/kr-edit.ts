/**
 * Key results typed in the sheet: the linter's verdict (task-like, not measurable) as a note on the Key
 * result cell, with a suggested rewrite; the note goes away once the KR reads as a result.
 */
import { lintFindings } from '../core/kr-lint-findings';
import type { Settings } from '../core/settings';
import { findingText } from '../i18n/findings';
import { editedReaders, readEditedHeader, readEditedRows } from '../sheet/edited-rows';
import { writeProgramNotes } from '../sheet/program-notes';
import { keyResultOf } from '../sheet/workbook-read';
import type { EditEvent } from './check-in-edit';

export function onKrEdit(e: EditEvent, settings: Settings): void {
  const sheet = e.range.getSheet();
  const first = Math.max(e.range.getRow(), 2);
  const count = e.range.getLastRow() - first + 1;
  if (count < 1) return;
  const table = readEditedHeader(sheet, 'keyResults');
  const titleCol = table.col('keyResult');
  if (titleCol < 0 || e.range.getColumn() > titleCol + 1 || e.range.getLastColumn() < titleCol + 1) return;
  const lang = settings.language;
  // The note is the linter's alone: a cell it cannot read (a Start typed as text) is the full check's to report.
  const readers = editedReaders('keyResults', readEditedRows(table, first, count), 'krId', { lang, timeZone: settings.timeZone, problems: [] });
  const lint = readers.map((r, i) => {
    const kr = keyResultOf(r, first + i);
    if (kr.title === '') return '';
    return lintFindings(kr)
      .map((f) => {
        const text = findingText(f, lang);
        return `${text.message} ${text.suggestion}`;
      })
      .join('\n');
  });
  writeProgramNotes(sheet, { row: first, column: titleCol + 1 }, lint);
}
