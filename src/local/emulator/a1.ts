/** A1 notation of the emulated SpreadsheetApp: parsing, resolving against a grid, formatting, column letters. */

/** A block of cells, 1-based as in Apps Script. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * How an A1 string left its ends open, so that getA1Notation gives back what was asked for:
 * 'A2:E' (rows run to getMaxRows), 'A:C' (whole columns), '1:3' (whole rows), or a plain block.
 * https://developers.google.com/apps-script/guides/sheets#reading
 */
export type A1Shape = 'block' | 'openRows' | 'columns' | 'rows';

export interface ParsedA1 {
  readonly sheetName: string | null;
  readonly shape: A1Shape;
  /** Missing parts are null and are filled from the grid size by resolveA1. */
  readonly startRow: number | null;
  readonly startColumn: number | null;
  readonly endRow: number | null;
  readonly endColumn: number | null;
}

/** Apps Script's message for an A1 string it cannot read or a sheet it cannot find. */
export const RANGE_NOT_FOUND = 'Range not found';

/** 1 -> 'A', 27 -> 'AA'. */
export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 'A' -> 1, 'aa' -> 27. */
export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

/** Splits "'My sheet'!B2:D5" into the sheet name ('' quotes doubled inside) and the cell part. */
export function splitSheetPrefix(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  const prefix = a1.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(prefix);
  const sheetName = quoted?.[1] !== undefined ? quoted[1].replace(/''/g, "'") : prefix;
  return { sheetName, ref: a1.slice(bang + 1) };
}

const END = /^(?:\$?([A-Za-z]{1,3}))?(?:\$?([1-9][0-9]*))?$/;

interface End {
  readonly row: number | null;
  readonly column: number | null;
  readonly r1c1: boolean;
}

/** 'R5C3' (either case): absolute R1C1, which getRange also accepts. Relative forms ('R[1]C') are not addresses. */
const R1C1_END = /^[Rr]([1-9][0-9]*)[Cc]([1-9][0-9]*)$/;

function parseEnd(text: string): End | null {
  const r1c1 = R1C1_END.exec(text);
  if (r1c1) return { row: Number(r1c1[1]), column: Number(r1c1[2]), r1c1: true };
  const m = END.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return {
    column: m[1] === undefined ? null : lettersToColumn(m[1]),
    row: m[2] === undefined ? null : Number(m[2]),
    r1c1: false,
  };
}

/**
 * Reads 'A1', 'B2:D5', "'My sheet'!B2:D5", '$A$1', 'A2:E', '1:1', 'A:C', and the R1C1 forms 'R5C3' and
 * 'R2C2:R4C5' (gas-fakes test/testsheets.js "getRange with R1C1 notation", run on live Apps Script:
 * lowercase is accepted, corners are ordered, and 'RC1' is the A1 cell of column RC). Other mixes
 * ('A:B5', 'A2:5') are refused: what Sheets makes of them is not documented, so the stricter reading wins.
 * Throws `Range not found` like Sheet.getRange(a1Notation).
 */
export function parseA1(a1: string): ParsedA1 {
  const { sheetName, ref } = splitSheetPrefix(a1.trim());
  const parts = ref.split(':');
  const start = parts[0] === undefined ? null : parseEnd(parts[0]);
  const end = parts.length === 2 && parts[1] !== undefined ? parseEnd(parts[1]) : parts.length === 1 ? start : null;
  // One notation per address: a mix ('R1C1:B2') is unknown live, so it is refused.
  if (!start || !end || parts.length > 2 || start.r1c1 !== end.r1c1) throw new Error(RANGE_NOT_FOUND);
  const base = { sheetName, startRow: start.row, startColumn: start.column, endRow: end.row, endColumn: end.column };
  if (start.row !== null && start.column !== null && end.row !== null && end.column !== null) {
    return { ...base, shape: 'block' };
  }
  if (parts.length === 2 && start.row !== null && start.column !== null && end.row === null && end.column !== null) {
    return { ...base, shape: 'openRows' };
  }
  if (parts.length === 2 && start.row === null && end.row === null) return { ...base, shape: 'columns' };
  if (parts.length === 2 && start.column === null && end.column === null) return { ...base, shape: 'rows' };
  throw new Error(RANGE_NOT_FOUND);
}

/** Fills the open ends of a parsed A1 from the grid size and orders the corners. */
export function resolveA1(parsed: ParsedA1, maxRows: number, maxColumns: number): GridRect {
  const r1 = parsed.startRow ?? 1;
  const c1 = parsed.startColumn ?? 1;
  const r2 = parsed.endRow ?? maxRows;
  const c2 = parsed.endColumn ?? maxColumns;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

/** The A1 notation of a block, keeping the open ends of its shape: 'A1', 'B2:D5', 'A2:E', 'A:C', '1:3'. */
export function formatA1(rect: GridRect, shape: A1Shape = 'block'): string {
  const firstColumn = columnToLetters(rect.column);
  const lastColumn = columnToLetters(rect.column + rect.numColumns - 1);
  const lastRow = rect.row + rect.numRows - 1;
  switch (shape) {
    case 'columns':
      return `${firstColumn}:${lastColumn}`;
    case 'rows':
      return `${rect.row}:${lastRow}`;
    case 'openRows':
      return `${firstColumn}${rect.row}:${lastColumn}`;
    case 'block':
      return rect.numRows === 1 && rect.numColumns === 1 ? `${firstColumn}${rect.row}` : `${firstColumn}${rect.row}:${lastColumn}${lastRow}`;
  }
}

/** A cell reference in a formula: optional sheet prefix, then $-able column and row, not a function name. */
const FORMULA_REF = /(^|[^A-Za-z0-9_.$'])(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]*)(?![A-Za-z0-9_(!])/g;

/**
 * The formula a cell `rows` down and `columns` right of the first gets when one formula is set on a block:
 * relative parts of A1 references move, $-anchored parts stay, text in double quotes is left alone
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula; the shift per
 * cell is gas-fakes' live answer). Whole-column or whole-row references ('A:A', '1:1') in a block are
 * not emulated: they throw rather than being copied unshifted.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      if (/(^|[^A-Za-z0-9_])\$?(?:[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|[0-9]+:\$?[0-9]+)(?![A-Za-z0-9_])/.test(part)) {
        throw new Error(`not emulated: whole-column or whole-row reference in Range.setFormula on a block: ${formula}`);
      }
      return part.replace(FORMULA_REF, (_m, lead: string, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
        const column = colAnchor ? lettersToColumn(letters) : lettersToColumn(letters) + columns;
        const row = rowAnchor ? Number(digits) : Number(digits) + rows;
        if (column < 1 || row < 1) return `${lead}#REF!`;
        return `${lead}${colAnchor}${columnToLetters(column)}${rowAnchor}${row}`;
      });
    })
    .join('');
}
