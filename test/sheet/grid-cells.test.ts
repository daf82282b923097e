// Grid cells against the 10 M limit, and trimming a grid, on the emulated template workbook.
import { LocalRuntime } from '../../src/local/emulator';
import { buildTemplate } from '../../src/local/cli';
import { CELL_LIMIT, gridCells, largestTabs, trimGrid, trimKnownGrid } from '../../src/sheet/grid-cells';
import { builtBundle } from '../support/bundle';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const template = buildTemplate(builtBundle().code, 'en');

function runtime(): { rt: LocalRuntime; book: Book } {
  const rt = new LocalRuntime({ book: template, user: 'admin@example.com' });
  return { rt, book: rt.book as unknown as Book };
}

/** A person's tab of rows × columns, made by hand (not counted as the program's calls). */
function addTab(rt: LocalRuntime, name: string, rows: number, columns: number): Sheet {
  return rt.env.quiet(() => {
    const sheet = rt.book.insertSheet(name);
    if (rows > 1000) sheet.insertRowsAfter(1000, rows - 1000);
    if (rows < 1000) sheet.deleteRows(rows + 1, 1000 - rows);
    if (columns > 26) sheet.insertColumnsAfter(26, columns - 26);
    if (columns < 26) sheet.deleteColumns(columns + 1, 26 - columns);
    return sheet as unknown as Sheet;
  });
}

const size = (sheet: Sheet) => [sheet.getMaxRows(), sheet.getMaxColumns()];

describe('gridCells', () => {
  test("sums every tab's grid, empty cells included, as the emulator counts them against the limit", () => {
    const { rt, book } = runtime();
    addTab(rt, 'Imports', 5000, 4);
    const grid = gridCells(book);
    expect(grid.limit).toBe(CELL_LIMIT);
    expect(grid.used).toBe(rt.book.totalCells());
    expect(grid.bySheet.map((s) => s.name)).toEqual(rt.book.getSheets().map((s) => s.getName()));
    expect(grid.bySheet.find((s) => s.name === 'Imports')).toEqual({ name: 'Imports', cells: 20_000, tab: null });
    expect(grid.bySheet.find((s) => s.name === 'Check-ins')?.tab).toBe('checkIns');
  });

  test('makes three calls a tab, whatever the tabs hold', () => {
    const calls = (extraTabs: number) => {
      const { rt, book } = runtime();
      for (let i = 0; i < extraTabs; i += 1) addTab(rt, `Extra ${i}`, 2000, 30);
      rt.env.resetCounters();
      gridCells(book);
      return { calls: rt.env.totalCalls(), tabs: rt.book.getSheets().length };
    };
    const few = calls(0);
    const many = calls(5);
    expect(few.calls).toBe(1 + 3 * few.tabs);
    expect(many.calls).toBe(1 + 3 * many.tabs);
  });

  test('largestTabs names the largest first', () => {
    const { rt, book } = runtime();
    addTab(rt, 'Big', 9000, 10);
    addTab(rt, 'Bigger', 9000, 20);
    expect(largestTabs(gridCells(book), 2).map((s) => [s.name, s.cells])).toEqual([
      ['Bigger', 180_000],
      ['Big', 90_000],
    ]);
  });
});

describe('trimGrid', () => {
  test('keeps every line holding a value and the spare lines asked for, deletes the rest', () => {
    const { rt } = runtime();
    const sheet = addTab(rt, 'Data', 1000, 26);
    rt.env.quiet(() => {
      sheet.getRange(1, 1, 1, 3).setValues([['a', 'b', 'c']]);
      sheet.getRange(120, 14).setValue('a value far down and right');
    });
    trimGrid(sheet, 10, 2);
    expect(size(sheet)).toEqual([130, 16]);
    expect(sheet.getRange(120, 14).getValue()).toBe('a value far down and right');
    rt.env.quiet(() => sheet.getRange(120, 14).setValue(''));
    trimGrid(sheet, 10, 0);
    expect(size(sheet)).toEqual([11, 3]);
  });

  test('null leaves an axis alone; never below one line, nor every unfrozen line', () => {
    const { rt } = runtime();
    const sheet = addTab(rt, 'Empty', 1000, 26);
    trimGrid(sheet, null, 0);
    expect(size(sheet)).toEqual([1000, 1]);
    rt.env.quiet(() => sheet.setFrozenRows(5));
    trimGrid(sheet, 0, null);
    expect(size(sheet)).toEqual([6, 1]);
  });

  test('never adds lines, and a second trim changes nothing and deletes nothing', () => {
    const { rt } = runtime();
    const sheet = addTab(rt, 'Data', 1000, 26);
    rt.env.quiet(() => sheet.getRange(1, 1, 2, 25).setValues([new Array(25).fill('a'), new Array(25).fill(1)]));
    trimGrid(sheet, 50, 2);
    expect(size(sheet)).toEqual([52, 26]);
    rt.env.resetCounters();
    trimGrid(sheet, 50, 2);
    expect(size(sheet)).toEqual([52, 26]);
    expect(rt.env.calls.get('Sheet.deleteRows')).toBeUndefined();
    expect(rt.env.calls.get('Sheet.deleteColumns')).toBeUndefined();
  });

  test('trimKnownGrid trusts the extent it is given and reads nothing when nothing is to go', () => {
    const { rt } = runtime();
    const sheet = addTab(rt, 'Data', 300, 8);
    rt.env.resetCounters();
    trimKnownGrid(sheet, { maxRows: 300, maxColumns: 8, lastRow: 200, lastColumn: 8 }, 50, 0);
    expect(rt.env.totalCalls()).toBe(2); // getFrozenRows, deleteRows
    expect(size(sheet)).toEqual([250, 8]);
    rt.env.resetCounters();
    trimKnownGrid(sheet, { maxRows: 250, maxColumns: 8, lastRow: 200, lastColumn: 8 }, 50, 0);
    expect(rt.env.totalCalls()).toBe(0);
  });
});
