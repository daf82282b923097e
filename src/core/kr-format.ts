/** How a KR's value reads to a person: percentages as percents, other units after the number. */
import type { Lang } from './lang';
import { formatAmount } from './number-parse';

/** A unit that means the values are fractions shown as percents (85% is stored as 0.85). */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%';
}

/**
 * @example
 * formatKrValue(0.785, '%', 'vi') //=> '78,5%'
 * formatKrValue(4.3e9, 'VND', 'vi') //=> '4.300.000.000 VND'
 */
export function formatKrValue(value: number, unit: string, lang: Lang): string {
  if (isPercentUnit(unit)) return `${formatAmount(Math.round(value * 1e6) / 1e4, lang)}%`;
  return unit.trim() === '' ? formatAmount(value, lang) : `${formatAmount(value, lang)} ${unit.trim()}`;
}

/** The number formats this program gives a % KR's values, by the decimals they need: none, one or two. */
const PERCENT_FORMATS = ['0%', '0.0%', '0.00%'] as const;

/**
 * How the cells of a % KR's row show its values: as whole percents when every value is one, else with the
 * one or two decimals they need, so that 3.5% never shows as 4% (nor 3.25% as 3.3%). Fixed decimals
 * rather than `0.##%`, which Sheets and Excel show with a trailing mark (`78.%`). Blank values are left out.
 * @example percentFormat([0.2, 0.9, 0.78]) //=> '0%'
 * @example percentFormat([0.035, 0.02, null]) //=> '0.0%'
 * @example percentFormat([0.035, 0.0325]) //=> '0.00%'
 */
export function percentFormat(values: readonly (number | null)[]): string {
  const needs = (v: number, decimals: number): boolean => {
    const shifted = v * 10 ** (2 + decimals);
    return Math.abs(shifted - Math.round(shifted)) > 1e-6;
  };
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const decimals = [0, 1].find((d) => !finite.some((v) => needs(v, d))) ?? 2;
  return PERCENT_FORMATS[decimals]!;
}

/** Whether `format` is one percentFormat gives: a cell of a row whose unit is no longer % goes back to its column's format. */
export function isPercentFormat(format: string): boolean {
  return (PERCENT_FORMATS as readonly string[]).indexOf(format) >= 0;
}
