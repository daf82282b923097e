/** The emulated value objects of SpreadsheetApp: data validation, conditional format rules, rich text, and their builders. */
import { parseColor } from './css-colors';
import type { LocalEnv } from './env';
import { rangeRefOf, type PlacedRange, type RangeRef } from './range-ref';

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria */
export const DataValidationCriteria = Object.freeze({
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
});
export type CriteriaType = keyof typeof DataValidationCriteria;

export interface ValidationState {
  readonly criteria: CriteriaType | null;
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

const copyArg = (arg: unknown): unknown => (Array.isArray(arg) ? [...arg] : arg);

function requireNumber(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`The parameters (${typeof value}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.${method}.`);
  }
  return value;
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * "The default for new data validation rules is true" (setAllowInvalid). A script's own writes are
 * never blocked by a rule: Sheets only rejects or flags what a person types, so the emulator stores
 * rules and never checks values against them.
 */
export class DataValidationBuilder {
  constructor(
    private readonly env: LocalEnv,
    private state: ValidationState = { criteria: null, args: [], allowInvalid: true, helpText: null },
  ) {}

  private with(method: string, change: Partial<ValidationState>): DataValidationBuilder {
    this.env.call(`DataValidationBuilder.${method}`);
    this.state = { ...this.state, ...change };
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.");
    return this.with('requireValueInList', { criteria: 'VALUE_IN_LIST', args: [values.map(String), showDropdown] });
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInRange(Range,Boolean)
   * Criteria values [Range, showDropdown]; the range may be on another sheet. The rule keeps the Range, so it
   * follows a rename of that sheet, and, like a list, it is never checked against what a script writes.
   */
  requireValueInRange(range: PlacedRange, showDropdown = true): DataValidationBuilder {
    rangeRefOf(range);
    return this.with('requireValueInRange', { criteria: 'VALUE_IN_RANGE', args: [range, showDropdown] });
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    const args = [checkedValue, uncheckedValue].filter((arg) => arg !== undefined);
    return this.with('requireCheckbox', { criteria: 'CHECKBOX', args });
  }

  requireDate(): DataValidationBuilder {
    return this.with('requireDate', { criteria: 'DATE_IS_VALID_DATE', args: [] });
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    const args = [requireNumber(start, 'requireNumberBetween'), requireNumber(end, 'requireNumberBetween')];
    return this.with('requireNumberBetween', { criteria: 'NUMBER_BETWEEN', args });
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    const args = [requireNumber(number, 'requireNumberGreaterThanOrEqualTo')];
    return this.with('requireNumberGreaterThanOrEqualTo', { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args });
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    return this.with('setAllowInvalid', { allowInvalid: Boolean(allowInvalidData) });
  }

  setHelpText(helpText: string): DataValidationBuilder {
    return this.with('setHelpText', { helpText: String(helpText) });
  }

  /** A builder without a criterion: unknown live; stricter, it throws. */
  build(): DataValidation {
    this.env.call('DataValidationBuilder.build');
    if (this.state.criteria === null) throw new Error('The data validation rule has no criteria.');
    return new DataValidation(this.env, this.state);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class DataValidation {
  constructor(
    private readonly env: LocalEnv,
    readonly state: ValidationState,
  ) {}

  getCriteriaType(): CriteriaType {
    this.env.call('DataValidation.getCriteriaType');
    return this.state.criteria ?? 'CUSTOM_FORMULA';
  }

  /** Fresh copies: e.g. [['a', 'b'], true] for a dropdown list, [1, 10] for a number between; a range rule's Range is the one given. */
  getCriteriaValues(): unknown[] {
    this.env.call('DataValidation.getCriteriaValues');
    return this.state.args.map(copyArg);
  }

  getAllowInvalid(): boolean {
    this.env.call('DataValidation.getAllowInvalid');
    return this.state.allowInvalid;
  }

  getHelpText(): string | null {
    this.env.call('DataValidation.getHelpText');
    return this.state.helpText;
  }

  copy(): DataValidationBuilder {
    this.env.call('DataValidation.copy');
    return new DataValidationBuilder(this.env, { ...this.state, args: this.state.args.map(copyArg) });
  }
}

export interface ConditionalFormatState {
  /** BooleanCriteria name and its arguments. */
  readonly condition: { readonly type: string; readonly values: readonly unknown[] } | null;
  readonly format: { readonly background?: string | null; readonly fontColor?: string | null; readonly bold?: boolean | null };
  readonly ranges: readonly RangeRef[];
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder */
export class ConditionalFormatRuleBuilder {
  constructor(
    private readonly env: LocalEnv,
    private state: ConditionalFormatState = { condition: null, format: {}, ranges: [] },
  ) {}

  private when(method: string, type: string, values: unknown[]): ConditionalFormatRuleBuilder {
    this.env.call(`ConditionalFormatRuleBuilder.${method}`);
    this.state = { ...this.state, condition: { type, values } };
    return this;
  }

  private formatWith(method: string, change: ConditionalFormatState['format']): ConditionalFormatRuleBuilder {
    this.env.call(`ConditionalFormatRuleBuilder.${method}`);
    this.state = { ...this.state, format: { ...this.state.format, ...change } };
    return this;
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [String(text)]);
  }

  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [String(text)]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [String(formula)]);
  }

  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }

  /** Colours are stored as '#rrggbb', as Range.setBackground stores them (css-colors.ts). */
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    return this.formatWith('setBackground', { background: color === null ? null : parseColor(String(color)) });
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    return this.formatWith('setFontColor', { fontColor: color === null ? null : parseColor(String(color)) });
  }

  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    return this.formatWith('setBold', { bold });
  }

  setRanges(ranges: unknown[]): ConditionalFormatRuleBuilder {
    this.env.call('ConditionalFormatRuleBuilder.setRanges');
    this.state = { ...this.state, ranges: ranges.map(rangeRefOf) };
    return this;
  }

  /** A rule without a condition: unknown live; stricter, it throws. */
  build(): ConditionalFormatRule {
    this.env.call('ConditionalFormatRuleBuilder.build');
    if (this.state.condition === null) throw new Error('The conditional format rule has no condition.');
    return new ConditionalFormatRule(this.env, this.state);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class ConditionalFormatRule {
  constructor(
    private readonly env: LocalEnv,
    readonly state: ConditionalFormatState,
  ) {}

  getRanges(): PlacedRange[] {
    this.env.call('ConditionalFormatRule.getRanges');
    return this.state.ranges.map((ref) => ref.sheet.rangeAt(ref.rect));
  }

  copy(): ConditionalFormatRuleBuilder {
    this.env.call('ConditionalFormatRule.copy');
    return new ConditionalFormatRuleBuilder(this.env, this.state);
  }
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder
 * Only whole-text links are emulated; a link over part of the text throws.
 */
export class RichTextValueBuilder {
  private text = '';
  private linkUrl: string | null = null;

  constructor(private readonly env: LocalEnv) {}

  setText(text: string): RichTextValueBuilder {
    this.env.call('RichTextValueBuilder.setText');
    this.text = String(text);
    return this;
  }

  setLinkUrl(...args: [string | null] | [number, number, string | null]): RichTextValueBuilder {
    this.env.call('RichTextValueBuilder.setLinkUrl');
    if (args.length === 3 && (args[0] !== 0 || args[1] !== this.text.length)) {
      throw new Error('not emulated: RichTextValueBuilder.setLinkUrl on part of the text');
    }
    const url = args.length === 3 ? args[2] : args[0];
    this.linkUrl = url === null || url === undefined || url === '' ? null : String(url);
    return this;
  }

  build(): RichTextValue {
    this.env.call('RichTextValueBuilder.build');
    return new RichTextValue(this.env, this.text, this.linkUrl);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value */
export class RichTextValue {
  constructor(
    private readonly env: LocalEnv,
    readonly text: string,
    readonly linkUrl: string | null,
  ) {}

  getText(): string {
    this.env.call('RichTextValue.getText');
    return this.text;
  }

  getLinkUrl(): string | null {
    this.env.call('RichTextValue.getLinkUrl');
    return this.linkUrl;
  }
}
