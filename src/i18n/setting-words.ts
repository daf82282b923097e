/** The words of the Settings tab: what its keys and dropdown values may be typed as, and the labels written for them. */
import { choiceValues } from '../core/choice-parse';
import type { Lang } from '../core/lang';
import type { SettingKey } from '../core/setting-keys';
import { settingKeyIn, weekdayIn, type Settings, type SettingWords } from '../core/settings';
import { choiceLabel, parseChoice } from './choice-labels';
import { CHOICES } from './choices';
import { SETTING_LABELS } from './tabs';

/** The spellings of each weekday in either language, Sunday first, as foldText leaves them. */
const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'chu nhat', 'cn'],
  ['monday', 'mon', 'thu hai', 'thu 2', 't2'],
  ['tuesday', 'tue', 'thu ba', 'thu 3', 't3'],
  ['wednesday', 'wed', 'thu tu', 'thu 4', 't4'],
  ['thursday', 'thu', 'thu nam', 'thu 5', 't5'],
  ['friday', 'fri', 'thu sau', 'thu 6', 't6'],
  ['saturday', 'sat', 'thu bay', 'thu 7', 't7'],
];

/** Everything a Settings row may be typed in, for core's parseSettings. */
export const SETTING_WORDS: SettingWords = { keys: SETTING_LABELS, choices: CHOICES, weekdays: WEEKDAY_WORDS };

/** Which setting a Key cell names: its label in either language or its camelCase key. */
export const settingKeyOf = (cell: unknown): SettingKey | null => settingKeyIn(SETTING_WORDS, cell);

/**
 * The text written in the Value column for a setting, e.g. when Settings rows are created: the cadence and
 * weekday as the workbook language names them (`weekdays` is that language's, Sunday first).
 */
export function formatSetting(settings: Settings, key: SettingKey, weekdays: readonly string[], lang: Lang): string | number {
  const value = settings[key];
  if (key === 'checkInWeekday') return weekdays[settings.checkInWeekday] ?? '';
  if (key === 'cadence') return choiceLabel('cadence', settings.cadence, lang);
  if (Array.isArray(value)) return value.join(', ');
  return value as string | number;
}

/**
 * The values the Value cell of a setting offers in a dropdown, in `lang`; null for a setting typed freely.
 *
 * @example
 * settingChoices('cadence', 'vi', weekdays) //=> ['quý', '2 tuần', 'tháng', 'tùy chỉnh']
 */
export function settingChoices(key: SettingKey, lang: Lang, weekdays: readonly string[]): readonly string[] | null {
  switch (key) {
    case 'language':
      return choiceValues('language').map((value) => choiceLabel('language', value, lang));
    case 'cadence':
      return choiceValues('cadence').map((value) => choiceLabel('cadence', value, lang));
    case 'checkInWeekday':
      return weekdays;
    default:
      return null;
  }
}

/**
 * A dropdown setting's value, read in either language, as its label in `lang` (what Set up and Switch
 * language leave in the cell); null for a value that does not read, which stays as typed, or a free setting.
 *
 * @example
 * settingLabel('cadence', 'quarter', 'vi', viWeekdays) //=> 'quý'
 * settingLabel('checkInWeekday', 'Thứ Hai', 'en', enWeekdays) //=> 'Monday'
 */
export function settingLabel(key: SettingKey, value: unknown, lang: Lang, weekdays: readonly string[]): string | null {
  switch (key) {
    case 'language': {
      const parsed = parseChoice('language', value);
      return parsed.ok ? choiceLabel('language', parsed.value, lang) : null;
    }
    case 'cadence': {
      const parsed = parseChoice('cadence', value);
      return parsed.ok ? choiceLabel('cadence', parsed.value, lang) : null;
    }
    case 'checkInWeekday': {
      const day = weekdayIn(SETTING_WORDS, value);
      return day === null ? null : (weekdays[day] ?? null);
    }
    default:
      return null;
  }
}
