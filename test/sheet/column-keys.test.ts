// Column keys are typed per tab (schema.ts ColumnKeyOf): a misspelt key, or another tab's, fails `tsc --noEmit`
// (which npm test runs over test/ too) where it used to compile and read ''. Each @ts-expect-error line below
// is such a key; tsc fails if it ever compiles. The assertions show what the key would have read at run time.
import type { TabKey } from '../../src/core/tabs';
import { COLUMN_LABELS, type ColumnTab } from '../../src/i18n/tabs';
import { rowReader, type ReadContext } from '../../src/sheet/row-reader';
import { SCHEMA, tabSpec, type ColumnKeyOf } from '../../src/sheet/schema';
import { appendRecords, headerIndex, readRowsWithIds, readTable, writeColumns, type Table } from '../../src/sheet/table';
import { bookWith, valuesOf } from './book';

/** True when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The tabs whose schema keys differ from their labels' keys: none, or tsc refuses the `true` below. */
type Unlabelled = { [T in ColumnTab]: Same<ColumnKeyOf<T>, keyof (typeof COLUMN_LABELS)[T]> extends true ? never : T }[ColumnTab];

const ctx = (): ReadContext => ({ lang: 'en', timeZone: 'Asia/Ho_Chi_Minh', problems: [] });

describe('column keys typed per tab', () => {
  test('every tab has a schema entry, and its keys are those of its labels (checked by tsc, and here at run time)', () => {
    const labelled: [Unlabelled] extends [never] ? true : false = true;
    const without: Same<ColumnKeyOf<'alignment' | 'dashboard' | 'brief'>, never> = true;
    expect([labelled, without]).toEqual([true, true]);
    for (const spec of SCHEMA) {
      const labels = (COLUMN_LABELS as Partial<Record<TabKey, object>>)[spec.key] ?? {};
      expect(spec.columns.map((c) => c.key).sort()).toEqual(Object.keys(labels).sort());
      // A dropdown's source column (typed as string: the schema cannot name its own keys while it is being defined).
      for (const { listOf } of spec.columns) if (listOf) expect(tabSpec(listOf.tab).columns.map((c) => c.key)).toContain(listOf.column);
    }
  });

  test('Reviews: table.col takes its keys; a misspelt one and a Cycles-only one are compile errors', () => {
    const { book } = bookWith({
      Reviews: [
        ['Cycle ID', 'Objective ID', 'KR ID'],
        ['Q4', 'O1', 'KR1'],
      ],
    });
    const reviews: Table<'reviews'> = readTable(book, 'reviews')!;
    expect([reviews.col('cycleId'), reviews.col('krId'), reviews.col('learned')]).toEqual([0, 2, -1]);
    // @ts-expect-error misspelt: the key is cycleId
    expect(reviews.col('cycleid')).toBe(-1);
    // @ts-expect-error Cycles has a Status column, Reviews does not
    expect(reviews.col('status')).toBe(-1);
  });

  test('Key Results: the row reader and readRowsWithIds take its keys', () => {
    const { book } = bookWith({
      'Key Results': [
        ['KR ID', 'Objective ID', 'Target'],
        ['KR1', 'O1', 40],
        ['KR2', 'O1', 10],
      ],
    });
    const table = readRowsWithIds(book, 'keyResults', 'krId', new Set(['KR2']))!;
    const r = rowReader('keyResults', table, table.rows[1]!, 3, 'KR2', ctx());
    expect([r.text('krId'), r.number('target'), r.text('objectiveId')]).toEqual(['KR2', 10, 'O1']);
    // @ts-expect-error misspelt: the key is krId
    expect(r.text('krID')).toBe('');
    // @ts-expect-error misspelt: the key is target
    expect(r.number('targt')).toBeNull();
    // @ts-expect-error objectiveId is the Key Results' key, `objective` is the Objectives' title
    expect(r.text('objective')).toBe('');
    // @ts-expect-error misspelt ID column
    expect(readRowsWithIds(book, 'keyResults', 'krid', new Set(['KR2']))!.rows.every((row) => row.length === 0)).toBe(true);
  });

  test('Check-ins: appended records and written columns take its keys', () => {
    const { rt, book } = bookWith({ 'Check-ins': [['Timestamp', 'KR ID', 'Value']] });
    const table = readTable(book, 'checkIns')!;
    // @ts-expect-error misspelt: the key is value
    appendRecords(table, [{ krId: 'KR1', vaule: 5 }]);
    appendRecords(table, [{ krId: 'KR2', value: 7 }]);
    expect(valuesOf(rt, 'Check-ins').slice(1)).toEqual([
      ['', 'KR1', ''],
      ['', 'KR2', 7],
    ]);
    const again = readTable(book, 'checkIns')!;
    // @ts-expect-error `status` is a Key Results column, not a Check-ins one
    writeColumns(again, ['value', 'status'], [[8, 'On track']], 3);
    expect(valuesOf(rt, 'Check-ins')[2]).toEqual(['', 'KR2', 8]);
  });

  test('Log: headerIndex takes its keys', () => {
    const col = headerIndex('log', ['Time', 'Action', 'Outcome']);
    expect([col('time'), col('outcome'), col('error')]).toEqual([0, 2, -1]);
    // @ts-expect-error misspelt: the key is time
    expect(col('tme')).toBe(-1);
  });

  test('a table of any tab takes the keys of every tab, and still no key that is none of theirs', () => {
    const any: Table = headerTable('cycles', ['Cycle ID', 'Status']);
    expect([any.col('cycleId'), any.col('status')]).toEqual([0, 1]);
    // @ts-expect-error no tab has a column cycle
    expect(any.col('cycle')).toBe(-1);
  });
});

function headerTable<T extends TabKey>(tab: T, header: string[]): Table<T> {
  const { book } = bookWith({});
  return { sheet: book.getSheets()[0]!, header, rows: [], col: headerIndex(tab, header) };
}
