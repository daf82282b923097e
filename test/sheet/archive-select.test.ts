// How an archived row is recognised again (rowKey, rowsHeldByArchive, heldRows) and deleted from the bottom (runsFromBottom).
import fc from 'fast-check';
import { heldRows, rowKey, rowsHeldByArchive, runsFromBottom } from '../../src/sheet/archive-select';
import { headerIndex } from '../../src/sheet/table';

const header = ['KR ID', 'Objective ID', 'Key result', 'Current'];
const col = headerIndex('keyResults', header);
const key = rowKey('keyResults', col);

describe('rowKey', () => {
  test('the program’s own columns (Current) do not count; typed ones do', () => {
    expect(key(['KR1', 'O1', 'Grow', 10])).toBe(key(['KR1', 'O1', 'Grow', 99]));
    expect(key(['KR1', 'O1', 'Grow', 10])).not.toBe(key(['KR1', 'O1', 'Grow more', 10]));
  });

  test('a number and its text are told apart; Dates by their instant', () => {
    const c = headerIndex('checkIns', ['Timestamp', 'KR ID', 'Value']);
    expect(rowKey('checkIns', c)([new Date(0), 'KR1', 7])).not.toBe(rowKey('checkIns', c)([new Date(0), 'KR1', '7']));
    expect(rowKey('checkIns', c)([new Date(0), 'KR1', 7])).toBe(rowKey('checkIns', c)([new Date(0), 'KR1', 7]));
    expect(rowKey('checkIns', c)([new Date(0), 'KR1', 7])).not.toBe(rowKey('checkIns', c)([new Date(1), 'KR1', 7]));
  });

  test('a row blank in every column people type keys as blank, whatever the program wrote in its own', () => {
    expect(key(['', '', '', ''])).toBe('');
    expect(key(['', '', '', 42])).toBe('');
    expect(key(['', '', 'Grow', ''])).not.toBe('');
    expect(key(['', '', 'Grow', ''])).not.toBe(key(['', 'Grow', '', '']));
  });

  test('the same row in a book whose columns are in another order and language has the same key', () => {
    const other = headerIndex('keyResults', ['Kết quả then chốt', 'Mã KR', 'Mã mục tiêu']);
    expect(rowKey('keyResults', other)(['Grow', 'KR1', 'O1'])).toBe(key(['KR1', 'O1', 'Grow', 5]));
  });
});

describe('rowsHeldByArchive', () => {
  test('each archive row matches one main row at most: a row typed twice and archived once stays once', () => {
    const a = key(['KR1', 'O1', 'Grow']);
    const b = key(['KR2', 'O1', 'Keep']);
    expect(rowsHeldByArchive([a, b, a], [a])).toEqual([2]);
    expect(rowsHeldByArchive([a, b, a], [a, a, b])).toEqual([2, 3, 4]);
  });

  test('a blank row is never held, even when the archive has one', () => {
    const blank = key(['', '', '']);
    expect(rowsHeldByArchive([blank], [blank])).toEqual([]);
  });

  test('nothing in the archive, nothing held', () => {
    expect(rowsHeldByArchive([key(['KR1', 'O1', 'x'])], [])).toEqual([]);
  });
});

describe('heldRows', () => {
  const CHECK_INS = ['Timestamp', 'KR ID', 'Value', 'Progress note'];
  const rows = (header: readonly string[], cells: unknown[][]) => ({ col: headerIndex('checkIns', header), rows: cells });
  const at = (minute: number) => new Date(Date.UTC(2026, 9, 5, 3, minute));

  test('rows alike in their first cell but not the rest stay; those the archive holds go, once each', () => {
    const main = rows(CHECK_INS, [
      [at(1), 'KR1', 5, 'ok'],
      [at(1), 'KR1', 5, 'edited after the copy'],
      [at(2), 'KR2', 7, ''],
      [at(3), 'KR9', 1, 'another quarter'],
      [at(2), 'KR2', 7, ''],
    ]);
    const archive = rows(CHECK_INS, [
      [at(1), 'KR1', 5, 'ok'],
      [at(2), 'KR2', 7, ''],
    ]);
    expect(heldRows('checkIns', main, archive)).toEqual([2, 4]);
  });

  test('an archive headed in another order and language matches the same rows', () => {
    const main = rows(CHECK_INS, [
      [at(1), 'KR1', 5, 'ok'],
      [at(2), 'KR2', 7, ''],
    ]);
    const archive = rows(['Mã KR', 'Ghi chú tiến độ', 'Thời điểm', 'Giá trị'], [['KR2', '', at(2), 7]]);
    expect(heldRows('checkIns', main, archive)).toEqual([3]);
  });

  test('a header without the first typed column keys every row: still the same rows', () => {
    const header = ['KR ID', 'Value'];
    const main = rows(header, [
      ['KR1', 5],
      ['KR2', 7],
    ]);
    expect(heldRows('checkIns', main, rows(header, [['KR2', 7]]))).toEqual([3]);
  });

  test('the same rows as keying every main row (rowsHeldByArchive over rowKey), for any tabs', () => {
    const cell = fc.oneof(fc.constantFrom('', 'KR1', 'KR2', 'x', 5, '5'), fc.integer({ min: 0, max: 2 }).map(at));
    const tab = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 12 });
    fc.assert(
      fc.property(tab, tab, (mainCells, archiveCells) => {
        const main = rows(CHECK_INS, mainCells);
        const archive = rows(CHECK_INS, archiveCells);
        const whole = rowsHeldByArchive(mainCells.map(rowKey('checkIns', main.col)), archiveCells.map(rowKey('checkIns', archive.col)));
        expect(heldRows('checkIns', main, archive)).toEqual(whole);
      }),
    );
  });
});

describe('runsFromBottom', () => {
  test.each([
    [[], []],
    [[5], [{ start: 5, count: 1 }]],
    [
      [2, 3, 4, 8, 9, 12],
      [
        { start: 12, count: 1 },
        { start: 8, count: 2 },
        { start: 2, count: 3 },
      ],
    ],
  ])('%j', (rows, runs) => {
    expect(runsFromBottom(rows)).toEqual(runs);
  });
});
