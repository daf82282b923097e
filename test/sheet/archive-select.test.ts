// How an archived row is recognised again (rowKey, rowsHeldByArchive) and deleted from the bottom (runsFromBottom).
import { rowKey, rowsHeldByArchive, runsFromBottom } from '../../src/sheet/archive-select';
import { headerIndex } from '../../src/sheet/table';

const header = ['KR ID', 'Objective ID', 'Key result', 'Current'];
const col = headerIndex('keyResults', header);
const key = (cells: unknown[]) => rowKey('keyResults', col, cells);

describe('rowKey', () => {
  test('the program’s own columns (Current) do not count; typed ones do', () => {
    expect(key(['KR1', 'O1', 'Grow', 10])).toBe(key(['KR1', 'O1', 'Grow', 99]));
    expect(key(['KR1', 'O1', 'Grow', 10])).not.toBe(key(['KR1', 'O1', 'Grow more', 10]));
  });

  test('a number and its text are told apart; Dates by their instant', () => {
    const c = headerIndex('checkIns', ['Timestamp', 'KR ID', 'Value']);
    expect(rowKey('checkIns', c, [new Date(0), 'KR1', 7])).not.toBe(rowKey('checkIns', c, [new Date(0), 'KR1', '7']));
    expect(rowKey('checkIns', c, [new Date(0), 'KR1', 7])).toBe(rowKey('checkIns', c, [new Date(0), 'KR1', 7]));
    expect(rowKey('checkIns', c, [new Date(0), 'KR1', 7])).not.toBe(rowKey('checkIns', c, [new Date(1), 'KR1', 7]));
  });

  test('the same row in a book whose columns are in another order and language has the same key', () => {
    const other = headerIndex('keyResults', ['Kết quả then chốt', 'Mã KR', 'Mã mục tiêu']);
    expect(rowKey('keyResults', other, ['Grow', 'KR1', 'O1'])).toBe(key(['KR1', 'O1', 'Grow', 5]));
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
