// Range dropdowns (requireValueInRange) across the .xlsx bridge: written as a list of an absolute reference, read back.
import ExcelJS from 'exceljs';
import { LocalEnv } from '../../src/local/emulator/env';
import type { BookSnapshot, SheetSnapshot, ValidationSnapshot } from '../../src/local/emulator/snapshot';
import { Spreadsheet } from '../../src/local/emulator/spreadsheet';
import { readXlsxWithWarnings, xlsxBuffer } from '../../src/local/xlsx';
import { sheetSnapshot } from './spreadsheet-helpers';

const sheetOf = (name: string, validations: SheetSnapshot['validations'] = []): SheetSnapshot => sheetSnapshot(name, { validations });

const bookOf = (sheets: SheetSnapshot[]): BookSnapshot => ({ name: 'OKR', locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh', sheets });

const rangeRule = (source: string, allowInvalid = true): ValidationSnapshot => ({ kind: 'range', source, allowInvalid });

async function rawValidation(buffer: Buffer, sheet: string, cell: string): Promise<ExcelJS.DataValidation> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet(sheet)!.getCell(cell).dataValidation;
}

async function foreign(formula: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Check-ins');
  workbook.addWorksheet('Key Results');
  (sheet as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('B2:B10', {
    type: 'list',
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'warning',
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('range dropdowns in .xlsx', () => {
  test.each([
    ["'Key Results'!A2:A1000", "'Key Results'!$A$2:$A$1000"],
    ["'Kết quả then chốt'!B2:B50", "'Kết quả then chốt'!$B$2:$B$50"],
    ["'Team''s'!A:A", "'Team''s'!$A:$A"],
    ['Z1:Z3', '$Z$1:$Z$3'],
  ])('%s is written as the list source %s and read back unchanged', async (source, formula) => {
    const book = bookOf([
      sheetOf('Check-ins', [{ range: 'B2:B1000', rule: rangeRule(source) }]),
      sheetOf('Key Results'),
      sheetOf('Kết quả then chốt'),
      sheetOf("Team's"),
    ]);
    const { buffer, warnings } = await xlsxBuffer(book);
    expect(warnings).toEqual([]);
    const raw = await rawValidation(buffer, 'Check-ins', 'B500');
    expect([raw.type, raw.formulae[0], raw.errorStyle]).toEqual(['list', formula, 'warning']);
    const back = await readXlsxWithWarnings(buffer);
    expect(back.warnings).toEqual([]);
    expect(back.book.sheets[0]?.validations).toEqual([{ range: 'B2:B1000', rule: rangeRule(source) }]);
  });

  test('a rejecting range rule stays rejecting', async () => {
    const book = bookOf([sheetOf('S', [{ range: 'A1:A5', rule: rangeRule('Z1:Z3', false) }])]);
    const back = await readXlsxWithWarnings((await xlsxBuffer(book)).buffer);
    expect(back.book.sheets[0]?.validations).toEqual([{ range: 'A1:A5', rule: rangeRule('Z1:Z3', false) }]);
  });

  test.each([
    ["'Key Results'!$A$2:$A$20", "'Key Results'!A2:A20"],
    ['=$C$1:$C$4', 'C1:C4'],
    ['Key_Results!$A$2:$A$9', "'Key_Results'!A2:A9"],
  ])("a foreign file's list source %s reads as the range %s", async (formula, source) => {
    const back = await readXlsxWithWarnings(await foreign(formula));
    expect(back.book.sheets[0]?.validations).toEqual([{ range: 'B2:B10', rule: rangeRule(source) }]);
  });

  test.each(['Statuses', "'Key Results'!$A$2:$A", '#REF!'])('a list source %s that is no block of cells is left out with a warning', async (formula) => {
    const back = await readXlsxWithWarnings(await foreign(formula));
    expect(back.book.sheets[0]?.validations).toEqual([]);
    expect(back.warnings).toEqual([`Check-ins!B2:B10: list validation skipped: its source ${formula} is neither an inline list nor a range`]);
  });

  test('an open-ended source cannot be written and is left out with a warning', async () => {
    const book = bookOf([sheetOf('S', [{ range: 'A1:A5', rule: rangeRule('Z2:Z') }])]);
    const { warnings } = await xlsxBuffer(book);
    expect(warnings).toEqual(['S!A1:A5: range validation skipped: its source Z2:Z is not a block of cells or whole columns']);
  });

  test('a file read back opens in the emulator with the dropdown pointing at its sheet', async () => {
    const book = bookOf([sheetOf('Check-ins', [{ range: 'B2:B1000', rule: rangeRule("'Key Results'!A2:A1000") }]), sheetOf('Key Results')]);
    const back = await readXlsxWithWarnings((await xlsxBuffer(book)).buffer);
    const emulated = Spreadsheet.fromSnapshot(new LocalEnv(new Date('2025-01-01T00:00:00Z')), back.book);
    const rule = emulated.getSheetByName('Check-ins')!.getRange('B2').getDataValidation()!;
    const [range] = rule.getCriteriaValues() as [{ getSheet(): { getName(): string }; getA1Notation(): string }];
    expect([rule.getCriteriaType(), range.getSheet().getName(), range.getA1Notation()]).toEqual(['VALUE_IN_RANGE', 'Key Results', 'A2:A1000']);
  });
});
