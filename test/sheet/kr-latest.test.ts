// latestFromKrRows over a workbook read from the emulator: each KR's latest check-in as its own row records
// it (Current, Confidence, Last check-in), whatever the column order, language or blank rows of the tab.
import type { Settings } from '../../src/core/settings';
import type { CellValue } from '../../src/local/emulator';
import { latestFromKrRows } from '../../src/sheet/kr-latest';
import { readWorkbook } from '../../src/sheet/workbook-read';
import { bookWith } from './book';

const HEADER = ['KR ID', 'Objective ID', 'Key result', 'Current', 'Confidence', 'Last check-in'];
/** The workbook's zone (book.ts): 7 hours ahead of UTC, so the start of a local day is 17:00 UTC the day before. */
const OCT_5 = new Date('2026-10-05T10:00:00Z');
const OCT_5_LOCAL_MIDNIGHT = new Date('2026-10-04T17:00:00Z');

function latest(tabs: Record<string, readonly (readonly CellValue[])[]>, locale = 'en_US', only?: ReadonlySet<string>) {
  const { book } = bookWith(tabs, locale);
  const read = only ? readWorkbook(book, undefined, [], { keyResults: only }) : readWorkbook(book);
  const problems = read.workbook.problems.length;
  const out = latestFromKrRows(read);
  // The program's own columns are never a problem of the person's: the read's problems stay as they were.
  expect(read.workbook.problems).toHaveLength(problems);
  return out;
}

test('a KR with a Current and a Confidence: one check-in, dated the local start of its Last check-in', () => {
  const [checkIn, ...rest] = latest({ 'Key Results': [HEADER, ['KR1', 'O1', 'Grow', 40, 'On track', OCT_5]] });
  expect(rest).toEqual([]);
  expect(checkIn).toMatchObject({ row: 2, krId: 'KR1', value: 40, confidence: 'On track', progressNote: '', problems: '', plans: '', by: '', source: null });
  expect(checkIn!.at?.getTime()).toBe(OCT_5_LOCAL_MIDNIGHT.getTime());
  expect(checkIn!.day).not.toBeNull();
});

test('either of Current or Confidence is enough; a KR with neither has no check-in', () => {
  const out = latest({
    'Key Results': [
      HEADER,
      ['KR1', 'O1', 'a', 12, '', OCT_5],
      ['KR2', 'O1', 'b', '', 'At risk', OCT_5],
      ['KR3', 'O1', 'c', '', '', OCT_5],
      ['KR4', 'O1', 'd', 0, '', ''],
    ],
  });
  expect(out.map((c) => [c.krId, c.value, c.confidence])).toEqual([
    ['KR1', 12, null],
    ['KR2', null, 'At risk'],
    ['KR4', 0, null],
  ]);
});

test('no Last check-in, or one that cannot be read: the check-in is there, undated', () => {
  const out = latest({
    'Key Results': [HEADER, ['KR1', 'O1', 'a', 5, '', ''], ['KR2', 'O1', 'b', 6, '', 'last week']],
  });
  expect(out.map((c) => [c.krId, c.at, c.day])).toEqual([
    ['KR1', null, null],
    ['KR2', null, null],
  ]);
});

test('cells a person typed into the program’s columns read as absent', () => {
  const out = latest({
    'Key Results': [HEADER, ['KR1', 'O1', 'a', 'about half', 'Great', OCT_5], ['KR2', 'O1', 'b', 'lots', 'Red', OCT_5]],
  });
  expect(out.map((c) => [c.krId, c.value, c.confidence])).toEqual([['KR2', null, 'Off track']]);
});

test('blank rows between KRs: each check-in is of its own row', () => {
  const out = latest({
    'Key Results': [HEADER, ['KR1', 'O1', 'a', 1, '', ''], ['', '', '', '', '', ''], ['', '', '', '', '', ''], ['KR4', 'O1', 'd', 4, '', '']],
  });
  expect(out.map((c) => [c.row, c.krId, c.value])).toEqual([
    [2, 'KR1', 1],
    [5, 'KR4', 4],
  ]);
});

test('a Vietnamese workbook with its columns in another order: amounts and labels read the Vietnamese way', () => {
  const out = latest(
    {
      'Kết quả then chốt': [
        ['Cập nhật gần nhất', 'Mức tự tin', 'Hiện tại', 'Mã KR', 'Mã mục tiêu'],
        ['05/10/2026', 'Có rủi ro', '1.234,5', 'KR1', 'O1'],
      ],
    },
    'vi_VN',
  );
  expect(out.map((c) => [c.krId, c.value, c.confidence, c.at?.getTime()])).toEqual([['KR1', 1234.5, 'At risk', OCT_5_LOCAL_MIDNIGHT.getTime()]]);
});

test('the tab has no Current column: Confidence alone makes the check-ins', () => {
  const out = latest({
    'Key Results': [
      ['KR ID', 'Objective ID', 'Confidence'],
      ['KR1', 'O1', 'On track'],
      ['KR2', 'O1', ''],
    ],
  });
  expect(out.map((c) => [c.krId, c.value, c.confidence])).toEqual([['KR1', null, 'On track']]);
});

test('no Key Results tab, or one without rows: no check-ins', () => {
  expect(latest({ Sheet1: [['x']] })).toEqual([]);
  expect(latest({ 'Key Results': [HEADER] })).toEqual([]);
  expect(latest({ 'Key Results': [] })).toEqual([]);
});

test('namesake tabs: the rows of the tab the read took (the first), never the other’s', () => {
  const out = latest({
    'Kết quả then chốt': [HEADER, ['KR1', 'O1', 'first', 1, '', '']],
    'Key Results': [HEADER, ['KR1', 'O1', 'second', 2, '', ''], ['KR2', 'O1', 'second', 3, '', '']],
  });
  expect(out.map((c) => [c.krId, c.value])).toEqual([['KR1', 1]]);
});

test('a read of only some KRs: only their check-ins', () => {
  const rows = [HEADER, ['KR1', 'O1', 'a', 1, '', ''], ['KR2', 'O1', 'b', 2, '', ''], ['KR3', 'O1', 'c', 3, '', '']];
  const out = latest({ 'Key Results': rows }, 'en_US', new Set(['KR3', 'KR1']));
  expect(out.map((c) => [c.row, c.krId, c.value])).toEqual([
    [2, 'KR1', 1],
    [4, 'KR3', 3],
  ]);
});

test('the day is the workbook’s: the same instant is another day in another time zone', () => {
  const { book } = bookWith({ 'Key Results': [HEADER, ['KR1', 'O1', 'a', 1, '', new Date('2026-10-05T20:00:00Z')]] });
  const read = readWorkbook(book);
  const inZone = (timeZone: string) => {
    const settings: Settings = { ...read.workbook.settings, timeZone };
    return latestFromKrRows({ ...read, workbook: { ...read.workbook, settings } })[0]!;
  };
  const saigon = inZone('Asia/Ho_Chi_Minh');
  const newYork = inZone('America/New_York');
  expect(saigon.day! - newYork.day!).toBe(1);
  expect(saigon.at?.toISOString()).toBe('2026-10-05T17:00:00.000Z');
  expect(newYork.at?.toISOString()).toBe('2026-10-05T04:00:00.000Z');
});
