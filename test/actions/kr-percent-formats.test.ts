// Issue 14: Key Results whose unit is % show Start, Target and Current as percents (78%, not 0.78), in both
// languages and in the .xlsx, set by Refresh (and the daily run) in calls that do not grow with the rows.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalRuntime } from '../../src/local/emulator';
import { typeCell, typeRows } from '../../src/local/cli';
import { readXlsx, writeXlsx } from '../../src/local/xlsx';
import { ADMIN, SALES_REP, smallCompany } from '../support/bundle';

const KR_TAB = { vi: 'Kết quả then chốt', en: 'Key Results' } as const;
const COLUMNS = { start: ['Giá trị đầu', 'Start'], target: ['Chỉ tiêu', 'Target'], current: ['Hiện tại', 'Current'], weight: ['Trọng số', 'Weight'] } as const;

function krSheet(rt: LocalRuntime, lang: 'vi' | 'en') {
  return rt.book.getSheets().find((s) => s.getName() === KR_TAB[lang])!;
}

function rangeOf(rt: LocalRuntime, lang: 'vi' | 'en', id: string, column: keyof typeof COLUMNS) {
  return rt.env.quiet(() => {
    const sheet = krSheet(rt, lang);
    const values = sheet.getDataRange().getValues();
    const col = values[0]!.findIndex((h) => (COLUMNS[column] as readonly string[]).indexOf(String(h)) >= 0);
    const row = values.findIndex((r) => r[0] === id);
    if (col < 0 || row < 0) throw new Error(`no ${column} of ${id}`);
    return sheet.getRange(row + 1, col + 1);
  });
}

/** The number format and display value of KR `id`'s `column` cell (a percent format: the emulator displays those). */
function cell(rt: LocalRuntime, lang: 'vi' | 'en', id: string, column: keyof typeof COLUMNS): { format: string; display: string } {
  const range = rangeOf(rt, lang, id, column);
  return rt.env.quiet(() => ({ format: range.getNumberFormat(), display: range.getDisplayValue() }));
}

/** The number format alone, for formats such as `#,##0.##` whose display the emulator does not emulate. */
function formatOf(rt: LocalRuntime, lang: 'vi' | 'en', id: string, column: keyof typeof COLUMNS): string {
  const range = rangeOf(rt, lang, id, column);
  return rt.env.quiet(() => range.getNumberFormat());
}

/** The small company with a % KR typed as people type it (`3,5%` / `3.5%`), a check-in on KR1, refreshed. */
function refreshed(lang: 'vi' | 'en'): LocalRuntime {
  const rt = smallCompany({ lang });
  typeRows(rt, 'keyResults', [
    {
      krId: 'KR9',
      objectiveId: 'O1',
      keyResult: 'Giảm tỷ lệ rời bỏ từ 3,5% xuống 2%',
      teamId: 'BGD',
      ownerEmail: ADMIN,
      kind: 'Decrease',
      unit: '%',
      start: lang === 'vi' ? '3,5%' : '3.5%',
      target: '2%',
      weight: 1,
    },
  ]);
  typeRows(
    rt,
    'checkIns',
    [
      { krId: 'KR1', value: lang === 'vi' ? '80%' : '0.8' },
      { krId: 'KR9', value: lang === 'vi' ? '3,25%' : '3.25%' },
    ],
    ADMIN,
  );
  typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '12' }], SALES_REP);
  rt.run('menuRefresh');
  return rt;
}

describe.each(['vi', 'en'] as const)('a %s workbook after Refresh', (lang) => {
  const rt = refreshed(lang);

  test('a % KR with whole percents shows Start, Target and Current as 78%, 90%, 80%', () => {
    expect(cell(rt, lang, 'KR1', 'start')).toEqual({ format: '0%', display: '78%' });
    expect(cell(rt, lang, 'KR1', 'target')).toEqual({ format: '0%', display: '90%' });
    expect(cell(rt, lang, 'KR1', 'current')).toEqual({ format: '0%', display: '80%' });
  });

  test('a % KR with decimal percents keeps its decimals, in the workbook language', () => {
    const mark = lang === 'vi' ? ',' : '.';
    expect(cell(rt, lang, 'KR9', 'start')).toEqual({ format: '0.00%', display: `3${mark}50%` });
    expect(cell(rt, lang, 'KR9', 'target')).toEqual({ format: '0.00%', display: `2${mark}00%` });
    expect(cell(rt, lang, 'KR9', 'current')).toEqual({ format: '0.00%', display: `3${mark}25%` });
  });

  test('rows whose unit is not % and the Weight column keep their own format', () => {
    for (const id of ['KR2', 'KR3', 'KR4']) {
      for (const column of ['start', 'target', 'current'] as const) expect(formatOf(rt, lang, id, column)).toBe('#,##0.##');
    }
    expect(formatOf(rt, lang, 'KR1', 'weight')).toBe('#,##0.##');
  });

  test('the .xlsx carries the percent formats', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'okr-pct-')), 'book.xlsx');
    await writeXlsx(rt.snapshot(), file);
    const book = await readXlsx(file);
    const sheet = book.sheets.find((s) => s.name === KR_TAB[lang])!;
    const row = sheet.values.findIndex((r) => r[0] === 'KR1') + 1;
    const col = sheet.values[0]!.findIndex((h) => (COLUMNS.target as readonly string[]).indexOf(String(h)) >= 0);
    const a1 = `${String.fromCharCode(65 + col)}${row}`;
    const formats = book.sheets.find((s) => s.name === KR_TAB[lang])!.numberFormats;
    expect(formats.filter((f) => f.format === '0%').some((f) => covers(f.range, a1))).toBe(true);
  });
});

test.each(['menuSetup', 'menuSwitchLanguage'])('%s, which formats the value columns again, leaves the % rows in percents', (action) => {
  const rt = refreshed('vi');
  rt.run(action);
  const lang = action === 'menuSwitchLanguage' ? 'en' : 'vi';
  expect(cell(rt, lang, 'KR1', 'target')).toEqual({ format: '0%', display: '90%' });
  expect(cell(rt, lang, 'KR9', 'start').format).toMatch(/%$/);
  expect(formatOf(rt, lang, 'KR3', 'target')).not.toMatch(/%/);
});

/** Whether the A1 range `range` (`H2`, `H2:J5`) covers cell `a1`, for single-letter columns. */
function covers(range: string, a1: string): boolean {
  const parse = (ref: string) => ({ col: ref.charCodeAt(0), row: Number(ref.slice(1)) });
  const [from, to = from] = range.split(':').map(parse);
  const cellRef = parse(a1);
  return cellRef.col >= from!.col && cellRef.col <= to!.col && cellRef.row >= from!.row && cellRef.row <= to!.row;
}

test('a KR whose unit stops being % goes back to the number format; the next Refresh writes no format', () => {
  const rt = refreshed('vi');
  typeCell(rt, 'keyResults', 'krId', 'KR1', 'unit', 'điểm', ADMIN);
  rt.run('menuRefresh');
  expect(formatOf(rt, 'vi', 'KR1', 'start')).toBe('#,##0.##');
  expect(formatOf(rt, 'vi', 'KR1', 'current')).toBe('#,##0.##');
  expect(formatOf(rt, 'vi', 'KR9', 'start')).toBe('0.00%');
  rt.env.resetCounters();
  rt.run('menuRefresh');
  expect(rt.env.calls.get('Range.setNumberFormats')).toBeUndefined();
});

test('the formatting calls of Refresh do not grow with the KR rows', () => {
  const callsWith = (extra: number): { reads: number; writes: number } => {
    const rt = smallCompany();
    typeRows(
      rt,
      'keyResults',
      Array.from({ length: extra }, (_, i) => ({
        krId: `KRX${i}`,
        objectiveId: 'O1',
        keyResult: `Tỷ lệ ${i}`,
        teamId: 'BGD',
        ownerEmail: ADMIN,
        kind: 'Increase',
        unit: i % 2 === 0 ? '%' : 'khách',
        start: '10%',
        target: '50%',
        weight: 1,
      })),
    );
    rt.env.resetCounters();
    rt.run('menuRefresh');
    return { reads: rt.env.calls.get('Range.getNumberFormats') ?? 0, writes: rt.env.calls.get('Range.setNumberFormats') ?? 0 };
  };
  const few = callsWith(2);
  const many = callsWith(60);
  // Start and Target are one range, Current (after Weight) another: one read and one write each.
  expect(few).toEqual({ reads: 2, writes: 2 });
  expect(many).toEqual(few);
});
