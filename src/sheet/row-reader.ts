/** Typed access to the cells of one row, recording every unreadable cell as a CellProblem. */
import { parseChoice } from '../i18n/choice-labels';
import { isDate, parseDay, type Day } from '../core/date-parse';
import { parseEmail } from '../core/email-parse';
import type { CellProblem } from '../core/model';
import { parseAmount } from '../core/number-parse';
import { fail, inputText, isBlank, ok, type Parsed, type Problem } from '../core/parsed';
import type { Lang } from '../core/lang';
import type { ChoiceKind, Choice } from '../core/choices';
import type { TabKey } from '../core/tabs';
import type { ColumnKeyOf } from './schema';
import type { Table } from './table';

/** A row of tab `T`: its cells by the tab's column keys. */
export interface RowReader<T extends TabKey = TabKey> {
  text(key: ColumnKeyOf<T>): string;
  number(key: ColumnKeyOf<T>): number | null;
  day(key: ColumnKeyOf<T>): Day | null;
  email(key: ColumnKeyOf<T>): string;
  choice<K extends ChoiceKind>(key: ColumnKeyOf<T>, kind: K): Choice<K> | null;
  /**
   * A real date-time (a Date cell), else null with a problem, blank included: text has no reliable
   * time of day and a bare number may be a serial or a slip, so neither is guessed at.
   */
  instant(key: ColumnKeyOf<T>): Date | null;
  /** Records a problem of this row's `key` cell found outside the typed readers. */
  report(key: ColumnKeyOf<T>, problem: Problem): void;
  /** The raw cell, for the rare reader that needs a real Date. */
  raw(key: ColumnKeyOf<T>): unknown;
}

export interface ReadContext {
  readonly lang: Lang;
  readonly timeZone: string;
  readonly problems: CellProblem[];
}

/**
 * A reader over `cells` (sheet row `row` of `tab`). Blank cells read as '' or null without a problem:
 * which fields are required is for the checks to say (MISSING_FIELD), not the reader.
 */
export function rowReader<T extends TabKey>(tab: T, table: Table<T>, cells: readonly unknown[], row: number, id: string, ctx: ReadContext): RowReader<T> {
  const raw = (key: ColumnKeyOf<T>): unknown => {
    const index = table.col(key);
    return index >= 0 ? (cells[index] ?? '') : '';
  };
  const report = (key: ColumnKeyOf<T>, problem: Problem): void => {
    ctx.problems.push({ tab, row, column: key, header: String(table.header[table.col(key)] ?? ''), id, problem });
  };
  function typed<V>(key: ColumnKeyOf<T>, parse: (value: unknown) => Parsed<V>, blankIsProblem = false): V | null {
    const value = raw(key);
    if (isBlank(value) && !blankIsProblem) return null;
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    report(key, parsed.problem);
    return null;
  }
  const instant = (value: unknown): Parsed<Date> => {
    if (isBlank(value)) return fail('MISSING', '');
    if (!isDate(value)) return fail('INVALID_DATE', inputText(value).trim());
    const day = parseDay(value, ctx.timeZone, ctx.lang);
    return day.ok ? ok(value) : day;
  };
  return {
    raw,
    text: (key) => {
      const value = raw(key);
      return isDate(value) ? String(value) : String(value).trim();
    },
    number: (key) => typed(key, (v) => parseAmount(v, ctx.lang)),
    day: (key) => typed(key, (v) => parseDay(v, ctx.timeZone, ctx.lang)),
    email: (key) => typed(key, parseEmail) ?? '',
    choice: (key, kind) => typed(key, (v) => parseChoice(kind, v)),
    instant: (key) => typed(key, instant, true),
    report,
  };
}
