// readRowsWithIds: the rows of a few IDs out of a large tab, read by the ID column and the rows alone.
import { LocalRuntime } from '../../src/local/emulator';
import { buildTemplate } from '../../src/local/cli';
import { readRowsWithIds } from '../../src/sheet/table';
import { builtBundle } from '../support/bundle';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const template = buildTemplate(builtBundle().code, 'en');

/** Key Results with `count` rows (KR0…), every `blankEvery`-th without its ID; counters reset. */
function withKrs(count: number, blankEvery = 0): { rt: LocalRuntime; book: Book } {
  const rt = new LocalRuntime({ book: template, user: 'admin@example.com' });
  rt.env.quiet(() => {
    const sheet = rt.book.getSheetByName('Key Results')!;
    if (count + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), count + 1 - sheet.getMaxRows());
    const rows = Array.from({ length: count }, (_, i) => [blankEvery > 0 && i % blankEvery === 0 ? '' : `KR${i}`, 'O1', `Key result ${i}`]);
    sheet.getRange(2, 1, count, 3).setValues(rows);
  });
  rt.env.resetCounters();
  return { rt, book: rt.book as unknown as Book };
}

describe('readRowsWithIds', () => {
  test.each([
    [['KR7'], [7]],
    [
      ['KR7', 'KR9'],
      [7, 9],
    ],
    [
      ['KR3', 'KR1500'],
      [3, 1500],
    ],
    [['KR404404'], []],
  ])('reads %j and leaves every other data row empty, sheet row = index + 2', (ids, found) => {
    const { book } = withKrs(2000);
    const table = readRowsWithIds(book, 'keyResults', 'krId', new Set(ids))!;
    expect(table.rows).toHaveLength(2000);
    const read = table.rows.map((row, i) => (row.length > 0 ? i : -1)).filter((i) => i >= 0);
    expect(read).toEqual(found);
    for (const i of found) expect(table.rows[i]![table.col('krId')]).toBe(`KR${i}`);
    expect(table.col('keyResult')).toBe(2);
  });

  test('reads near rows in one block and far ones apart: the calls follow the runs, not the rows', () => {
    const { rt, book } = withKrs(2000);
    readRowsWithIds(book, 'keyResults', 'krId', new Set(['KR10', 'KR12', 'KR40']));
    const near = rt.env.calls.get('Range.getValues');
    rt.env.resetCounters();
    readRowsWithIds(book, 'keyResults', 'krId', new Set(['KR10', 'KR900', 'KR1900']));
    // The header and the ID column, then one block for the three near rows, three calls for the far ones.
    expect(near).toBe(3);
    expect(rt.env.calls.get('Range.getValues')).toBe(5);
  });

  test('a blank ID names no row, however many rows have a blank ID', () => {
    const { rt, book } = withKrs(2000, 3);
    const table = readRowsWithIds(book, 'keyResults', 'krId', new Set(['', 'KR1']))!;
    expect(table.rows.filter((row) => row.length > 0)).toHaveLength(1);
    // The header, the ID column and KR1's row: no row of the 667 blank IDs.
    expect(rt.env.totalCells().read).toBe(table.header.length + 2000 + table.header.length);
  });

  test('a missing tab is null, a tab without the ID column gives its header and no row', () => {
    const { rt, book } = withKrs(10);
    // A person cleared the Initiative ID header: the tab has no ID column left.
    rt.env.quiet(() => rt.book.getSheetByName('Initiatives')!.getRange(1, 1).setValue(''));
    const initiatives = readRowsWithIds(book, 'initiatives', 'initiativeId', new Set(['KR1']))!;
    expect(initiatives.header.length).toBeGreaterThan(0);
    expect(initiatives.rows.every((row) => row.length === 0)).toBe(true);
    // A workbook whose Key Results a person deleted before the run (a run lists the tabs once: listTabs).
    const other = withKrs(10);
    other.rt.env.quiet(() => other.rt.book.deleteSheet(other.rt.book.getSheetByName('Key Results')!));
    expect(readRowsWithIds(other.book, 'keyResults', 'krId', new Set(['KR1']))).toBeNull();
  });
});
