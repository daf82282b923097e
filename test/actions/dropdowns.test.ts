// Issue 14: dropdowns of the IDs people type (from their tab), of the Reviews decision and of the Settings
// values, in the workbook language, through the bundle's Set up and Switch language in the local runtime.
import ExcelJS from 'exceljs';
import { parseSettings, defaultSettings } from '../../src/core/settings';
import { SETTING_WORDS } from '../../src/i18n/setting-words';
import { SETTING_LABELS, TAB_LABELS, type TabKey } from '../../src/i18n/tabs';
import type { LocalRuntime, Range } from '../../src/local/emulator';
import { buildTemplate, typeRows, typeSetting } from '../../src/local/cli';
import { xlsxBuffer } from '../../src/local/xlsx';
import { columnLabels, SCHEMA } from '../../src/sheet/schema';
import { ADMIN, builtBundle, bundleRuntime, smallCompany, tabValues } from '../support/bundle';

type Lang = 'vi' | 'en';

function tab(rt: LocalRuntime, key: TabKey, lang: Lang) {
  const sheet = rt.book.getSheetByName(TAB_LABELS[key][lang]);
  if (!sheet) throw new Error(`no tab ${TAB_LABELS[key][lang]}`);
  return sheet;
}

/** The rule on row `row` of the column labelled like `column` of `key`'s tab. */
function ruleAt(rt: LocalRuntime, key: TabKey, lang: Lang, column: string, row = 2) {
  const sheet = tab(rt, key, lang);
  return rt.env.quiet(() => {
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    const index = header.indexOf(columnLabels(key)[column]![lang]);
    if (index < 0) throw new Error(`no column ${column} in ${key}`);
    return sheet.getRange(row, index + 1).getDataValidation();
  });
}

/** Where a range rule takes its values from, as [tab name, A1]. */
function sourceOf(rt: LocalRuntime, key: TabKey, lang: Lang, column: string, row = 2): [string, string, boolean] {
  const rule = ruleAt(rt, key, lang, column, row);
  expect(rule?.getCriteriaType()).toBe('VALUE_IN_RANGE');
  const [range, dropdown] = rule!.getCriteriaValues() as [Range, boolean];
  return [range.getSheet().getName(), range.getA1Notation(), dropdown && rule!.getAllowInvalid()];
}

const REFERENCES = SCHEMA.flatMap((spec) => spec.columns.filter((c) => c.listOf).map((c) => [spec.key, c.key, c.listOf!.tab, c.listOf!.column] as const));

describe('dropdowns of IDs in another tab', () => {
  const runtimes = { vi: bundleRuntime(), en: bundleRuntime({ lang: 'en' }) };
  runtimes.vi.run('menuSetup');
  runtimes.en.run('menuSetup');

  test('every column whose IDs the check looks up has one, Check-ins KR ID among them', () => {
    expect(REFERENCES).toEqual(
      expect.arrayContaining([
        ['checkIns', 'krId', 'keyResults', 'krId'],
        ['keyResults', 'objectiveId', 'objectives', 'objectiveId'],
        ['objectives', 'cycleId', 'cycles', 'cycleId'],
        ['objectives', 'teamId', 'teams', 'teamId'],
        ['objectives', 'parentObjectiveId', 'objectives', 'objectiveId'],
        ['teams', 'parentTeamId', 'teams', 'teamId'],
        ['people', 'teamId', 'teams', 'teamId'],
        ['initiatives', 'krId', 'keyResults', 'krId'],
        ['dependencies', 'backingKrId', 'keyResults', 'krId'],
        ['dependencies', 'providingTeamId', 'teams', 'teamId'],
      ]),
    );
    expect(REFERENCES.length).toBeGreaterThanOrEqual(14);
  });

  test.each(
    REFERENCES.flatMap(
      (r) =>
        [
          ['vi', ...r],
          ['en', ...r],
        ] as const,
    ),
  )('(%s) %s %s offers the values of %s %s, warning only, from row 2 to the last row', (lang, key, column, sourceTab, sourceColumn) => {
    const rt = runtimes[lang];
    const source = tab(rt, sourceTab, lang);
    const letter = rt.env.quiet(() => {
      const header = source.getRange(1, 1, 1, source.getLastColumn()).getValues()[0]!;
      return String.fromCharCode(65 + header.indexOf(columnLabels(sourceTab)[sourceColumn]![lang]));
    });
    const last = rt.env.quiet(() => source.getMaxRows());
    expect(sourceOf(rt, key, lang, column)).toEqual([TAB_LABELS[sourceTab][lang], `${letter}2:${letter}${last}`, true]);
    expect(
      sourceOf(
        rt,
        key,
        lang,
        column,
        rt.env.quiet(() => tab(rt, key, lang).getMaxRows()),
      )[0],
    ).toBe(TAB_LABELS[sourceTab][lang]);
  });

  test('a column of free text (an objective title, Dependencies For) has none', () => {
    expect(ruleAt(runtimes.vi, 'objectives', 'vi', 'objective')).toBeNull();
    expect(ruleAt(runtimes.vi, 'dependencies', 'vi', 'forId')).toBeNull();
  });

  test('a source column moved by a person is followed, and the dropdown never refuses a pasted unknown ID', () => {
    const rt = smallCompany();
    const krs = tab(rt, 'keyResults', 'vi');
    rt.env.quiet(() => krs.insertColumnsBefore(1, 1));
    rt.run('menuSetup');
    const [, a1] = sourceOf(rt, 'checkIns', 'vi', 'krId');
    expect(a1).toMatch(/^B2:B\d+$/);
    typeRows(rt, 'checkIns', [{ krId: 'KR-UNKNOWN', value: '3' }]);
    expect(tabValues(rt, ['Cập nhật tiến độ']).some((r) => r.includes('KR-UNKNOWN'))).toBe(true);
  });

  test('the .xlsx template keeps them as list validations of a sheet reference', async () => {
    const { buffer } = await xlsxBuffer(buildTemplate(builtBundle().code, 'vi'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const rule = book.getWorksheet('Cập nhật tiến độ')!.getCell('B2').dataValidation;
    expect([rule.type, rule.formulae[0], rule.errorStyle]).toEqual(['list', "'Kết quả then chốt'!$A$2:$A$1000", 'warning']);
    expect(book.getWorksheet('Nhân sự')!.getCell('C500').dataValidation.formulae[0]).toBe("'Nhóm'!$A$2:$A$1000");
  });

  test('Set up sets each rule once per column, whatever the number of rows', () => {
    const calls = (rows: number) => {
      const rt = smallCompany();
      typeRows(
        rt,
        'checkIns',
        Array.from({ length: rows }, (_, i) => ({ krId: 'KR1', value: String(i) })),
      );
      rt.env.resetCounters();
      rt.run('menuSetup');
      return [rt.env.totalCalls('Range.setDataValidation'), rt.env.totalCalls('DataValidationBuilder.requireValueInRange')];
    };
    const validated = SCHEMA.reduce((sum, spec) => sum + spec.columns.filter((c) => c.choice || c.date || c.listOf).length, 0);
    // +1: the Settings Value column, all its dropdowns in one setDataValidations.
    expect(calls(3)).toEqual([validated + 1, REFERENCES.length]);
    expect(calls(300)).toEqual(calls(3));
  });
});

describe('the Reviews decision', () => {
  test.each<[Lang, string[]]>([
    ['vi', ['Giữ', 'Đổi', 'Bỏ']],
    ['en', ['Keep', 'Change', 'Drop']],
  ])('(%s) is a dropdown of its labels, warning only', (lang, labels) => {
    const rt = bundleRuntime({ lang });
    rt.run('menuSetup');
    const rule = ruleAt(rt, 'reviews', lang, 'keepChangeDrop', 40)!;
    expect([rule.getCriteriaType(), rule.getCriteriaValues(), rule.getAllowInvalid()]).toEqual(['VALUE_IN_LIST', [labels, true], true]);
    expect(ruleAt(rt, 'reviews', lang, 'learned')).toBeNull();
  });
});

describe('Settings values', () => {
  const settingsRow = (rt: LocalRuntime, lang: Lang, key: keyof typeof SETTING_LABELS) => {
    const sheet = tab(rt, 'settings', lang);
    const rows = tabValues(rt, [TAB_LABELS.settings[lang]]);
    const row = rows.findIndex((r) => r[0] === SETTING_LABELS[key][lang]);
    return { value: rows[row]![1], rule: rt.env.quiet(() => sheet.getRange(row + 1, 2).getDataValidation()) };
  };
  const list = (rt: LocalRuntime, lang: Lang, key: keyof typeof SETTING_LABELS) => settingsRow(rt, lang, key).rule?.getCriteriaValues()[0];

  test('a Vietnamese workbook writes the cadence in Vietnamese and offers each value in Vietnamese', () => {
    const rt = bundleRuntime();
    rt.run('menuSetup');
    expect(settingsRow(rt, 'vi', 'cadence').value).toBe('quý');
    expect(list(rt, 'vi', 'cadence')).toEqual(['quý', '2 tuần', 'tháng', 'tùy chỉnh']);
    expect(settingsRow(rt, 'vi', 'checkInWeekday').value).toBe('Thứ Hai');
    expect(list(rt, 'vi', 'checkInWeekday')).toEqual(['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
    expect(list(rt, 'vi', 'language')).toEqual(['vi', 'en']);
    expect(settingsRow(rt, 'vi', 'cadence').rule?.getAllowInvalid()).toBe(true);
    for (const key of ['companyName', 'reminderHour', 'admins', 'timeZone'] as const) expect(settingsRow(rt, 'vi', key).rule).toBeNull();
  });

  test('an English workbook writes and offers them in English', () => {
    const rt = bundleRuntime({ lang: 'en' });
    rt.run('menuSetup');
    expect([settingsRow(rt, 'en', 'cadence').value, settingsRow(rt, 'en', 'checkInWeekday').value]).toEqual(['quarter', 'Monday']);
    expect(list(rt, 'en', 'cadence')).toEqual(['quarter', '2 weeks', 'month', 'custom']);
  });

  test('Switch language relabels the cadence and weekday and their dropdowns, both ways, and the values still read', () => {
    const rt = smallCompany();
    typeSetting(rt, SETTING_LABELS.cadence, 'tháng');
    typeSetting(rt, SETTING_LABELS.checkInWeekday, 'Thứ Sáu');
    rt.run('menuSwitchLanguage');
    expect([settingsRow(rt, 'en', 'cadence').value, settingsRow(rt, 'en', 'checkInWeekday').value, settingsRow(rt, 'en', 'language').value]).toEqual([
      'month',
      'Friday',
      'en',
    ]);
    expect(list(rt, 'en', 'cadence')).toEqual(['quarter', '2 weeks', 'month', 'custom']);
    expect(list(rt, 'en', 'checkInWeekday')).toContain('Friday');
    expect(ruleAt(rt, 'reviews', 'en', 'keepChangeDrop')!.getCriteriaValues()[0]).toEqual(['Keep', 'Change', 'Drop']);
    rt.run('menuSwitchLanguage');
    expect([settingsRow(rt, 'vi', 'cadence').value, settingsRow(rt, 'vi', 'checkInWeekday').value]).toEqual(['tháng', 'Thứ Sáu']);
    const rows = tabValues(rt, ['Cài đặt'])
      .slice(1)
      .map((r, i) => ({ row: i + 2, key: r[0], value: r[1] }));
    const { settings, problems } = parseSettings(rows, defaultSettings('vi', 'Asia/Ho_Chi_Minh'), SETTING_WORDS);
    expect([settings.cadence, settings.checkInWeekday, problems]).toEqual(['month', 5, []]);
  });

  test('a value that does not read stays as typed; a Settings row moved by a person loses the dropdown it no longer fits', () => {
    const rt = smallCompany();
    typeSetting(rt, SETTING_LABELS.cadence, 'mỗi tuần');
    const sheet = tab(rt, 'settings', 'vi');
    // The rows put in reverse order (their values only: the rules stay where Set up put them).
    rt.env.quiet(() => {
      const body = sheet.getRange(2, 1, sheet.getLastRow() - 1, 3);
      body.setValues(body.getValues().reverse());
    });
    rt.run('menuSetup');
    expect(settingsRow(rt, 'vi', 'cadence').value).toBe('mỗi tuần');
    expect(list(rt, 'vi', 'cadence')).toEqual(['quý', '2 tuần', 'tháng', 'tùy chỉnh']);
    const free = (Object.keys(SETTING_LABELS) as (keyof typeof SETTING_LABELS)[]).filter((k) => !['language', 'cadence', 'checkInWeekday'].includes(k));
    for (const key of free) expect([key, settingsRow(rt, 'vi', key).rule]).toEqual([key, null]);
    expect(settingsRow(rt, 'vi', 'admins').value).toBe(ADMIN);
  });
});
