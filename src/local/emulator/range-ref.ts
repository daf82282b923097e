/**
 * Where a Range points, apart from the Range class: builders, charts and the selection keep a RangeRef,
 * and the Range class registers itself here, so neither has to import the other.
 */
import type { GridRect } from './a1';
import { signatureError } from './range-cells';
import type { Sheet } from './sheet';

/** Where a Range points, as builders, charts and the selection keep it (the rect is a copy). */
export interface RangeRef {
  readonly sheet: Sheet;
  readonly rect: GridRect;
}

/**
 * The Range objects this emulator made. Apps Script's methods that take a Range (setRanges, addRange…) are
 * backed by Java and accept its own objects; whether a JS Proxy around one would pass is unverified, so the
 * stricter choice refuses anything that is not a genuine Range.
 */
const GENUINE = new WeakSet<RangeRef>();

/** Called by the Range constructor: `range` is one the emulator made. */
export function registerRange(range: RangeRef): void {
  GENUINE.add(range);
}

/** Where `value` points, if it is a genuine Range; anything else is a wrong argument, as Apps Script says. */
export function rangeRefOf(value: unknown): RangeRef {
  if (typeof value !== 'object' || value === null || !GENUINE.has(value as RangeRef)) throw signatureError('Range', [value]);
  const range = value as RangeRef;
  return { sheet: range.sheet, rect: { ...range.rect } };
}
