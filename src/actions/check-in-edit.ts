/**
 * Check-ins typed in the sheet (the onEdit simple trigger): stamps Timestamp, By and Source when missing,
 * notes an unreadable value or an unknown KR on the cell (the row is kept, never dropped), then refreshes
 * the KR columns. Simple triggers may edit the bound file but not send mail or create triggers.
 */
import { choiceLabel } from '../core/choice-parse';
import { parseAmount } from '../core/number-parse';
import { messages } from '../i18n';
import { withDocumentLock } from '../sheet/lock';
import { headerIndex } from '../sheet/table';
import { readWorkbook } from '../sheet/workbook-read';
import { readSettings } from '../sheet/settings-read';
import { refreshKrColumns } from './refresh';
import { currentUser } from './run';
import type { Services } from '../sheet/services';

export interface EditEvent {
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly user?: { getEmail(): string };
}

/** Called for edits of the Check-ins tab. */
export function onCheckInEdit(s: Services, e: EditEvent): void {
  const sheet = e.range.getSheet();
  if (e.range.getLastRow() < 2) return;
  const known = readSettings(s.book);
  const { settings } = known;
  const t = messages(settings.language);
  withDocumentLock(s, () => {
    const width = sheet.getLastColumn();
    const first = Math.max(e.range.getRow(), 2);
    const count = e.range.getLastRow() - first + 1;
    const col = headerIndex('checkIns', sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
    const block = sheet.getRange(first, 1, count, width);
    const rows = block.getValues();
    const by = (e.user?.getEmail() ?? '') || currentUser(s);
    const stamp = { timestamp: s.now(), by, source: choiceLabel('checkInSource', 'sheet', settings.language) };
    const isCheckIn = (row: readonly unknown[]) => String(row[col('krId')] ?? '').trim() !== '' || (row[col('value')] ?? '') !== '';
    // Only the blank stamp cells are written, column by column: what the person typed is never rewritten.
    for (const key of ['timestamp', 'by', 'source'] as const) {
      const index = col(key);
      if (index < 0 || (key === 'by' && stamp.by === '')) continue;
      const column = rows.map((row) => [isCheckIn(row) && row[index] === '' ? stamp[key] : row[index]]);
      if (column.some((cell, i) => cell[0] !== rows[i]![index])) sheet.getRange(first, index + 1, count, 1).setValues(column);
    }
    const read = readWorkbook(s.book, known);
    const valueIndex = col('value');
    if (valueIndex >= 0) {
      const krIds = new Set(read.workbook.keyResults.map((kr) => kr.id));
      const cells = sheet.getRange(first, valueIndex + 1, count, 1);
      const before = cells.getNotes();
      const notes = rows.map((row) => {
        const krId = String(row[col('krId')] ?? '').trim();
        const value = row[valueIndex];
        if (krId !== '' && !krIds.has(krId)) return [t.checkIn.unknownKr(krId)];
        const parsed = value === '' ? null : parseAmount(value, settings.language);
        return [parsed && !parsed.ok ? t.checkIn.unreadableValue(String(value)) : ''];
      });
      if (notes.some((note, i) => note[0] !== before[i]![0])) cells.setNotes(notes);
    }
    refreshKrColumns(s, read);
  });
}
