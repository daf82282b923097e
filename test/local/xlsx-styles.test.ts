// Styles, conditional formats and protections across the .xlsx bridge: the demo's and the template's own
// workbooks round-trip, and the written file itself (ExcelJS and its XML) holds them, so that a reader bug
// cannot hide a writer bug.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dayFromParts } from '../../src/core/date-parse';
import { buildTemplate, runDemo } from '../../src/local/cli';
import { LocalRuntime } from '../../src/local/emulator/runtime';
import type { BookSnapshot, ConditionalFormatSnapshot, SheetSnapshot } from '../../src/local/emulator/snapshot';
import { readXlsx, readXlsxWithWarnings, xlsxBuffer } from '../../src/local/xlsx';
import { HEADER_BACKGROUND, OWNED_BACKGROUND } from '../../src/sheet/format';
import { messages } from '../../src/i18n';
import { TAB_LABELS } from '../../src/i18n/tabs';
import { builtBundle } from '../support/bundle';
import { sheetSnapshot } from './spreadsheet-helpers';

// Loaded once: every test here runs the same build.
let bundle: ReturnType<typeof builtBundle>;
beforeAll(() => {
  bundle = builtBundle();
});

/** A sheet of `overrides` over an empty default one. */
const sheetOf = (overrides: Partial<SheetSnapshot> & Pick<SheetSnapshot, 'name'>): SheetSnapshot => sheetSnapshot(overrides.name, overrides);

const bookOf = (sheets: SheetSnapshot[]): BookSnapshot => ({ name: 'OKR', locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh', sheets });

/** What this bridge carries besides values, per sheet: grid sizes differ by design (xlsx has none). */
function looks(book: BookSnapshot) {
  return book.sheets.map((s) => ({
    name: s.name,
    styles: s.styles,
    conditionalFormats: s.conditionalFormats,
    protections: s.protections,
    numberFormats: s.numberFormats,
    validations: s.validations,
    columnWidths: s.columnWidths,
    frozenRows: s.frozenRows,
    hidden: s.hidden,
  }));
}

async function loaded(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

async function sheetXml(buffer: Buffer, index: number): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return (await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async('string')) ?? '';
}

interface ReadRule {
  type: string;
  operator?: string;
  formulae?: unknown[];
  priority: number;
  style?: Partial<ExcelJS.Style>;
}
const rulesOf = (worksheet: ExcelJS.Worksheet) =>
  (worksheet as unknown as { conditionalFormattings: { ref: string; rules: ReadRule[] }[] }).conditionalFormattings;

describe('the demo workbook', () => {
  let book: BookSnapshot;
  let file: string;
  beforeAll(async () => {
    const { code, files } = bundle;
    const report = await runDemo({ code, files, outDir: mkdtempSync(join(tmpdir(), 'okr-styles-')), until: dayFromParts(2026, 10, 13) });
    book = report.runtime.snapshot();
    file = report.file;
  }, 120_000);

  test('reads back with the same styles, conditional formats, protections, formats, validations and widths', async () => {
    const { book: back, warnings } = await readXlsxWithWarnings(file);
    expect(warnings).toEqual([]);
    expect(looks(back)).toEqual(looks(book));
    // Not vacuous: the demo has header bands, owned-column shading, status colours and protections.
    const krs = back.sheets.find((s) => s.name === TAB_LABELS.keyResults.vi)!;
    expect(krs.styles?.length).toBeGreaterThan(1);
    expect(krs.conditionalFormats?.length).toBeGreaterThanOrEqual(11);
    expect(krs.protections?.every((p) => p.warningOnly)).toBe(true);
  });

  test('loads back into the runtime, where Set up finds its protections instead of stacking new ones', async () => {
    const back = await readXlsx(file);
    const rt = new LocalRuntime({ book: back, user: 'ceo@anphat.vn', now: new Date('2026-10-14T02:00:00Z') }).load(bundle.code);
    expect(looks(rt.snapshot())).toEqual(looks(back));
    rt.run('menuSetup');
    const after = rt.snapshot();
    for (const sheet of back.sheets) {
      const again = after.sheets.find((s) => s.name === sheet.name);
      expect([sheet.name, again?.protections?.length]).toEqual([sheet.name, sheet.protections?.length]);
      expect([sheet.name, again?.conditionalFormats]).toEqual([sheet.name, sheet.conditionalFormats]);
    }
  });

  test('opens on the first OKR tab, with frozen headers, and the Dashboard says where its charts are', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const opening = workbook.worksheets[workbook.views[0]?.activeTab ?? -1];
    expect(opening?.name).not.toBe('Sheet1');
    expect(opening?.getCell('A1').value).not.toBeNull();
    expect(workbook.getWorksheet(TAB_LABELS.keyResults.vi)?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const dashboard = book.sheets.find((s) => s.name === TAB_LABELS.dashboard.vi);
    expect(dashboard?.values.flat()).toContain(messages('vi').dashboard.chartsNote);
  });
});

describe('the written template file, opened with ExcelJS itself', () => {
  const lang = 'en';
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;
  let krs: ExcelJS.Worksheet;
  beforeAll(async () => {
    buffer = (await xlsxBuffer(buildTemplate(bundle.code, lang))).buffer;
    workbook = await loaded(buffer);
    krs = workbook.getWorksheet(TAB_LABELS.keyResults[lang])!;
  });

  const argb = (color: string) => `FF${color.slice(1).toUpperCase()}`;

  test('has the header band and the owned-column shading as cell fills and fonts', () => {
    expect(krs.getCell('A1').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_BACKGROUND) } });
    expect(krs.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    // Owned columns are shaded down to the last row of the grid, empty cells included.
    const columns = Array.from({ length: krs.columnCount }, (_, i) => i + 1);
    const firstOwned = columns.find((c) => (krs.getCell(2, c).fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid') ?? 0;
    expect(firstOwned).toBeGreaterThan(1);
    expect(krs.getCell(1000, firstOwned).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(OWNED_BACKGROUND) } });
    expect(krs.getCell(2, 1).fill).toBeUndefined();
    // The header of an owned column keeps the header band: white on the light shading could not be read.
    expect(krs.getCell(1, firstOwned).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_BACKGROUND) } });
  });

  test('shares one style record per look, not one per cell', async () => {
    const styles = (await (await JSZip.loadAsync(buffer)).file('xl/styles.xml')?.async('string')) ?? '';
    const xfs = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
    expect(xfs).toBeGreaterThan(3);
    expect(xfs).toBeLessThan(40);
  });

  test('has the status, confidence and score colours as conditional formats, in the XML Excel reads', async () => {
    const rules = rulesOf(krs).flatMap(({ ref, rules: r }) => r.map((rule) => ({ ref, ...rule })));
    expect(rules.map((r) => r.priority)).toEqual(rules.map((_, i) => i + 1));
    expect(rules).toContainEqual(
      expect.objectContaining({
        type: 'cellIs',
        operator: 'equal',
        formulae: ['"On track"'],
        style: expect.objectContaining({ fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFD9EAD3' } } }),
      }),
    );
    const xml = await sheetXml(buffer, workbook.worksheets.indexOf(krs));
    expect(xml).toMatch(/<cfRule type="cellIs" dxfId="\d+" priority="\d+" operator="greaterThanOrEqual"><formula>0.7<\/formula><\/cfRule>/);
    expect(xml).toMatch(/operator="between"><formula>0.4<\/formula><formula>0.6999<\/formula>/);
    // Below 0.4 as a formula that leaves a blank Score white.
    expect(xml).toMatch(/type="expression"[^>]*><formula>AND\(ISNUMBER\(([A-Z]+2)\),\1&lt;0\.4\)<\/formula>/);
    expect(xml).not.toMatch(/operator="lessThan"/);
  });

  test('locks nothing: no sheet protection, the protections recorded in the file properties only', async () => {
    for (let index = 0; index < workbook.worksheets.length; index++) expect(await sheetXml(buffer, index)).not.toContain('<sheetProtection');
    expect(workbook.description).toMatch(/^okr-sheets protections \[/);
    const recorded = JSON.parse(workbook.description.replace('okr-sheets protections ', '')) as { sheet: string; range: string | null }[];
    expect(recorded).toContainEqual(expect.objectContaining({ sheet: TAB_LABELS.settings[lang], range: null, warningOnly: false }));
    expect(recorded.filter((p) => p.sheet === krs.name).length).toBeGreaterThan(0);
  });
});

describe('styles', () => {
  test('round-trip every style a snapshot holds, merged into runs', async () => {
    const styles = [
      { range: 'A1:D1', style: { background: '#1f3a5f', fontColor: '#ffffff', bold: true } as const },
      { range: 'E1:E1000', style: { background: '#eef2f7' } },
      { range: 'A2', style: { italic: true, fontSize: 14, horizontalAlignment: 'center' } as const },
      { range: 'B2:B5', style: { wrap: true, verticalAlignment: 'top', horizontalAlignment: 'right' } as const },
      { range: 'C2', style: { verticalAlignment: 'middle', horizontalAlignment: 'left', fontColor: '#cc0000' } as const },
    ];
    const sheet = sheetOf({
      name: 'S',
      values: [
        ['a', 'b', 'c', 'd', 'e'],
        [new Date('2025-01-01T00:00:00Z'), 'x', 2],
      ],
      numberFormats: [
        { range: 'C2:C10', format: '0.0%' },
        { range: 'E2:E1000', format: '#,##0' },
      ],
      styles,
    });
    const { buffer } = await xlsxBuffer(bookOf([sheet]));
    const back = (await readXlsx(buffer)).sheets[0];
    expect(back?.styles).toEqual(expect.arrayContaining(styles));
    expect(back?.styles).toHaveLength(styles.length);
    // A styled cell keeps its number format, and a styled date its date format.
    expect(back?.numberFormats).toEqual(sheet.numberFormats);
    const raw = (await loaded(buffer)).worksheets[0]!;
    expect(raw.getCell('C2')).toMatchObject({ numFmt: '0.0%', font: expect.objectContaining({ color: { argb: 'FFCC0000' } }) });
    expect(raw.getCell('A2').font).toMatchObject({ italic: true, size: 14 });
    expect(raw.getCell('A2').value).toBeInstanceOf(Date);
  });

  test('reads from other programs only what a snapshot holds, and no default as a style', async () => {
    const foreign = new ExcelJS.Workbook();
    const worksheet = foreign.addWorksheet('F');
    worksheet.getCell('A1').value = 'white';
    worksheet.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
    worksheet.getCell('B1').value = 'theme font, border';
    worksheet.getCell('B1').font = { color: { theme: 4 }, size: 11, name: 'Arial', underline: true };
    worksheet.getCell('B1').border = { top: { style: 'thin' } };
    worksheet.getCell('C1').value = 'striped';
    worksheet.getCell('C1').fill = { type: 'pattern', pattern: 'darkVertical', fgColor: { argb: 'FF00FF00' } };
    worksheet.getCell('D1').value = 'semi-transparent red, bottom';
    worksheet.getCell('D1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: '80FF0000' } };
    worksheet.getCell('D1').alignment = { vertical: 'bottom', horizontal: 'justify' };
    const back = (await readXlsx(Buffer.from(await foreign.xlsx.writeBuffer()))).sheets[0];
    expect(back?.styles).toEqual([{ range: 'D1', style: { background: '#ff0000' } }]);
  });
});

describe('conditional formats', () => {
  const all: ConditionalFormatSnapshot[] = [
    { ranges: ['B2:B100'], condition: { type: 'TEXT_EQUAL_TO', text: 'Say "hi", Đúng tiến độ' }, format: { background: '#d9ead3' } },
    { ranges: ['B2:B100', 'D2:D100'], condition: { type: 'TEXT_CONTAINS', text: 'rủi "ro"' }, format: { fontColor: '#990000', bold: true } },
    { ranges: ['C2:C100'], condition: { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', value: 0.7 }, format: { background: '#d9ead3' } },
    { ranges: ['C2:C100'], condition: { type: 'NUMBER_BETWEEN', min: -1.5, max: 0.6999 }, format: { background: '#fff2cc', bold: false } },
    { ranges: ['C2:C100'], condition: { type: 'NUMBER_LESS_THAN', value: -1.5 }, format: { background: '#f4cccc' } },
    { ranges: ['A2:E100'], condition: { type: 'CUSTOM_FORMULA', formula: '=AND($C2<0.4,$B2<>"")' }, format: { fontColor: '#cc0000' } },
    { ranges: ['E2:E1500'], condition: { type: 'CELL_EMPTY' }, format: { background: '#e0e0e0' } },
  ];

  test('round-trip each condition in order, the grid grown to cover their ranges', async () => {
    const { buffer, warnings } = await xlsxBuffer(bookOf([sheetOf({ name: 'C', values: [['x']], conditionalFormats: all })]));
    expect(warnings).toEqual(['C!C2:C100: conditional format written without "bold off": xlsx (through ExcelJS) can only turn bold on']);
    const { book, warnings: read } = await readXlsxWithWarnings(buffer);
    expect(read).toEqual([]);
    expect(book.sheets[0]?.conditionalFormats).toEqual(all.map((rule) => (rule.format.bold === false ? { ...rule, format: { background: '#fff2cc' } } : rule)));
    expect(book.sheets[0]?.maxRows).toBe(1500);
  });

  test('writes an open range closed at the grid, and a formula without its "="', async () => {
    const rule = { ranges: ['C2:C'], condition: { type: 'CUSTOM_FORMULA', formula: '=C2>1' }, format: {} } as const;
    const { buffer } = await xlsxBuffer(bookOf([sheetOf({ name: 'C', maxRows: 300, conditionalFormats: [rule] })]));
    expect(rulesOf((await loaded(buffer)).worksheets[0]!)).toEqual([
      { ref: 'C2:C300', rules: [expect.objectContaining({ type: 'expression', formulae: ['C2>1'], priority: 1 })] },
    ]);
  });

  test('leaves out, with a warning each, rules of other programs the emulator has no builder for', async () => {
    const foreign = new ExcelJS.Workbook();
    const worksheet = foreign.addWorksheet('F');
    worksheet.addConditionalFormatting({
      ref: 'A1:A10',
      rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: [{ argb: 'FFFF0000' }, { argb: 'FF00FF00' }] }],
    });
    worksheet.addConditionalFormatting({ ref: 'B1:B10', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [5], priority: 2, style: {} }] });
    worksheet.addConditionalFormatting({
      ref: 'C1:C10',
      rules: [{ type: 'expression', formulae: ['C1>1'], priority: 3, style: { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF123456' } } } }],
    });
    const { book, warnings } = await readXlsxWithWarnings(Buffer.from(await foreign.xlsx.writeBuffer()));
    expect(warnings).toEqual([
      'F!A1:A10: conditional format skipped: colorScale rules are not supported',
      `F!B1:B10: conditional format skipped: "cell value greaterThan 5" is not one the emulator's rule builder makes`,
    ]);
    expect(book.sheets[0]?.conditionalFormats).toEqual([
      { ranges: ['C1:C10'], condition: { type: 'CUSTOM_FORMULA', formula: '=C1>1' }, format: { background: '#123456' } },
    ]);
  });
});

describe('protections', () => {
  const protections = [
    { range: 'K1:K1000', description: 'OKR Sheets: written by the program', warningOnly: true, editors: [] },
    { range: null, description: 'OKR Sheets: Settings, for admins', warningOnly: false, editors: ['ceo@example.vn', 'coo@example.vn'] },
  ];

  test('round-trip per sheet, a whole-sheet one included', async () => {
    const book = bookOf([sheetOf({ name: 'A', protections: [protections[0]!] }), sheetOf({ name: 'B' }), sheetOf({ name: 'C', protections })]);
    const back = await readXlsx((await xlsxBuffer(book)).buffer);
    expect(back.sheets.map((s) => s.protections)).toEqual([[protections[0]], undefined, protections]);
  });

  test('refuses a protected range that is not A1 before writing', async () => {
    const book = bookOf([sheetOf({ name: 'A', protections: [{ ...protections[0]!, range: 'K1:' }] })]);
    await expect(xlsxBuffer(book)).rejects.toThrow('Sheet "A": "K1:" is not an A1 range');
  });

  test.each([
    ["another program's comments", 'Quarterly OKRs, draft', []],
    ['an unreadable record', 'okr-sheets protections [{', ['protections skipped: the recorded list is not valid JSON']],
    [
      'a record of the wrong shape',
      'okr-sheets protections [{"sheet":"A","range":"K1:","description":"x","warningOnly":true,"editors":[]}]',
      ['protection skipped: {"sheet":"A","range":"K1:","description":"x","warningOnly":true,"editors":[]} is not a protection'],
    ],
    [
      'a record for a sheet the file lacks',
      'okr-sheets protections [{"sheet":"Z","range":null,"description":"x","warningOnly":true,"editors":[]}]',
      ['protections skipped: the file has no sheet "Z"'],
    ],
  ])('reads none from %s', async (_, description, expected) => {
    const foreign = new ExcelJS.Workbook();
    foreign.description = description;
    foreign.addWorksheet('A').getCell('A1').value = 1;
    const { book, warnings } = await readXlsxWithWarnings(Buffer.from(await foreign.xlsx.writeBuffer()));
    expect(warnings).toEqual(expected);
    expect(book.sheets[0]?.protections).toBeUndefined();
  });
});

describe('the emulator snapshot', () => {
  const script = `
    function paint() {
      const sheet = SpreadsheetApp.getActive().getSheets()[0];
      sheet.getRange('A1:C1').setBackground('#1f3a5f').setFontColor('white').setFontWeight('bold');
      sheet.getRange('A2:A3').setBackground('#ffffff').setFontColor('#000000').setFontWeight('normal').setFontSize(10);
      sheet.getRange('B2').setFontSize(14).setWrap(true).setHorizontalAlignment('normal').setVerticalAlignment('middle');
      const rule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Done').setBackground('#b6d7a8').setBold(null)
        .setRanges([sheet.getRange('C2:C9')]).build();
      sheet.setConditionalFormatRules([rule]);
      sheet.getRange('C1:C9').protect().setDescription('ours').setWarningOnly(true);
    }
    function paintElsewhere() {
      const book = SpreadsheetApp.getActive();
      const other = book.insertSheet('Other');
      const rule = SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#e0e0e0').setRanges([other.getRange('A1')]).build();
      book.getSheets()[0].setConditionalFormatRules([rule]);
    }`;
  const runtime = () => new LocalRuntime({ user: 'ceo@example.vn' }).load(script);

  test('holds what a script set, without the values an unformatted cell has, and rebuilds the same', () => {
    const rt = runtime();
    rt.run('paint');
    const sheet = rt.snapshot().sheets[0]!;
    expect(sheet.styles).toEqual([
      { range: 'A1:C1', style: { background: '#1f3a5f', fontColor: '#ffffff', bold: true } },
      { range: 'B2', style: { fontSize: 14, wrap: true, verticalAlignment: 'middle' } },
    ]);
    expect(sheet.conditionalFormats).toEqual([{ ranges: ['C2:C9'], condition: { type: 'TEXT_EQUAL_TO', text: 'Done' }, format: { background: '#b6d7a8' } }]);
    expect(sheet.protections).toEqual([{ range: 'C1:C9', description: 'ours', warningOnly: true, editors: [] }]);
    const again = new LocalRuntime({ book: rt.snapshot(), user: 'ceo@example.vn' });
    expect(again.snapshot()).toEqual(rt.snapshot());
  });

  test('refuses a rule of one sheet over another sheet rather than moving it', () => {
    const rt = runtime();
    rt.run('paintElsewhere');
    expect(() => rt.snapshot()).toThrow('on another sheet');
  });
});
