/** How the emulated Sheets reads what a script writes into a cell, and how it displays a cell. */
import type { CellValue } from './snapshot';
import { formatDateTime, instantToSerial, isDateFormat, serialToInstant } from './cell-time';
import { wallClockToInstant } from './zone';

/**
 * What Range.getNumberFormat returns for a cell whose format was never set ("Automatic"), and what it
 * returns after setNumberFormat('general') (gas-fakes test/testsheets.js, run on live Apps Script: "we set
 * general, but receive this default in return"). Setting it, 'general' in any case, or '' means automatic.
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** The plain-text number format: strings stay text. https://developers.google.com/sheets/api/guides/formats */
export const TEXT_FORMAT = '@';

export function isDefaultFormat(format: string | undefined): boolean {
  return format === undefined || format === '' || format.toLowerCase() === 'general' || format === DEFAULT_NUMBER_FORMAT;
}

/** What a written value becomes: a stored value, or a formula (whose value the emulator never computes). */
export type CellInput =
  | { readonly kind: 'value'; readonly value: CellValue; readonly format?: string }
  | { readonly kind: 'formula'; readonly formula: string };

/** Values written by a script from the vm come from another realm, so `instanceof Date` cannot be used. */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const LOCAL_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * How a locale writes numbers and dates, for reading what is typed. Sheets reads input in the
 * spreadsheet's locale, set under File > Settings (Google's help "Set a spreadsheet's locale, time zone,
 * calculation & language", https://support.google.com/docs/answer/58515: the locale sets how dates,
 * numbers and currency are formatted; decimal-comma locales write 2,50 where en_US writes 2.50:
 * https://www.benlcollins.com/spreadsheets/sheets-location/). The separators and the day/month order are CLDR's, as
 * ICU gives them (vi: decimal ',', group '.', dd/MM/y; en-US: '.', ',', M/d/y:
 * https://www.unicode.org/cldr/charts/latest/by_type/numbers.symbols.html,
 * https://www.unicode.org/cldr/charts/latest/by_type/date_&_time.gregorian.html). That Sheets uses
 * exactly CLDR's symbols for every locale is believed, not documented.
 */
export interface LocaleRules {
  readonly decimal: string;
  readonly group: string;
  readonly dayFirst: boolean;
}

const RULES = new Map<string, LocaleRules>();

function isKnownLocale(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false; // not a well-formed BCP 47 tag
  }
}

/** 'vi_VN' (Apps Script's spelling) or 'vi-VN'. An id ICU does not know throws: the emulator would guess. */
export function localeRules(locale: string): LocaleRules {
  const known = RULES.get(locale);
  if (known) return known;
  const tag = locale.replace(/_/g, '-');
  if (!isKnownLocale(tag)) throw new Error(`not emulated: spreadsheet locale ${locale}`);
  const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  const order = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(Date.UTC(2026, 9, 5));
  const rules = {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    dayFirst: order.findIndex((p) => p.type === 'day') < order.findIndex((p) => p.type === 'month'),
  };
  RULES.set(locale, rules);
  return rules;
}
/**
 * Interprets a value written with setValue/setValues. "If it begins with '=' it is interpreted as a
 * formula" (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue);
 * other strings are parsed "as if the user typed them into the UI" as the Sheets API's USER_ENTERED
 * does (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), in the
 * spreadsheet's locale: a leading apostrophe forces text; numbers, percentages, TRUE/FALSE, ISO dates
 * and the locale's day/month/year dates are recognized. Numbers, booleans and Dates are kept.
 * null/undefined clear the cell; other objects are written as String(x).
 */
export function interpretInput(raw: unknown, cellFormat: string | undefined, timeZone: string, locale: string): CellInput {
  if (raw === null || raw === undefined) return { kind: 'value', value: '' };
  if (typeof raw === 'number') {
    // Unknown in Apps Script (it may write "NaN" as text); stricter: a script writing NaN has a bug.
    if (!Number.isFinite(raw)) throw new Error(`Cannot write the number ${raw} to a cell.`);
    return { kind: 'value', value: raw };
  }
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (isDateObject(raw)) {
    const ms = raw.getTime();
    if (Number.isNaN(ms)) throw new Error('Cannot write an invalid Date to a cell.');
    return { kind: 'value', value: new Date(ms) };
  }
  return interpretText(String(raw), cellFormat, timeZone, localeRules(locale));
}

function interpretText(text: string, cellFormat: string | undefined, timeZone: string, rules: LocaleRules): CellInput {
  // A plain-text cell keeps what is written, apostrophe included (unknown live; the literal reading is stricter).
  if (cellFormat === TEXT_FORMAT) return { kind: 'value', value: text };
  const first = text.charAt(0);
  if (first === "'") return { kind: 'value', value: text.slice(1) };
  if (first === '=') return { kind: 'formula', formula: text };
  const number = parseNumberText(text, rules);
  if (number !== null) return { kind: 'value', ...number };
  // Sheets turns typed '+x' / '-x' into formulas; '@x' is unknown. Stricter: all three become formulas,
  // so a script writing such text from user input sees it is not stored as text. A lone sign stays text.
  if ((first === '+' || first === '-' || first === '@') && text.length > 1) return { kind: 'formula', formula: `=${text}` };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const date = parseDateText(text, timeZone, rules);
  if (date) return { kind: 'value', ...date };
  return { kind: 'value', value: text };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per locale, built once: writes of many cells test every string against it. */
const NUMBER_PATTERNS = new WeakMap<LocaleRules, RegExp>();

function numberPattern(rules: LocaleRules): RegExp {
  let pattern = NUMBER_PATTERNS.get(rules);
  if (!pattern) {
    const group = escapeRegExp(rules.group);
    const decimal = escapeRegExp(rules.decimal);
    pattern = new RegExp(`^([+-]?)((?:\\d{1,3}(?:${group}\\d{3})+|\\d+)?)(?:${decimal}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`);
    NUMBER_PATTERNS.set(rules, pattern);
  }
  return pattern;
}

/**
 * '123', '-4.5', '1,234.5', '1e6', '85%' in en_US; '4,5', '1.234,5', '85%' in vi_VN. Groups are of three
 * digits; a number that fits neither the locale's grouping nor its decimal mark ('1.5' in vi_VN) stays
 * text: what Sheets makes of it is unknown, and text is what a program must then handle. The automatic
 * format Sheets gives grouped or percent input ('#,##0', '0%') is believed from the UI, not documented.
 * Currency ('$5') stays text.
 */
function parseNumberText(text: string, rules: LocaleRules): { value: number; format?: string } | null {
  const m = numberPattern(rules).exec(text);
  if (!m || !/\d/.test(text)) return null;
  const [, sign = '', whole = '', fraction, exponent, percent] = m;
  if (whole === '' && fraction === undefined) return null;
  const digits = `${sign}${whole.split(rules.group).join('') || '0'}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`;
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const decimals = fraction !== undefined && exponent === undefined;
  if (percent) return { value: value / 100, format: decimals ? '0.00%' : '0%' };
  if (whole.includes(rules.group)) return { value, format: decimals ? '#,##0.00' : '#,##0' };
  return { value };
}

/**
 * 'yyyy-mm-dd' in every locale, and d/m/yyyy (day first, as in vi_VN) or m/d/yyyy (month first, as in
 * en_US) with '/' or '-', each optionally followed by ' hh:mm[:ss]': that wall-clock time in the
 * spreadsheet's time zone. Two-digit years and month names are not emulated (they stay text). The
 * automatic format given is believed, not documented.
 */
function parseDateText(text: string, timeZone: string, rules: LocaleRules): { value: Date; format: string } | null {
  const iso = ISO_DATE.exec(text);
  const local = iso ? null : LOCAL_DATE.exec(text);
  const m = iso ?? local;
  if (!m) return null;
  const part = (i: number): number => Number(m[i] ?? 0);
  const [year, month, day] = iso ? [part(1), part(2), part(3)] : rules.dayFirst ? [part(3), part(2), part(1)] : [part(3), part(1), part(2)];
  const [hour, minute, second] = [part(4), part(5), part(6)];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const ms = wallClockToInstant(year, month, day, hour, minute, second, timeZone);
  const datePattern = iso ? 'yyyy-mm-dd' : rules.dayFirst ? 'dd/mm/yyyy' : 'mm/dd/yyyy';
  return { value: new Date(ms), format: m[4] === undefined ? datePattern : `${datePattern} hh:mm` };
}

const NUMBER_FORMAT = /^(#,##)?0(?:\.(0+))?(%)?$/;

/**
 * A cell as Range.getDisplayValues shows it, in the spreadsheet's time zone and locale. Supported formats:
 * automatic, '@', '0', '0.0', '0.00', '#,##0', '#,##0.00', '0%', '0.0%', and date patterns made of
 * yyyy/yy/mm/m/dd/d/hh/h/ss (mm after hh is minutes). Any other format throws: a display the emulator
 * would get wrong must not pass silently. Numbers show the locale's decimal mark and grouping (1234,5
 * and 1.234,50 in vi_VN), as the Sheets UI shows them; that getDisplayValues hands the script the same
 * text is believed, not documented, and is the stricter choice for a program that reads display text.
 * Simplification: an automatic date shows as 'yyyy-mm-dd' (Sheets uses the locale's pattern) and an
 * automatic number as JavaScript's shortest form.
 */
export function formatDisplay(value: CellValue, format: string | undefined, timeZone: string, locale: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const rules = localeRules(locale);
  if (isDefaultFormat(format) || format === TEXT_FORMAT) {
    if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value).replace('.', rules.decimal);
    return formatDateTime(value.getTime(), timeZone, isMidnight(value, timeZone) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
  }
  const pattern = format ?? '';
  if (isDateFormat(pattern)) {
    const ms = typeof value === 'number' ? serialToInstant(value, timeZone) : value.getTime();
    return formatDateTime(ms, timeZone, pattern);
  }
  const m = NUMBER_FORMAT.exec(pattern);
  if (!m) throw new Error(`not emulated: display of number format "${pattern}"`);
  // A date cell under a number format shows its serial number, as Sheets does.
  const number = typeof value === 'number' ? value : instantToSerial(value.getTime(), timeZone);
  return formatNumber(m[3] ? number * 100 : number, m[2]?.length ?? 0, m[1] !== undefined, rules) + (m[3] ?? '');
}

function isMidnight(date: Date, timeZone: string): boolean {
  return formatDateTime(date.getTime(), timeZone, 'hh:mm:ss') === '00:00:00';
}

/** Rounds half away from zero on the decimal digits (as Sheets shows 1.005 with '0.00' as 1.01), in the locale's marks. */
function formatNumber(value: number, decimals: number, grouped: boolean, rules: LocaleRules): string {
  const shifted = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  const rounded = Number.isFinite(shifted) ? Number(`${shifted}e-${decimals}`) : Math.abs(value);
  const [whole = '0', fraction] = rounded.toFixed(decimals).split('.');
  const body = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, rules.group) : whole;
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + body + (fraction === undefined ? '' : `${rules.decimal}${fraction}`);
}
