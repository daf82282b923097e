// writeBlocks over an emulated tab: a run rewrites only the blocks whose cells changed, from the first block
// that moved rewrites the rest and blanks what is left below, and writes the tab whole whenever the tab no
// longer agrees with what the last run left (another tab, another header, rows added or removed by hand).
import type { CellValue } from '../../src/local/emulator';
import { type Block, writeBlocks } from '../../src/sheet/week-blocks';
import { bookWith, type Sheet, valuesOf } from './book';

const TAB = 'KR weekly';
const KEY = 'okr.test.blocks';
const HEADER = ['kr_id', 'week_start', 'value', 'updated_at'];
/** updated_at: changes every run without the block being different. */
const VOLATILE = 3;
const STAMP = new Date('2026-10-12T02:00:00Z');

/** A block of `n` rows for week `week`, values from `base`. */
const block = (week: string, n: number, base = 0, stamp = STAMP): Block => ({
  key: `Q4|${week}`,
  rows: Array.from({ length: n }, (_, i) => [`KR${i + 1}`, week, base + i, stamp]),
});

function tab(rows: readonly (readonly CellValue[])[] = []) {
  const { rt, s } = bookWith({ [TAB]: rows, Other: [['x']] });
  const sheet = (): Sheet => s.book.getSheetByName(TAB)!;
  const run = (blocks: readonly Block[], header: readonly string[] = HEADER) => {
    rt.env.resetCounters();
    const result = writeBlocks(sheet(), s.props, KEY, header, blocks, VOLATILE);
    return { result, writes: rt.env.calls.get('Range.setValues') ?? 0, values: valuesOf(rt, TAB) };
  };
  /** What a person does by hand, uncounted. */
  const byHand = <T>(fn: (sheet: Sheet) => T): T => rt.env.quiet(() => fn(sheet()));
  return { rt, s, run, sheet, byHand };
}

const expected = (blocks: readonly Block[]) => [HEADER, ...blocks.flatMap((b) => b.rows)];
/** Values as plain data, Dates by their instant, for comparing cells of either realm. */
const plain = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.map((c) => (c instanceof Date ? c.getTime() : c)));

describe('the first run', () => {
  test('writes the header and every block, whole, and makes the header a frozen header', () => {
    const { run, sheet } = tab();
    const blocks = [block('2026-10-05', 2), block('2026-10-12', 3, 10)];
    const { result, values } = run(blocks);
    expect(result).toEqual({ written: 2, kept: 0, whole: true });
    expect(plain(values)).toEqual(plain(expected(blocks)));
    expect(sheet().getFrozenRows()).toBe(1);
  });

  test('replaces whatever the tab held, blanking old rows below and old columns beside', () => {
    const { run } = tab([['old', 'header', 'a', 'b', 'extra'], ...Array.from({ length: 6 }, () => ['x', 'x', 'x', 'x', 'x'])]);
    const blocks = [block('2026-10-05', 2)];
    const { values } = run(blocks);
    expect(plain(values)).toEqual(plain(expected(blocks)));
  });
});

describe('a run over what the last run left', () => {
  test('nothing changed: no write at all, every block kept', () => {
    const { run } = tab();
    const blocks = [block('2026-10-05', 2), block('2026-10-12', 3, 10)];
    run(blocks);
    const { result, writes, values } = run([block('2026-10-05', 2), block('2026-10-12', 3, 10)]);
    expect(result).toEqual({ written: 0, kept: 2, whole: false });
    expect(writes).toBe(0);
    expect(plain(values)).toEqual(plain(expected(blocks)));
  });

  test('only the volatile column changed: the block is kept and its old stamp stays', () => {
    const { run } = tab();
    run([block('2026-10-05', 2)]);
    const later = new Date('2026-10-13T02:00:00Z');
    const { result, values } = run([block('2026-10-05', 2, 0, later)]);
    expect(result).toEqual({ written: 0, kept: 1, whole: false });
    expect((values[1]![VOLATILE] as Date).getTime()).toBe(STAMP.getTime());
  });

  test('one block changed: that block alone is written, in one write, and the others stay', () => {
    const { run } = tab();
    run([block('2026-09-28', 2), block('2026-10-05', 2, 10), block('2026-10-12', 2, 20)]);
    const now = [block('2026-09-28', 2), block('2026-10-05', 2, 99), block('2026-10-12', 2, 20)];
    const { result, writes, values } = run(now);
    expect(result).toEqual({ written: 1, kept: 2, whole: false });
    expect(writes).toBe(1);
    expect(plain(values)).toEqual(plain(expected(now)));
  });

  test('a new block after the last: it is written, the ones before are kept', () => {
    const { run } = tab();
    run([block('2026-10-05', 2)]);
    const now = [block('2026-10-05', 2), block('2026-10-12', 3, 10)];
    const { result, values } = run(now);
    expect(result).toEqual({ written: 1, kept: 1, whole: false });
    expect(plain(values)).toEqual(plain(expected(now)));
  });

  test('a block that grew past the grid: the grid grows with it', () => {
    const { run, sheet } = tab();
    run([block('2026-10-05', 2), block('2026-10-12', 2)]);
    const grown = [block('2026-10-05', 2), block('2026-10-12', 1200)];
    const { result, values } = run(grown);
    expect(result).toEqual({ written: 1, kept: 1, whole: false });
    expect(values).toHaveLength(1 + 2 + 1200);
    expect(sheet().getMaxRows()).toBeGreaterThanOrEqual(1203);
  });

  test('a block that shrank in the middle: the rest is written again and nothing old is left below', () => {
    const { run } = tab();
    run([block('2026-09-28', 2), block('2026-10-05', 4, 10), block('2026-10-12', 3, 20)]);
    const now = [block('2026-09-28', 2), block('2026-10-05', 1, 10), block('2026-10-12', 3, 20)];
    const { result, values } = run(now);
    expect(result).toEqual({ written: 2, kept: 1, whole: false });
    expect(plain(values)).toEqual(plain(expected(now)));
  });

  test('fewer blocks than before: the rows of the dropped ones are blanked', () => {
    const { run } = tab();
    run([block('2026-10-05', 2), block('2026-10-12', 3, 10)]);
    const now = [block('2026-10-05', 2)];
    const { result, values } = run(now);
    expect(result).toEqual({ written: 0, kept: 1, whole: false });
    expect(plain(values)).toEqual(plain(expected(now)));
  });

  test('a block of another key at the same place is written, even with the same cells', () => {
    const { run } = tab();
    run([block('2026-10-05', 2)]);
    const renamed: Block = { key: 'Q1|2026-10-05', rows: block('2026-10-05', 2).rows };
    expect(run([renamed]).result).toEqual({ written: 1, kept: 0, whole: false });
  });

  test('after a shrink the next run trusts the tab again and writes nothing', () => {
    const { run } = tab();
    run([block('2026-10-05', 5)]);
    run([block('2026-10-05', 2)]);
    const { result, writes } = run([block('2026-10-05', 2)]);
    expect(result).toEqual({ written: 0, kept: 1, whole: false });
    expect(writes).toBe(0);
  });

  test('the same instant in a new Date is no change', () => {
    const { run } = tab();
    const dated = (): Block => ({ key: 'k', rows: [['KR1', new Date('2026-10-05T00:00:00Z'), 1, STAMP]] });
    run([dated()]);
    expect(run([dated()]).result.written).toBe(0);
  });

  test('a number and its text are not the same cell', () => {
    const { run } = tab();
    run([{ key: 'k', rows: [['KR1', 'w', 7, STAMP]] }]);
    const { result, values } = run([{ key: 'k', rows: [['KR1', 'w', '7', STAMP]] }]);
    expect(result.written).toBe(1);
    expect(values[1]![2]).toBe('7');
  });
});

describe('a tab that no longer agrees with the last run is written whole', () => {
  const blocks = [block('2026-10-05', 2), block('2026-10-12', 2, 10)];

  test('a row a person added below', () => {
    const { run, byHand } = tab();
    run(blocks);
    byHand((sheet) => sheet.appendRow(['mine', '', '', '']));
    const { result, values } = run(blocks);
    expect(result).toEqual({ written: 2, kept: 0, whole: true });
    expect(plain(values)).toEqual(plain(expected(blocks)));
  });

  test('a row a person deleted', () => {
    const { run, byHand } = tab();
    run(blocks);
    byHand((sheet) => sheet.deleteRow(3));
    const { result, values } = run(blocks);
    expect(result.whole).toBe(true);
    expect(plain(values)).toEqual(plain(expected(blocks)));
  });

  test('a header a person edited', () => {
    const { run, byHand } = tab();
    run(blocks);
    byHand((sheet) => sheet.getRange(1, 3).setValue('my value'));
    const { result, values } = run(blocks);
    expect(result.whole).toBe(true);
    expect(values[0]).toEqual(HEADER);
  });

  test('a new header (a column added to the contract)', () => {
    const { run } = tab();
    run(blocks);
    const wider = [...HEADER, 'note'];
    const rows: Block[] = blocks.map((b) => ({ key: b.key, rows: b.rows.map((r) => [...r, '']) }));
    const { result, values } = run(rows, wider);
    expect(result.whole).toBe(true);
    expect(values[0]).toEqual(wider);
  });

  test('another tab under the same description (the tab was deleted and made again)', () => {
    const { run, s, rt } = tab();
    run(blocks);
    rt.env.quiet(() => {
      s.book.deleteSheet(s.book.getSheetByName(TAB)!);
      s.book.insertSheet(TAB);
    });
    const { result, values } = run(blocks);
    expect(result.whole).toBe(true);
    expect(plain(values)).toEqual(plain(expected(blocks)));
  });

  test('another tab of the same header and length (an older copy put in its place)', () => {
    const { run, rt, s } = tab();
    run(blocks);
    const older = [block('2026-10-05', 2, 50), block('2026-10-12', 2, 60)];
    const copy = rt.env.quiet(() => {
      const sheet = s.book.insertSheet('Copy');
      sheet.getRange(1, 1, 5, HEADER.length).setValues(expected(older).map((r) => r.slice()));
      return sheet;
    });
    expect(writeBlocks(copy, s.props, KEY, HEADER, blocks, VOLATILE)).toEqual({ written: 2, kept: 0, whole: true });
    expect(plain(valuesOf(rt, 'Copy'))).toEqual(plain(expected(blocks)));
  });

  test.each([['not json'], ['{"blocks": 3}'], ['null']])('a description edited by hand (%s)', (stored) => {
    const { run, s } = tab();
    run(blocks);
    s.props.setProperty(KEY, stored);
    expect(run(blocks).result.whole).toBe(true);
  });

  test('then the next run trusts it again', () => {
    const { run, byHand } = tab();
    run(blocks);
    byHand((sheet) => sheet.appendRow(['mine', '', '', '']));
    run(blocks);
    expect(run(blocks).result).toEqual({ written: 0, kept: 2, whole: false });
  });
});

describe('what is written', () => {
  test('text is written as text on every path: a formula-like string is never a formula', () => {
    const typed = (v: string): Block => ({ key: 'k', rows: [['=HYPERLINK("http://x")', 'w', v, STAMP]] });
    const { run, sheet, rt } = tab();
    const first = run([typed('+1')]);
    const second = run([typed('=1+1')]); // a block rewritten in place
    const third = run([typed('=1+1'), { key: 'k2', rows: [['@x', 'w', '-2', STAMP]] }]); // the rest after the kept blocks
    for (const { values } of [first, second, third]) expect(values[1]![0]).toBe('=HYPERLINK("http://x")');
    expect([first.values[1]![2], second.values[1]![2], third.values[2]![0], third.values[2]![2]]).toEqual(['+1', '=1+1', '@x', '-2']);
    const formulas = rt.env.quiet(() => sheet().getDataRange().getFormulas());
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
  });

  test('a tab of its own per description key: two tabs kept in blocks do not disturb each other', () => {
    const { rt, s } = bookWith({ A: [], B: [] });
    const write = (name: string, key: string, blocks: readonly Block[]) => writeBlocks(s.book.getSheetByName(name)!, s.props, key, HEADER, blocks, VOLATILE);
    write('A', 'okr.a', [block('w1', 2)]);
    write('B', 'okr.b', [block('w1', 3)]);
    expect(write('A', 'okr.a', [block('w1', 2)])).toEqual({ written: 0, kept: 1, whole: false });
    expect(write('B', 'okr.b', [block('w1', 3)])).toEqual({ written: 0, kept: 1, whole: false });
    expect(valuesOf(rt, 'A')).toHaveLength(3);
    expect(valuesOf(rt, 'B')).toHaveLength(4);
  });
});
