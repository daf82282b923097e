/**
 * Where a Range points, apart from the Range class: builders, charts and the selection keep a RangeRef,
 * and the Range class registers itself here, so neither has to import the other. The bottom of the object
 * model: it names no sheet or range class, only what a kept reference needs of them.
 */
import type { GridRect } from './a1';
import { signatureError } from './signature-error';

/** A Range as the objects that keep one hand it back (a rule's or a chart's ranges, a protection's, the selection). */
export interface PlacedRange {
  getA1Notation(): string;
}

/** What a kept reference needs of its sheet: the id it is followed by, and a Range over the same cells again. */
export interface RefSheet {
  readonly sheetId: number;
  rangeAt(rect: GridRect): PlacedRange;
}

/** Where a Range points, as builders, charts and the selection keep it (the rect is a copy). */
export interface RangeRef {
  readonly sheet: RefSheet;
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
