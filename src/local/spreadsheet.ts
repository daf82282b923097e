/** The emulated Spreadsheet: its sheets, names, locale and zone, active selection, toasts, and the 10M-cell limit. */
import { parseA1, resolveA1, RANGE_NOT_FOUND, type GridRect } from './a1';
import { isTimeZone } from './zone';
import type { LocalEnv } from './env';
import type { Range } from './range';
import { rangeRefOf, type RangeRef } from './range-format';
import { signatureError } from './range-cells';
import { Sheet } from './sheet';
import { SheetGrid, shiftRect, type Axis } from './sheet-grid';
import { NamedRange, type Protection } from './sheet-objects';
import type { BookSnapshot } from './snapshot';
import { bookToSnapshot, sheetFromSnapshot } from './spreadsheet-snapshot';

/**
 * "Up to 10 million cells" per spreadsheet, across all sheets (https://support.google.com/drive/answer/37603).
 * The error text is the Sheets editor's as remembered, unverified for Apps Script.
 */
export const MAX_CELLS = 10_000_000;
/** A new sheet's grid. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheet */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
  readonly at: Date;
}

export interface SpreadsheetOptions {
  /**
   * Makes the Dates that getValues returns. The runtime passes the vm realm's Date so that the
   * program's `instanceof Date` holds; defaults to this realm's Date.
   */
  readonly newDate?: (ms: number) => Date;
}

/** FNV-1a over the text, continued `round` times: stable pseudo-random integers for fake ids. */
function hash(text: string, round = 0): number {
  let h = 2166136261 ^ round;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return Math.imul(h ^ round, 16777619) >>> 0;
}

/** A stable fake id shaped like Google's (44 characters of [A-Za-z0-9_-]), derived from the name. */
function fakeId(name: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Array.from({ length: 44 }, (_, i) => alphabet[hash(name, i) % 64]).join('');
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 * fromSnapshot / toSnapshot and the other members not in that reference are the runtime's and are not counted.
 */
export class Spreadsheet {
  readonly sheets: Sheet[] = [];
  readonly namedRanges = new Map<string, RangeRef>();
  readonly toasts: Toast[] = [];
  readonly id: string;
  readonly makeDate: (ms: number) => Date;
  private activeSheetId: number | null = null;
  private activeRange: RangeRef | null = null;
  private objectCount = 0;

  constructor(readonly env: LocalEnv, public name: string, public locale: string, public timeZone: string, options: SpreadsheetOptions = {}) {
    this.id = fakeId(name);
    this.makeDate = options.newDate ?? ((ms) => new Date(ms));
  }

  static fromSnapshot(env: LocalEnv, snapshot: BookSnapshot, options: SpreadsheetOptions = {}): Spreadsheet {
    const book = new Spreadsheet(env, snapshot.name, snapshot.locale, snapshot.timeZone, options);
    if (!isTimeZone(snapshot.timeZone)) throw new Error(`Invalid time zone: ${snapshot.timeZone}`);
    if (snapshot.sheets.length === 0) throw new Error('A spreadsheet has at least one sheet.');
    for (const sheet of snapshot.sheets) {
      book.checkNewSheetName(sheet.name, null);
      book.ensureCapacity(sheet.maxRows * sheet.maxColumns);
      book.sheets.push(sheetFromSnapshot(book, sheet, book.newSheetId(sheet.name)));
    }
    return book;
  }

  toSnapshot(): BookSnapshot {
    return bookToSnapshot(this);
  }

  /** Gids: the first sheet's is 0, as in a new spreadsheet; the others are derived from the name, never from the index. */
  newSheetId(name: string): number {
    if (this.sheets.length === 0) return 0;
    let id = (hash(name) % 2_000_000_000) + 1;
    while (this.sheets.some((s) => s.sheetId === id)) id += 1;
    return id;
  }

  nextObjectId(): number {
    this.objectCount += 1;
    return this.objectCount;
  }

  totalCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.grid.maxRows * s.grid.maxColumns, 0);
  }

  ensureCapacity(extraCells: number): void {
    if (extraCells > 0 && this.totalCells() + extraCells > MAX_CELLS) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }

  /** Sheet names are unique whatever their case in Sheets (believed); the live message for a clash. */
  checkNewSheetName(name: string, ownSheetId: number | null): void {
    if (name === '') throw new Error('A sheet name cannot be empty.');
    if (this.sheets.some((s) => s.sheetId !== ownSheetId && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** Makes a sheet active, with a selected range or none. */
  select(sheet: Sheet, rect: GridRect | null): void {
    this.activeSheetId = sheet.sheetId;
    this.activeRange = rect ? { sheet, rect: { ...rect } } : null;
  }

  /**
   * Names follow the Sheets editor's rules (a letter or '_' first, no spaces, not a cell reference, not
   * TRUE/FALSE); the error text is the emulator's, Apps Script's is undocumented.
   */
  nameRange(name: string, ref: RangeRef): void {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^(true|false)$/i.test(name)) {
      throw new Error(`The named range name "${name}" is not valid.`);
    }
    this.namedRanges.set(name, ref);
  }

  /** Moves every stored reference into a sheet whose lines moved: names, protections, rules, chart ranges. */
  shiftRefs(sheetId: number, axis: Axis, at: number, delta: number): void {
    for (const [name, ref] of this.namedRanges) {
      if (ref.sheet.sheetId === sheetId && !shiftRect(ref.rect, axis, at, delta)) this.namedRanges.delete(name);
    }
    const keep = (ref: RangeRef): boolean => ref.sheet.sheetId !== sheetId || shiftRect(ref.rect, axis, at, delta);
    for (const sheet of this.sheets) {
      if (sheet.sheetId === sheetId) sheet.protections = sheet.protections.filter((p) => p.rect === null || shiftRect(p.rect, axis, at, delta));
      sheet.conditionalRules = sheet.conditionalRules.flatMap((rule) => {
        const ranges = rule.ranges.filter(keep);
        return ranges.length > 0 || rule.ranges.length === 0 ? [{ ...rule, ranges }] : [];
      });
      sheet.charts = sheet.charts.map((chart) => ({ ...chart, ranges: chart.ranges.filter(keep) }));
    }
  }

  private sheetById(sheet: unknown, method: string): Sheet {
    const found = sheet instanceof Sheet ? this.sheets.find((s) => s.sheetId === sheet.sheetId) : undefined;
    if (!found) throw signatureError(method, [sheet]);
    return found;
  }

  getName(): string {
    this.env.call('Spreadsheet.getName');
    return this.name;
  }

  rename(newName: string): void {
    this.env.call('Spreadsheet.rename');
    this.name = String(newName);
  }

  getId(): string {
    this.env.call('Spreadsheet.getId');
    return this.id;
  }

  getUrl(): string {
    this.env.call('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSheets(): Sheet[] {
    this.env.call('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  /** null when missing. Matching is exact (case-sensitive): unknown live, the stricter choice. */
  getSheetByName(name: string): Sheet | null {
    this.env.call('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /**
   * insertSheet(), (name), (index), (name, index); the index is 0-based and the new sheet (1000 x 26)
   * becomes the active one, as the reference says.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    this.env.call('Spreadsheet.insertSheet');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.defaultSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index ?? this.sheets.length;
    if ((nameOrIndex !== undefined && typeof nameOrIndex !== 'string' && typeof nameOrIndex !== 'number') || !Number.isInteger(at) || at < 0 || at > this.sheets.length) {
      throw signatureError('Spreadsheet.insertSheet', [nameOrIndex, index]);
    }
    this.checkNewSheetName(name, null);
    this.ensureCapacity(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = new Sheet(this, name, this.newSheetId(name), new SheetGrid(NEW_SHEET_ROWS, NEW_SHEET_COLUMNS));
    this.sheets.splice(at, 0, sheet);
    this.select(sheet, null);
    return sheet;
  }

  private defaultSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }

  /** The last sheet cannot go (editor wording). Names into the deleted sheet go with it. */
  deleteSheet(sheet: Sheet): void {
    this.env.call('Spreadsheet.deleteSheet');
    const found = this.sheetById(sheet, 'Spreadsheet.deleteSheet');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(found), 1);
    for (const [name, ref] of this.namedRanges) if (ref.sheet.sheetId === found.sheetId) this.namedRanges.delete(name);
    if (this.activeSheetId === found.sheetId) {
      this.activeSheetId = null;
      this.activeRange = null;
    }
  }

  /** "Sheet1!A1:B2" or, without a sheet name, a range of the active sheet. */
  getRange(a1Notation: string): Range {
    this.env.call('Spreadsheet.getRange');
    const parsed = parseA1(String(a1Notation));
    const sheet = parsed.sheetName === null ? this.activeSheet() : this.sheets.find((s) => s.name === parsed.sheetName);
    if (!sheet) throw new Error(RANGE_NOT_FOUND);
    const rect = resolveA1(parsed, sheet.grid.maxRows, sheet.grid.maxColumns);
    return sheet.checkedRange('Spreadsheet.getRange', [rect.row, rect.column, rect.numRows, rect.numColumns], parsed.shape);
  }

  getRangeByName(name: string): Range | null {
    this.env.call('Spreadsheet.getRangeByName');
    const ref = this.namedRanges.get(name);
    return ref ? ref.sheet.rangeAt(ref.rect) : null;
  }

  /** An existing name is moved to the new range. */
  setNamedRange(name: string, range: Range): void {
    this.env.call('Spreadsheet.setNamedRange');
    this.nameRange(String(name), rangeRefOf(range));
  }

  getNamedRanges(): NamedRange[] {
    this.env.call('Spreadsheet.getNamedRanges');
    return [...this.namedRanges.keys()].map((name) => new NamedRange(this, name));
  }

  /** Removing a name that does not exist: unknown live; stricter, it throws. */
  removeNamedRange(name: string): void {
    this.env.call('Spreadsheet.removeNamedRange');
    if (!this.namedRanges.delete(name)) throw new Error(`Named range ${name} not found.`);
  }

  getSpreadsheetLocale(): string {
    this.env.call('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.env.call('Spreadsheet.setSpreadsheetLocale');
    this.locale = String(locale);
  }

  getSpreadsheetTimeZone(): string {
    this.env.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }

  /** An unknown zone id: the message is the emulator's; Apps Script's is undocumented. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.env.call('Spreadsheet.setSpreadsheetTimeZone');
    if (!isTimeZone(String(timezone))) throw new Error(`Invalid time zone: ${timezone}`);
    this.timeZone = String(timezone);
  }

  /** Recorded in `toasts`; the reference's default timeout is 5 seconds. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.env.call('Spreadsheet.toast');
    this.toasts.push({ message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5, at: new Date(this.env.now()) });
  }

  private activeSheet(): Sheet {
    const sheet = this.sheets.find((s) => s.sheetId === this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new Error('The spreadsheet has no sheet.');
    return sheet;
  }

  /** The first sheet until another is activated. */
  getActiveSheet(): Sheet {
    this.env.call('Spreadsheet.getActiveSheet');
    return this.activeSheet();
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.env.call('Spreadsheet.setActiveSheet');
    const found = this.sheetById(sheet, 'Spreadsheet.setActiveSheet');
    this.select(found, null);
    return found;
  }

  /** null until a range is activated: a script run from a trigger has no selection. */
  getActiveRange(): Range | null {
    this.env.call('Spreadsheet.getActiveRange');
    return this.activeRange ? this.activeRange.sheet.rangeAt(this.activeRange.rect) : null;
  }

  setActiveRange(range: Range): Range {
    this.env.call('Spreadsheet.setActiveRange');
    const ref = rangeRefOf(range);
    this.select(ref.sheet, ref.rect);
    return range;
  }

  getProtections(type: unknown): Protection[] {
    this.env.call('Spreadsheet.getProtections');
    return this.sheets.flatMap((s) => s.protections.filter((p) => p.type === String(type)));
  }
}
