// The Settings values with a dropdown (language, cadence, weekday), and the Reviews decision: written in the
// workbook language, read back in either.
import { choiceValues } from '../../src/core/choice-parse';
import { choiceLabel, parseChoice } from '../../src/i18n/choice-labels';
import { defaultSettings, parseSettings } from '../../src/core/settings';
import { formatSetting, SETTING_WORDS, settingChoices, settingLabel } from '../../src/i18n/setting-words';
import { messages } from '../../src/i18n';
import { SETTING_LABELS } from '../../src/i18n/tabs';

const weekdays = { vi: messages('vi').weekdays, en: messages('en').weekdays };

describe('formatSetting', () => {
  test.each([
    ['quarter', 'vi', 'quý'],
    ['quarter', 'en', 'quarter'],
    ['2 weeks', 'vi', '2 tuần'],
    ['month', 'vi', 'tháng'],
    ['custom', 'vi', 'tùy chỉnh'],
    ['custom', 'en', 'custom'],
  ] as const)('writes the cadence %s in %s as %s', (cadence, lang, text) => {
    const settings = { ...defaultSettings(lang, 'Asia/Ho_Chi_Minh'), cadence };
    expect(formatSetting(settings, 'cadence', weekdays[lang], lang)).toBe(text);
  });

  test('writes the weekday, the language and the admins as before', () => {
    const settings = { ...defaultSettings('vi', 'UTC'), checkInWeekday: 0, admins: ['a@x.vn', 'b@x.vn'] };
    expect(formatSetting(settings, 'checkInWeekday', weekdays.vi, 'vi')).toBe('Chủ Nhật');
    expect(formatSetting(settings, 'language', weekdays.vi, 'vi')).toBe('vi');
    expect(formatSetting(settings, 'admins', weekdays.vi, 'vi')).toBe('a@x.vn, b@x.vn');
  });

  test.each(['vi', 'en'] as const)('every cadence and weekday written in %s reads back as itself', (lang) => {
    for (const cadence of choiceValues('cadence')) {
      for (let day = 0; day < 7; day += 1) {
        const settings = { ...defaultSettings(lang, 'UTC'), cadence, checkInWeekday: day };
        const rows = (['cadence', 'checkInWeekday'] as const).map((key, i) => ({
          row: i + 2,
          key: SETTING_LABELS[key][lang],
          value: formatSetting(settings, key, weekdays[lang], lang),
        }));
        const read = parseSettings(rows, defaultSettings(lang, 'UTC'), SETTING_WORDS).settings;
        expect([read.cadence, read.checkInWeekday]).toEqual([cadence, day]);
      }
    }
  });
});

describe('settingChoices', () => {
  test('lists the dropdown values in the workbook language', () => {
    expect(settingChoices('cadence', 'vi', weekdays.vi)).toEqual(['quý', '2 tuần', 'tháng', 'tùy chỉnh']);
    expect(settingChoices('cadence', 'en', weekdays.en)).toEqual(['quarter', '2 weeks', 'month', 'custom']);
    expect(settingChoices('language', 'vi', weekdays.vi)).toEqual(['vi', 'en']);
    expect(settingChoices('checkInWeekday', 'en', weekdays.en)).toEqual(weekdays.en);
  });

  test.each(['companyName', 'timeZone', 'reminderHour', 'admins', 'lookerReportUrl'] as const)('has none for %s, typed freely', (key) => {
    expect(settingChoices(key, 'vi', weekdays.vi)).toBeNull();
  });
});

describe('settingLabel', () => {
  test.each([
    ['cadence', 'quarter', 'vi', 'quý'],
    ['cadence', 'quý', 'en', 'quarter'],
    ['cadence', 'Hàng tháng', 'vi', 'tháng'],
    ['cadence', 'fortnightly', 'en', '2 weeks'],
    ['checkInWeekday', 'Monday', 'vi', 'Thứ Hai'],
    ['checkInWeekday', 'thu 6', 'en', 'Friday'],
    ['checkInWeekday', 'CN', 'vi', 'Chủ Nhật'],
    ['language', 'Tiếng Việt', 'vi', 'vi'],
    ['language', 'English', 'vi', 'en'],
  ] as const)('%s %s in a %s workbook is shown as %s', (key, value, lang, label) => {
    expect(settingLabel(key, value, lang, weekdays[lang])).toBe(label);
  });

  test.each([
    ['cadence', 'mỗi tuần'],
    ['cadence', ''],
    ['checkInWeekday', 'someday'],
    ['language', 'fr'],
    ['companyName', 'quarter'],
    ['reminderHour', 9],
  ] as const)('%s %j has no label: it stays as typed', (key, value) => {
    expect(settingLabel(key, value, 'vi', weekdays.vi)).toBeNull();
  });
});

describe('the Reviews decision', () => {
  test.each([
    ['Giữ', 'Keep'],
    ['keep', 'Keep'],
    ['GIU', 'Keep'],
    ['Đổi', 'Change'],
    ['change', 'Change'],
    ['Điều chỉnh', 'Change'],
    ['Bỏ', 'Drop'],
    ['drop', 'Drop'],
    ['Dừng', 'Drop'],
  ])('%s reads as %s', (typed, value) => {
    expect(parseChoice('reviewDecision', typed)).toEqual({ ok: true, value });
  });

  test('an unknown decision is reported, not guessed', () => {
    expect(parseChoice('reviewDecision', 'maybe')).toMatchObject({ ok: false });
  });

  test.each([
    ['vi', ['Giữ', 'Đổi', 'Bỏ']],
    ['en', ['Keep', 'Change', 'Drop']],
  ] as const)('its %s labels are %j', (lang, labels) => {
    expect(choiceValues('reviewDecision').map((v) => choiceLabel('reviewDecision', v, lang))).toEqual(labels);
  });
});

describe('parseSettings reads in the words it is given', () => {
  const defaults = defaultSettings('en', 'UTC');
  const rhythm = { ...SETTING_WORDS, keys: { ...SETTING_WORDS.keys, cadence: { en: 'Rhythm', vi: 'Nhịp' } } };
  const rows = [{ row: 2, key: 'Rhythm', value: 'tháng' }];

  test('a key labelled in those words is read, its value in either language', () => {
    expect(parseSettings(rows, defaults, rhythm).settings.cadence).toBe('month');
    expect(parseSettings([{ row: 2, key: 'nhip', value: 'month' }], defaults, rhythm).settings.cadence).toBe('month');
  });

  test('a label the words do not hold names no setting', () => {
    expect(parseSettings(rows, defaults, SETTING_WORDS).settings.cadence).toBe('quarter');
    expect(parseSettings([{ row: 2, key: SETTING_LABELS.cadence.vi, value: 'month' }], defaults, rhythm).settings.cadence).toBe('quarter');
  });

  test('a weekday spelled only in the words given is read', () => {
    const words = { ...SETTING_WORDS, weekdays: SETTING_WORDS.weekdays.map((w, i) => (i === 5 ? [...w, 'thu sau tuan'] : w)) };
    expect(parseSettings([{ row: 2, key: 'Check-in weekday', value: 'Thứ Sáu tuần' }], defaults, words).settings.checkInWeekday).toBe(5);
    expect(parseSettings([{ row: 2, key: 'Check-in weekday', value: 'Thứ Sáu tuần' }], defaults, SETTING_WORDS).settings.checkInWeekday).toBe(1);
  });
});
