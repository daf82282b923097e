/** The emulated Spreadsheet: its sheets, names, locale and zone, active selection, toasts, and the 10M-cell limit. */
import { parseA1, resolveA1, RANGE_NOT_FOUND, type GridRect } from './a1';
import { isTimeZone } from './zone';
import { dropMethods, type LocalEnv } from './env';
import type { Range } from './range';
import { rangeRefOf, type PlacedRange, type RangeRef, type RefSheet } from './range-ref';
import { signatureError } from './signature-error';
import { Sheet } from './sheet';
import { SheetGrid, shiftRect, type Axis } from './sheet-grid';
import type { Protection } from './sheet-objects';
import type { BookSnapshot } from './snapshot';
import { bookToSnapshot, rangeValidationsFromSnapshot, sheetFromSnapshot } from './spreadsheet-snapshot';

/**
 * "Up to 10 million cells" per spreadsheet, across all sheets (https://support.google.com/drive/answer/37603):
 * every cell of every tab's grid counts, blank or not.
 */
export const MAX_CELLS = 10_000_000;
/**
 * Google's message when a resize or a new tab would pass the limit, as the Sheets API returns it
 * (https://github.com/UoaWDCC/uasc-web/pull/833, https://github.com/burnash/gspread/issues/516 with the
 * older limit) and Apps Script scripts report it ("Exception: This action would increase…"). That
 * Apps Script throws exactly this text is reported by users, not documented.
 */
const CELL_LIMIT_ERROR = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;
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
  readonly toasts: Toast[] = [];
  readonly id: string;
  readonly makeDate: (ms: number) => Date;
  private activeSheetId: number | null = null;
  private activeRange: RangeRef | null = null;
  private objectCount = 0;

  constructor(
    readonly env: LocalEnv,
    public name: string,
    public locale: string,
    public timeZone: string,
    options: SpreadsheetOptions = {},
  ) {
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
    rangeValidationsFromSnapshot(book, snapshot);
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

  /** Grid cells of every tab, empty ones included: what counts against MAX_CELLS (for the bench and diagnostics). */
  totalCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.grid.maxRows * s.grid.maxColumns, 0);
  }

  /** Throws Google's message, changing nothing, when `extraCells` more would pass MAX_CELLS. */
  ensureCapacity(extraCells: number): void {
    if (extraCells > 0 && this.totalCells() + extraCells > MAX_CELLS) throw new Error(CELL_LIMIT_ERROR);
  }

  /** Sheet names are unique whatever their case in Sheets (believed); the live message for a clash. */
  checkNewSheetName(name: string, ownSheetId: number | null): void {
    if (name === '') throw new Error('A sheet name cannot be empty.');
    if (this.sheets.some((s) => s.sheetId !== ownSheetId && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** Makes a sheet active, with a selected range or none. */
  select(sheet: RefSheet, rect: GridRect | null): void {
    this.activeSheetId = sheet.sheetId;
    this.activeRange = rect ? { sheet, rect: { ...rect } } : null;
  }

  /** Moves every stored reference into a sheet whose lines moved: protections, rules, chart ranges. */
  shiftRefs(sheetId: number, axis: Axis, at: number, delta: number): void {
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
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.sheets.length);
    if (
      (nameOrIndex !== undefined && typeof nameOrIndex !== 'string' && typeof nameOrIndex !== 'number') ||
      !Number.isInteger(at) ||
      at < 0 ||
      at > this.sheets.length
    ) {
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

  /** The last sheet cannot go (editor wording). */
  deleteSheet(sheet: Sheet): void {
    this.env.call('Spreadsheet.deleteSheet');
    const found = this.sheetById(sheet, 'Spreadsheet.deleteSheet');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(found), 1);
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
    this.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
      at: new Date(this.env.now()),
    });
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
  getActiveRange(): PlacedRange | null {
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

/** Named ranges: the bundle never uses them, so they are dropped from the emulator (issue 15). */
dropMethods(Spreadsheet.prototype, 'Spreadsheet', ['getRangeByName', 'setNamedRange', 'getNamedRanges', 'removeNamedRange']);
