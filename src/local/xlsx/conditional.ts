/**
 * A snapshot's conditional format rules as xlsx rules (through ExcelJS) and back.
 *
 * Sheets applies the first rule that matches a cell; xlsx applies every matching rule, the lowest
 * priority number winning where their formats clash. Rules are written with priorities in the sheet's
 * order, so the first rule still wins wherever two would colour the same cell.
 */
import type ExcelJS from 'exceljs';
import type { ConditionalFormatSnapshot, ConditionSnapshot } from '../emulator';
import { argbOf, colorOf } from './styles';
import type { Converted } from './validation';

/**
 * One cfRule as ExcelJS writes and reads it. Its index.d.ts lacks the operators greaterThanOrEqual and
 * containsBlanks' formulae, which its xforms write as given; hence this shape and one cast.
 */
interface XlsxRule {
  readonly type: string;
  readonly operator?: string;
  readonly formulae?: readonly unknown[];
  readonly priority: number;
  readonly style?: Partial<ExcelJS.Style> | null;
}

/** ExcelJS's parsed rules per sqref, on a worksheet it read (missing from its index.d.ts). */
export interface ReadConditionalFormats {
  readonly conditionalFormattings?: readonly { readonly ref: string; readonly rules: readonly XlsxRule[] }[];
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const topLeft = (range: string): string => range.split(':')[0] ?? range;

/**
 * The xlsx form of each condition, the form Excel itself writes: "cell value equal to" a quoted text
 * (case-insensitive, as Sheets' "text is exactly" is believed to be; unverified), SEARCH for "contains"
 * (case-insensitive in both), LEN(TRIM()) for blanks. A formula's relative references are relative to
 * the rule's top-left cell in both programs.
 */
function ruleOf(condition: ConditionSnapshot, at: string): Pick<XlsxRule, 'type' | 'operator' | 'formulae'> {
  switch (condition.type) {
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [quoted(condition.text)] };
    case 'TEXT_CONTAINS':
      return { type: 'containsText', operator: 'containsText', formulae: [`NOT(ISERROR(SEARCH(${quoted(condition.text)},${at})))`] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { type: 'cellIs', operator: 'greaterThanOrEqual', formulae: [condition.value] };
    case 'NUMBER_LESS_THAN':
      return { type: 'cellIs', operator: 'lessThan', formulae: [condition.value] };
    case 'NUMBER_BETWEEN':
      return { type: 'cellIs', operator: 'between', formulae: [condition.min, condition.max] };
    case 'CUSTOM_FORMULA':
      return { type: 'expression', formulae: [condition.formula.replace(/^=/, '')] };
    case 'CELL_EMPTY':
      return { type: 'containsText', operator: 'containsBlanks', formulae: [`LEN(TRIM(${at}))=0`] };
  }
}

/**
 * A conditional format's look is a differential style: a solid fill's colour is its bgColor there. Bold
 * off is left out (see boldOffWarning): ExcelJS writes a font's bold only when it is on.
 */
function dxfOf(format: ConditionalFormatSnapshot['format']): Partial<ExcelJS.Style> {
  const font = {
    ...(format.bold === true ? { bold: true } : {}),
    ...(format.fontColor === undefined ? {} : { color: { argb: argbOf(format.fontColor) } }),
  };
  return {
    ...(format.background === undefined ? {} : { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argbOf(format.background) } } }),
    ...(Object.keys(font).length > 0 ? { font } : {}),
  };
}

/** Why a rule's format is written without its bold=false, or undefined when nothing is left out. */
export function boldOffWarning(rule: ConditionalFormatSnapshot): string | undefined {
  return rule.format.bold === false ? 'conditional format written without "bold off": xlsx (through ExcelJS) can only turn bold on' : undefined;
}

/** The sheet's rules, in its order, as ExcelJS conditional formattings (one per rule, over the rule's ranges). */
export function toConditionalFormattings(rules: readonly ConditionalFormatSnapshot[]): ExcelJS.ConditionalFormattingOptions[] {
  return rules.map((rule, index) => {
    const xlsxRule: XlsxRule = { ...ruleOf(rule.condition, topLeft(rule.ranges[0] ?? 'A1')), priority: index + 1, style: dxfOf(rule.format) };
    return { ref: rule.ranges.join(' '), rules: [xlsxRule as ExcelJS.ConditionalFormattingRule] };
  });
}

function unquoted(formula: unknown): string | undefined {
  const match = typeof formula === 'string' ? /^"((?:[^"]|"")*)"$/.exec(formula) : null;
  return match?.[1]?.replace(/""/g, '"');
}

function numberOf(formula: unknown): number | undefined {
  const value = typeof formula === 'number' ? formula : typeof formula === 'string' && formula.trim() !== '' ? Number(formula) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

/** The Sheets condition of an xlsx rule, or why there is none. */
function conditionOf(rule: XlsxRule): Converted<ConditionSnapshot> {
  const [first, second] = rule.formulae ?? [];
  const skipped = (why: string): Converted<ConditionSnapshot> => ({ ok: false, warning: `conditional format skipped: ${why}` });
  switch (rule.type) {
    case 'cellIs': {
      const text = unquoted(first);
      const value = numberOf(first);
      const end = numberOf(second);
      if (rule.operator === 'equal' && text !== undefined) return { ok: true, value: { type: 'TEXT_EQUAL_TO', text } };
      if (rule.operator === 'greaterThanOrEqual' && value !== undefined) return { ok: true, value: { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', value } };
      if (rule.operator === 'lessThan' && value !== undefined) return { ok: true, value: { type: 'NUMBER_LESS_THAN', value } };
      if (rule.operator === 'between' && value !== undefined && end !== undefined) return { ok: true, value: { type: 'NUMBER_BETWEEN', min: value, max: end } };
      return skipped(`"cell value ${rule.operator ?? ''} ${(rule.formulae ?? []).join(', ')}" is not one the emulator's rule builder makes`);
    }
    case 'containsText': {
      if (rule.operator === 'containsBlanks') return { ok: true, value: { type: 'CELL_EMPTY' } };
      const text = typeof first === 'string' ? /^NOT\(ISERROR\(SEARCH\(("(?:[^"]|"")*"),[A-Z]+\d+\)\)\)$/.exec(first)?.[1] : undefined;
      const searched = text === undefined ? undefined : unquoted(text);
      if (rule.operator === 'containsText' && searched !== undefined) return { ok: true, value: { type: 'TEXT_CONTAINS', text: searched } };
      return skipped(`the text rule ${rule.operator ?? ''} is not supported`);
    }
    case 'expression':
      if (typeof first === 'string') return { ok: true, value: { type: 'CUSTOM_FORMULA', formula: `=${first}` } };
      return skipped('a formula rule without a formula');
    default:
      // Colour scales, data bars, icon sets, top/bottom and date rules have no counterpart in the emulator.
      return skipped(`${rule.type} rules are not supported`);
  }
}

function formatOf(style: Partial<ExcelJS.Style> | null | undefined): ConditionalFormatSnapshot['format'] {
  const fill = style?.fill;
  // Excel writes a differential solid fill's colour as bgColor; some writers use fgColor.
  const background = fill?.type === 'pattern' ? (colorOf(fill.bgColor) ?? colorOf(fill.fgColor)) : undefined;
  const fontColor = colorOf(style?.font?.color);
  const bold = style?.font?.bold;
  return {
    ...(background === undefined ? {} : { background }),
    ...(fontColor === undefined ? {} : { fontColor }),
    ...(bold === undefined ? {} : { bold }),
  };
}

const A1_RANGE = /^[A-Z]+[1-9]\d*(?::[A-Z]+[1-9]\d*)?$/;

/**
 * The rules of a worksheet ExcelJS read, ordered by priority (Sheets' order), with a warning for each it
 * leaves out. A rule's ranges are its sqref's space-separated parts.
 */
export function fromConditionalFormattings(worksheet: ReadConditionalFormats): {
  rules: ConditionalFormatSnapshot[];
  warnings: { where: string; message: string }[];
} {
  const found = (worksheet.conditionalFormattings ?? []).flatMap(({ ref, rules }) => rules.map((rule) => ({ ref, rule })));
  found.sort((a, b) => a.rule.priority - b.rule.priority);
  const rules: ConditionalFormatSnapshot[] = [];
  const warnings: { where: string; message: string }[] = [];
  for (const { ref, rule } of found) {
    const ranges = ref
      .replace(/\$/g, '')
      .split(/\s+/)
      .filter((part) => part !== '');
    const condition = conditionOf(rule);
    if (!ranges.every((range) => A1_RANGE.test(range))) warnings.push({ where: ref, message: 'conditional format skipped: its range is not A1 notation' });
    else if (!condition.ok) warnings.push({ where: ref, message: condition.warning });
    else rules.push({ ranges, condition: condition.value, format: formatOf(rule.style) });
  }
  return { rules, warnings };
}
