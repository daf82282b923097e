/**
 * Writing some cells of a block and leaving the others as they are: a cell read and written back would not
 * stay unchanged (cell-writes.ts), so only the cells the program decided are written.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The cells to write, by row then column from a corner: a value where the program writes, undefined where it does not. */
export type CellPatch = readonly (readonly unknown[])[];

interface Rect {
  readonly top: number;
  readonly left: number;
  height: number;
  readonly width: number;
}

/**
 * Writes the cells of `patch` from (row, column), one setValues per rectangle of cells to write. The
 * rectangles are the runs of each row merged down while the next row writes the same run, or the runs of each
 * column merged across while the next column writes the same rows, whichever are fewer: one row typed is one
 * call per run across it, a pasted block at most one per run down each column. Returns the number of calls.
 */
export function writePatch(sheet: Sheet, at: { row: number; column: number }, patch: CellPatch): number {
  const width = patch.reduce((most, line) => Math.max(most, line.length), 0);
  const set = patch.map((line) => Array.from({ length: width }, (_, c) => line[c] !== undefined));
  const across = mergedRuns(set);
  const down = mergedRuns(Array.from({ length: width }, (_, c) => set.map((line) => line[c]!))).map((r) => ({
    top: r.left,
    left: r.top,
    height: r.width,
    width: r.height,
  }));
  const rects = down.length < across.length ? down : across;
  for (const r of rects) {
    const values = patch.slice(r.top, r.top + r.height).map((line) => line.slice(r.left, r.left + r.width));
    sheet.getRange(at.row + r.top, at.column + r.left, r.height, r.width).setValues(values);
  }
  return rects.length;
}

/** The runs of true in each line, a run merged with the one above it when it spans the same positions. */
function mergedRuns(lines: readonly (readonly boolean[])[]): Rect[] {
  const rects: Rect[] = [];
  let above = new Map<string, Rect>();
  lines.forEach((line, top) => {
    const here = new Map<string, Rect>();
    let start = -1;
    for (let i = 0; i <= line.length; i += 1) {
      if (i < line.length && line[i] && start < 0) start = i;
      if ((i === line.length || !line[i]) && start >= 0) {
        const key = `${start}:${i}`;
        const open = above.get(key);
        if (open) open.height += 1;
        else rects.push({ top, left: start, height: 1, width: i - start });
        here.set(key, open ?? rects[rects.length - 1]!);
        start = -1;
      }
    }
    above = here;
  });
  return rects;
}
