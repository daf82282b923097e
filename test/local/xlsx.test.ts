import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BookSnapshot, SheetSnapshot, ValidationSnapshot } from '../../src/local/emulator/snapshot';
import { readXlsx, readXlsxWithWarnings, writeXlsx, xlsxBuffer } from '../../src/local/xlsx';
import { sheetSnapshot } from './spreadsheet-helpers';

/** A sheet of `overrides` over an empty default one. */
const sheetOf = (overrides: Partial<SheetSnapshot> & Pick<SheetSnapshot, 'name'>): SheetSnapshot => sheetSnapshot(overrides.name, overrides);

function bookOf(sheets: SheetSnapshot[], overrides: Partial<BookSnapshot> = {}): BookSnapshot {
  return { name: 'OKR 2025', locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh', sheets, ...overrides };
}

async function roundTrip(book: BookSnapshot): Promise<{ book: BookSnapshot; written: string[]; read: string[] }> {
  const { buffer, warnings } = await xlsxBuffer(book);
  const back = await readXlsxWithWarnings(buffer);
  return { book: back.book, written: warnings, read: back.warnings };
}

/** An .xlsx made by ExcelJS itself, standing in for a file another program (Google Sheets) wrote. */
async function foreignXlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function rawSheet(buffer: Buffer, index = 0): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const worksheet = workbook.worksheets[index];
  if (!worksheet) throw new Error(`no sheet ${index}`);
  return worksheet;
}

/** ExcelJS's range validations API (missing from its typings), used to build foreign files. */
function addValidation(worksheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (worksheet as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

const vietnamese = 'Tăng tỷ lệ giữ chân khách hàng lên 85% — Phòng Chăm sóc Khách hàng';
const longText = 'Mục tiêu '.repeat(6000).slice(0, 50_000);
const hanoiMidnight = new Date('2025-01-14T17:00:00Z'); // 2025-01-15 00:00 in Asia/Ho_Chi_Minh

describe('round trip snapshot -> xlsx -> snapshot', () => {
  const rules: { range: string; rule: ValidationSnapshot }[] = [
    { range: 'D2:D1000', rule: { kind: 'list', values: ['Đang làm', 'Hoàn thành', 'Say "hi"'], allowInvalid: false, helpText: 'Chọn trạng thái' } },
    { range: 'E2:E1000', rule: { kind: 'checkbox', allowInvalid: false } },
    { range: 'F2:F1000', rule: { kind: 'date', allowInvalid: true, helpText: 'Ngày' } },
    { range: 'G2:G1000', rule: { kind: 'number', min: 0, max: 1, allowInvalid: false } },
    { range: 'H2:H1000', rule: { kind: 'number', min: 0, allowInvalid: true } },
    { range: 'I2:I1000', rule: { kind: 'number', max: 100, allowInvalid: false } },
  ];
  const okrs = sheetOf({
    name: 'Key Results',
    values: [
      ['ID', 'Tên', 'Target', 'Status', 'Done', 'Due', 'Progress', 'Count', 'Score', 'Note'],
      ['KR-1', vietnamese, 4_300_000_000, 'Đang làm', true, hanoiMidnight, 0.85, 3, 42, '=not a formula'],
      ['KR-2', longText, -1.25, '', false, new Date('2025-03-01T09:30:15.250Z'), 0, 0, 7, '  padded\nline  '],
      ['Total', '', 4_299_999_998.75, 'Hoàn thành', '', '', 0.425, 3, 49, ''],
    ],
    formulas: { C4: '=SUM(C2:C3)', G4: '=AVERAGE(G2:G3)', D4: '=IF(E2,"Hoàn thành","Đang làm")', I4: '=SUM(I2:I3)' },
    numberFormats: [
      { range: 'C2:C1000', format: '#,##0.00' },
      { range: 'F2:F1000', format: 'yyyy-mm-dd' },
      { range: 'G2:H1000', format: '0%' },
    ],
    validations: rules,
    notes: { A2: 'Ghi chú: KR chính', J1: 'empty header note', Z50: 'far away' },
    links: { A3: 'https://example.com/kr/2', B2: '#gid=123' },
    frozenRows: 1,
    frozenColumns: 2,
    columnWidths: { 1: 100, 2: 320, 4: 37 },
  });
  const hidden = sheetOf({
    name: 'Cấu hình',
    hidden: true,
    values: [
      ['key', 'value'],
      ['cycle', '2025-Q1'],
    ],
  });
  const empty = sheetOf({ name: 'Empty' });
  const book = bookOf([okrs, hidden, empty]);

  test('gives back the same snapshot, with a warning only for the 50,000-character text', async () => {
    const back = await roundTrip(book);
    expect(back.book).toEqual(book);
    expect(back.written).toEqual(['Key Results!B3: text of 50000 characters: Excel cuts cells at 32767, Sheets keeps up to 50,000']);
    expect(back.read).toEqual([]);
  });

  test('keeps the cached value of each formula and the text that only looks like one', async () => {
    const worksheet = await rawSheet((await xlsxBuffer(book)).buffer);
    expect(worksheet.getCell('C4').value).toEqual({ formula: 'SUM(C2:C3)', result: 4_299_999_998.75 });
    expect(worksheet.getCell('J2').type).toBe(ExcelJS.ValueType.String);
    expect(worksheet.getCell('J2').value).toBe('=not a formula');
  });

  test('writes files to disk and reads them back by path', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'okr.xlsx');
    const { warnings } = await writeXlsx(bookOf([hidden, empty]), path);
    expect(warnings).toEqual([]);
    expect(await readXlsx(path)).toEqual(bookOf([hidden, empty]));
  });
});

describe('dates', () => {
  const zones: [string, Date, string][] = [
    ['UTC', new Date('2024-03-10T00:00:00Z'), '2024-03-10T00:00:00.000Z'],
    ['Asia/Ho_Chi_Minh', new Date('2024-03-09T17:00:00Z'), '2024-03-10T00:00:00.000Z'],
    // 2024-03-10 is the day New York springs forward: midnight is still EST (UTC-5).
    ['America/New_York', new Date('2024-03-10T05:00:00Z'), '2024-03-10T00:00:00.000Z'],
    ['America/New_York', new Date('2024-03-10T16:45:00Z'), '2024-03-10T12:45:00.000Z'],
    ['America/New_York', new Date('2024-11-03T05:30:00Z'), '2024-11-03T01:30:00.000Z'],
  ];

  test.each(zones)('in %s, %s is stored as the wall clock %s and read back as the same instant', async (timeZone, instant, wall) => {
    const book = bookOf([sheetOf({ name: 'Dates', values: [[instant]] })], { timeZone });
    const { buffer } = await xlsxBuffer(book);
    const cell = (await rawSheet(buffer)).getCell('A1').value;
    expect(cell instanceof Date && cell.toISOString()).toBe(wall);
    expect((await readXlsx(buffer)).sheets[0]?.values).toEqual([[instant]]);
  });

  const foreignDates = (wall: Date) =>
    foreignXlsx((workbook) => {
      workbook.addWorksheet('Dates').getCell('A1').value = wall;
    });

  test('reads wall clocks in the zone given, else the one the file records, else UTC', async () => {
    const written = (await xlsxBuffer(bookOf([sheetOf({ name: 'D', values: [[hanoiMidnight]] })]))).buffer;
    expect((await readXlsx(written)).sheets[0]?.values).toEqual([[hanoiMidnight]]);
    expect((await readXlsx(written, { timeZone: 'UTC' })).sheets[0]?.values).toEqual([[new Date('2025-01-15T00:00:00Z')]]);
    const foreign = await foreignDates(new Date('2025-01-15T00:00:00Z'));
    expect(await readXlsx(foreign)).toMatchObject({ timeZone: 'UTC', sheets: [{ values: [[new Date('2025-01-15T00:00:00Z')]] }] });
  });

  test.each([
    ['a repeated wall time as the earlier instant', '2024-11-03T01:30:00Z', '2024-11-03T05:30:00.000Z'],
    ['a skipped wall time as the instant after the gap', '2024-03-10T02:30:00Z', '2024-03-10T07:30:00.000Z'],
  ])('reads %s (America/New_York)', async (_, wall, instant) => {
    const book = await readXlsx(await foreignDates(new Date(wall)), { timeZone: 'America/New_York' });
    expect((book.sheets[0]?.values[0]?.[0] as Date).toISOString()).toBe(instant);
  });

  test('refuses an unknown time zone on write and on read', async () => {
    await expect(xlsxBuffer(bookOf([], { timeZone: 'Mars/Olympus' }))).rejects.toThrow(RangeError);
    const buffer = await foreignDates(new Date());
    await expect(readXlsx(buffer, { timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError);
  });

  test('warns when a date gets a number format that would read it back as a number', async () => {
    const sheet = sheetOf({ name: 'D', values: [[hanoiMidnight]], numberFormats: [{ range: 'A1', format: '0.00' }] });
    expect((await xlsxBuffer(bookOf([sheet]))).warnings).toEqual(['D!A1: date written with the number format "0.00" reads back as a number']);
  });
});

describe('grid size', () => {
  test('reads a sheet as at least 1000 rows by 26 columns, since xlsx stores no grid size', async () => {
    const back = await roundTrip(bookOf([sheetOf({ name: 'Big grid', maxRows: 5000, maxColumns: 40, values: [['x']] })]));
    expect(back.book.sheets[0]).toMatchObject({ maxRows: 1000, maxColumns: 26 });
  });

  test('grows the grid to cover data, formats, validations, notes and widths beyond it', async () => {
    const values = Array.from({ length: 1500 }, (_, index) => [index]);
    const sheet = sheetOf({
      name: 'Grown',
      maxRows: 3000,
      maxColumns: 40,
      values,
      numberFormats: [{ range: 'B1:B2000', format: '0.0' }],
      validations: [{ range: 'C1:C2500', rule: { kind: 'checkbox', allowInvalid: false } }],
      notes: { AH3: 'note' },
      columnWidths: { 40: 70 },
    });
    const back = await roundTrip(bookOf([sheet]));
    expect(back.book.sheets[0]).toMatchObject({ maxRows: 2500, maxColumns: 40 });
    expect(back.book.sheets[0]?.values).toHaveLength(1500);
  });
});

describe('validations', () => {
  const withRule = (rule: ValidationSnapshot) => bookOf([sheetOf({ name: 'V', validations: [{ range: 'B2:B10', rule }] })]);

  test('skips a list whose value holds a comma, with a warning, rather than changing the value', async () => {
    const back = await roundTrip(withRule({ kind: 'list', values: ['Hà Nội, VN', 'HCM'], allowInvalid: false }));
    expect(back.written).toEqual(['V!B2:B10: list validation skipped: the value "Hà Nội, VN" contains a comma, which an xlsx inline list cannot hold']);
    expect(back.book.sheets[0]?.validations).toEqual([]);
  });

  test('skips a number rule with no bound, with a warning', async () => {
    const back = await roundTrip(withRule({ kind: 'number', allowInvalid: false }));
    expect(back.written).toEqual(['V!B2:B10: number validation skipped: it has neither a minimum nor a maximum, which xlsx cannot express']);
  });

  test('warns about a list longer than Excel accepts, and still writes it', async () => {
    const values = Array.from({ length: 60 }, (_, index) => `Giá trị ${index}`);
    const back = await roundTrip(withRule({ kind: 'list', values, allowInvalid: false }));
    expect(back.written).toEqual(['V!B2:B10: validation written, but Excel drops it on opening: its list is longer than 255 characters']);
    expect(back.book.sheets[0]?.validations).toEqual([{ range: 'B2:B10', rule: { kind: 'list', values, allowInvalid: false } }]);
  });

  test('warns about help text longer than Excel accepts, and still writes it', async () => {
    const helpText = 'Nhập ngày hoàn thành. '.repeat(15);
    const back = await roundTrip(withRule({ kind: 'date', allowInvalid: true, helpText }));
    expect(back.written).toEqual(['V!B2:B10: validation written, but Excel drops it on opening: its help text is longer than 255 characters']);
    expect(back.book.sheets[0]?.validations).toEqual([{ range: 'B2:B10', rule: { kind: 'date', allowInvalid: true, helpText } }]);
  });

  test('reads a user list of exactly TRUE,FALSE as a checkbox (the form a checkbox is written in)', async () => {
    const back = await roundTrip(withRule({ kind: 'list', values: ['TRUE', 'FALSE'], allowInvalid: false }));
    expect(back.book.sheets[0]?.validations).toEqual([{ range: 'B2:B10', rule: { kind: 'checkbox', allowInvalid: false } }]);
  });

  test('writes a 100,000-row rule as one range', async () => {
    const sheet = sheetOf({ name: 'V', maxRows: 100_000, validations: [{ range: 'B2:B', rule: { kind: 'checkbox', allowInvalid: true } }] });
    const { buffer } = await xlsxBuffer(bookOf([sheet]));
    expect(buffer.length).toBeLessThan(20_000);
    expect((await readXlsx(buffer)).sheets[0]?.validations).toEqual([{ range: 'B2:B100000', rule: { kind: 'checkbox', allowInvalid: true } }]);
  });

  test.each<[string, boolean, Partial<ExcelJS.DataValidation>]>([
    ['error alert off', true, { showErrorMessage: false }],
    ['a warning alert', true, { showErrorMessage: true, errorStyle: 'warning' }],
    ['an information alert', true, { showErrorMessage: true, errorStyle: 'information' }],
    ['a stop alert', false, { showErrorMessage: true, errorStyle: 'stop' }],
    ['the default alert', false, { showErrorMessage: true }],
  ])('reads %s as allowInvalid=%s', async (_, allowInvalid, alert) => {
    const buffer = await foreignXlsx((workbook) => {
      addValidation(workbook.addWorksheet('V'), 'A1:A5', { type: 'list', formulae: ['"a,b"'], ...alert });
    });
    expect((await readXlsx(buffer)).sheets[0]?.validations).toEqual([{ range: 'A1:A5', rule: { kind: 'list', values: ['a', 'b'], allowInvalid } }]);
  });

  test('leaves out, with a warning each, rules the snapshot cannot express', async () => {
    const buffer = await foreignXlsx((workbook) => {
      const worksheet = workbook.addWorksheet('V');
      addValidation(worksheet, 'A1:A5', { type: 'list', formulae: ['Statuses'] });
      addValidation(worksheet, 'B1:B5', { type: 'custom', formulae: ['LEN(B1)>2'] });
      addValidation(worksheet, 'C1:C5', { type: 'whole', operator: 'between', formulae: [1, 5] });
      addValidation(worksheet, 'D1:D5', { type: 'date', operator: 'between', formulae: [new Date('2025-01-01'), new Date('2025-12-31')] });
      addValidation(worksheet, 'E1:E5', { type: 'decimal', operator: 'greaterThan', formulae: [0] });
    });
    const { book, warnings } = await readXlsxWithWarnings(buffer);
    expect(book.sheets[0]?.validations).toEqual([]);
    expect(warnings).toEqual([
      'V!A1:A5: list validation skipped: its source Statuses is neither an inline list nor a range',
      'V!B1:B5: custom validation skipped: not supported',
      'V!C1:C5: whole-number validation skipped: the snapshot has no integer rule',
      'V!D1:D5: date validation skipped: only "is a valid date" is supported, not between bounds',
      'V!E1:E5: number validation skipped: greaterThan with these bounds is not supported',
    ]);
  });
});

describe('snapshots xlsx cannot take', () => {
  test('refuses a range that is not A1 notation', async () => {
    const sheet = sheetOf({ name: 'F', numberFormats: [{ range: 'C2:', format: '0' }] });
    await expect(xlsxBuffer(bookOf([sheet]))).rejects.toThrow('Sheet "F": "C2:" is not an A1 range');
  });

  test.each([
    ['a name over 31 characters', 'Mục tiêu và kết quả then chốt Q1 2025', 'is longer than the 31 characters xlsx allows'],
    ['a name with a colon', 'Q1: OKR', 'contains one of'],
    ['a repeated name, ignoring case', 'okr', 'repeats an earlier name'],
  ])('refuses %s before writing anything', async (_, name, message) => {
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'bad.xlsx');
    await expect(writeXlsx(bookOf([sheetOf({ name: 'OKR' }), sheetOf({ name })]), path)).rejects.toThrow(message);
    expect(existsSync(path)).toBe(false);
  });
});

describe('links and widths', () => {
  test('skips, with a warning, a link on a cell that is not text', async () => {
    const sheet = sheetOf({ name: 'L', values: [[12, 'x']], formulas: { B1: '="x"' }, links: { A1: 'https://a.example', B1: 'https://b.example' } });
    const back = await roundTrip(bookOf([sheet]));
    expect(back.written).toEqual([
      'L!A1: link skipped: only a text cell can carry a link in xlsx (https://a.example)',
      'L!B1: link skipped: only a text cell can carry a link in xlsx (https://b.example)',
    ]);
    expect(back.book.sheets[0]?.links).toEqual({});
  });

  test.each([1, 37, 64, 100, 101, 333])('keeps a %i px column width within 1 px', async (pixels) => {
    const back = await roundTrip(bookOf([sheetOf({ name: 'W', columnWidths: { 3: pixels } })]));
    const read = back.book.sheets[0]?.columnWidths[3] ?? 0;
    expect(Math.abs(read - pixels)).toBeLessThanOrEqual(1);
  });
});

describe('files written by other programs (Google Sheets exports)', () => {
  test('reads values, dates in the given zone, validations and notes without any recorded metadata', async () => {
    const buffer = await foreignXlsx((workbook) => {
      const worksheet = workbook.addWorksheet('Check-ins');
      worksheet.getCell('A1').value = 'Ngày';
      worksheet.getCell('B1').value = 'Giá trị';
      worksheet.getCell('A2').value = new Date('2025-01-15T00:00:00Z');
      worksheet.getCell('A2').numFmt = 'dd/mm/yyyy';
      worksheet.getCell('B2').value = 12.5;
      worksheet.getCell('B1').note = 'Số liệu tuần';
      addValidation(worksheet, 'B2:B1000', { type: 'decimal', operator: 'between', formulae: [0, 100], showErrorMessage: true, allowBlank: true });
    });
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'OKR export.xlsx');
    writeFileSync(path, buffer);
    const book = await readXlsx(path, { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(book).toEqual({
      name: 'OKR export',
      locale: 'en_US',
      timeZone: 'Asia/Ho_Chi_Minh',
      sheets: [
        sheetOf({
          name: 'Check-ins',
          values: [
            ['Ngày', 'Giá trị'],
            [hanoiMidnight, 12.5],
          ],
          numberFormats: [{ range: 'A2', format: 'dd/mm/yyyy' }],
          validations: [{ range: 'B2:B1000', rule: { kind: 'number', min: 0, max: 100, allowInvalid: false } }],
          notes: { B1: 'Số liệu tuần' },
        }),
      ],
    });
    expect((await readXlsx(buffer)).name).toBe('Untitled spreadsheet');
  });

  test('pads ragged rows and columns to the used extent', async () => {
    const buffer = await foreignXlsx((workbook) => {
      const worksheet = workbook.addWorksheet('Ragged');
      worksheet.getCell('A1').value = 1;
      worksheet.getCell('C1').value = 'c';
      worksheet.getCell('E3').value = true;
      worksheet.getCell('B5').numFmt = '0.00';
    });
    expect((await readXlsx(buffer)).sheets[0]?.values).toEqual([
      [1, '', 'c', '', ''],
      ['', '', '', '', ''],
      ['', '', '', '', true],
    ]);
  });

  test('reads errors as their text, rich text as plain text, shared formulas with their formula, merged cells at the top-left only', async () => {
    const buffer = await foreignXlsx((workbook) => {
      const worksheet = workbook.addWorksheet('Mixed');
      worksheet.getCell('A1').value = { error: '#N/A' };
      worksheet.getCell('B1').value = { richText: [{ text: 'Mục ' }, { text: 'tiêu', font: { bold: true } }] };
      worksheet.getCell('A2').value = 1;
      worksheet.getCell('A3').value = 2;
      worksheet.getCell('B2').value = { formula: 'A2*2', result: 2, shareType: 'shared', ref: 'B2:B3' } as ExcelJS.CellFormulaValue;
      worksheet.getCell('B3').value = { sharedFormula: 'B2', result: 4 };
      worksheet.getCell('C1').value = { formula: 'VLOOKUP(9,A2:A3,1,FALSE)', result: { error: '#N/A' } };
      worksheet.getCell('C2').value = 'merged';
      worksheet.mergeCells('C2:D3');
      worksheet.getCell('E1').value = { text: 'Drive', hyperlink: 'https://drive.example/x' };
    });
    const sheet = (await readXlsx(buffer)).sheets[0];
    expect(sheet?.values).toEqual([
      ['#N/A', 'Mục tiêu', '#N/A', '', 'Drive'],
      [1, 2, 'merged', '', ''],
      [2, 4, '', '', ''],
    ]);
    expect(sheet?.formulas).toEqual({ B2: '=A2*2', B3: '=A3*2', C1: '=VLOOKUP(9,A2:A3,1,FALSE)' });
    expect(sheet?.links).toEqual({ E1: 'https://drive.example/x' });
  });

  test('merges contiguous identical formats in a column into one range, and same-row runs across columns', async () => {
    const buffer = await foreignXlsx((workbook) => {
      const worksheet = workbook.addWorksheet('Formats');
      for (let row = 2; row <= 1000; row++) worksheet.getCell(row, 3).numFmt = '0.00';
      for (let row = 2; row <= 4; row++) for (let column = 5; column <= 6; column++) worksheet.getCell(row, column).numFmt = '0%';
      worksheet.getCell('C500').numFmt = '0.000';
      worksheet.getCell('A1').value = new Date('2025-01-01T00:00:00Z');
    });
    expect((await readXlsx(buffer)).sheets[0]?.numberFormats).toEqual([
      { range: 'C2:C499', format: '0.00' },
      { range: 'C500', format: '0.000' },
      { range: 'C501:C1000', format: '0.00' },
      { range: 'E2:F4', format: '0%' },
    ]);
  });
});

describe('a 100,000-row by 9-column sheet', () => {
  // No time is asserted; the timeout leaves room for ExcelJS on a busy machine (about 10 s under jest when idle).
  test('writes and reads back whole', async () => {
    const rows = 100_000;
    const start = Date.UTC(2024, 0, 1);
    const values = Array.from({ length: rows }, (_, index) => [
      `KR-${index}`,
      `Người ${index % 1000}`,
      index * 1.5,
      index % 2 === 0,
      new Date(start + (index % 400) * 86_400_000),
      `Ghi chú ${index}`,
      index % 7,
      index % 3 === 0 ? 'Xong' : 'Đang làm',
      new Date(start + index * 60_000),
    ]);
    const sheet = sheetOf({
      name: 'Check-ins',
      maxRows: rows,
      values,
      numberFormats: [
        { range: 'C1:C', format: '0.00' },
        { range: 'E1:E', format: 'yyyy-mm-dd' },
      ],
      validations: [{ range: 'H2:H', rule: { kind: 'list', values: ['Đang làm', 'Xong'], allowInvalid: false } }],
      frozenRows: 1,
    });
    const back = await roundTrip(bookOf([sheet]));
    const { values: readValues, ...readRest } = back.book.sheets[0] ?? sheetOf({ name: 'missing' });
    const { values: _, ...writtenRest } = sheet;
    expect(readRest).toEqual({
      ...writtenRest,
      numberFormats: [
        { range: 'C1:C100000', format: '0.00' },
        { range: 'E1:E100000', format: 'yyyy-mm-dd' },
      ],
      validations: [{ ...sheet.validations[0], range: 'H2:H100000' }],
    });
    // toEqual over 900,000 cells takes seconds; compare rows as JSON and show the first that differs.
    expect(readValues).toHaveLength(rows);
    const differing = values.findIndex((row, index) => JSON.stringify(row) !== JSON.stringify(readValues[index]));
    expect(readValues[differing]).toEqual(values[differing]);
    expect(differing).toBe(-1);
  }, 180_000);
});

describe('the tab the file opens on', () => {
  const empty = sheetOf({ name: 'Sheet1' });
  const settings = sheetOf({ name: 'Cài đặt', values: [['Khóa', 'Giá trị']] });
  const hidden = sheetOf({ name: 'Ẩn', values: [['x']], hidden: true });
  test.each([
    ['the first tab holding a value, past an empty default tab', [empty, settings], 1],
    ['the first tab when it holds a value', [settings, empty], 0],
    ['not a hidden tab', [empty, hidden, settings], 2],
    ['the first tab when every tab is empty', [empty, sheetOf({ name: 'B' })], 0],
  ] as const)('%s', async (_, sheets, expected) => {
    const { buffer } = await xlsxBuffer(bookOf([...sheets]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.views[0]?.activeTab).toBe(expected);
    // Nothing is dropped to get there: every tab is still in the file.
    expect(workbook.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.name));
  });
});
