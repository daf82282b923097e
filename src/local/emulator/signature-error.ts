/**
 * SpreadsheetApp's message when arguments have the wrong types, on its own so that the modules at the bottom of
 * the object model (range-ref.ts, range-cells.ts) can throw it without importing each other.
 */

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'Object[]' : typeof value === 'string' ? 'String' : typeof value;

/** Apps Script's message when arguments have the wrong types. */
export function signatureError(method: string, args: readonly unknown[]): Error {
  return new Error(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`);
}
