/** Column formatting of a tab: validation, number formats, owned-column shading and protection. */
import { choiceValues } from '../core/choice-parse';
import { choiceLabel } from '../i18n/choice-labels';
import type { Lang } from '../core/lang';
import { settingChoices } from '../i18n/setting-words';
import type { TabKey } from '../core/tabs';
import type { SettingKey } from '../core/setting-keys';
import type { ColumnSpec, TabSpec } from './schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** A tab as Set up laid it out: its sheet (found by name or registry) and each column key's 0-based index (found by header, either language). */
export interface LaidOutTab {
  readonly sheet: Sheet;
  readonly columns: Readonly<Record<string, number>>;
}

export const HEADER_BACKGROUND = '#1f3a5f';
export const HEADER_FONT = '#ffffff';
export const OWNED_BACKGROUND = '#eef2f7';
/** Marks the protections this program made, so that repair finds them instead of stacking new ones. */
export const PROTECTION_DESCRIPTION = 'OKR Sheets: written by the program';

/**
 * Applies validation and number formats to rows 2…max of each column, and shades and protects
 * (warning only: people must still sort and filter) the program-owned ones. Per column range, so the
 * number of calls depends on the number of columns, not rows. A listOf dropdown needs its source tab in
 * `tabs`; the keys of those whose tab is not there (yet) are returned, for validateReferences once it is.
 */
export function formatColumns(
  app: App,
  sheet: Sheet,
  spec: TabSpec,
  columns: Readonly<Record<string, number>>,
  lang: Lang,
  tabs: ReadonlyMap<TabKey, LaidOutTab>,
): string[] {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const protections = sheet.getProtections(app.ProtectionType.RANGE).filter((p) => p.getDescription() === PROTECTION_DESCRIPTION);
  const ownedA1 = spec.columns
    .filter((c) => c.owned && columns[c.key] !== undefined)
    .map((c) => sheet.getRange(1, columns[c.key]! + 1, rows + 1, 1).getA1Notation());
  const protectedA1 = new Set<string>();
  const waiting: string[] = [];
  for (const protection of protections) {
    const a1 = protection.getRange().getA1Notation();
    if (ownedA1.indexOf(a1) >= 0 && !protectedA1.has(a1)) protectedA1.add(a1);
    else protection.remove(); // the column moved or is no longer ours: never leave a stale lock behind
  }
  for (const column of spec.columns) {
    const index = columns[column.key];
    if (index === undefined) continue;
    const range = sheet.getRange(2, index + 1, rows, 1);
    if (column.listOf) {
      if (!validateFromColumn(app, range, column.listOf, tabs)) waiting.push(column.key);
    } else if (column.choice) {
      const labels = choiceValues(column.choice).map((v) => choiceLabel(column.choice!, v, lang));
      range.setDataValidation(app.newDataValidation().requireValueInList(labels, true).setAllowInvalid(true).build());
    } else if (column.date) {
      range.setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(true).build());
    }
    if (column.format) range.setNumberFormat(column.format);
    if (column.owned) {
      // The shading starts below the header, whose dark band and white text stay readable; the protection
      // covers the header too, so that a person is warned before renaming the program's column.
      sheet.getRange(2, index + 1, rows, 1).setBackground(OWNED_BACKGROUND);
      const owned = sheet.getRange(1, index + 1, rows + 1, 1);
      if (!protectedA1.has(owned.getA1Notation())) {
        owned.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
      }
    }
  }
  return waiting;
}

/**
 * A dropdown of rows 2…max of the source column, warning only like the choice lists: people paste rows in
 * bulk, and the check already reports an unknown ID. False when the source tab or column is missing.
 */
function validateFromColumn(
  app: App,
  range: GoogleAppsScript.Spreadsheet.Range,
  listOf: NonNullable<ColumnSpec['listOf']>,
  tabs: ReadonlyMap<TabKey, LaidOutTab>,
): boolean {
  const source = tabs.get(listOf.tab);
  const index = source?.columns[listOf.column];
  if (!source || index === undefined) return false;
  const values = source.sheet.getRange(2, index + 1, Math.max(source.sheet.getMaxRows() - 1, 1), 1);
  range.setDataValidation(app.newDataValidation().requireValueInRange(values, true).setAllowInvalid(true).build());
  return true;
}

/** The listOf dropdowns of `keys` (those formatColumns returned), once more tabs are laid out; a source still missing is skipped. */
export function validateReferences(app: App, tab: LaidOutTab, spec: TabSpec, keys: readonly string[], tabs: ReadonlyMap<TabKey, LaidOutTab>): void {
  const rows = Math.max(tab.sheet.getMaxRows() - 1, 1);
  for (const column of spec.columns) {
    const index = tab.columns[column.key];
    if (!column.listOf || index === undefined || keys.indexOf(column.key) < 0) continue;
    validateFromColumn(app, tab.sheet.getRange(2, index + 1, rows, 1), column.listOf, tabs);
  }
}

/**
 * The dropdowns of the Settings Value cells whose setting has a fixed set of values (language, cadence,
 * weekday), in `lang`, warning only; `keys` is the setting of each row from row 2 (null: not one). One call
 * for the whole column, which also clears a dropdown left on a row that no longer holds such a setting.
 */
export function validateSettingValues(
  app: App,
  sheet: Sheet,
  valueColumn: number,
  keys: readonly (SettingKey | null)[],
  lang: Lang,
  weekdays: readonly string[],
): void {
  if (keys.length === 0) return;
  const rules = new Map<SettingKey, GoogleAppsScript.Spreadsheet.DataValidation>();
  const ruleOf = (key: SettingKey | null): GoogleAppsScript.Spreadsheet.DataValidation | null => {
    const values = key === null ? null : settingChoices(key, lang, weekdays);
    if (key === null || values === null) return null;
    let rule = rules.get(key);
    if (!rule) rules.set(key, (rule = app.newDataValidation().requireValueInList(values.slice(), true).setAllowInvalid(true).build()));
    return rule;
  };
  sheet.getRange(2, valueColumn + 1, keys.length, 1).setDataValidations(keys.map((key) => [ruleOf(key)]));
}

/** Header row style: bold on a dark band, frozen. */
export function formatHeader(sheet: Sheet, width: number): void {
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setFontColor(HEADER_FONT).setBackground(HEADER_BACKGROUND);
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
}

const STATUS_COLOURS: Readonly<Record<string, string>> = {
  'On track': '#d9ead3',
  'At risk': '#fff2cc',
  'Off track': '#f4cccc',
  Stale: '#e0e0e0',
  Done: '#b6d7a8',
};

/**
 * Status, confidence and score colours on the KR tab. Rules on other ranges (the user's) are kept; ours are
 * those whose single range is one of our columns, and are replaced.
 */
export function colourStatus(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, sheet: Sheet, columns: Readonly<Record<string, number>>, lang: Lang): void {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const ranges = (['status', 'confidence', 'score'] as const)
    .filter((key) => columns[key] !== undefined)
    .map((key) => ({ key, range: sheet.getRange(2, columns[key]! + 1, rows, 1) }));
  const ours = new Set(ranges.map((r) => r.range.getA1Notation()));
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const ruleRanges = rule.getRanges();
    return !(ruleRanges.length === 1 && ours.has(ruleRanges[0]!.getA1Notation()));
  });
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const { key, range } of ranges) {
    if (key === 'score') {
      rules.push(app.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(0.7).setBackground(STATUS_COLOURS['On track']!).setRanges([range]).build());
      rules.push(app.newConditionalFormatRule().whenNumberBetween(0.4, 0.6999).setBackground(STATUS_COLOURS['At risk']!).setRanges([range]).build());
      // A formula, not "less than 0.4": a blank Score (a KR not scored yet, the empty rows below) must stay
      // white, and whether Sheets counts a blank as 0 there is unverified (LibreOffice does).
      const first = range.getA1Notation().split(':')[0]!;
      rules.push(
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied(`=AND(ISNUMBER(${first}),${first}<0.4)`)
          .setBackground(STATUS_COLOURS['Off track']!)
          .setRanges([range])
          .build(),
      );
      continue;
    }
    const kind = key === 'status' ? 'krStatus' : 'confidence';
    for (const value of choiceValues(kind)) {
      const colour = STATUS_COLOURS[value];
      if (!colour) continue;
      rules.push(
        app
          .newConditionalFormatRule()
          .whenTextEqualTo(choiceLabel(kind, value, lang))
          .setBackground(colour)
          .setRanges([range])
          .build(),
      );
    }
  }
  sheet.setConditionalFormatRules(kept.concat(rules));
}

/** How an output tab shows a block of cells: a number format, wrapping, and the width of its columns. */
export interface BlockLayout {
  /** 1-based first row and column, and the size of the block. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly format?: string;
  readonly wrap?: boolean;
  /** Pixels, for each column of the block. */
  readonly width?: number;
}

/**
 * Lays out an output tab: one call per block for each of format, wrap and width, so the number of calls
 * depends on the tab's shape, never on its rows. Blocks without rows (an empty table) are skipped; Apps
 * Script throws on a range of no rows.
 */
export function layOutBlocks(sheet: Sheet, blocks: readonly BlockLayout[]): void {
  for (const block of blocks) {
    if (block.width !== undefined && block.columns > 0) sheet.setColumnWidths(block.column, block.columns, block.width);
    if (block.rows < 1 || block.columns < 1 || (block.format === undefined && block.wrap === undefined)) continue;
    const range = sheet.getRange(block.row, block.column, block.rows, block.columns);
    if (block.format !== undefined) range.setNumberFormat(block.format);
    if (block.wrap !== undefined) range.setWrap(block.wrap);
  }
}
