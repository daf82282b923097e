/** How the emulated Sheets reads what a script writes into a cell, and how it displays a cell. */
import type { CellValue } from './snapshot';
import { formatDateTime, instantToSerial, isDateFormat, serialToInstant } from './cell-time';
import { wallClockToInstant } from './zone';

/**
 * What Range.getNumberFormat returns for a cell whose format was never set ("Automatic"). Not in the
 * reference; widely reported from live Apps Script. Setting it, 'General' or '' means "automatic" here.
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** The plain-text number format: strings stay text. https://developers.google.com/sheets/api/guides/formats */
export const TEXT_FORMAT = '@';

export function isDefaultFormat(format: string | undefined): boolean {
  return format === undefined || format === '' || format === 'General' || format === DEFAULT_NUMBER_FORMAT;
}

/** What a written value becomes: a stored value, or a formula (whose value the emulator never computes). */
export type CellInput =
  | { readonly kind: 'value'; readonly value: CellValue; readonly format?: string }
  | { readonly kind: 'formula'; readonly formula: string };

/** Values written by a script from the vm come from another realm, so `instanceof Date` cannot be used. */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Interprets a value written with setValue/setValues. "If it begins with '=' it is interpreted as a
 * formula" (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue);
 * other strings are parsed "as if the user typed them into the UI" as the Sheets API's USER_ENTERED
 * does (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): a leading
 * apostrophe forces text; numbers, percentages, TRUE/FALSE and ISO dates are recognized. Numbers,
 * booleans and Dates are kept. null/undefined clear the cell; other objects are written as String(x).
 */
export function interpretInput(raw: unknown, cellFormat: string | undefined, timeZone: string): CellInput {
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
  return interpretText(String(raw), cellFormat, timeZone);
}

function interpretText(text: string, cellFormat: string | undefined, timeZone: string): CellInput {
  // A plain-text cell keeps what is written, apostrophe included (unknown live; the literal reading is stricter).
  if (cellFormat === TEXT_FORMAT) return { kind: 'value', value: text };
  const first = text.charAt(0);
  if (first === "'") return { kind: 'value', value: text.slice(1) };
  if (first === '=') return { kind: 'formula', formula: text };
  const number = parseNumberText(text);
  if (number !== null) return { kind: 'value', ...number };
  // Sheets turns typed '+x' / '-x' into formulas; '@x' is unknown. Stricter: all three become formulas,
  // so a script writing such text from user input sees it is not stored as text. A lone sign stays text.
  if ((first === '+' || first === '-' || first === '@') && text.length > 1) return { kind: 'formula', formula: `=${text}` };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const date = parseIsoDate(text, timeZone);
  if (date) return { kind: 'value', ...date };
  return { kind: 'value', value: text };
}

/**
 * '123', '-4.5', '1,234.5', '1e6', '85%'. The automatic format Sheets gives such input ('#,##0', '0%')
 * is believed from the UI, not documented. Currency ('$5') and locale forms ('1.234,5') stay text:
 * they depend on the spreadsheet locale, so a script must not rely on them.
 */
function parseNumberText(text: string): { value: number; format?: string } | null {
  if (!PLAIN_NUMBER.test(text) || !/\d/.test(text)) return null;
  const percent = text.endsWith('%');
  const digits = text.replace(/[,%]/g, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const decimals = digits.includes('.') && !/[eE]/.test(digits);
  if (percent) return { value: value / 100, format: decimals ? '0.00%' : '0%' };
  if (text.includes(',')) return { value, format: decimals ? '#,##0.00' : '#,##0' };
  return { value };
}

/** 'yyyy-mm-dd' (optionally ' hh:mm[:ss]') is midnight (or that time) in the spreadsheet's time zone. */
function parseIsoDate(text: string, timeZone: string): { value: Date; format: string } | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const part = (i: number): number => Number(m[i] ?? 0);
  const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const ms = wallClockToInstant(year, month, day, hour, minute, second, timeZone);
  return { value: new Date(ms), format: m[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' };
}

const NUMBER_FORMAT = /^(#,##)?0(?:\.(0+))?(%)?$/;

/**
 * A cell as Range.getDisplayValues shows it, in the spreadsheet's time zone. Supported formats:
 * automatic, '@', '0', '0.0', '0.00', '#,##0', '#,##0.00', '0%', '0.0%', and date patterns made of
 * yyyy/yy/mm/m/dd/d/hh/h/ss (mm after hh is minutes). Any other format throws: a display the emulator
 * would get wrong must not pass silently. Simplification: an automatic date shows as 'yyyy-mm-dd'
 * (Sheets uses the locale's pattern) and an automatic number as JavaScript's shortest form.
 */
export function formatDisplay(value: CellValue, format: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDefaultFormat(format) || format === TEXT_FORMAT) {
    if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
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
  return formatNumber(m[3] ? number * 100 : number, m[2]?.length ?? 0, m[1] !== undefined) + (m[3] ?? '');
}

function isMidnight(date: Date, timeZone: string): boolean {
  return formatDateTime(date.getTime(), timeZone, 'hh:mm:ss') === '00:00:00';
}

/** Rounds half away from zero on the decimal digits (as Sheets shows 1.005 with '0.00' as 1.01). */
function formatNumber(value: number, decimals: number, grouped: boolean): string {
  const shifted = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  const rounded = Number.isFinite(shifted) ? Number(`${shifted}e-${decimals}`) : Math.abs(value);
  const [whole = '0', fraction] = rounded.toFixed(decimals).split('.');
  const body = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + body + (fraction === undefined ? '' : `.${fraction}`);
}
