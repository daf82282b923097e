/** The Settings tab: keys, defaults, and reading typed settings from its rows. */
import type { Choice } from './choices';
import type { Lang } from './lang';
import { SETTING_LABELS } from '../i18n/tabs';
import { choiceLabel, choiceValues, parseChoice } from './choice-parse';
import { isTimeZone } from './date-parse';
import { parseEmailList } from './email-parse';
import { parseAmount } from './number-parse';
import type { Problem } from './parsed';
import { SETTING_KEYS, type SettingKey } from './setting-keys';
import { foldText } from './text';

export type Cadence = Choice<'cadence'>;

export interface Settings {
  readonly companyName: string;
  readonly language: Lang;
  readonly timeZone: string;
  readonly cadence: Cadence;
  /** 0 = Sunday … 6 = Saturday. */
  readonly checkInWeekday: number;
  readonly reminderHour: number;
  readonly graceDays: number;
  readonly maxObjectives: number;
  readonly minKrs: number;
  readonly maxKrs: number;
  readonly admins: readonly string[];
  readonly lookerReportUrl: string;
}

/** A setting that could not be read: its default applies and a finding names the row. */
export interface SettingProblem {
  readonly row: number;
  readonly key: SettingKey;
  /** DUPLICATE: a second row for the setting; `input` is the row of the first one, which counts. */
  readonly problem: Problem | { readonly code: 'DUPLICATE'; readonly input: string };
}

/** DESIGN.md §1 defaults; language and time zone come from the spreadsheet when Settings says nothing. */
export function defaultSettings(language: Lang, timeZone: string): Settings {
  return {
    companyName: '',
    language,
    timeZone,
    cadence: 'quarter',
    checkInWeekday: 1,
    reminderHour: 9,
    graceDays: 2,
    maxObjectives: 5,
    minKrs: 2,
    maxKrs: 5,
    admins: [],
    lookerReportUrl: '',
  };
}

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
      const day = parseWeekday(value);
      return day === null ? null : (weekdays[day] ?? null);
    }
    default:
      return null;
  }
}

/** Which setting a Key cell names: its label in either language or its camelCase key. */
export function settingKeyOf(cell: unknown): SettingKey | null {
  const folded = foldText(String(cell));
  if (folded === '') return null;
  for (const key of SETTING_KEYS) {
    const label = SETTING_LABELS[key];
    if (folded === foldText(key) || folded === foldText(label.en) || folded === foldText(label.vi)) return key;
  }
  return null;
}

const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'chu nhat', 'cn'],
  ['monday', 'mon', 'thu hai', 'thu 2', 't2'],
  ['tuesday', 'tue', 'thu ba', 'thu 3', 't3'],
  ['wednesday', 'wed', 'thu tu', 'thu 4', 't4'],
  ['thursday', 'thu', 'thu nam', 'thu 5', 't5'],
  ['friday', 'fri', 'thu sau', 'thu 6', 't6'],
  ['saturday', 'sat', 'thu bay', 'thu 7', 't7'],
];

/**
 * Reads a weekday typed in either language.
 *
 * @example
 * parseWeekday('Thứ Hai') //=> 1
 */
export function parseWeekday(input: unknown): number | null {
  const folded = foldText(String(input));
  const index = WEEKDAY_WORDS.findIndex((words) => words.indexOf(folded) >= 0);
  return index >= 0 ? index : null;
}

/**
 * Reads Settings rows over the defaults. Unreadable values keep their default and are reported; blank
 * values keep their default silently.
 */
export function parseSettings(
  rows: readonly { readonly row: number; readonly key: unknown; readonly value: unknown }[],
  defaults: Settings,
): { settings: Settings; problems: SettingProblem[] } {
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = { ...defaults };
  const problems: SettingProblem[] = [];
  const lang = rows.reduce<Lang>((found, r) => {
    if (settingKeyOf(r.key) !== 'language') return found;
    const parsed = parseChoice('language', r.value);
    return parsed.ok ? parsed.value : found;
  }, defaults.language);
  const firstRow = new Map<SettingKey, number>();
  for (const { row, key: cell, value } of rows) {
    const key = settingKeyOf(cell);
    if (!key) continue;
    // A second row for the same setting is a mistake, not an override: the first row counts and the second
    // is reported (a second Admins row must not lock the admins out), and for Admins neither is trusted.
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push({ row, key, problem: { code: 'DUPLICATE', input: String(first) } });
      if (key === 'admins') settings.admins = [];
      continue;
    }
    firstRow.set(key, row);
    if (String(value).trim() === '') continue;
    const text = String(value).trim();
    const report = (problem: Problem) => problems.push({ row, key, problem });
    const bad = (code: Problem['code']) => report({ code, input: text });
    switch (key) {
      case 'companyName':
      case 'lookerReportUrl':
        settings[key] = text;
        break;
      case 'timeZone':
        if (isTimeZone(text)) settings.timeZone = text;
        else bad('INVALID_CHOICE');
        break;
      case 'language': {
        const parsed = parseChoice('language', value);
        if (parsed.ok) settings.language = parsed.value;
        else report(parsed.problem);
        break;
      }
      case 'cadence': {
        const parsed = parseChoice('cadence', value);
        if (parsed.ok) settings.cadence = parsed.value;
        else report(parsed.problem);
        break;
      }
      case 'checkInWeekday': {
        const day = parseWeekday(value);
        if (day === null) bad('INVALID_CHOICE');
        else settings.checkInWeekday = day;
        break;
      }
      case 'admins': {
        const parsed = parseEmailList(value);
        if (parsed.ok) settings.admins = parsed.value;
        else report(parsed.problem);
        break;
      }
      default: {
        const parsed = parseAmount(value, lang);
        const limit = key === 'reminderHour' ? 23 : 1000;
        if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= limit) settings[key] = parsed.value;
        else if (parsed.ok) bad('INVALID_NUMBER');
        else report(parsed.problem);
      }
    }
  }
  // A setting with no row at all: its default applies, and the check says so (Set up adds the row back).
  const present = new Set(rows.map((r) => settingKeyOf(r.key)));
  for (const key of SETTING_KEYS) if (!present.has(key)) problems.push({ row: 0, key, problem: { code: 'MISSING', input: '' } });
  return { settings, problems };
}
