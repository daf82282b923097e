/** The Settings tab: keys, defaults, and reading typed settings from its rows in the words they may be typed in. */
import { parseChoiceIn, type ChoiceTable } from './choice-parse';
import type { Choice } from './choices';
import type { Label, Lang } from './lang';
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
 * The words a Settings tab may be typed in (src/i18n/setting-words.ts): the label of each key in both languages,
 * the labels of the choices, and the spellings of each weekday, Sunday first, folded (foldText).
 */
export interface SettingWords {
  readonly keys: { readonly [K in SettingKey]: Label };
  readonly choices: ChoiceTable;
  readonly weekdays: readonly (readonly string[])[];
}

/** Which setting a Key cell names: its label in either language or its camelCase key. */
export function settingKeyIn(words: SettingWords, cell: unknown): SettingKey | null {
  const folded = foldText(String(cell));
  if (folded === '') return null;
  for (const key of SETTING_KEYS) {
    const label = words.keys[key];
    if (folded === foldText(key) || folded === foldText(label.en) || folded === foldText(label.vi)) return key;
  }
  return null;
}

/**
 * Reads a weekday typed in any of its spellings: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * weekdayIn(SETTING_WORDS, 'Thứ Hai') //=> 1
 */
export function weekdayIn(words: SettingWords, input: unknown): number | null {
  const folded = foldText(String(input));
  const index = words.weekdays.findIndex((spellings) => spellings.indexOf(folded) >= 0);
  return index >= 0 ? index : null;
}

/**
 * Reads Settings rows, typed in `words`, over the defaults. Unreadable values keep their default and are reported;
 * blank values keep their default silently.
 */
export function parseSettings(
  rows: readonly { readonly row: number; readonly key: unknown; readonly value: unknown }[],
  defaults: Settings,
  words: SettingWords,
): { settings: Settings; problems: SettingProblem[] } {
  const settingKeyOf = (cell: unknown) => settingKeyIn(words, cell);
  const parseChoice = <K extends 'language' | 'cadence'>(kind: K, input: unknown) => parseChoiceIn(words.choices, kind, input);
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
        const day = weekdayIn(words, value);
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
