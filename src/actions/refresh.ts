/** "Refresh progress": recomputes the program-owned KR columns from the check-ins, in one write. */
import { dayOf, startOfDay } from '../core/date-parse';
import { choiceLabel } from '../core/choice-parse';
import { computeKrStates } from '../core/kr-state';
import { writeColumns } from '../sheet/table';
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
    if (!state) return OWNED.map(() => '');
    return [
      state.current ?? '',
      state.progress ?? '',
      state.score ?? '',
      state.confidence ? choiceLabel('confidence', state.confidence, lang) : '',
      state.status ? choiceLabel('krStatus', state.status, lang) : '',
      state.lastCheckIn === null ? '' : startOfDay(state.lastCheckIn, settings.timeZone),
    ];
  });
  writeColumns(table, OWNED, rows);
  return byRow.size;
}

export function runRefresh(s: Services): void {
  runAction(s, { name: 'refresh', writes: true, who: 'anyone', from: 'menu' }, ({ t, settings, known }) => {
    applyPendingStamps(s, settings.language);
    const read = readWorkbook(s.book, known);
    const krs = refreshKrColumns(s, read);
    return { message: withMissingTabs(t, settings.language, read.workbook.missingTabs, t.refresh.done(krs)), counts: { krs, checkIns: read.workbook.checkIns.length } };
  });
}
