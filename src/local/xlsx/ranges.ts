/** Cells sharing a number format or a validation rule, merged back into the ranges a snapshot lists. */
import type { GridRect } from '../emulator';

export interface KeyedRect<K> {
  readonly rect: GridRect;
  readonly key: K;
}

/**
 * Collects keyed cells into vertical runs, one open run per column, so that a 100,000-row column costs
 * no sorting. Within a column, cells must come in increasing row order.
 */
export function columnRuns<K>(): { add(row: number, column: number, key: K): void; blocks(): KeyedRect<K>[] } {
  const open: ({ top: number; bottom: number; key: K } | undefined)[] = [];
  const runs: KeyedRect<K>[] = [];
  const close = (column: number): void => {
    const run = open[column];
    if (run) runs.push({ rect: { row: run.top, column, numRows: run.bottom - run.top + 1, numColumns: 1 }, key: run.key });
  };
  return {
    add(row, column, key) {
      const run = open[column];
      if (run && run.key === key && run.bottom === row - 1) run.bottom = row;
      else {
        close(column);
        open[column] = { top: row, bottom: row, key };
      }
    },
    blocks() {
      open.forEach((_, column) => close(column));
      open.length = 0;
      return mergeAcross(runs.splice(0));
    },
  };
}

/** Joins runs over the same rows with the same key in adjacent columns. Ordered by column, then row. */
function mergeAcross<K>(runs: KeyedRect<K>[]): KeyedRect<K>[] {
  const keyIds = new Map<K, number>();
  const idOf = (key: K): number => {
    const id = keyIds.get(key) ?? keyIds.size;
    keyIds.set(key, id);
    return id;
  };
  const sorted = runs
    .map((run) => ({ ...run, id: idOf(run.key) }))
    .sort((a, b) => a.id - b.id || a.rect.row - b.rect.row || a.rect.numRows - b.rect.numRows || a.rect.column - b.rect.column);
  const blocks: { rect: GridRect; key: K; id: number }[] = [];
  for (const run of sorted) {
    const last = blocks[blocks.length - 1];
    const { row, numRows, column } = run.rect;
    if (last && last.id === run.id && last.rect.row === row && last.rect.numRows === numRows && last.rect.column + last.rect.numColumns === column) {
      last.rect = { ...last.rect, numColumns: last.rect.numColumns + 1 };
    } else {
      blocks.push({ ...run });
    }
  }
  blocks.sort((a, b) => a.rect.column - b.rect.column || a.rect.row - b.rect.row);
  return blocks.map(({ rect, key }) => ({ rect, key }));
}

/** Merges cells in any order into blocks, as columnRuns does for cells in row order. */
export function mergeCells<K>(cells: readonly { readonly row: number; readonly column: number; readonly key: K }[]): KeyedRect<K>[] {
  const runs = columnRuns<K>();
  [...cells].sort((a, b) => a.column - b.column || a.row - b.row).forEach(({ row, column, key }) => runs.add(row, column, key));
  return runs.blocks();
}
