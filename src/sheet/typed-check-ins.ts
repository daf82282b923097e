/** Check-in rows typed in the sheet, read as core's entries (acceptCheckIns) through the tab's row readers. */
import type { CheckInEntry } from '../core/check-in-accept';
import type { Lang } from '../core/lang';
import type { Edited } from './check-in-stamps';
import { editedReaders, type EditedRows } from './edited-rows';

export interface TypedCheckIn {
  readonly entry: CheckInEntry;
  /** Its Timestamp was blank, so this edit stamped it: the check-in is the latest of its KR. */
  readonly stampedNow: boolean;
}

/**
 * The entries of the rows `typed` (as read before their stamps). The author is the By cell, else whoever
 * made the edit; the notes are left out, as nothing decided on an edit reads them.
 */
export function typedCheckIns(typed: EditedRows<'checkIns'>, edited: Edited, lang: Lang, timeZone: string): TypedCheckIn[] {
  // Only what acceptCheckIns reports is shown on an edit: the cell problems are the full check's to report.
  const readers = editedReaders('checkIns', typed, 'krId', { lang, timeZone, problems: [] });
  const stamps = typed.table.col('timestamp') >= 0;
  return readers.map((r, i) => ({
    entry: {
      row: typed.first + i,
      krId: r.text('krId'),
      value: r.raw('value'),
      confidence: r.choice('confidence', 'confidence'),
      progressNote: '',
      problems: '',
      plans: '',
      by: String(r.raw('by') || edited.by)
        .trim()
        .toLowerCase(),
    },
    stampedNow: stamps && r.raw('timestamp') === '',
  }));
}
