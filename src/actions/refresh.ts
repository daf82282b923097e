/** "Refresh progress": recomputes the program-owned KR columns from the check-ins, in one write. */
import { dayOf, startOfDay } from '../core/date-parse';
import { choiceLabel } from '../i18n/choice-labels';
import { computeKrStates, type KrState } from '../core/kr-state';
import type { CheckIn } from '../core/model';
import type { Lang } from '../core/lang';
import { asCellText } from '../sheet/cell';
import { writeColumns } from '../sheet/table';
import { formatKrValueCells } from '../sheet/kr-value-formats';
import { readWorkbook, type ReadWorkbook } from '../sheet/workbook-read';
import { applyPendingStamps } from '../sheet/check-in-stamps';
import { runAction, withMissingTabs } from './run';
import type { Services } from '../sheet/services';

const OWNED = ['current', 'progress', 'score', 'confidence', 'status', 'lastCheckIn'] as const;

/** Writes Current … Last check-in for every KR row; rows without a KR stay blank. Returns the KRs written. */
export function refreshKrColumns(s: Services, read: ReadWorkbook): number {
  const table = read.tables.keyResults;
  if (!table) return 0;
  const { settings } = read.workbook;
  const lang = settings.language;
  const today = dayOf(s.now(), settings.timeZone);
  const byRow = new Map(computeKrStates(read.workbook, today).map((state) => [state.kr.row, state]));
  const rows = table.rows.map((_, i) => {
    const state = byRow.get(i + 2);
    return state ? ownedCells(state, lang, settings.timeZone) : OWNED.map(() => '');
  });
  writeColumns(table, OWNED, rows);
  formatKrValueCells(table, [...byRow.values()]);
  return byRow.size;
}

function ownedCells(state: KrState, lang: Lang, timeZone: string): unknown[] {
  return [
    state.current ?? '',
    state.progress ?? '',
    state.score ?? '',
    state.confidence ? choiceLabel('confidence', state.confidence, lang) : '',
    state.status ? choiceLabel('krStatus', state.status, lang) : '',
    state.lastCheckIn === null ? '' : startOfDay(state.lastCheckIn, timeZone),
  ];
}

/**
 * Writes the KR columns of the KRs of `latest`, check-ins just made (so the latest of their KR), from those
 * alone: what the latest check-in decides (Current, Progress, Score, Status, Last check-in; Confidence
 * when it has one) needs no history, so onEdit and a save need not read every check-in of the cycle. With
 * `verifyRows` (a read made before the lock) each KR's row is checked to still hold its KR ID first, and is
 * skipped if it does not: rows may have moved since, and the next refresh writes it. Returns the KRs written
 * and skipped; the daily run and "Refresh progress" recompute everything from the whole history.
 */
export function refreshKrRows(
  s: Services,
  read: ReadWorkbook,
  latest: readonly CheckIn[],
  options: { verifyRows?: boolean } = {},
): { written: number; skipped: number } {
  const table = read.tables.keyResults;
  if (!table || latest.length === 0) return { written: 0, skipped: 0 };
  const { settings } = read.workbook;
  const ids = new Set(latest.map((c) => c.krId));
  const states = computeKrStates({ ...read.workbook, checkIns: latest }, dayOf(s.now(), settings.timeZone)).filter((st) => ids.has(st.kr.id));
  const idCol = table.col('krId');
  let skipped = 0;
  for (const state of states) {
    if (options.verifyRows && String(table.sheet.getRange(state.kr.row, idCol + 1).getValue()).trim() !== state.kr.id) {
      skipped += 1;
      continue;
    }
    const cells = ownedCells(state, settings.language, settings.timeZone);
    // A check-in without a confidence leaves the KR's as it is. Read under this hold (no verifyRows), the
    // row's own cell is written back in the same write, one call instead of two around it; read before the
    // lock, it may be stale, so the column is skipped.
    const row = table.rows[state.kr.row - 2] ?? [];
    const confidenceCol = table.col('confidence');
    const kept = !state.confidence && !options.verifyRows && confidenceCol >= 0 && row.length > confidenceCol;
    const cell = row[confidenceCol];
    if (kept) cells[OWNED.indexOf('confidence')] = typeof cell === 'string' ? asCellText(cell) : cell;
    const keys = state.confidence || kept ? OWNED : OWNED.filter((k) => k !== 'confidence');
    writeColumns(table, keys, [keys.map((k) => cells[OWNED.indexOf(k)])], state.kr.row);
  }
  return { written: states.length - skipped, skipped };
}

export function runRefresh(s: Services): void {
  runAction(s, { name: 'refresh', writes: true, who: 'anyone', from: 'menu' }, ({ t, settings, known }) => {
    applyPendingStamps(s, settings.language);
    const read = readWorkbook(s.book, known);
    const krs = refreshKrColumns(s, read);
    return {
      message: withMissingTabs(t, settings.language, read.workbook.missingTabs, t.refresh.done(krs)),
      counts: { krs, checkIns: read.workbook.checkIns.length },
    };
  });
}
