// Single Settings values an action writes: the first admin into a blank cell, the language on a switch; one read and one write each.
import type { Lang } from '../../src/core/lang';
import { emptyBook, LocalRuntime } from '../../src/local/emulator';
import { fillBlankSetting, writeLanguageSetting } from '../../src/sheet/settings-write';
import { COLUMN_LABELS, SETTING_LABELS, TAB_LABELS } from '../../src/i18n/tabs';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A book whose Settings tab holds `header` then `rows`; counters reset after. */
function settings(
  rows: unknown[][],
  lang: Lang = 'en',
  header: unknown[] = (['key', 'value', 'description'] as const).map((k) => COLUMN_LABELS.settings[k][lang]),
) {
  const rt = new LocalRuntime({ book: emptyBook('OKR', 'en_US', 'Asia/Ho_Chi_Minh') });
  rt.env.quiet(() => {
    const sheet = rt.book.insertSheet(TAB_LABELS.settings[lang]);
    const values = [header, ...rows.map((r) => [...r, ...new Array(header.length - r.length).fill('')])];
    sheet.getRange(1, 1, values.length, header.length).setValues(values);
  });
  rt.env.resetCounters();
  const book = rt.book as unknown as Book;
  const values = () => rt.env.quiet(() => book.getSheetByName(TAB_LABELS.settings[lang])!.getDataRange().getValues());
  return { rt, book, values };
}

const reads = (rt: LocalRuntime) => rt.env.calls.get('Range.getValues') ?? 0;
const writes = (rt: LocalRuntime) => (rt.env.calls.get('Range.setValue') ?? 0) + (rt.env.calls.get('Sheet.appendRow') ?? 0);

describe('fillBlankSetting', () => {
  test('writes a blank Value cell, found by its key in either language, in one read and one write', () => {
    const { rt, book, values } = settings([
      [SETTING_LABELS.language.en, 'en'],
      [SETTING_LABELS.admins.vi, ''],
    ]);
    expect(fillBlankSetting(book, 'admins', 'lan@example.vn')).toBe(true);
    expect(values()[2]!.slice(0, 2)).toEqual([SETTING_LABELS.admins.vi, 'lan@example.vn']);
    expect([reads(rt), writes(rt)]).toEqual([1, 1]);
  });

  test.each([
    ['a value is there already', [[SETTING_LABELS.admins.en, 'an@example.vn']]],
    ['the setting has no row', [[SETTING_LABELS.language.en, 'en']]],
  ])('writes nothing when %s', (_, rows) => {
    const { rt, book, values } = settings(rows);
    const before = values();
    expect(fillBlankSetting(book, 'admins', 'lan@example.vn')).toBe(false);
    expect(values()).toEqual(before);
    expect(writes(rt)).toBe(0);
  });

  test('writes nothing without a Value column, or without the tab', () => {
    const { book, values } = settings([[SETTING_LABELS.admins.en, '']], 'en', ['Key', 'Notes']);
    expect(fillBlankSetting(book, 'admins', 'lan@example.vn')).toBe(false);
    expect(values()[1]).toEqual([SETTING_LABELS.admins.en, '']);
    const bare = new LocalRuntime({ book: emptyBook('OKR', 'en_US', 'Asia/Ho_Chi_Minh') });
    expect(fillBlankSetting(bare.book as unknown as Book, 'admins', 'lan@example.vn')).toBe(false);
  });
});

describe('writeLanguageSetting', () => {
  test('overwrites the Language value, in one read and one write', () => {
    const { rt, book, values } = settings(
      [
        [SETTING_LABELS.companyName.vi, 'Công ty'],
        [SETTING_LABELS.language.vi, 'vi'],
      ],
      'vi',
    );
    writeLanguageSetting(book, 'en');
    expect(values()[2]!.slice(0, 2)).toEqual([SETTING_LABELS.language.vi, 'en']);
    expect([reads(rt), writes(rt)]).toEqual([1, 1]);
  });

  test('a tab without a Language row gets one at the bottom, labelled in the new language', () => {
    const { rt, book, values } = settings([[SETTING_LABELS.companyName.vi, 'Công ty']], 'vi');
    writeLanguageSetting(book, 'en');
    expect(values().at(-1)!.slice(0, 2)).toEqual([SETTING_LABELS.language.en, 'en']);
    expect(rt.env.calls.get('Sheet.appendRow')).toBe(1);
  });

  test('a tab without a Value column is left as it is', () => {
    const { rt, book, values } = settings([[SETTING_LABELS.language.en, 'en']], 'en', ['Key', 'Notes']);
    const before = values();
    writeLanguageSetting(book, 'vi');
    expect(values()).toEqual(before);
    expect(writes(rt)).toBe(0);
  });
});
