/** A1 notation: column letters, parsing with sheet prefixes, open ends and R1C1, formatting, formula references moved. */
import fc from 'fast-check';
import { columnToLetters, formatA1, lettersToColumn, parseA1, resolveA1, shiftFormula, splitSheetPrefix } from '../../src/local/emulator/a1';

test.each([
  [1, 'A'],
  [26, 'Z'],
  [27, 'AA'],
  [52, 'AZ'],
  [53, 'BA'],
  [702, 'ZZ'],
  [703, 'AAA'],
  [18278, 'ZZZ'],
])('column %i is %s', (column, letters) => {
  expect(columnToLetters(column)).toBe(letters);
  expect(lettersToColumn(letters)).toBe(column);
  expect(lettersToColumn(letters.toLowerCase())).toBe(column);
});

test('letters and column numbers are inverse', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 18278 }), (column) => lettersToColumn(columnToLetters(column)) === column));
});

test.each([
  ["'My sheet'!B2:D5", 'My sheet', 'B2:D5'],
  ["'It''s'!A1", "It's", 'A1'],
  ['Sheet1!A1', 'Sheet1', 'A1'],
  ["'a!b'!C3", 'a!b', 'C3'],
  ['A1', null, 'A1'],
])('%s names sheet %j and cells %s', (a1, sheetName, ref) => {
  expect(splitSheetPrefix(a1)).toEqual({ sheetName, ref });
});

test('a quoted sheet name reads back through the prefix', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), (name) => {
      expect(splitSheetPrefix(`'${name.replace(/'/g, "''")}'!A1`)).toEqual({ sheetName: name, ref: 'A1' });
    }),
  );
});

test.each([
  ['D5:B2', { row: 2, column: 2, numRows: 4, numColumns: 3 }],
  ['A2:E', { row: 2, column: 1, numRows: 99, numColumns: 5 }],
  ['B:B', { row: 1, column: 2, numRows: 100, numColumns: 1 }],
  ['3:4', { row: 3, column: 1, numRows: 2, numColumns: 10 }],
])('%s resolves on a 100 x 10 grid to %j', (a1, rect) => {
  expect(resolveA1(parseA1(a1), 100, 10)).toEqual(rect);
});

test.each(['', 'A', '1', 'A0', 'A1:', ':A1', 'A:B5', 'A2:5', 'A1:B2:C3', '1A', 'AAAA1', 'A-1'])('%j is not A1 notation', (a1) => {
  expect(() => parseA1(a1)).toThrow('Range not found');
});

test('a block formats and parses back to itself', () => {
  const rect = fc.record({
    row: fc.integer({ min: 1, max: 5000 }),
    column: fc.integer({ min: 1, max: 500 }),
    numRows: fc.integer({ min: 1, max: 50 }),
    numColumns: fc.integer({ min: 1, max: 50 }),
  });
  fc.assert(
    fc.property(rect, (r) => {
      expect(resolveA1(parseA1(formatA1(r)), 10_000, 1_000)).toEqual(r);
    }),
  );
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula (relative references move per cell)
test.each([
  ['=A1', 1, 1, '=B2'],
  ['=$A$1', 5, 5, '=$A$1'],
  ['=A$1+$A1', 2, 3, '=D$1+$A3'],
  ['=A1', -1, 0, '=#REF!'],
  ['=Sheet1!A1', 1, 0, '=Sheet1!A2'],
  ['=ATAN2(A1,B1)', 0, 1, '=ATAN2(B1,C1)'],
  ['="A1"&A1', 1, 0, '="A1"&A2'],
  ['=ZZZ1', 0, 1, '=AAAA1'],
])('shiftFormula(%j, %d, %d) is %j', (formula, rows, columns, shifted) => {
  expect(shiftFormula(formula, rows, columns)).toBe(shifted);
});

test('moving a formula and moving it back gives it back', () => {
  const ref = fc
    .tuple(fc.boolean(), fc.integer({ min: 1, max: 700 }), fc.boolean(), fc.integer({ min: 1, max: 5000 }))
    .map(([colAnchor, column, rowAnchor, row]) => `${colAnchor ? '$' : ''}${columnToLetters(column)}${rowAnchor ? '$' : ''}${row}`);
  fc.assert(
    fc.property(fc.array(ref, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (refs, rows, columns) => {
      const formula = `=SUM(${refs.join(',')})`;
      expect(shiftFormula(shiftFormula(formula, rows, columns), -rows, -columns)).toBe(formula);
    }),
  );
});
