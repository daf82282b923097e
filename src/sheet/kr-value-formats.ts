/**
 * The number formats of the Key Results value cells (Start, Target, Current), row by row: a KR whose unit
 * is % shows its values as percents (0.78 as 78%), as the check-in page and the mails already write them.
 */
import { isPercentFormat, isPercentUnit, percentFormat } from '../core/kr-format';
import type { KrState } from '../core/kr-state';
import { tabSpec } from './schema';
import type { Table } from './table';

/** The KR columns that hold values in the KR's unit; Weight, Progress and Score do not. */
export const KR_VALUE_COLUMNS = ['start', 'target', 'current'] as const;

/**
 * What getNumberFormat(s) returns for a cell whose format is Automatic (gas-fakes test/testsheets.js, run on
 * live Apps Script). Whether writing it back keeps the cell Automatic is not documented, so such a cell
 * is given its column's format instead, the one Set up gives it.
 */
const AUTOMATIC_FORMAT = '0.###############';

interface Placed {
  readonly col: number;
  /** The column's format in the schema (Set up's), for rows that are not %. */
  readonly format: string;
}

/** The value columns the tab has, in runs of adjacent columns: one range each. */
function runsOf(table: Table<'keyResults'>): Placed[][] {
  const specs = tabSpec('keyResults').columns;
  const placed = KR_VALUE_COLUMNS.map((key): Placed => ({ col: table.col(key), format: specs.find((c) => c.key === key)?.format ?? '' }))
    .filter((p) => p.col >= 0)
    .sort((a, b) => a.col - b.col);
  const runs: Placed[][] = [];
  for (const p of placed) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.col + 1 === p.col) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/**
 * Gives the value cells of every % KR of `states` (the values they will hold after this run's write) the
 * percent format their values need. A row that is not % keeps its format, unless it is one of ours (its
 * unit was % before), which goes back to the column's format. One getNumberFormats per run of adjacent
 * value columns, and one setNumberFormats only where a cell changes, so the calls do not grow with the
 * rows (the default layout: Start and Target, then Current). Returns the number of ranges written.
 */
export function formatKrValueCells(table: Table<'keyResults'>, states: readonly KrState[]): number {
  const rowCount = table.rows.length;
  if (rowCount === 0) return 0;
  const percentRows = new Map<number, string>();
  for (const s of states) {
    if (isPercentUnit(s.kr.unit)) percentRows.set(s.kr.row, percentFormat([s.kr.start, s.kr.target, s.current]));
  }
  let written = 0;
  for (const run of runsOf(table)) {
    const range = table.sheet.getRange(2, run[0]!.col + 1, rowCount, run.length);
    let changed = false;
    const formats = range.getNumberFormats().map((line, i) =>
      run.map((p, j) => {
        const now = String(line[j] ?? '');
        const wanted = percentRows.get(i + 2) ?? (isPercentFormat(now) ? p.format : now);
        if (wanted !== now) changed = true;
        return wanted === AUTOMATIC_FORMAT && p.format !== '' ? p.format : wanted;
      }),
    );
    if (!changed) continue;
    range.setNumberFormats(formats);
    written += 1;
  }
  return written;
}
