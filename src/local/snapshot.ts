/**
 * A whole workbook as plain data: what the .xlsx bridge reads and writes, and what the emulated
 * Spreadsheet is built from and saved to. Ranges are A1 strings without a sheet name.
 */

export type CellValue = string | number | boolean | Date;

export type ValidationSnapshot =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly allowInvalid: boolean; readonly helpText?: string }
  | { readonly kind: 'checkbox'; readonly allowInvalid: boolean; readonly helpText?: string }
  | { readonly kind: 'date'; readonly allowInvalid: boolean; readonly helpText?: string }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number; readonly allowInvalid: boolean; readonly helpText?: string };

export interface SheetSnapshot {
  readonly name: string;
  /** Grid size, as getMaxRows / getMaxColumns. */
  readonly maxRows: number;
  readonly maxColumns: number;
  /** The data range, rectangular, '' for blank cells; row 0 is sheet row 1. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formulas by A1 cell (text starting with '='); their cached value stays in `values`. */
  readonly formulas: Readonly<Record<string, string>>;
  /** Number formats by range, only where not the default. */
  readonly numberFormats: readonly { readonly range: string; readonly format: string }[];
  readonly validations: readonly { readonly range: string; readonly rule: ValidationSnapshot }[];
  /** Cell notes by A1 cell. */
  readonly notes: Readonly<Record<string, string>>;
  /** Hyperlinks by A1 cell (rich text links). */
  readonly links: Readonly<Record<string, string>>;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Column widths in pixels by 1-based column, only where set. */
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly hidden: boolean;
}

export interface BookSnapshot {
  readonly name: string;
  readonly locale: string;
  readonly timeZone: string;
  readonly sheets: readonly SheetSnapshot[];
}
