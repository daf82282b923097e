/**
 * The Reviews tab read back (the caller reads the table once, with readTable, and hands it round): the
 * scores of closed cycles, the objectives it names, and the keys of the KRs it holds.
 */
import { reviewKey } from '../core/close-cycle';
import type { Lang } from '../core/lang';
import { parseAmount } from '../core/number-parse';
import type { ReviewScore } from '../core/review-history';
import type { ColumnKeyOf } from './schema';
import type { Table } from './table';

type Reviews = Table<'reviews'>;
type Row = readonly unknown[];

/** A cell of `row` by column key; undefined when the table lacks the column. */
const cellOf = (table: Reviews, row: Row, key: ColumnKeyOf<'reviews'>): unknown => {
  const index = table.col(key);
  return index >= 0 ? row[index] : undefined;
};

/**
 * Each row's cycle, team and score, for teamHistory; the score is null when its cell does not read as a
 * number in `lang` (the Score column is the program's, but people may type over it).
 */
export function reviewScores(table: Reviews | null, lang: Lang): ReviewScore[] {
  if (!table) return [];
  return table.rows.map((row) => {
    const score = parseAmount(cellOf(table, row, 'score') ?? '', lang);
    return { cycleId: String(cellOf(table, row, 'cycleId') ?? ''), teamId: String(cellOf(table, row, 'teamId') ?? ''), score: score.ok ? score.value : null };
  });
}

/**
 * The objectives Reviews names, by ID, with their cycle (CheckWorkbookOptions.archived); empty without the
 * Objective ID or Cycle ID column, as no row of it can be told apart then.
 */
export function reviewedObjectives(table: Reviews | null): Map<string, string> {
  const objectives = new Map<string, string>();
  if (!table || table.col('objectiveId') < 0 || table.col('cycleId') < 0) return objectives;
  for (const row of table.rows) {
    const id = String(cellOf(table, row, 'objectiveId') ?? '').trim();
    if (id !== '') objectives.set(id, String(cellOf(table, row, 'cycleId') ?? '').trim());
  }
  return objectives;
}

/** The review key (reviewKey) of every row: what closing a cycle must not add again. */
export function reviewKeys(table: Reviews | null): Set<string> {
  const keys = new Set<string>();
  if (!table) return keys;
  for (const row of table.rows) keys.add(reviewKey(String(cellOf(table, row, 'cycleId') ?? ''), String(cellOf(table, row, 'krId') ?? '')));
  return keys;
}
