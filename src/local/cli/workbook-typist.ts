/**
 * Typing rows into the workbook as a person would (through LocalRuntime.type, so onEdit fires), with
 * values placed by the column labels the tab shows, never by position.
 */
import { foldText } from '../../core/text';
import { COLUMN_LABELS, TAB_LABELS, type ColumnTab, type TabKey } from '../../i18n/tabs';
import type { LocalRuntime } from '../emulator';

/** The tab a person types into, found as a person finds it: not one of the program's calls. */
function tabSheet(rt: LocalRuntime, tab: TabKey) {
  const names = [foldText(TAB_LABELS[tab].en), foldText(TAB_LABELS[tab].vi)];
  const sheet = rt.env.quiet(() => rt.book.getSheets().find((s) => names.indexOf(foldText(s.getName())) >= 0));
  if (!sheet) throw new Error(`the workbook has no ${TAB_LABELS[tab].en} tab`);
  return sheet;
}

/** Pastes `records` (values by column key) below the last row of `tab`, as `user`. */
export function typeRows(rt: LocalRuntime, tab: ColumnTab, records: readonly Readonly<Record<string, unknown>>[], user?: string): void {
  if (records.length === 0) return;
  const sheet = tabSheet(rt, tab);
  const { header, lastRow } = rt.env.quiet(() => ({
    header: sheet
      .getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1))
      .getValues()[0]!
      .map((h) => foldText(String(h))),
    lastRow: sheet.getLastRow(),
  }));
  const labels = COLUMN_LABELS[tab] as Readonly<Record<string, { en: string; vi: string }>>;
  const index = (key: string) => {
    const label = labels[key];
    return label ? header.findIndex((h) => h === foldText(label.en) || h === foldText(label.vi)) : -1;
  };
  const rows = records.map((record) => {
    const row: unknown[] = new Array(header.length).fill('');
    for (const key of Object.keys(record)) {
      const i = index(key);
      if (i >= 0) row[i] = record[key];
    }
    return row;
  });
  rt.type(
    rt.env.quiet(() => sheet.getName()),
    lastRow + 1,
    1,
    rows,
    user,
  );
}

/** Sets the Value of a Settings row found by its Key label in either language. */
export function typeSetting(rt: LocalRuntime, label: { en: string; vi: string }, value: unknown): void {
  const sheet = tabSheet(rt, 'settings');
  const values = rt.env.quiet(() => sheet.getDataRange().getValues());
  const header = (values[0] ?? []).map((h) => foldText(String(h)));
  const find = (l: { en: string; vi: string }) => header.findIndex((h) => h === foldText(l.en) || h === foldText(l.vi));
  const keyCol = find(COLUMN_LABELS.settings.key);
  const valueCol = find(COLUMN_LABELS.settings.value);
  const row = values.findIndex((r) => [foldText(label.en), foldText(label.vi)].indexOf(foldText(String(r[keyCol]))) >= 0);
  if (row < 1 || valueCol < 0) throw new Error(`no Settings row ${label.en}`);
  rt.type(
    rt.env.quiet(() => sheet.getName()),
    row + 1,
    valueCol + 1,
    [[value]],
  );
}

/** Types `value` into the `key` column of the row whose `idKey` column holds `id`, as `user`. */
export function typeCell(rt: LocalRuntime, tab: ColumnTab, idKey: string, id: string, key: string, value: unknown, user?: string): void {
  const sheet = tabSheet(rt, tab);
  const values = rt.env.quiet(() => sheet.getDataRange().getValues());
  const header = (values[0] ?? []).map((h) => foldText(String(h)));
  const labels = COLUMN_LABELS[tab] as Readonly<Record<string, { en: string; vi: string }>>;
  const column = (k: string) => header.findIndex((h) => h === foldText(labels[k]!.en) || h === foldText(labels[k]!.vi));
  const row = values.findIndex((r, i) => i > 0 && String(r[column(idKey)]) === id);
  if (row < 1 || column(key) < 0) throw new Error(`no ${id} in ${TAB_LABELS[tab].en}`);
  rt.type(sheet.getName(), row + 1, column(key) + 1, [[value]], user);
}
