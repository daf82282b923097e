/**
 * Planning a header row repair: which cells get our label in the workbook language and which of our
 * columns are appended, keeping every user column and its position.
 */
import type { Lang } from './lang';
import { foldText } from './text';

export interface HeaderLabel {
  readonly key: string;
  readonly en: string;
  readonly vi: string;
}

export interface HeaderPlan {
  /** The header row after repair; user cells unchanged. */
  readonly header: readonly string[];
  /** 0-based column of every key. */
  readonly columns: Readonly<Record<string, number>>;
  /** Keys whose column did not exist before. */
  readonly added: readonly string[];
  readonly changed: boolean;
}

/**
 * Matches each wanted column to an existing header cell by either language's label (case- and
 * accent-insensitive), relabels it in `lang`, and appends the missing ones after the last used column.
 *
 * @example
 * planHeader(['Email', 'Ghi chú'], [{ key: 'email', en: 'Email', vi: 'Email' }, { key: 'name', en: 'Name', vi: 'Họ tên' }], 'vi')
 * //=> { header: ['Email', 'Ghi chú', 'Họ tên'], columns: { email: 0, name: 2 }, added: ['name'], changed: true }
 */
export function planHeader(existing: readonly unknown[], wanted: readonly HeaderLabel[], lang: Lang): HeaderPlan {
  const header = existing.map((h) => (h === null || h === undefined ? '' : String(h)));
  while (header.length > 0 && header[header.length - 1]!.trim() === '') header.pop();
  const folded = header.map(foldText);
  const columns: Record<string, number> = {};
  const added: string[] = [];
  const taken = new Set<number>();
  for (const column of wanted) {
    const index = folded.findIndex((h, i) => !taken.has(i) && h !== '' && (h === foldText(column.en) || h === foldText(column.vi)));
    if (index >= 0) {
      taken.add(index);
      columns[column.key] = index;
    }
  }
  for (const column of wanted) {
    if (columns[column.key] === undefined) {
      columns[column.key] = header.length;
      header.push('');
      added.push(column.key);
    }
  }
  let changed = added.length > 0;
  for (const column of wanted) {
    const index = columns[column.key]!;
    if (header[index] !== column[lang]) {
      header[index] = column[lang];
      changed = true;
    }
  }
  return { header, columns, added, changed };
}
