/**
 * Each KR's latest check-in as its row in Key Results records it (Current, Confidence, Last check-in): what
 * the check-in page needs, without reading Check-ins, which holds every check-in of the cycle (100,000 rows
 * for a 1,000-person company: about 9 s of reading, where the page has 5).
 */
import { startOfDay } from '../core/date-parse';
import type { CheckIn } from '../core/model';
import { rowReader } from './row-reader';
import type { ReadWorkbook } from './workbook-read';

/**
 * One check-in per KR whose row has a Current or a Confidence, dated its Last check-in (at the local start of
 * that day): computeKrStates over these gives what the KR columns show, with the status recomputed for today.
 * The columns are the program's, kept by every save, typed check-in and refresh, so they are as fresh as the
 * sheet people read. A cell the program did not write reads as absent, never as a problem of the person's.
 */
export function latestFromKrRows(read: ReadWorkbook): CheckIn[] {
  const table = read.tables.keyResults;
  if (!table) return [];
  const { language: lang, timeZone } = read.workbook.settings;
  const ctx = { lang, timeZone, problems: [] };
  const out: CheckIn[] = [];
  for (const kr of read.workbook.keyResults) {
    const r = rowReader('keyResults', table, table.rows[kr.row - 2] ?? [], kr.row, kr.id, ctx);
    const value = r.number('current');
    const confidence = r.choice('confidence', 'confidence');
    if (value === null && confidence === null) continue;
    const day = r.day('lastCheckIn');
    out.push({
      row: kr.row,
      at: day === null ? null : startOfDay(day, timeZone),
      day,
      krId: kr.id,
      value,
      confidence,
      progressNote: '',
      problems: '',
      plans: '',
      by: '',
      source: null,
    });
  }
  return out;
}
