/**
 * A whole workbook as plain data: what the .xlsx bridge reads and writes, and what the emulated
 * Spreadsheet is built from and saved to. Ranges are A1 strings without a sheet name.
 */

export type CellValue = string | number | boolean | Date;

export type ValidationSnapshot =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly allowInvalid: boolean; readonly helpText?: string }
  /** A dropdown of the values in `source`, an A1 block that names its sheet ("'Key Results'!A2:A1000"); without a name, the rule's own sheet. */
  | { readonly kind: 'range'; readonly source: string; readonly allowInvalid: boolean; readonly helpText?: string }
  | { readonly kind: 'checkbox'; readonly allowInvalid: boolean; readonly helpText?: string }
  | { readonly kind: 'date'; readonly allowInvalid: boolean; readonly helpText?: string }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number; readonly allowInvalid: boolean; readonly helpText?: string };

/**
 * How cells look beyond their number format, only where not the default (no white background, black
 * font, normal weight or style, wrap off, 'normal' and bottom alignment): a script cannot tell
 * such a default from an unset one (Range.getBackgrounds reads '#ffffff' for both). Colours are '#rrggbb'.
 */
export interface StyleSnapshot {
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: true;
  readonly italic?: true;
  readonly fontSize?: number;
  readonly wrap?: true;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly verticalAlignment?: 'top' | 'middle';
}

/** A BooleanCriteria of a conditional format rule, with its arguments. */
export type ConditionSnapshot =
  | { readonly type: 'TEXT_EQUAL_TO' | 'TEXT_CONTAINS'; readonly text: string }
  | { readonly type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO' | 'NUMBER_LESS_THAN'; readonly value: number }
  | { readonly type: 'NUMBER_BETWEEN'; readonly min: number; readonly max: number }
  | { readonly type: 'CUSTOM_FORMULA'; readonly formula: string }
  | { readonly type: 'CELL_EMPTY' };

export interface ConditionalFormatSnapshot {
  /** Ranges of the sheet holding the rule. */
  readonly ranges: readonly string[];
  readonly condition: ConditionSnapshot;
  readonly format: { readonly background?: string; readonly fontColor?: string; readonly bold?: boolean };
}

export interface ProtectionSnapshot {
  /** The protected range, or null for the whole sheet. */
  readonly range: string | null;
  readonly description: string;
  readonly warningOnly: boolean;
  readonly editors: readonly string[];
}

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
  /** Blocks of cells sharing one style, not overlapping; absent when no cell is styled. */
  readonly styles?: readonly { readonly range: string; readonly style: StyleSnapshot }[];
  /** In the sheet's order, the first matching rule winning; absent when there is none. */
  readonly conditionalFormats?: readonly ConditionalFormatSnapshot[];
  /** Absent when there is none. */
  readonly protections?: readonly ProtectionSnapshot[];
}

export interface BookSnapshot {
  readonly name: string;
  readonly locale: string;
  readonly timeZone: string;
  readonly sheets: readonly SheetSnapshot[];
}
