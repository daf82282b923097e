/** How a KR's value reads to a person: percentages as percents, other units after the number. */
import type { Lang } from '../i18n/lang';
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
