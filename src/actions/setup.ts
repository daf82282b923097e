/**
 * "Set up / repair workbook": creates missing tabs, renames tabs and relabels headers into the workbook
 * language, appends missing columns, applies validation, formats and protections, and adds missing
 * Settings rows. Idempotent, and it keeps every user row and column.
 */
import { planHeader } from '../core/header-plan';
import { formatSetting, SETTING_KEYS, settingKeyOf, type Settings } from '../core/settings';
import { messages } from '../i18n';
import type { Lang } from '../i18n/lang';
import { SETTING_LABELS, TAB_LABELS } from '../i18n/tabs';
import { colourStatus, formatColumns, formatHeader } from '../sheet/format';
import { columnLabels, SCHEMA, type TabSpec } from '../sheet/schema';
import { findTab, headerIndex } from '../sheet/table';
import type { Services } from '../sheet/services';

export interface SetupResult {
  readonly created: number;
  readonly repaired: number;
}

/**
 * Brings every tab of the schema to the contract in `lang`; missing Settings rows get their value from
 * `settings` (defaults over what the tab says). The caller holds the document lock.
 */
export function setUpWorkbook(s: Services, lang: Lang, settings: Settings): SetupResult {
  let created = 0;
  let repaired = 0;
  for (const spec of SCHEMA) {
    const outcome = setUpTab(s, spec, lang);
    if (outcome === 'created') created += 1;
    if (outcome === 'repaired') repaired += 1;
  }
  if (setUpSettingsRows(s, lang, settings)) repaired += 1;
  return { created, repaired };
}

function setUpTab(s: Services, spec: TabSpec, lang: Lang): 'created' | 'repaired' | 'unchanged' {
  const name = TAB_LABELS[spec.key][lang];
  let sheet = findTab(s.book, spec.key);
  let outcome: 'created' | 'repaired' | 'unchanged' = 'unchanged';
  if (!sheet) {
    sheet = s.book.insertSheet(name);
    outcome = 'created';
  } else if (sheet.getName() !== name && !s.book.getSheetByName(name)) {
    sheet.setName(name);
    outcome = 'repaired';
  }
  const labels = columnLabels(spec.key);
  const wanted = spec.columns.map((c) => ({ key: c.key, en: labels[c.key]!.en, vi: labels[c.key]!.vi }));
  const width = sheet.getLastColumn();
  const existing = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] ?? [] : [];
  const plan = planHeader(existing, wanted, lang);
  if (plan.changed) {
    if (plan.header.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), plan.header.length - sheet.getMaxColumns());
    sheet.getRange(1, 1, 1, plan.header.length).setValues([plan.header.slice()]);
    if (outcome === 'unchanged') outcome = 'repaired';
  }
  for (const key of plan.added) {
    const column = spec.columns.find((c) => c.key === key);
    if (column?.width) sheet.setColumnWidth(plan.columns[key]! + 1, column.width);
  }
  if (plan.header.length > 0) formatHeader(sheet, plan.header.length);
  formatColumns(s.app, sheet, spec, plan.columns, lang);
  if (spec.key === 'keyResults') colourStatus(s.app, sheet, plan.columns, lang);
  return outcome;
}

/**
 * Adds a row for every missing setting (label, default value, description) and relabels the Key and
 * Description cells of existing ones into `lang`; values people typed are never touched.
 */
function setUpSettingsRows(s: Services, lang: Lang, settings: Settings): boolean {
  const sheet = findTab(s.book, 'settings');
  if (!sheet) return false;
  const values = sheet.getDataRange().getValues();
  const col = headerIndex('settings', values[0] ?? []);
  const keyCol = col('key');
  const descriptionCol = col('description');
  const valueCol = col('value');
  const t = messages(lang);
  const seen = new Set<string>();
  let changed = false;
  const body = values.slice(1).map((row) => row.slice());
  for (const row of body) {
    const key = settingKeyOf(row[keyCol]);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (row[keyCol] !== SETTING_LABELS[key][lang]) { row[keyCol] = SETTING_LABELS[key][lang]; changed = true; }
    if (row[descriptionCol] !== t.settings[key]) { row[descriptionCol] = t.settings[key]; changed = true; }
  }
  const width = Math.max(values[0]?.length ?? 0, keyCol + 1, valueCol + 1, descriptionCol + 1);
  const fresh = SETTING_KEYS.filter((key) => !seen.has(key)).map((key) => {
    const row: unknown[] = new Array(width).fill('');
    row[keyCol] = SETTING_LABELS[key][lang];
    row[valueCol] = formatSetting(settings, key, t.weekdays);
    row[descriptionCol] = t.settings[key];
    return row;
  });
  if (changed) {
    for (const key of [keyCol, descriptionCol]) {
      sheet.getRange(2, key + 1, body.length, 1).setValues(body.map((row) => [row[key] ?? '']));
    }
  }
  if (fresh.length > 0) {
    const start = values.length + 1;
    if (start + fresh.length - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), start + fresh.length - 1 - sheet.getMaxRows());
    sheet.getRange(start, 1, fresh.length, width).setValues(fresh);
    changed = true;
  }
  return changed;
}
