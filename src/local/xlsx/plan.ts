/** A sheet snapshot checked and indexed by row, ready to stream into xlsx one row at a time. */
import type ExcelJS from 'exceljs';
import { type ConditionalFormatSnapshot, formatA1, type GridRect, parseA1, resolveA1, type SheetSnapshot, type StyleSnapshot } from '../emulator';
import { boldOffWarning, toConditionalFormattings } from './conditional';
import { toExcelStyle } from './styles';
import { toDataValidation } from './validation';

type Style = Partial<ExcelJS.Style>;
type ByRow<T> = Map<number, Map<number, T>>;

/** What a cell looks like: its number format and its style, with the key the style is cached by. */
export interface Look {
  readonly numFmt?: string;
  readonly style?: StyleSnapshot;
  readonly styleKey?: string;
}

export interface SheetPlan {
  readonly sheet: SheetSnapshot;
  /** The last row that holds anything: a value, a formula, a note, a link, a number format or a style. */
  readonly lastRow: number;
  /** Formula text without its leading '=', as ExcelJS wants it. */
  readonly formulas: ByRow<string>;
  readonly links: ByRow<string>;
  readonly notes: ByRow<string>;
  readonly validations: readonly { readonly range: string; readonly validation: ExcelJS.DataValidation }[];
  readonly conditionalFormats: readonly ExcelJS.ConditionalFormattingOptions[];
  readonly warnings: readonly { readonly where: string; readonly message: string }[];
  /**
   * The number-format and style blocks covering `row`, later ones winning for what they set; rows must
   * be asked in increasing order.
   */
  formatsAt(row: number): readonly { readonly rect: GridRect; readonly look: Look }[];
  /**
   * One style object per look: ExcelJS caches style ids by object, which keeps big sheets fast, and a
   * run of equal cells (a shaded column of 1000 rows) shares one object rather than one per cell.
   */
  styleFor(look: Look): Style;
}

// Excel's rules for sheet names (Sheets allows 100 characters and more symbols); ExcelJS's streaming
// writer checks none of them, and a renamed tab would no longer be found by name.
const NAME_LIMIT = 31;
const NAME_FORBIDDEN = /[*?:/\\[\]]/;

function checkSheetName(name: string, earlier: readonly SheetSnapshot[]): void {
  const problem =
    name === ''
      ? 'is empty'
      : name.length > NAME_LIMIT
        ? `is longer than the ${NAME_LIMIT} characters xlsx allows`
        : NAME_FORBIDDEN.test(name)
          ? 'contains one of * ? : / \\ [ ], which xlsx forbids'
          : name.startsWith("'") || name.endsWith("'")
            ? 'starts or ends with an apostrophe, which xlsx forbids'
            : name.toLowerCase() === 'history'
              ? 'is reserved by Excel'
              : earlier.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())
                ? 'repeats an earlier name (xlsx ignores case)'
                : undefined;
  if (problem !== undefined) throw new Error(`Sheet name "${name}" ${problem}`);
}

/** A snapshot range as a block, open ends ('C2:C') running to the sheet's grid size. */
function rectOf(range: string, sheet: SheetSnapshot): GridRect {
  try {
    return resolveA1(parseA1(range), sheet.maxRows, sheet.maxColumns);
  } catch {
    throw new Error(`Sheet "${sheet.name}": "${range}" is not an A1 range`);
  }
}

function styleCache(): (look: Look) => Style {
  const styles = new Map<string, Style>();
  return (look) => {
    const key = `${look.numFmt ?? ''}\u0000${look.styleKey ?? ''}`;
    const style = styles.get(key) ?? {
      ...(look.style === undefined ? {} : toExcelStyle(look.style)),
      ...(look.numFmt === undefined ? {} : { numFmt: look.numFmt }),
    };
    styles.set(key, style);
    return style;
  };
}

function lastOf(rows: Iterable<number>): number {
  let last = 0;
  for (const row of rows) last = Math.max(last, row);
  return last;
}

function byRow<T>(entries: Readonly<Record<string, T>>, sheet: SheetSnapshot): ByRow<T> {
  const rows: ByRow<T> = new Map();
  for (const [a1, value] of Object.entries(entries)) {
    const rect = rectOf(a1, sheet);
    if (rect.numRows !== 1 || rect.numColumns !== 1) throw new Error(`Sheet "${sheet.name}": "${a1}" is not a single cell`);
    const columns = rows.get(rect.row) ?? new Map<number, T>();
    rows.set(rect.row, columns.set(rect.column, value));
  }
  return rows;
}

function formatCursor(formats: readonly { rect: GridRect; look: Look }[]): SheetPlan['formatsAt'] {
  const blocks = formats.map((format, order) => ({ ...format, order })).sort((a, b) => a.rect.row - b.rect.row);
  let next = 0;
  let active: typeof blocks = [];
  return (row) => {
    const started = next;
    while (next < blocks.length && (blocks[next]?.rect.row ?? Infinity) <= row) next++;
    active = active.filter(({ rect }) => rect.row + rect.numRows > row);
    if (next > started) active = [...active, ...blocks.slice(started, next)].sort((a, b) => a.order - b.order);
    return active;
  };
}

/**
 * Checks and indexes `sheet`; throws on a name xlsx refuses, a bad A1 range (protections' included), or a
 * note/link/formula key that is not one cell.
 */
export function planSheet(sheet: SheetSnapshot, earlier: readonly SheetSnapshot[]): SheetPlan {
  checkSheetName(sheet.name, earlier);
  const styleFor = styleCache();
  const warnings: { where: string; message: string }[] = [];
  const validations: { range: string; validation: ExcelJS.DataValidation }[] = [];
  for (const { range, rule } of sheet.validations) {
    const where = formatA1(rectOf(range, sheet));
    const converted = toDataValidation(rule);
    if (converted.ok) validations.push({ range: where, validation: converted.value });
    const message = converted.ok ? converted.note : converted.warning;
    if (message !== undefined) warnings.push({ where, message });
  }
  const formulas = byRow(sheet.formulas, sheet);
  for (const columns of formulas.values()) for (const [column, text] of columns) columns.set(column, text.replace(/^=/, ''));
  const links = byRow(sheet.links, sheet);
  const notes = byRow(sheet.notes, sheet);
  const formats: { rect: GridRect; look: Look }[] = [
    ...sheet.numberFormats.map(({ range, format }) => ({ rect: rectOf(range, sheet), look: { numFmt: format } })),
    ...(sheet.styles ?? []).map(({ range, style }) => ({ rect: rectOf(range, sheet), look: { style, styleKey: JSON.stringify(style) } })),
  ];
  const formatBottoms = formats.map(({ rect }) => rect.row + rect.numRows - 1);
  const lastRow = lastOf([sheet.values.length, ...formatBottoms, lastOf(formulas.keys()), lastOf(links.keys()), lastOf(notes.keys())]);
  const rules = (sheet.conditionalFormats ?? []).map(
    (rule): ConditionalFormatSnapshot => ({ ...rule, ranges: rule.ranges.map((range) => formatA1(rectOf(range, sheet))) }),
  );
  for (const rule of rules) {
    const message = boldOffWarning(rule);
    if (message !== undefined) warnings.push({ where: rule.ranges.join(' '), message });
  }
  for (const { range } of sheet.protections ?? []) if (range !== null) rectOf(range, sheet);
  return {
    sheet,
    lastRow,
    formulas,
    links,
    notes,
    validations,
    conditionalFormats: toConditionalFormattings(rules),
    warnings,
    formatsAt: formatCursor(formats),
    styleFor,
  };
}
