// rowReader over a tab read from an emulated workbook: cells found by label wherever the column is, blank
// cells read as absent, and every unreadable cell a CellProblem naming its tab, row, column and header.
import type { CellProblem } from '../../src/core/model';
import type { Lang } from '../../src/core/lang';
import type { CellValue } from '../../src/local/emulator';
import { rowReader } from '../../src/sheet/row-reader';
import { readTable } from '../../src/sheet/table';
import { bookWith } from './book';

const ZONE = 'Asia/Ho_Chi_Minh';
const KR_HEADER = ['KR ID', 'Owner email', 'Kind', 'Target', 'Last check-in', 'Key result'];

/** The readers of the data rows of a Key Results tab (sheet row = index + 2) and the problems they record. */
function keyResults(rows: readonly (readonly CellValue[])[], lang: Lang = 'en', header: readonly string[] = KR_HEADER) {
  const { book } = bookWith({ 'Key Results': [header, ...rows] });
  const table = readTable(book, 'keyResults')!;
  const problems: CellProblem[] = [];
  const ctx = { lang, timeZone: ZONE, problems };
  const row = (n: number) => rowReader('keyResults', table, table.rows[n - 2] ?? [], n, `KR-${n}`, ctx);
  return { row, problems };
}

describe('text', () => {
  test('trimmed; numbers and booleans as their text; a column the tab lacks reads blank', () => {
    const { row, problems } = keyResults([['  KR1  ', 'a@x.co', true, 42, '', '\tGrow\n']]);
    expect(row(2).text('krId')).toBe('KR1');
    expect(row(2).text('keyResult')).toBe('Grow');
    expect(row(2).text('target')).toBe('42');
    expect(row(2).text('kind')).toBe('true');
    expect(row(2).text('unit')).toBe('');
    expect(problems).toEqual([]);
  });

  test('a row shorter than the header (a table read elsewhere) reads blank past its end', () => {
    const { book } = bookWith({ 'Key Results': [KR_HEADER] });
    const table = readTable(book, 'keyResults')!;
    const problems: CellProblem[] = [];
    const r = rowReader('keyResults', table, ['KR1'], 2, 'KR1', { lang: 'en', timeZone: ZONE, problems });
    expect([r.text('krId'), r.text('keyResult'), r.number('target'), r.raw('target')]).toEqual(['KR1', '', null, '']);
    expect(problems).toEqual([]);
  });
});

describe('number', () => {
  test.each([
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'vi', 1234.5],
    ['85%', 'en', 0.85],
    [7, 'en', 7],
  ] as const)('%j in %s reads %d', (cell, lang, value) => {
    const { row, problems } = keyResults([['KR1', '', '', cell]], lang);
    expect(row(2).number('target')).toBe(value);
    expect(problems).toEqual([]);
  });

  test.each([[''], ['   ']])('blank (%j) is null with no problem: required fields are for the checks', (cell) => {
    const { row, problems } = keyResults([['KR1', '', '', cell]]);
    expect(row(2).number('target')).toBeNull();
    expect(problems).toEqual([]);
  });

  test.each([
    ['lots', 'lots'],
    [true, 'true'],
    ['=A1', '=A1'],
  ])('%j is null, and a problem names the tab, row, column key, header as shown and the id', (cell, input) => {
    const { row, problems } = keyResults([[], ['KR3', '', '', cell]], 'en', ['KR ID', 'Owner email', 'Kind', '  TARGET ']);
    expect(row(3).number('target')).toBeNull();
    expect(problems).toEqual([{ tab: 'keyResults', row: 3, column: 'target', header: '  TARGET ', id: 'KR-3', problem: { code: 'INVALID_NUMBER', input } }]);
  });
});

describe('day', () => {
  test('a Date cell, ISO text and a Vietnamese date read as the same day', () => {
    const date = new Date('2026-10-05T03:00:00Z');
    const en = keyResults([
      ['KR1', '', '', '', date],
      ['KR2', '', '', '', '2026-10-05'],
    ]);
    const vi = keyResults([['KR1', '', '', '', '05/10/2026']], 'vi');
    const day = en.row(2).day('lastCheckIn');
    expect(day).not.toBeNull();
    expect(en.row(3).day('lastCheckIn')).toBe(day);
    expect(vi.row(2).day('lastCheckIn')).toBe(day);
    expect([...en.problems, ...vi.problems]).toEqual([]);
  });

  test.each([
    ['soon', 'INVALID_DATE'],
    [new Date('1990-01-01T00:00:00Z'), 'DATE_OUT_OF_RANGE'],
  ])('%j is null with a %s problem', (cell, code) => {
    const { row, problems } = keyResults([['KR1', '', '', '', cell]]);
    expect(row(2).day('lastCheckIn')).toBeNull();
    expect(problems.map((p) => [p.column, p.problem.code])).toEqual([['lastCheckIn', code]]);
  });
});

describe('email', () => {
  test('lower-cased and trimmed; unreadable is blank with a problem, never the typed text', () => {
    const { row, problems } = keyResults([
      ['KR1', ' Ann@X.co '],
      ['KR2', 'ann at x'],
      ['KR3', ''],
    ]);
    expect([row(2).email('ownerEmail'), row(3).email('ownerEmail'), row(4).email('ownerEmail')]).toEqual(['ann@x.co', '', '']);
    expect(problems).toEqual([
      expect.objectContaining({ row: 3, column: 'ownerEmail', header: 'Owner email', problem: { code: 'INVALID_EMAIL', input: 'ann at x' } }),
    ]);
  });
});

describe('choice', () => {
  test('a label in either language or an alias reads as the canonical value; another word is a problem', () => {
    const { row, problems } = keyResults([
      ['KR1', '', 'Increase'],
      ['KR2', '', ' giảm '],
      ['KR3', '', 'KEEP'],
      ['KR4', '', 'Vague'],
      ['KR5', '', 7],
    ]);
    const kinds = [2, 3, 4, 5, 6].map((n) => row(n).choice('kind', 'krKind'));
    expect(kinds).toEqual(['Increase', 'Decrease', 'Maintain', null, null]);
    expect(problems.map((p) => [p.row, p.problem])).toEqual([
      [5, { code: 'INVALID_CHOICE', input: 'Vague' }],
      [6, { code: 'INVALID_CHOICE', input: '7' }],
    ]);
  });
});

describe('instant', () => {
  const header = ['Timestamp', 'KR ID'];
  function checkIns(cells: readonly CellValue[]) {
    const { book } = bookWith({ 'Check-ins': [header, ...cells.map((c) => [c, 'KR1'])] });
    const table = readTable(book, 'checkIns')!;
    const problems: CellProblem[] = [];
    const ctx = { lang: 'en' as const, timeZone: ZONE, problems };
    const values = table.rows.map((cells, i) => rowReader('checkIns', table, cells, i + 2, 'KR1', ctx).instant('timestamp'));
    return { values, problems };
  }

  test('a Date cell is itself, to the millisecond', () => {
    const at = new Date('2026-10-12T02:34:56.789Z');
    const { values, problems } = checkIns([at]);
    expect(values[0]?.getTime()).toBe(at.getTime());
    expect(problems).toEqual([]);
  });

  test('blank is a MISSING problem: a check-in has no time without it', () => {
    const { values, problems } = checkIns(['  ']);
    expect(values).toEqual([null]);
    expect(problems.map((p) => p.problem)).toEqual([{ code: 'MISSING', input: '' }]);
  });

  test.each([
    ['2026-10-12 09:00', '2026-10-12 09:00'],
    ['  today ', 'today'],
    [46000, '46000'],
  ])('text or a bare number (%j) is not guessed at: INVALID_DATE', (cell, input) => {
    const { values, problems } = checkIns([cell]);
    expect(values).toEqual([null]);
    expect(problems.map((p) => p.problem)).toEqual([{ code: 'INVALID_DATE', input }]);
  });

  test('a Date outside the years the program reads is DATE_OUT_OF_RANGE', () => {
    const { values, problems } = checkIns([new Date('1899-12-30T00:00:00Z')]);
    expect(values).toEqual([null]);
    expect(problems.map((p) => p.problem.code)).toEqual(['DATE_OUT_OF_RANGE']);
  });

  test('the tab has no Timestamp column: every row is MISSING, with a blank header', () => {
    const { book } = bookWith({ 'Check-ins': [['KR ID'], ['KR1']] });
    const table = readTable(book, 'checkIns')!;
    const problems: CellProblem[] = [];
    const r = rowReader('checkIns', table, table.rows[0]!, 2, 'KR1', { lang: 'en', timeZone: ZONE, problems });
    expect(r.instant('timestamp')).toBeNull();
    expect(problems).toEqual([{ tab: 'checkIns', row: 2, column: 'timestamp', header: '', id: 'KR1', problem: { code: 'MISSING', input: '' } }]);
  });
});

describe('columns by label', () => {
  test('reordered, in Vietnamese, beside a person’s own column: each key reads its own cell', () => {
    const header = ['Ghi chú', 'Chỉ tiêu', 'Mã KR', 'Email người cập nhật'];
    const { row, problems } = keyResults([['mine', '1.500', 'KR9', 'b@x.co']], 'vi', header);
    const r = row(2);
    expect([r.text('krId'), r.number('target'), r.email('ownerEmail'), r.raw('target')]).toEqual(['KR9', 1500, 'b@x.co', '1.500']);
    expect(problems).toEqual([]);
  });

  test('the problem’s header is the label the sheet shows, in its language', () => {
    const { row, problems } = keyResults([['KR1', 'x']], 'vi', ['Mã KR', 'Email người cập nhật']);
    row(2).email('ownerEmail');
    expect(problems.map((p) => p.header)).toEqual(['Email người cập nhật']);
  });
});

describe('problems as values', () => {
  test('every reader of a row of wrong values returns; the problems add up in reading order across rows', () => {
    const { row, problems } = keyResults([
      ['KR1', 42, 'x', 'y', 'z'],
      ['KR2', true, false, new Date('2026-01-01T00:00:00Z'), true],
    ]);
    for (const n of [2, 3]) {
      const r = row(n);
      expect(() => [r.email('ownerEmail'), r.choice('kind', 'krKind'), r.number('target'), r.day('lastCheckIn')]).not.toThrow();
    }
    expect(problems.map((p) => `${p.row}:${p.column}:${p.problem.code}`)).toEqual([
      '2:ownerEmail:INVALID_EMAIL',
      '2:kind:INVALID_CHOICE',
      '2:target:INVALID_NUMBER',
      '2:lastCheckIn:INVALID_DATE',
      '3:ownerEmail:INVALID_EMAIL',
      '3:kind:INVALID_CHOICE',
      '3:target:INVALID_NUMBER',
      '3:lastCheckIn:INVALID_DATE',
    ]);
  });

  test('report records a problem found outside the typed readers, with the same shape', () => {
    const { row, problems } = keyResults([['KR1', '', '', '=SUM(1)']]);
    row(2).report('target', { code: 'FORMULA', input: '=SUM(1)' });
    expect(problems).toEqual([{ tab: 'keyResults', row: 2, column: 'target', header: 'Target', id: 'KR-2', problem: { code: 'FORMULA', input: '=SUM(1)' } }]);
  });

  test('raw gives the cell as read: a Date stays a Date, a number a number', () => {
    const date = new Date('2026-10-05T03:00:00Z');
    const { row } = keyResults([['KR1', '', '', 12, date]]);
    expect(row(2).raw('target')).toBe(12);
    expect((row(2).raw('lastCheckIn') as Date).getTime()).toBe(date.getTime());
  });
});
