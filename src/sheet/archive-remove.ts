/**
 * Takes a cycle's rows out of a main-workbook tab once its archive holds them. Only rows the archive holds
 * go (matched by the columns people type, archive-select.ts heldRows), so a rerun after a cut removes what is
 * left and nothing else, and a row edited after its copy stays in the main workbook.
 */
import type { TabKey } from '../core/tabs';
import { heldRows, runsFromBottom } from './archive-select';
import { SPARE_COLUMNS, SPARE_ROWS, trimKnownGrid } from './grid-cells';
import { asCellText } from './cell';
import type { Table } from './table';

type Cell = string | number | boolean | Date;

/**
 * Past this many runs of adjacent rows, deleting run by run (about 80 ms a call) costs more than rewriting
 * the tab: 200 runs are some 16 s under the lock, as long as one setValues of about 250 k cells.
 */
export const MAX_DELETE_RUNS = 200;

/**
 * Removes from `main` the rows `archive` holds; returns how many went. Runs of adjacent rows are deleted
 * bottom-up with deleteRows, which moves the rows below (a check-in someone types meanwhile, below the
 * table, moves up with them rather than being blanked), keeps their formats, notes and formulas, and
 * shrinks the grid. With more runs than MAX_DELETE_RUNS the kept rows are written back in one setValues
 * that blanks the rest (output.ts writeOutput), formulas as their text, and the grid is trimmed.
 */
export function removeArchivedRows<T extends TabKey>(tab: T, main: Table<T>, archive: Table<T>): number {
  const rows = heldRows(tab, main, archive);
  if (rows.length === 0) return 0;
  const sheet = main.sheet;
  const runs = runsFromBottom(rows);
  if (runs.length <= MAX_DELETE_RUNS) {
    // Sheets refuses to delete every row that is not frozen: one blank row is added below first when needed.
    if (sheet.getMaxRows() - rows.length <= Math.max(sheet.getFrozenRows(), 1)) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    for (const run of runs) sheet.deleteRows(run.start, run.count);
    return rows.length;
  }
  const gone = new Set(rows);
  const width = Math.max(main.header.length, ...main.rows.map((r) => r.length), 1);
  const formulas = sheet.getRange(2, 1, main.rows.length, width).getFormulas();
  const kept = main.rows.map((cells, i) => ({ cells, formulas: formulas[i] ?? [], row: i + 2 })).filter((r) => !gone.has(r.row));
  const blank: Cell[] = new Array<Cell>(width).fill('');
  const block = main.rows.map((_, i) => {
    const row = kept[i];
    if (!row) return blank.slice();
    // Values read back as they are stored: text stays text (a leading apostrophe), a formula is written as itself.
    return Array.from({ length: width }, (_, c): Cell => {
      const formula = String(row.formulas[c] ?? '');
      if (formula !== '') return formula;
      const cell = row.cells[c] as Cell | undefined;
      return typeof cell === 'string' ? asCellText(cell) : (cell ?? '');
    });
  });
  sheet.getRange(2, 1, block.length, width).setValues(block);
  trimKnownGrid(
    sheet,
    { maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns(), lastRow: kept.length + 1, lastColumn: width },
    SPARE_ROWS,
    SPARE_COLUMNS,
  );
  return rows.length;
}
