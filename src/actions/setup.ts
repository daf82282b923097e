/**
 * "Set up / repair workbook": creates missing tabs, renames tabs and relabels headers into the workbook
 * language, appends missing columns, trims the empty columns of tables, applies validation, formats and
 * protections, and adds missing Settings rows. Idempotent, and it keeps every user row and column.
 */
import { planHeader } from '../core/header-plan';
import { dayOf } from '../core/date-parse';
import { computeKrStates } from '../core/kr-state';
import type { Settings } from '../core/settings';
import { formatSetting, settingKeyOf, settingLabel } from '../i18n/setting-words';
import { SETTING_KEYS } from '../core/setting-keys';
import { messages } from '../i18n';
import type { Lang } from '../core/lang';
import { SETTING_LABELS, TAB_LABELS } from '../i18n/tabs';
import type { TabKey } from '../core/tabs';
import { colourStatus, formatColumns, formatHeader, validateReferences, validateSettingValues, type LaidOutTab } from '../sheet/format';
import { columnLabels, SCHEMA, type TabSpec } from '../sheet/schema';
import { writeChanged } from '../sheet/cell-writes';
import { SPARE_COLUMNS, trimGrid } from '../sheet/grid-cells';
import { findTab, forgetTabs, headerIndex } from '../sheet/table';
import { formatKrValueCells } from '../sheet/kr-value-formats';
import { readWorkbook } from '../sheet/workbook-read';
import { isOutputTab, ownTab } from '../sheet/tab-registry';
import type { Services } from '../sheet/services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupResult {
  readonly created: readonly string[];
  readonly repaired: readonly string[];
  /** One line per person's tab the program stayed out of. */
  readonly notices: readonly string[];
}

/**
 * Brings every tab of the schema to the contract in `lang`; missing Settings rows get their value from
 * `settings` (defaults over what the tab says). The caller holds the lock.
 */
export function setUpWorkbook(s: Services, lang: Lang, settings: Settings): SetupResult {
  const created: string[] = [];
  const repaired: string[] = [];
  const notices: string[] = [];
  const t = messages(lang);
  // The tabs laid out so far, for the dropdowns of IDs in another tab; one whose tab comes later (People's
  // Team ID before Teams) waits until every tab is there.
  const laidOut = new Map<TabKey, LaidOutTab>();
  const waiting: { spec: TabSpec; keys: string[] }[] = [];
  for (const spec of SCHEMA) {
    const { outcome, sheet, sidestepped, waitingKeys } = setUpTab(s, spec, lang, laidOut);
    if (outcome === 'created') created.push(sheet.getName());
    if (outcome === 'repaired') repaired.push(sheet.getName());
    if (sidestepped !== '') notices.push(t.setup.sidestepped(sidestepped, sheet.getName()));
    if (waitingKeys.length > 0) waiting.push({ spec, keys: waitingKeys });
  }
  for (const { spec, keys } of waiting) validateReferences(s.app, laidOut.get(spec.key)!, spec, keys, laidOut);
  const settingsTab = findTab(s.book, 'settings');
  if (setUpSettingsRows(s, lang, settings) && settingsTab && repaired.indexOf(settingsTab.getName()) < 0) repaired.push(settingsTab.getName());
  if (settingsTab) protectSettings(s, settingsTab, settings.admins);
  // formatColumns gave Start, Target and Current their column's format: the rows of % KRs get theirs back
  // now, not at the next Refresh (the formats depend on units and values, not on the language).
  const read = readWorkbook(s.book);
  if (read.tables.keyResults) formatKrValueCells(read.tables.keyResults, computeKrStates(read.workbook, dayOf(s.now(), settings.timeZone)));
  return { created, repaired, notices };
}

/** The tab of `spec`: an input tab by its name, an output tab by the registry (a namesake of a person's is left alone). */
function tabOf(s: Services, spec: TabSpec, lang: Lang): { sheet: Sheet; created: boolean; sidestepped: string; ours: boolean } {
  if (isOutputTab(spec.key)) return { ...ownTab(s.book, s.props, spec.key, lang), ours: true };
  const found = findTab(s.book, spec.key);
  if (found) return { sheet: found, created: false, sidestepped: '', ours: true };
  const sheet = s.book.insertSheet(TAB_LABELS[spec.key][lang]);
  forgetTabs(s.book);
  return { sheet, created: true, sidestepped: '', ours: true };
}

function setUpTab(
  s: Services,
  spec: TabSpec,
  lang: Lang,
  laidOut: Map<TabKey, LaidOutTab>,
): { outcome: 'created' | 'repaired' | 'unchanged'; sheet: Sheet; sidestepped: string; waitingKeys: string[] } {
  const name = TAB_LABELS[spec.key][lang];
  const { sheet, created, sidestepped } = tabOf(s, spec, lang);
  let outcome: 'created' | 'repaired' | 'unchanged' = created ? 'created' : 'unchanged';
  if (!created && sheet.getName() !== name && !s.book.getSheetByName(name)) {
    sheet.setName(name);
    forgetTabs(s.book);
    outcome = 'repaired';
  }
  const labels = columnLabels(spec.key);
  const wanted = spec.columns.map((c) => ({ key: c.key, en: labels[c.key]!.en, vi: labels[c.key]!.vi }));
  const width = sheet.getLastColumn();
  const existing = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
  const plan = planHeader(existing, wanted, lang);
  if (plan.changed) {
    if (plan.header.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), plan.header.length - sheet.getMaxColumns());
    writeChanged(sheet, { row: 1, column: 1 }, 'across', existing, plan.header);
    if (outcome === 'unchanged') outcome = 'repaired';
  }
  // Every cell of a grid counts toward the spreadsheet's limit, and a new tab has 26 columns where Check-ins
  // uses 9: a tab with a header keeps every column up to its last value (header or not), plus SPARE_COLUMNS
  // on an input tab, where people add columns of their own. Rows stay: people type at the bottom of input
  // tabs, and output tables lose theirs where they are written (writeOutput). A tab the schema gives no
  // columns (Alignment, Dashboard, Brief) is left to its writer, which places its blocks and charts.
  if (spec.columns.length > 0) trimGrid(sheet, null, spec.kind === 'input' ? SPARE_COLUMNS : 0);
  for (const key of plan.added) {
    const column = spec.columns.find((c) => c.key === key);
    if (column?.width) sheet.setColumnWidth(plan.columns[key]! + 1, column.width);
  }
  if (plan.header.length > 0) formatHeader(sheet, plan.header.length);
  laidOut.set(spec.key, { sheet, columns: plan.columns });
  const waitingKeys = formatColumns(s.app, sheet, spec, plan.columns, lang, laidOut);
  if (spec.key === 'keyResults') colourStatus(s.app, sheet, plan.columns, lang);
  return { outcome, sheet, sidestepped, waitingKeys };
}

/**
 * Settings decides who the admins are, so only they (and the owner, whom Sheets always lets in) may edit it
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection). One protection, found
 * again by its description.
 */
function protectSettings(s: Services, sheet: Sheet, admins: readonly string[]): void {
  const existing = sheet.getProtections(s.app.ProtectionType.SHEET).find((p) => p.getDescription() === SETTINGS_PROTECTION);
  const protection = existing ?? sheet.protect().setDescription(SETTINGS_PROTECTION);
  const editors = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = editors.filter((e) => admins.indexOf(e) < 0);
  const missing = admins.filter((e) => editors.indexOf(e) < 0);
  if (extra.length > 0) protection.removeEditors(extra);
  if (missing.length > 0) protection.addEditors(missing.slice());
}

const SETTINGS_PROTECTION = 'OKR Sheets: Settings, for admins';

/**
 * Adds a row for every missing setting (label, default value, description) and relabels the Key and
 * Description cells of existing ones into `lang`; of the values people typed, only a language, cadence or
 * weekday that reads is relabelled (the same value, named as its dropdown names it). Gives those three
 * Value cells their dropdown.
 */
function setUpSettingsRows(s: Services, lang: Lang, settings: Settings): boolean {
  const sheet = findTab(s.book, 'settings');
  if (!sheet) return false;
  const values = sheet.getDataRange().getValues();
  const col = headerIndex('settings', values[0] ?? []);
  const keyCol = col('key');
  const descriptionCol = col('description');
  const valueCol = col('value');
  // Without its Key and Value columns (a renamed header) the tab cannot be repaired row by row: the check
  // reports the missing column; nothing is written where it would land in a person's column.
  if (keyCol < 0 || valueCol < 0 || descriptionCol < 0) return false;
  const t = messages(lang);
  const seen = new Set<string>();
  let changed = false;
  const body = values.slice(1).map((row) => row.slice());
  for (const row of body) {
    const key = settingKeyOf(row[keyCol]);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (row[keyCol] !== SETTING_LABELS[key][lang]) {
      row[keyCol] = SETTING_LABELS[key][lang];
      changed = true;
    }
    if (row[descriptionCol] !== t.settings[key]) {
      row[descriptionCol] = t.settings[key];
      changed = true;
    }
    // A language, cadence or weekday that reads is shown as the dropdown names it in `lang` (Switch language
    // relabels `quarter` as `quý`); one that does not read stays as typed, for the check to report.
    const label = settingLabel(key, row[valueCol], lang, t.weekdays);
    if (label !== null && row[valueCol] !== label) {
      row[valueCol] = label;
      changed = true;
    }
  }
  const width = Math.max(values[0]?.length ?? 0, keyCol + 1, valueCol + 1, descriptionCol + 1);
  const fresh = SETTING_KEYS.filter((key) => !seen.has(key)).map((key) => {
    const row: unknown[] = new Array(width).fill('');
    row[keyCol] = SETTING_LABELS[key][lang];
    row[valueCol] = formatSetting(settings, key, t.weekdays, lang);
    row[descriptionCol] = t.settings[key];
    return row;
  });
  if (changed) {
    // Only the cells that change, never a whole column: the Value cells are people's.
    for (const index of [keyCol, valueCol, descriptionCol]) {
      writeChanged(
        sheet,
        { row: 2, column: index + 1 },
        'down',
        values.slice(1).map((r) => r[index]),
        body.map((r) => r[index]),
      );
    }
  }
  if (fresh.length > 0) {
    const start = values.length + 1;
    if (start + fresh.length - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), start + fresh.length - 1 - sheet.getMaxRows());
    sheet.getRange(start, 1, fresh.length, width).setValues(fresh);
    changed = true;
  }
  validateSettingValues(
    s.app,
    sheet,
    valueCol,
    [...body, ...fresh].map((row) => settingKeyOf(row[keyCol])),
    lang,
    t.weekdays,
  );
  return changed;
}
