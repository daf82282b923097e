/**
 * What the emulated Spreadsheet, Sheet and Range need of one another. Apps Script's hand each other out
 * (getParent(), getSheet(), a protection's getRange()); typed against these interfaces rather than against the
 * classes, each class imports only the ones below it (spreadsheet -> sheet -> range -> builders), and this module
 * imports none of them. What a kept reference needs of its sheet is in range-ref.ts, below the builders.
 */
import type { GridRect } from './a1';
import type { LocalEnv } from './env';
import type { InputSettings } from './range-cells';
import type { RefSheet } from './range-ref';
import type { Axis, SheetGrid } from './sheet-grid';

/** What a Sheet, and the Ranges and objects on it, need of the Spreadsheet that holds it. */
export interface BookOfSheet extends InputSettings {
  readonly env: LocalEnv;
  readonly makeDate: (ms: number) => Date;
  /** The tabs, in order: what a sheet's index counts and a chart's id is unique across. */
  readonly sheets: readonly { readonly sheetId: number; readonly charts: readonly { readonly chartId: number | null }[] }[];
  nextObjectId(): number;
  checkNewSheetName(name: string, ownSheetId: number | null): void;
  ensureCapacity(extraCells: number): void;
  shiftRefs(sheetId: number, axis: Axis, at: number, delta: number): void;
  select(sheet: RefSheet, rect: GridRect | null): void;
}

/** What a Range and the objects on a sheet (protections) need of the Sheet, and what Range.getSheet() hands out. */
export interface SheetOfRange extends RefSheet {
  readonly book: BookOfSheet;
  readonly grid: SheetGrid;
  getName(): string;
  removeProtection(id: number): void;
}
