// The bad-input corpus, structure part: tabs, headers and Settings people break in ways data cannot say.
import { foldText } from '../../src/core/text';
import { SETTING_LABELS, TAB_LABELS, type ColumnTab, type SettingKey } from '../../src/i18n/tabs';
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows, typeSetting } from '../../src/local/cli';
import { SALES_REP } from '../support/bundle';
import { columnOf, INPUT_TABS, sheetOf, type BadInputCase } from './bad-input-corpus';

/** Deleting a tab fires no onEdit (only onChange, which the product does not use). */
const deleteTab = (tab: ColumnTab) => (rt: LocalRuntime) => rt.env.quiet(() => rt.book.deleteSheet(sheetOf(rt, tab)));

/** A person retyping one header cell. */
const renameHeader = (tab: ColumnTab, key: string, label: string) => (rt: LocalRuntime) =>
  rt.type(sheetOf(rt, tab).getName(), 1, columnOf(rt, tab, key), [[label]]);

/**
 * Merging header cells keeps the upper-left value only (the Sheets UI warns so before merging), and
 * getValues reads the other cells of a merge as ''. The emulator has no Range.merge, so those cells are
 * blanked. A merge fires onChange, not onEdit.
 */
const mergeHeader = (tab: ColumnTab, firstKey: string, count: number) => (rt: LocalRuntime) => {
  const sheet = sheetOf(rt, tab);
  const first = columnOf(rt, tab, firstKey);
  rt.env.quiet(() => sheet.getRange(1, first + 1, 1, count - 1).setValues([new Array<string>(count - 1).fill('')]));
};

/** A person clearing the whole header row. */
const blankHeader = (tab: ColumnTab) => (rt: LocalRuntime) => {
  const sheet = sheetOf(rt, tab);
  rt.type(sheet.getName(), 1, 1, [new Array<string>(rt.env.quiet(() => sheet.getLastColumn())).fill('')]);
};

/** A person retyping every header of a tab without diacritics. */
const foldHeaders = (tab: ColumnTab) => (rt: LocalRuntime) => {
  const sheet = sheetOf(rt, tab);
  const header = rt.env.quiet(() => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!);
  rt.type(sheet.getName(), 1, 1, [header.map((h) => foldText(String(h)).replace(/^./, (c) => c.toUpperCase()))]);
};

/** Renaming tabs fires no onEdit. */
const foldTabNames = (rt: LocalRuntime) =>
  rt.env.quiet(() => {
    for (const tab of INPUT_TABS) sheetOf(rt, tab).setName(foldText(TAB_LABELS[tab].vi).replace(/^./, (c) => c.toUpperCase()));
  });

/** Deleting Settings rows (onChange, not onEdit): the rows below move up, the last ones go blank. */
const deleteSettingRows = (keys: readonly SettingKey[]) => (rt: LocalRuntime) => {
  const sheet = sheetOf(rt, 'settings');
  const keyColumn = columnOf(rt, 'settings', 'key') - 1;
  const names = keys.flatMap((k) => [foldText(SETTING_LABELS[k].en), foldText(SETTING_LABELS[k].vi)]);
  rt.env.quiet(() => {
    const [header, ...rows] = sheet.getDataRange().getValues();
    const kept = rows.filter((r) => names.indexOf(foldText(String(r[keyColumn]))) < 0);
    const blank = new Array<string>(header!.length).fill('');
    sheet.getRange(2, 1, rows.length, header!.length).setValues([...kept, ...rows.slice(kept.length).map(() => blank)]);
  });
};

const setting = (label: { en: string; vi: string }, value: unknown) => (rt: LocalRuntime) => typeSetting(rt, label, value);

const aCheckIn = (rt: LocalRuntime) => typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '5' }], SALES_REP);

/**
 * A message saying the tab is missing, e.g. `Không tìm thấy trang “Kết quả then chốt”` or `trang Kết quả then
 * chốt đã bị xóa`: naming the tab in passing ("trang Mục tiêu không có mã này") does not say what happened.
 */
const tabMissing = (tab: ColumnTab) => {
  const name = `trang “?${TAB_LABELS[tab].vi}”?`;
  return new RegExp(`(không (tìm thấy|thấy|có|còn)|thiếu) ${name}|${name} (đã bị xóa|không tồn tại|bị thiếu)`, 'i');
};

export const STRUCTURE_CASES: readonly BadInputCase[] = [
  {
    name: 'merged header cells over KR ID and Objective ID',
    tab: 'keyResults',
    apply: mergeHeader('keyResults', 'krId', 2),
    expect: { codes: ['MISSING_COLUMN'], absent: ['MISSING_FIELD'] },
  },
  {
    name: 'merged header cells over Start, Target and Weight',
    tab: 'keyResults',
    apply: mergeHeader('keyResults', 'start', 3),
    expect: { codes: ['MISSING_COLUMN'], absent: ['MISSING_FIELD'] },
  },
  { name: 'the Key Results tab deleted', tab: 'keyResults', apply: deleteTab('keyResults'), expect: { alert: tabMissing('keyResults') } },
  {
    name: 'the Check-ins tab deleted',
    tab: 'checkIns',
    apply: (rt) => {
      aCheckIn(rt);
      deleteTab('checkIns')(rt);
    },
    expect: { alert: tabMissing('checkIns') },
  },
  { name: 'the Settings tab deleted', tab: 'settings', apply: deleteTab('settings'), expect: { alert: tabMissing('settings') } },
  { name: 'the Objectives tab deleted', tab: 'objectives', apply: deleteTab('objectives'), expect: { alert: tabMissing('objectives') } },
  {
    name: 'Settings rows for language, time zone and reminder hour deleted',
    tab: 'settings',
    apply: deleteSettingRows(['language', 'timeZone', 'reminderHour']),
    expect: { codes: ['MISSING_FIELD'] },
  },
  { name: 'Settings language "fr"', tab: 'settings', apply: setting(SETTING_LABELS.language, 'fr'), expect: { codes: ['INVALID_VALUE'] } },
  { name: 'Settings reminder hour 25', tab: 'settings', apply: setting(SETTING_LABELS.reminderHour, 25), expect: { codes: ['INVALID_VALUE'] } },
  {
    name: 'Settings check-in weekday "someday"',
    tab: 'settings',
    apply: setting(SETTING_LABELS.checkInWeekday, 'someday'),
    expect: { codes: ['INVALID_VALUE'] },
  },
  { name: 'Settings time zone "Mars/Base"', tab: 'settings', apply: setting(SETTING_LABELS.timeZone, 'Mars/Base'), expect: { codes: ['INVALID_VALUE'] } },
  {
    name: 'Settings max objectives "#REF!" and grace days "-3"',
    tab: 'settings',
    apply: (rt) => {
      setting(SETTING_LABELS.maxObjectives, '#REF!')(rt);
      setting(SETTING_LABELS.graceDays, -3)(rt);
    },
    expect: { codes: ['INVALID_VALUE'] },
  },
  {
    name: 'the Target header renamed to an unknown label',
    tab: 'keyResults',
    apply: renameHeader('keyResults', 'target', 'Mục tiêu số'),
    expect: { codes: ['MISSING_COLUMN'], absent: ['MISSING_FIELD'] },
  },
  {
    name: 'the KR ID header of Check-ins renamed to an unknown label',
    tab: 'checkIns',
    apply: (rt) => {
      aCheckIn(rt);
      renameHeader('checkIns', 'krId', 'KR nào')(rt);
    },
    expect: { codes: ['MISSING_COLUMN'], absent: ['MISSING_FIELD'] },
  },
  {
    name: 'the Objectives header row left blank',
    tab: 'objectives',
    apply: blankHeader('objectives'),
    expect: { codes: ['MISSING_COLUMN'], absent: ['MISSING_FIELD'] },
  },
  {
    name: 'every input tab named without diacritics ("Ket qua then chot") is still found',
    tab: 'keyResults',
    apply: foldTabNames,
    expect: { absent: ['OBJECTIVE_WITHOUT_KR', 'MISSING_FIELD', 'UNKNOWN_REFERENCE'] },
  },
  {
    name: 'Key Results headers typed without diacritics are still read',
    tab: 'keyResults',
    apply: foldHeaders('keyResults'),
    expect: { absent: ['MISSING_FIELD', 'INVALID_VALUE', 'OBJECTIVE_WITHOUT_KR'] },
  },
  {
    name: 'Objectives headers typed without diacritics are still read',
    tab: 'objectives',
    apply: foldHeaders('objectives'),
    expect: { absent: ['MISSING_FIELD', 'UNKNOWN_REFERENCE', 'ORPHAN_OBJECTIVE'] },
  },
];
