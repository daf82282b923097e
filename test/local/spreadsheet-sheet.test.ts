/** Sheet behaviour beyond the fidelity list: extent bookkeeping, frozen panes, widths, clears, moving references. */
import fc from 'fast-check';
import { bookSnapshot, setup, sheetSnapshot } from './spreadsheet-helpers';

type Op = { kind: 'value' | 'formula' | 'clear'; row: number; column: number; text: string };

test('last row and column always match the content, whatever the sequence of writes', () => {
  const op = fc.record({
    kind: fc.constantFrom<Op['kind']>('value', 'formula', 'clear'),
    row: fc.integer({ min: 1, max: 3 }),
    column: fc.integer({ min: 1, max: 3 }),
    text: fc.constantFrom('', 'x', '1', "'"),
  });
  fc.assert(
    fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
      const { sheet } = setup();
      for (const { kind, row, column, text } of ops) {
        const cell = sheet.getRange(row, column);
        if (kind === 'value') cell.setValue(text);
        else if (kind === 'formula') cell.setFormula('=1');
        else cell.clearContent();
        sheet.getLastRow();
      }
      const values = sheet.getRange(1, 1, 3, 3).getValues();
      const formulas = sheet.getRange(1, 1, 3, 3).getFormulas();
      let lastRow = 0;
      let lastColumn = 0;
      values.forEach((line, i) =>
        line.forEach((value, j) => {
          if (value !== '' || formulas[i]?.[j] !== '') {
            lastRow = Math.max(lastRow, i + 1);
            lastColumn = Math.max(lastColumn, j + 1);
          }
        }),
      );
      expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([lastRow, lastColumn]);
    }),
  );
});

test('rows inserted inside the frozen rows are frozen too; deleted frozen rows unfreeze', () => {
  const { sheet } = setup();
  sheet.setFrozenRows(2);
  sheet.insertRowsBefore(2, 3);
  expect(sheet.getFrozenRows()).toBe(5);
  sheet.insertRowsAfter(10, 1);
  expect(sheet.getFrozenRows()).toBe(5);
  sheet.deleteRows(1, 2);
  expect(sheet.getFrozenRows()).toBe(3);
});

test('column widths default to 100 and move with inserted columns', () => {
  const { sheet } = setup();
  sheet.setColumnWidths(2, 2, 180);
  expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([100, 180, 180, 100]);
  sheet.insertColumnsBefore(1, 1);
  expect([2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([100, 180, 180]);
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearoptions;
// gas-fakes test/testsheets.js (live): a bare clear keeps notes and rules
test('clear options clear only what they name; a bare clear drops values and formats only', () => {
  const { app, sheet } = setup();
  const fill = () => {
    const range = sheet.getRange('A1').setNumberFormat('0.00').setNote('n').setValue(3);
    range.setDataValidation(app.newDataValidation().requireNumberBetween(0, 9).build());
    return range;
  };
  const cell = fill();
  sheet.clear({ contentsOnly: true });
  expect([cell.getValue(), cell.getNumberFormat(), cell.getNote()]).toEqual(['', '0.00', 'n']);
  fill();
  sheet.clear({ formatOnly: true });
  expect([cell.getValue(), cell.getNumberFormat()]).toEqual([3, '0.###############']);
  fill();
  sheet.clear();
  expect([cell.getValue(), cell.getNumberFormat(), cell.getNote(), cell.getDataValidation()?.getCriteriaType()]).toEqual([
    '',
    '0.###############',
    'n',
    'NUMBER_BETWEEN',
  ]);
  fill();
  cell.clear({ validationsOnly: true });
  expect([cell.getValue(), cell.getDataValidation()]).toEqual([3, null]);
});

test('protected and formatted ranges move with inserted rows and go with deleted ones', () => {
  const { app, sheet } = setup();
  const protection = sheet.getRange('A5:B6').protect();
  const rule = app
    .newConditionalFormatRule()
    .whenCellEmpty()
    .setBackground('#eeeeee')
    .setRanges([sheet.getRange('C5:C6'), sheet.getRange('D1')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  sheet.insertRowsBefore(1, 2);
  expect(protection.getRange().getA1Notation()).toBe('A7:B8');
  expect(
    sheet
      .getConditionalFormatRules()[0]
      ?.getRanges()
      .map((r) => r.getA1Notation()),
  ).toEqual(['C7:C8', 'D3']);
  sheet.deleteRows(7, 2);
  expect(sheet.getProtections('RANGE')).toEqual([]);
  expect(
    sheet
      .getConditionalFormatRules()[0]
      ?.getRanges()
      .map((r) => r.getA1Notation()),
  ).toEqual(['D3']);
  sheet.deleteRow(3);
  expect(sheet.getConditionalFormatRules()).toEqual([]);
});

test('arguments of the wrong type throw the signature message', () => {
  const { sheet } = setup();
  expect(() => sheet.getRange(1.5, 1)).toThrow(
    "The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
  );
  expect(() => sheet.getRange(1, 1).setValues('x' as never)).toThrow(
    "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
  );
  expect(() => sheet.getRange(1, 1).setDataValidation({} as never)).toThrow("don't match the method signature");
});

test('the active sheet is the first until another is set, and sheet indexes follow insertions', () => {
  const { book, sheet } = setup();
  expect(book.getActiveSheet().getName()).toBe('Sheet1');
  const first = book.insertSheet('First', 0);
  expect([first.getIndex(), sheet.getIndex()]).toEqual([1, 2]);
  expect(book.setActiveSheet(sheet).getName()).toBe('Sheet1');
  expect(book.getActiveSheet().getName()).toBe('Sheet1');
});

test('a 100,000-row sheet reads back whole through getDataRange().getValues()', () => {
  const { sheet } = setup(bookSnapshot([sheetSnapshot('Check-ins', { maxRows: 100_000, maxColumns: 10 })]));
  const rows = Array.from({ length: 100_000 }, (_, i) => [`KR-${i}`, i, new Date(Date.UTC(2024, 0, 1) + i * 60_000)]);
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  const read = sheet.getDataRange().getValues();
  expect([read.length, read[0]?.length]).toEqual([100_000, 3]);
  expect(read[99_999]).toEqual(['KR-99999', 99_999, new Date(Date.UTC(2024, 0, 1) + 99_999 * 60_000)]);
});
