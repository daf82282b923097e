// writePatch: the cells a patch sets and no others, in as few writes as runs across rows or down columns give.
import { writePatch, type CellPatch } from '../../src/sheet/cell-patch';
import { bookWith, valuesOf } from './book';

const W = 5;
const H = 6;
const grid = () => Array.from({ length: H }, (_, r) => Array.from({ length: W }, (_, c) => `${r}${c}`));

/** A patch from a picture: '#' writes `X<row><col>`, anything else leaves the cell. */
const patchOf = (picture: readonly string[]): CellPatch => picture.map((line, r) => [...line].map((ch, c) => (ch === '#' ? `X${r}${c}` : undefined)));

function writing(patch: CellPatch, at = { row: 1, column: 1 }) {
  const { rt, s } = bookWith({ T: grid() });
  rt.env.resetCounters();
  const calls = writePatch(s.book.getSheetByName('T')!, at, patch);
  return { calls, writes: rt.env.calls.get('Range.setValues') ?? 0, values: valuesOf(rt, 'T') };
}

/** The writes the two old paths made: one per run across each row, and one per run down each column. */
function runs(patch: CellPatch): { across: number; down: number } {
  const set = patch.map((line) => Array.from({ length: W }, (_, c) => line[c] !== undefined));
  const count = (lines: boolean[][]) => lines.reduce((n, line) => n + line.filter((v, i) => v && !line[i - 1]).length, 0);
  return { across: count(set), down: count(Array.from({ length: W }, (_, c) => set.map((line) => line[c]!))) };
}

/** The grid after the patch, computed cell by cell. */
const expected = (patch: CellPatch, at: { row: number; column: number }) =>
  grid().map((line, r) => line.map((cell, c) => patch[r - at.row + 1]?.[c - at.column + 1] ?? cell));

describe('writePatch', () => {
  test.each<[string, string[], number]>([
    ['one row, By and Source side by side: one write per run across', ['#.##.'], 2],
    ['a pasted block all stamped: one write per block of columns', ['#.##.', '#.##.', '#.##.', '#.##.'], 2],
    ['a block with a row left out: one write per run across each row (down would take six)', ['#.##.', '.....', '#.##.'], 4],
    ['a block where By was typed in some rows: one write per run down each column (across would take eight)', ['#.##.', '#..#.', '#.##.', '#..#.'], 4],
    ['a single cell', ['..#..'], 1],
    ['nothing to write', ['.....', '.....'], 0],
    ['a staircase: neither way merges', ['#....', '.#...', '..#..'], 3],
  ])('%s', (_name, picture, writes) => {
    const patch = patchOf(picture);
    const at = { row: 2, column: 1 };
    const done = writing(patch, at);
    expect(done.values).toEqual(expected(patch, at));
    expect(done.writes).toBe(writes);
    expect(done.calls).toBe(writes);
  });

  test('never more writes than the old row-across or column-down writers, and exactly the cells patched (random patches)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 60; n += 1) {
      const rows = 1 + Math.floor(random() * (H - 1));
      const density = random();
      const picture = Array.from({ length: rows }, () => Array.from({ length: W }, () => (random() < density ? '#' : '.')).join(''));
      const patch = patchOf(picture);
      const done = writing(patch, { row: 2, column: 1 });
      const old = runs(patch);
      expect(done.writes).toBeLessThanOrEqual(Math.min(old.across, old.down));
      expect(done.values).toEqual(expected(patch, { row: 2, column: 1 }));
    }
  });

  test('from a corner inside the sheet, shorter lines leave the rest of the row alone', () => {
    const patch: CellPatch = [['a', undefined, 'b'], ['c']];
    const done = writing(patch, { row: 3, column: 2 });
    expect(done.values).toEqual(expected(patch, { row: 3, column: 2 }));
    expect(done.values[2]).toEqual(['20', 'a', '22', 'b', '24']);
    expect(done.values[3]).toEqual(['30', 'c', '32', '33', '34']);
  });
});
