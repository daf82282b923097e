/**
 * What the CLI reads from a workbook snapshot before and after the bundle runs on it: the settings (through
 * core's parseSettings, over the Settings rows), the tabs by name in either language, and their data rows.
 */
import { isBlank } from '../../core/parsed';
import { defaultSettings, parseSettings, type SettingProblem, type Settings } from '../../core/settings';
import { SETTING_WORDS } from '../../i18n/setting-words';
import { foldText } from '../../core/text';
import { langOfLocale } from '../../i18n/lang';
import { COLUMN_LABELS, TAB_LABELS, type TabKey } from '../../i18n/tabs';
import type { BookSnapshot, CellValue, SheetSnapshot } from '../emulator';

/** The tabs people fill in: a workbook without any of them is not an OKR workbook. */
const INPUT_TABS: readonly TabKey[] = [
  'settings',
  'cycles',
  'people',
  'teams',
  'objectives',
  'keyResults',
  'checkIns',
  'initiatives',
  'dependencies',
  'reviews',
];

/** The tab of `key` found as the program finds it: by its name in either language, case and accents aside. */
export function snapshotTab(book: BookSnapshot, key: TabKey): SheetSnapshot | null {
  const wanted = [foldText(TAB_LABELS[key].en), foldText(TAB_LABELS[key].vi)];
  return book.sheets.find((sheet) => wanted.indexOf(foldText(sheet.name)) >= 0) ?? null;
}

export function hasOkrTabs(book: BookSnapshot): boolean {
  return INPUT_TABS.some((key) => snapshotTab(book, key) !== null);
}

/** The rows below the header that hold anything, as the program's reader counts records. */
export function dataRows(book: BookSnapshot, key: TabKey): readonly (readonly CellValue[])[] {
  return (snapshotTab(book, key)?.values.slice(1) ?? []).filter((row) => !row.every(isBlank));
}

/** The index of a column in `header` by its label in either language; -1 when absent. */
export function columnIndex(header: readonly unknown[], label: { readonly en: string; readonly vi: string }): number {
  const wanted = [foldText(label.en), foldText(label.vi)];
  return header.findIndex((cell) => wanted.indexOf(foldText(String(cell))) >= 0);
}

/** The workbook's settings over its locale and time zone, as the bundle reads them. */
export function snapshotSettings(book: BookSnapshot): { settings: Settings; problems: SettingProblem[] } {
  const defaults = defaultSettings(langOfLocale(book.locale), book.timeZone);
  const values = snapshotTab(book, 'settings')?.values ?? [];
  const header = values[0] ?? [];
  const key = columnIndex(header, COLUMN_LABELS.settings.key);
  const value = columnIndex(header, COLUMN_LABELS.settings.value);
  if (key < 0 || value < 0) return { settings: defaults, problems: [] };
  return parseSettings(
    values.slice(1).map((cells, i) => ({ row: i + 2, key: cells[key], value: cells[value] })),
    defaults,
    SETTING_WORDS,
  );
}
