/**
 * Single Value cells of the Settings tab written by an action (the first admin, the language switch), each
 * found by its setting's key in either language; Set up writes the tab whole.
 */
import type { Lang } from '../core/lang';
import type { SettingKey } from '../core/setting-keys';
import { settingKeyOf } from '../i18n/setting-words';
import { SETTING_LABELS } from '../i18n/tabs';
import { findTab, headerIndex } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Settings tab read whole (one call), with the index of `key`'s row in its values (-1 when it has none). */
function settingRow(sheet: Sheet, key: SettingKey) {
  const values = sheet.getDataRange().getValues();
  const col = headerIndex('settings', values[0] ?? []);
  const row = values.findIndex((r, i) => i > 0 && settingKeyOf(r[col('key')]) === key);
  return { values, row, valueCol: col('value') };
}

/** Writes `value` into the Value cell of setting `key` only when that cell is blank; returns whether it wrote. */
export function fillBlankSetting(book: GoogleAppsScript.Spreadsheet.Spreadsheet, key: SettingKey, value: string): boolean {
  const sheet = findTab(book, 'settings');
  if (!sheet) return false;
  const { values, row, valueCol } = settingRow(sheet, key);
  if (row < 1 || valueCol < 0 || String(values[row]![valueCol] ?? '').trim() !== '') return false;
  sheet.getRange(row + 1, valueCol + 1).setValue(value);
  return true;
}

/**
 * Writes the Language setting's value as `lang`; a tab without a Language row gets one at the bottom
 * (the label in `lang`), and one without a Value column is left as it is.
 */
export function writeLanguageSetting(book: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): void {
  const sheet = findTab(book, 'settings');
  if (!sheet) return;
  const { row, valueCol } = settingRow(sheet, 'language');
  if (row > 0 && valueCol >= 0) sheet.getRange(row + 1, valueCol + 1).setValue(lang);
  else if (row < 0) sheet.appendRow([SETTING_LABELS.language[lang], lang]);
}
