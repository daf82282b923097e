/** Data validation rules between the snapshot's kinds and xlsx <dataValidation> elements (ExcelJS models). */
import type { DataValidation } from 'exceljs';
import { columnToLetters, parseA1, type ParsedA1, type ValidationSnapshot } from '../emulator';

/** A rule, or why it cannot cross over (the caller names the sheet and range). */
export type Converted<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly warning: string };

// Excel's serial 1 (1900-01-01): ExcelJS writes date formulae as serials counted from 1899-12-30.
const FIRST_EXCEL_DATE = new Date(Date.UTC(1899, 11, 31));
// Excel's limit for an inline list and for a prompt; Sheets has none this low.
const EXCEL_TEXT_LIMIT = 255;

/**
 * Sheets' allowInvalid=false rejects input; true shows a warning
 * (https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getAllowInvalid()).
 * xlsx rejects only with showErrorMessage and errorStyle 'stop' (the default); 'warning' lets it through.
 */
function common(rule: ValidationSnapshot): Omit<DataValidation, 'type' | 'formulae'> {
  return {
    allowBlank: true,
    showErrorMessage: true,
    ...(rule.allowInvalid ? { errorStyle: 'warning' } : {}),
    ...(rule.helpText === undefined ? {} : { showInputMessage: true, prompt: rule.helpText }),
  };
}

function inlineList(values: readonly string[]): string {
  return `"${values.map((value) => value.replaceAll('"', '""')).join(',')}"`;
}

/** A sheet name as an A1 reference quotes it, in Sheets and in Excel: 'It''s'. */
const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A parsed A1 block or whole-column span, else null (the open 'A2:A' and whole rows have no list form here). */
function sourceParts(a1: string): ParsedA1 | null {
  try {
    const parsed = parseA1(a1);
    return parsed.shape === 'block' || parsed.shape === 'columns' ? parsed : null;
  } catch {
    return null;
  }
}

/** The A1 text of a block or column span; `$` makes its ends absolute, as an xlsx list source is written. */
function reference(parsed: ParsedA1, dollar: '$' | ''): string {
  const end = (column: number | null, row: number | null): string => `${dollar}${columnToLetters(column ?? 1)}${row === null ? '' : `${dollar}${row}`}`;
  const prefix = parsed.sheetName === null ? '' : `${quotedSheet(parsed.sheetName)}!`;
  return `${prefix}${end(parsed.startColumn, parsed.startRow)}:${end(parsed.endColumn, parsed.endRow)}`;
}

function xlsxRule(rule: ValidationSnapshot): Converted<DataValidation> {
  switch (rule.kind) {
    case 'range': {
      // An absolute, sheet-quoted source ("'Key Results'!$A$2:$A$1000"): Excel and Sheets both open it as a
      // dropdown of that range's values.
      const parsed = sourceParts(rule.source);
      if (!parsed) return { ok: false, warning: `range validation skipped: its source ${rule.source} is not a block of cells or whole columns` };
      return { ok: true, value: { type: 'list', formulae: [reference(parsed, '$')], ...common(rule) } };
    }
    case 'list': {
      // An inline xlsx list is one comma-separated string: a value holding a comma cannot be written.
      const withComma = rule.values.find((value) => value.includes(','));
      if (withComma !== undefined) {
        return { ok: false, warning: `list validation skipped: the value "${withComma}" contains a comma, which an xlsx inline list cannot hold` };
      }
      return { ok: true, value: { type: 'list', formulae: [inlineList(rule.values)], ...common(rule) } };
    }
    case 'checkbox':
      return { ok: true, value: { type: 'list', formulae: [inlineList(['TRUE', 'FALSE'])], ...common(rule) } };
    case 'date':
      return { ok: true, value: { type: 'date', operator: 'greaterThanOrEqual', formulae: [FIRST_EXCEL_DATE], ...common(rule) } };
    case 'number': {
      const { min, max } = rule;
      const base = { type: 'decimal', ...common(rule) } as const;
      if (min !== undefined && max !== undefined) return { ok: true, value: { ...base, operator: 'between', formulae: [min, max] } };
      if (min !== undefined) return { ok: true, value: { ...base, operator: 'greaterThanOrEqual', formulae: [min] } };
      if (max !== undefined) return { ok: true, value: { ...base, operator: 'lessThanOrEqual', formulae: [max] } };
      return { ok: false, warning: 'number validation skipped: it has neither a minimum nor a maximum, which xlsx cannot express' };
    }
  }
}

/** The xlsx rule for a snapshot rule, with a note when it is written but exceeds one of Excel's limits. */
export function toDataValidation(rule: ValidationSnapshot): Converted<DataValidation> & { readonly note?: string } {
  const converted = xlsxRule(rule);
  if (!converted.ok) return converted;
  const [formula] = converted.value.formulae;
  const notes = [
    ...(rule.kind === 'list' && String(formula).length - 2 > EXCEL_TEXT_LIMIT ? [`its list is longer than ${EXCEL_TEXT_LIMIT} characters`] : []),
    ...((rule.helpText ?? '').length > EXCEL_TEXT_LIMIT ? [`its help text is longer than ${EXCEL_TEXT_LIMIT} characters`] : []),
  ];
  return notes.length === 0 ? converted : { ...converted, note: `validation written, but Excel drops it on opening: ${notes.join(' and ')}` };
}

function parseInlineList(formula: unknown): string[] | undefined {
  if (typeof formula !== 'string' || !/^"[\s\S]*"$/.test(formula)) return undefined;
  return formula
    .slice(1, -1)
    .split(',')
    .map((value) => value.replaceAll('""', '"'));
}

/** The snapshot rule for an xlsx rule, or `undefined` for a rule that checks nothing (type 'any'). */
export function fromDataValidation(validation: DataValidation | { type: 'any' }): Converted<ValidationSnapshot> | undefined {
  if (validation.type === 'any') return undefined;
  const allowInvalid = !validation.showErrorMessage || (validation.errorStyle !== undefined && validation.errorStyle !== 'stop');
  const base = validation.prompt ? { allowInvalid, helpText: validation.prompt } : { allowInvalid };
  const [first, second] = validation.formulae ?? [];
  switch (validation.type) {
    case 'list': {
      const values = parseInlineList(first);
      if (!values) {
        const source = typeof first === 'string' ? sourceParts(first.replace(/^=/, '')) : null;
        if (source !== null) return { ok: true, value: { kind: 'range', source: reference(source, ''), ...base } };
        return { ok: false, warning: `list validation skipped: its source ${String(first)} is neither an inline list nor a range` };
      }
      // Exactly the list a checkbox is written as; a user list of TRUE,FALSE reads as a checkbox too.
      const isCheckbox = values.length === 2 && values[0]?.toUpperCase() === 'TRUE' && values[1]?.toUpperCase() === 'FALSE';
      return { ok: true, value: isCheckbox ? { kind: 'checkbox', ...base } : { kind: 'list', values, ...base } };
    }
    case 'date': {
      const isAnyDate = validation.operator === 'greaterThanOrEqual' && first instanceof Date && first <= FIRST_EXCEL_DATE;
      return isAnyDate
        ? { ok: true, value: { kind: 'date', ...base } }
        : { ok: false, warning: `date validation skipped: only "is a valid date" is supported, not ${validation.operator ?? 'between'} bounds` };
    }
    case 'whole':
      return { ok: false, warning: 'whole-number validation skipped: the snapshot has no integer rule' };
    case 'decimal': {
      // ExcelJS parses a bound with parseFloat, so a cell reference arrives as NaN.
      const numbers = [first, second].filter((formula): formula is number => typeof formula === 'number' && Number.isFinite(formula));
      const [low, high] = numbers;
      const operator = validation.operator ?? 'between';
      if (operator === 'between' && numbers.length === 2) return { ok: true, value: { kind: 'number', min: low, max: high, ...base } };
      if (operator === 'greaterThanOrEqual' && numbers.length === 1) return { ok: true, value: { kind: 'number', min: low, ...base } };
      if (operator === 'lessThanOrEqual' && numbers.length === 1) return { ok: true, value: { kind: 'number', max: low, ...base } };
      return { ok: false, warning: `number validation skipped: ${operator} with these bounds is not supported` };
    }
    default:
      return { ok: false, warning: `${validation.type} validation skipped: not supported` };
  }
}
