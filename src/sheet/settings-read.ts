/** Reads the Settings tab (one call) into typed settings over the spreadsheet's own locale and time zone. */
import { langOfLocale } from '../core/lang';
import { defaultSettings, parseSettings, type SettingProblem, type Settings } from '../core/settings';
import { SETTING_WORDS } from '../i18n/setting-words';
import { readTable } from './table';

export function readSettings(book: GoogleAppsScript.Spreadsheet.Spreadsheet): { settings: Settings; problems: SettingProblem[] } {
  const defaults = defaultSettings(langOfLocale(book.getSpreadsheetLocale()), book.getSpreadsheetTimeZone());
  const table = readTable(book, 'settings');
  if (!table) return { settings: defaults, problems: [] };
  const key = table.col('key');
  const value = table.col('value');
  if (key < 0 || value < 0) return { settings: defaults, problems: [] };
  const rows = table.rows.map((cells, i) => ({ row: i + 2, key: cells[key], value: cells[value] }));
  return parseSettings(rows, defaults, SETTING_WORDS);
}
