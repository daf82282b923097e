// rowsOfCycle over a workbook read from the emulator, as Archive closed cycles reads it: the sheet rows of
// each archived tab that belong to one cycle, and every row whose parent cannot be found left where it is.
// Every case is read twice, whole and scoped to the cycle (what the archive parses): the rows must agree.
import type { CellValue } from '../../src/local/emulator';
import { rowsOfCycle } from '../../src/sheet/archive-select';
import { readWorkbook } from '../../src/sheet/workbook-read';
import { bookWith } from './book';

type Rows = readonly (readonly CellValue[])[];

const AT = new Date('2026-10-05T03:00:00Z');
const OBJECTIVES = ['Objective ID', 'Cycle ID', 'Objective'];
const KRS = ['KR ID', 'Objective ID', 'Key result', 'Owner email'];
const CHECK_INS = ['Timestamp', 'KR ID', 'Value', 'By'];
const INITIATIVES = ['Initiative ID', 'KR ID', 'Initiative'];
const DEPENDENCIES = ['Dependency ID', 'For', 'Request'];

function rowsOf(cycleId: string, tabs: Partial<Record<'objectives' | 'keyResults' | 'checkIns' | 'initiatives' | 'dependencies', Rows>>) {
  const { book } = bookWith({
    Objectives: [OBJECTIVES, ...(tabs.objectives ?? [])],
    'Key Results': [KRS, ...(tabs.keyResults ?? [])],
    'Check-ins': [CHECK_INS, ...(tabs.checkIns ?? [])],
    Initiatives: [INITIATIVES, ...(tabs.initiatives ?? [])],
    Dependencies: [DEPENDENCIES, ...(tabs.dependencies ?? [])],
  });
  const whole = rowsOfCycle(readWorkbook(book), cycleId);
  expect(rowsOfCycle(readWorkbook(book, undefined, [], { cycleId }), cycleId)).toEqual(whole);
  return whole;
}

/** Two cycles, interleaved row by row, with a blank row in each tab. */
const TWO_CYCLES = {
  objectives: [
    ['O1', 'Q3', 'old'],
    ['O2', 'Q4', 'new'],
    ['', '', ''],
    ['O3', 'Q4', 'new too'],
  ],
  keyResults: [
    ['KR1', 'O1', 'a', ''],
    ['KR2', 'O2', 'b', ''],
    ['', '', '', ''],
    ['KR3', 'O3', 'c', ''],
    ['KR4', 'O1', 'd', ''],
  ],
  checkIns: [
    [AT, 'KR2', 1, ''],
    [AT, 'KR1', 1, ''],
    ['', '', '', ''],
    [AT, 'KR3', 2, ''],
    [AT, 'KR2', 3, ''],
  ],
  initiatives: [
    ['I1', 'KR3', 'x'],
    ['I2', 'KR4', 'y'],
  ],
  dependencies: [
    ['D1', 'O1', 'for an old objective'],
    ['D2', 'KR2', 'for a new KR'],
    ['D3', 'O3', 'for a new objective'],
    ['D4', 'KR4', 'for an old KR'],
  ],
} satisfies Parameters<typeof rowsOf>[1];

test('each tab’s rows of the cycle, by sheet row, in order, blank rows skipped', () => {
  expect(rowsOf('Q4', TWO_CYCLES)).toEqual({
    objectives: [3, 5],
    keyResults: [3, 5],
    checkIns: [2, 5, 6],
    initiatives: [2],
    dependencies: [3, 4],
  });
});

test('the other cycle gets the other rows: no row belongs to both', () => {
  const q3 = rowsOf('Q3', TWO_CYCLES);
  const q4 = rowsOf('Q4', TWO_CYCLES);
  expect(q3).toEqual({ objectives: [2], keyResults: [2, 6], checkIns: [3], initiatives: [3], dependencies: [2, 5] });
  for (const tab of Object.keys(q3) as (keyof typeof q3)[]) expect(q3[tab].filter((row) => q4[tab].includes(row))).toEqual([]);
});

test('whatever order a workbook lists its records in, and a record listed twice: each row once, top to bottom (removal runs from the bottom)', () => {
  const { book } = bookWith({
    Objectives: [OBJECTIVES, ...TWO_CYCLES.objectives],
    'Key Results': [KRS, ...TWO_CYCLES.keyResults],
    'Check-ins': [CHECK_INS, ...TWO_CYCLES.checkIns],
  });
  const read = readWorkbook(book).workbook;
  const shuffled = { ...read, keyResults: [...read.keyResults].reverse(), checkIns: [...read.checkIns, ...read.checkIns].reverse() };
  const rows = rowsOfCycle({ workbook: shuffled, uncountedCheckIns: [] }, 'Q4');
  expect([rows.keyResults, rows.checkIns]).toEqual([
    [3, 5],
    [2, 5, 6],
  ]);
});

test.each([['Q9'], ['']])('a cycle id no objective has (%j): nothing', (cycleId) => {
  expect(rowsOf(cycleId, TWO_CYCLES)).toEqual({ objectives: [], keyResults: [], checkIns: [], initiatives: [], dependencies: [] });
});

test('a row whose parent cannot be found belongs to no cycle and stays', () => {
  const rows = rowsOf('Q4', {
    objectives: [['O2', 'Q4', 'new']],
    keyResults: [
      ['KR2', 'O2', 'b', ''],
      ['KR8', 'O8', 'of an unknown objective', ''],
      ['KR9', '', 'of no objective', ''],
    ],
    checkIns: [
      [AT, 'KR2', 1, ''],
      [AT, 'KR8', 1, ''],
      [AT, 'KR-unknown', 1, ''],
      [AT, '', 1, ''],
    ],
    initiatives: [
      ['I1', 'KR8', 'of a KR outside the cycle'],
      ['I2', '', 'of no KR'],
    ],
    dependencies: [
      ['D1', 'KR8', ''],
      ['D2', '', 'for nothing'],
      ['D3', 'O2', ''],
    ],
  });
  expect(rows).toEqual({ objectives: [2], keyResults: [2], checkIns: [2], initiatives: [], dependencies: [4] });
});

test('a check-in without a readable timestamp stays in the main workbook', () => {
  const rows = rowsOf('Q4', {
    objectives: [['O2', 'Q4', 'new']],
    keyResults: [['KR2', 'O2', 'b', '']],
    checkIns: [
      ['', 'KR2', 1, ''],
      ['yesterday', 'KR2', 2, ''],
      [46000, 'KR2', 3, ''],
      [AT, 'KR2', 4, ''],
    ],
  });
  expect(rows.checkIns).toEqual([5]);
});

test('IDs typed with spaces around them still join', () => {
  const rows = rowsOf('Q4', {
    objectives: [[' O2 ', ' Q4', 'new']],
    keyResults: [['KR2 ', 'O2  ', 'b', '']],
    checkIns: [[AT, ' KR2', 1, '']],
    dependencies: [['D1', ' KR2 ', '']],
  });
  expect(rows).toEqual({ objectives: [2], keyResults: [2], checkIns: [2], initiatives: [], dependencies: [2] });
});

test('tabs the workbook lacks have no rows; the others are still found', () => {
  const { book } = bookWith({
    Objectives: [OBJECTIVES, ['O2', 'Q4', 'new']],
    'Key Results': [KRS, ['KR2', 'O2', 'b', '']],
  });
  expect(rowsOfCycle(readWorkbook(book), 'Q4')).toEqual({ objectives: [2], keyResults: [2], checkIns: [], initiatives: [], dependencies: [] });
});

test('a Vietnamese workbook with columns in another order', () => {
  const { book } = bookWith(
    {
      'Mục tiêu': [
        ['Mục tiêu', 'Mã chu kỳ', 'Mã mục tiêu'],
        ['mới', 'Q4', 'O2'],
      ],
      'Kết quả then chốt': [
        ['Kết quả then chốt', 'Mã mục tiêu', 'Mã KR'],
        ['b', 'O2', 'KR2'],
      ],
      'Cập nhật tiến độ': [
        ['Mã KR', 'Thời điểm'],
        ['KR2', AT],
      ],
    },
    'vi_VN',
  );
  expect(rowsOfCycle(readWorkbook(book), 'Q4')).toEqual({ objectives: [2], keyResults: [2], checkIns: [2], initiatives: [], dependencies: [] });
});

// A check-in typed by someone who may not check that KR in is kept in the sheet, not counted (left out of
// workbook.checkIns): it still goes with its KR, not left behind as a check-in of an unknown KR.
test('a check-in by someone who may not check that KR in goes with its KR', () => {
  const rows = rowsOf('Q4', {
    objectives: [['O2', 'Q4', 'new']],
    keyResults: [['KR2', 'O2', 'b', 'ann@x.co']],
    checkIns: [
      [AT, 'KR2', 1, 'ann@x.co'],
      [AT, 'KR2', 2, 'bob@x.co'],
    ],
  });
  expect(rows.checkIns).toEqual([2, 3]);
});

test('a read scoped to a cycle parses its KRs, their check-ins, initiatives and dependencies, and every objective', () => {
  const { book } = bookWith({
    Objectives: [OBJECTIVES, ...TWO_CYCLES.objectives],
    'Key Results': [KRS, ...TWO_CYCLES.keyResults],
    'Check-ins': [CHECK_INS, ...TWO_CYCLES.checkIns],
    Initiatives: [INITIATIVES, ...TWO_CYCLES.initiatives],
    Dependencies: [DEPENDENCIES, ...TWO_CYCLES.dependencies],
  });
  const { workbook, tables } = readWorkbook(book, undefined, [], { cycleId: 'Q4' });
  expect(workbook.objectives.map((o) => o.id)).toEqual(['O1', 'O2', 'O3']);
  expect(workbook.keyResults.map((kr) => kr.id)).toEqual(['KR2', 'KR3']);
  expect(workbook.checkIns.map((c) => c.row)).toEqual([2, 5, 6]);
  expect(workbook.initiatives.map((i) => i.id)).toEqual(['I1']);
  expect(workbook.dependencies.map((d) => d.id)).toEqual(['D2', 'D3']);
  // The tables still hold every row: the archive copies rows from them by sheet row.
  expect(tables.checkIns?.rows).toHaveLength(5);
});

test('a scoped read does not report the problems of rows outside its cycle', () => {
  const { book } = bookWith({
    Objectives: [OBJECTIVES, ['O1', 'Q3', 'old'], ['O2', 'Q4', 'new']],
    'Key Results': [KRS, ['KR1', 'O1', 'a', 'not an email'], ['KR2', 'O2', 'b', 'also not']],
    'Check-ins': [CHECK_INS, [AT, 'KR1', 'lots', ''], [AT, 'KR2', 'some', '']],
  });
  const problems = (cycleId?: string) =>
    readWorkbook(book, undefined, [], cycleId === undefined ? {} : { cycleId }).workbook.problems.map((p) => `${p.tab}:${p.row}:${p.column}`);
  expect(problems()).toEqual(['keyResults:2:ownerEmail', 'keyResults:3:ownerEmail', 'checkIns:2:value', 'checkIns:3:value']);
  expect(problems('Q4')).toEqual(['keyResults:3:ownerEmail', 'checkIns:3:value']);
});
