// The Reviews tab read back: scores for TARGETS_TOO_SAFE, the objectives it names, the keys closing a cycle must not add again.
import type { Lang } from '../../src/core/lang';
import { emptyBook, LocalRuntime } from '../../src/local/emulator';
import { reviewedObjectives, reviewKeys, reviewScores } from '../../src/sheet/reviews-read';
import { readTable } from '../../src/sheet/table';
import { COLUMN_LABELS, TAB_LABELS } from '../../src/i18n/tabs';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Key = keyof typeof COLUMN_LABELS.reviews;

/** A book whose Reviews tab has the columns `keys` (labelled in `lang`) and `rows`; the table as read. */
function reviews(keys: readonly Key[], rows: unknown[][], lang: Lang = 'en') {
  const rt = new LocalRuntime({ book: emptyBook('OKR', lang === 'vi' ? 'vi_VN' : 'en_US', 'Asia/Ho_Chi_Minh') });
  rt.env.quiet(() => {
    const sheet = rt.book.insertSheet(TAB_LABELS.reviews[lang]);
    const values = [keys.map((k) => COLUMN_LABELS.reviews[k][lang]), ...rows];
    sheet.getRange(1, 1, values.length, keys.length).setValues(values);
  });
  return readTable(rt.book as unknown as Book, 'reviews');
}

const KEYS: Key[] = ['cycleId', 'objectiveId', 'teamId', 'krId', 'score'];

describe('reviewScores', () => {
  test('each row with its cycle, team and score; a score that does not read is null', () => {
    const table = reviews(KEYS, [
      ['Q3', 'O1', 'KD', 'KR1', 0.7],
      ['Q3', 'O1', 'KD', 'KR2', '0.45'],
      ['Q3', 'O2', '', 'KR3', 'n/a'],
      ['Q4', 'O3', 'SP', 'KR4', ''],
    ]);
    expect(reviewScores(table, 'en')).toEqual([
      { cycleId: 'Q3', teamId: 'KD', score: 0.7 },
      { cycleId: 'Q3', teamId: 'KD', score: 0.45 },
      { cycleId: 'Q3', teamId: '', score: null },
      { cycleId: 'Q4', teamId: 'SP', score: null },
    ]);
  });

  test('a typed score reads in the workbook language: 0,8 is 0.8 in Vietnamese', () => {
    const table = reviews(KEYS, [['Q3', 'O1', 'KD', 'KR1', '0,8']], 'vi');
    expect(reviewScores(table, 'vi')[0]!.score).toBeCloseTo(0.8);
  });

  test('columns are found by their label, wherever they stand', () => {
    const table = reviews(['score', 'krId', 'teamId', 'cycleId'], [[1, 'KR1', 'KD', 'Q3']]);
    expect(reviewScores(table, 'en')).toEqual([{ cycleId: 'Q3', teamId: 'KD', score: 1 }]);
  });

  test('without the tab there is no score; without a column its cells read blank', () => {
    expect(reviewScores(null, 'en')).toEqual([]);
    expect(reviewScores(reviews(['cycleId', 'score'], [['Q3', 1]]), 'en')).toEqual([{ cycleId: 'Q3', teamId: '', score: 1 }]);
  });
});

describe('reviewedObjectives', () => {
  test('each objective ID once, with its cycle, trimmed; rows without an objective ID are left out', () => {
    const table = reviews(KEYS, [
      ['Q3', ' O1 ', 'KD', 'KR1', 1],
      ['Q3', 'O1', 'KD', 'KR2', 1],
      [' Q4 ', 'O2', 'KD', 'KR3', 1],
      ['Q4', '', 'KD', 'KR4', 1],
    ]);
    expect([...reviewedObjectives(table)]).toEqual([
      ['O1', 'Q3'],
      ['O2', 'Q4'],
    ]);
  });

  test('nothing without the tab, its Objective ID or its Cycle ID column', () => {
    expect(reviewedObjectives(null).size).toBe(0);
    expect(reviewedObjectives(reviews(['cycleId', 'krId'], [['Q3', 'KR1']])).size).toBe(0);
    expect(reviewedObjectives(reviews(['objectiveId', 'krId'], [['O1', 'KR1']])).size).toBe(0);
  });
});

describe('reviewKeys', () => {
  test('the cycle and KR of every row, as reviewKey builds them', () => {
    const table = reviews(KEYS, [
      ['Q3', 'O1', 'KD', 'KR1', 1],
      ['Q4', 'O1', 'KD', 'KR1', 1],
      ['Q4', 'O1', 'KD', 'KR1', 1],
    ]);
    expect([...reviewKeys(table)]).toEqual(['Q3:KR1', 'Q4:KR1']);
  });

  test('none without the tab', () => {
    expect(reviewKeys(null).size).toBe(0);
  });
});
