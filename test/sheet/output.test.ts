// output.ts over an emulated workbook: an output tab is found by the registry (a person's namesake is left
// alone) and replaced in one write that blanks what is left of the old contents; a table's grid then
// shrinks to its rows plus spare rows, a page's grid stays.
import type { CellValue } from '../../src/local/emulator';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { MAX_CELL_CHARS } from '../../src/sheet/cell';
import { HEADER_BACKGROUND, HEADER_FONT } from '../../src/sheet/format';
import { SPARE_ROWS } from '../../src/sheet/grid-cells';
import { ensureGrid, outputTab, sidestepNotices, writeOutput } from '../../src/sheet/output';
import { bookWith, type Sheet, valuesOf } from './book';

type Cell = string | number | boolean | Date;

function tab(rows: readonly (readonly CellValue[])[] = []) {
  const { rt, s } = bookWith({ Out: rows, Other: [['keep me']] });
  const sheet = (): Sheet => s.book.getSheetByName('Out')!;
  const write = (cells: readonly (readonly Cell[])[], header: boolean) => {
    rt.env.resetCounters();
    writeOutput(sheet(), cells, { header });
    return { values: valuesOf(rt, 'Out'), writes: rt.env.calls.get('Range.setValues') ?? 0 };
  };
  const snapshot = () => rt.snapshot().sheets.find((x) => x.name === 'Out')!;
  return { rt, s, sheet, write, snapshot };
}

const OLD = Array.from({ length: 8 }, (_, r) => Array.from({ length: 6 }, (_, c) => `old ${r}:${c}`));

describe('writeOutput', () => {
  test('a table replaces bigger old contents in one write: nothing old is left below or beside', () => {
    const { write, rt } = tab(OLD);
    const rows = [
      ['Code', 'Row'],
      ['A', 2],
    ];
    const { values, writes } = write(rows, true);
    expect(writes).toBe(1);
    expect(values).toEqual(rows);
    expect(valuesOf(rt, 'Other')).toEqual([['keep me']]);
  });

  test('a table: its header is formatted and frozen, its grid trimmed to its rows plus spare rows and to its columns', () => {
    const { write, sheet, snapshot } = tab(OLD);
    write(
      [
        ['Code', 'Row', 'Message'],
        ['A', 2, 'x'],
        ['B', 3, 'y'],
      ],
      true,
    );
    expect(snapshot().styles).toEqual([{ range: 'A1:C1', style: { background: HEADER_BACKGROUND, fontColor: HEADER_FONT, bold: true } }]);
    expect(sheet().getFrozenRows()).toBe(1);
    expect([sheet().getMaxRows(), sheet().getMaxColumns()]).toEqual([3 + SPARE_ROWS, 3]);
  });

  test('a page (no header) keeps its grid and its frozen rows, and is not formatted', () => {
    const { write, sheet, snapshot } = tab(OLD);
    const before = [sheet().getMaxRows(), sheet().getMaxColumns()];
    const { values } = write([['Brief'], ['line']], false);
    expect(values).toEqual([['Brief'], ['line']]);
    expect([sheet().getMaxRows(), sheet().getMaxColumns()]).toEqual(before);
    expect(sheet().getFrozenRows()).toBe(0);
    expect(snapshot().styles ?? []).toEqual([]);
  });

  test('rows past the grid, and columns: the grid grows to hold them', () => {
    const { write, sheet } = tab();
    const wide = Array.from({ length: 30 }, (_, c) => `c${c}`);
    const rows = [wide, ...Array.from({ length: 1100 }, (_, r) => wide.map((_, c) => r * 100 + c))];
    const { values } = write(rows, false);
    expect(values).toHaveLength(1101);
    expect(values[1100]![29]).toBe(1099 * 100 + 29);
    expect(sheet().getMaxRows()).toBeGreaterThanOrEqual(1101);
    expect(sheet().getMaxColumns()).toBeGreaterThanOrEqual(30);
  });

  test('what people typed stays text: formulas, signs, percents and dates as strings are not interpreted', () => {
    const { write, sheet, rt } = tab();
    const typed = ['=IMPORTXML("http://x")', '+1', '-2', '@me', '85%', '2026-03-31', "'quoted"];
    const { values } = write([typed], false);
    expect(values[0]).toEqual(typed);
    expect(rt.env.quiet(() => sheet().getDataRange().getFormulas()).flat()).toEqual(typed.map(() => ''));
  });

  test('numbers, booleans and Dates are written as they are', () => {
    const { write } = tab();
    const at = new Date('2026-10-12T02:00:00Z');
    const { values } = write([[1.5, 0, true, false, at]], false);
    expect(values[0]!.slice(0, 4)).toEqual([1.5, 0, true, false]);
    expect((values[0]![4] as Date).getTime()).toBe(at.getTime());
  });

  test('text past the cell limit is cut with an ellipsis, so that the rest of the tab is still written', () => {
    const { write } = tab();
    const { values } = write([['x'.repeat(MAX_CELL_CHARS + 10), 'next']], false);
    expect(String(values[0]![0])).toHaveLength(MAX_CELL_CHARS);
    expect(String(values[0]![0]).endsWith('…')).toBe(true);
    expect(values[0]![1]).toBe('next');
  });

  test('no rows: the old contents are blanked, the grid is left as it is', () => {
    const { write, sheet } = tab(OLD);
    const before = [sheet().getMaxRows(), sheet().getMaxColumns()];
    const { values, writes } = write([], true);
    expect(writes).toBe(1);
    expect(sheet().getLastRow()).toBe(0);
    expect(values).toEqual([['']]);
    expect([sheet().getMaxRows(), sheet().getMaxColumns()]).toEqual(before);
  });

  test('no rows on an empty tab: no write at all', () => {
    const { write } = tab();
    expect(write([], true).writes).toBe(0);
  });

  test('a number format set on the tab stays: formats are not cleared', () => {
    const { write, sheet, rt } = tab(OLD);
    rt.env.quiet(() => sheet().getRange('B2:B3').setNumberFormat('0.00%'));
    write(
      [
        ['Name', 'Rate'],
        ['a', 0.5],
        ['b', 0.25],
      ],
      true,
    );
    expect(rt.env.quiet(() => sheet().getRange('B2:B3').getNumberFormats())).toEqual([['0.00%'], ['0.00%']]);
  });

  test('a table written twice, shorter the second time: the grid follows it down, the spare rows kept', () => {
    const { write, sheet } = tab();
    const rows = (n: number) => [['ID'], ...Array.from({ length: n }, (_, i) => [`R${i}`])];
    write(rows(200), true);
    expect(sheet().getMaxRows()).toBe(201 + SPARE_ROWS);
    const { values } = write(rows(3), true);
    expect(values).toEqual(rows(3));
    expect(sheet().getMaxRows()).toBe(4 + SPARE_ROWS);
  });
});

describe('ensureGrid', () => {
  test('grows the grid to hold rows × columns and says how big it is; never shrinks it', () => {
    const { sheet } = tab();
    const [rows, columns] = [sheet().getMaxRows(), sheet().getMaxColumns()];
    expect(ensureGrid(sheet(), 5, 3)).toEqual({ rows, columns });
    expect([sheet().getMaxRows(), sheet().getMaxColumns()]).toEqual([rows, columns]);
    expect(ensureGrid(sheet(), rows + 7, columns + 2)).toEqual({ rows: rows + 7, columns: columns + 2 });
    expect([sheet().getMaxRows(), sheet().getMaxColumns()]).toEqual([rows + 7, columns + 2]);
    expect(() =>
      sheet()
        .getRange(rows + 7, columns + 2)
        .setValue('corner'),
    ).not.toThrow();
  });
});

describe('outputTab', () => {
  test('missing: created, named in the workbook language, and found again by the next run even when renamed', () => {
    const { rt, s } = bookWith({ Sheet1: [['x']] });
    const made = outputTab(s, 'findings', 'vi');
    expect([made.created, made.sidestepped, made.sheet.getName()]).toEqual([true, '', 'Phát hiện']);
    rt.env.quiet(() => made.sheet.setName('My findings'));
    const again = outputTab(s, 'findings', 'vi');
    expect([again.created, again.sheet.getSheetId()]).toEqual([false, made.sheet.getSheetId()]);
  });

  test('a namesake that is empty, or holds only the program’s header, is adopted', () => {
    for (const rows of [[], [['Severity', 'Mã', 'Tab']]] as const) {
      const { s } = bookWith({ Findings: rows });
      const tab = outputTab(s, 'findings', 'en');
      expect([tab.created, tab.sidestepped, tab.sheet.getName()]).toEqual([false, '', 'Findings']);
    }
  });

  test.each([
    ['a header with a label of the person’s own', [['Severity', 'My column']]],
    ['the program’s header with a row below it', [['Severity'], ['mine']]],
  ] as const)('a namesake holding %s is not adopted', (_, rows) => {
    const { rt, s } = bookWith({ Findings: rows });
    const tab = outputTab(s, 'findings', 'en');
    expect([tab.created, tab.sidestepped, tab.sheet.getName()]).toEqual([true, 'Findings', 'Findings (OKR)']);
    expect(valuesOf(rt, 'Findings')).toEqual(rows);
  });

  test('a person’s namesake with their own contents is left alone: the program gets a free name and says so', () => {
    const { rt, s } = bookWith({ Findings: [['my notes'], ['keep']], 'Findings (OKR)': [['also mine']] });
    const tab = outputTab(s, 'findings', 'en');
    expect([tab.created, tab.sidestepped, tab.sheet.getName()]).toEqual([true, 'Findings', 'Findings (OKR 2)']);
    expect(valuesOf(rt, 'Findings')).toEqual([['my notes'], ['keep']]);
    expect(sidestepNotices(en, [tab])).toEqual(['Your tab “Findings” is kept as it is; the program writes to “Findings (OKR 2)” instead.']);
  });
});

describe('sidestepNotices', () => {
  test('one line per tab the program stayed out of, in the catalogue’s language; none for the others', () => {
    const { s } = bookWith({ Dashboard: [['mine']], Brief: [] });
    const tabs = [outputTab(s, 'dashboard', 'vi'), outputTab(s, 'brief', 'vi'), outputTab(s, 'log', 'vi')];
    expect(tabs.map((t) => t.sidestepped)).toEqual(['Dashboard', '', '']);
    expect(sidestepNotices(vi, tabs)).toEqual([vi.setup.sidestepped('Dashboard', 'Tổng quan')]);
    expect(sidestepNotices(en, [])).toEqual([]);
  });
});
