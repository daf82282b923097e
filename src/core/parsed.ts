// The result type every core parser returns: a value, or the problem that kept the input from being read.

/**
 * Why a cell could not be read; `input` is the text as the person typed it, for the finding's message.
 * DATE_OUT_OF_RANGE: a number or Date in a date cell outside 2000-2100; FORMULA: a formula where the
 * program takes only a typed value. NOT_ALLOWED: a check-in by someone who may not check that key result in.
 */
export type Problem = {
  readonly code: 'INVALID_NUMBER' | 'INVALID_DATE' | 'DATE_OUT_OF_RANGE' | 'INVALID_EMAIL' | 'INVALID_CHOICE' | 'FORMULA' | 'NOT_ALLOWED' | 'MISSING';
  readonly input: string;
};

/** Read-only: a parser may hand the same answer to every cell that holds the same text. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/**
 * Wraps a value read successfully.
 * @example ok(42) // { ok: true, value: 42 }
 */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/**
 * Wraps a problem; generic so that it fits any `Parsed<T>`.
 * @example fail('INVALID_NUMBER', 'abc') // { ok: false, problem: { code: 'INVALID_NUMBER', input: 'abc' } }
 */
export const fail = <T = never>(code: Problem['code'], input: string): Parsed<T> => ({
  ok: false,
  problem: { code, input },
});

/**
 * The text of a cell value for a problem report: blank for null and undefined.
 * @example inputText(undefined) // ''
 */
export const inputText = (input: unknown): string => (input === null || input === undefined ? '' : String(input));

/**
 * Whether a cell value is blank: null, undefined, or only whitespace (Sheets reads empty cells as '').
 * @example isBlank('  ') // true
 */
export const isBlank = (input: unknown): boolean => input === null || input === undefined || (typeof input === 'string' && input.trim() === '');
