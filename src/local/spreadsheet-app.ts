/** The SpreadsheetApp and Charts globals of the local runtime, over one emulated Spreadsheet. */
import { ConditionalFormatRuleBuilder, DataValidationBuilder, DataValidationCriteria, RichTextValueBuilder } from './builders';
import { CONTEXT_RULES, NO_UI_MESSAGE, type ContextRules } from './contexts';
import type { LocalEnv } from './env';
import { CHART_TYPES, type ChartTypeName } from './sheet-objects';
import { signatureError } from './session';
import type { Spreadsheet } from './spreadsheet';

/** https://developers.google.com/apps-script/reference/spreadsheet/protection-type */
export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' } as const);

/**
 * Reports of the error for an id that is not a spreadsheet the user can open vary ("Unexpected error while
 * getting the method or property openById on object SpreadsheetApp." is the most common); the reference
 * documents none.
 */
const OPEN_BY_ID_FAILED = 'Unexpected error while getting the method or property openById on object SpreadsheetApp.';

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * The script is bound to `book`: getActiveSpreadsheet returns it in a run that has its container, null in
 * one that has not (a web app, see contexts.ts); getUi throws where the run has no Ui. Enum values are
 * their names as strings: Apps Script enums compare by identity and print as their name.
 */
export function createSpreadsheetApp<U>(env: LocalEnv, book: Spreadsheet, ui: U, context: () => ContextRules = () => CONTEXT_RULES.menu) {
  return {
    DataValidationCriteria,
    ProtectionType,
    /** Typed as @types declares it (Spreadsheet); null at run time where the run has no container. */
    getActiveSpreadsheet(): Spreadsheet {
      env.call('SpreadsheetApp.getActiveSpreadsheet');
      return (context().container ? book : null) as Spreadsheet;
    },
    getActive(): Spreadsheet {
      env.call('SpreadsheetApp.getActive');
      return (context().container ? book : null) as Spreadsheet;
    },
    /**
     * Opening a file needs authorization, which a simple trigger lacks ("they can't access other files",
     * https://developers.google.com/apps-script/guides/triggers#restrictions): the stricter reading refuses
     * the bound file's own id too. Only the bound workbook exists here; any other id fails.
     * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
     */
    openById(id: string): Spreadsheet {
      env.call('SpreadsheetApp.openById');
      env.requireAuthorization('SpreadsheetApp.openById');
      if (typeof id !== 'string') throw signatureError('SpreadsheetApp.openById', [id]);
      if (id !== env.quiet(() => book.getId())) throw new Error(OPEN_BY_ID_FAILED);
      return book;
    },
    /** "Cannot call SpreadsheetApp.getUi() from this context." outside menus, sidebars, dialogs and simple triggers. */
    getUi(): U {
      env.call('SpreadsheetApp.getUi');
      if (!context().ui) throw new Error(NO_UI_MESSAGE);
      return ui;
    },
    /** Writes are applied at once in the emulator; flush is counted, as it costs time live. */
    flush(): void {
      env.call('SpreadsheetApp.flush');
    },
    newDataValidation(): DataValidationBuilder {
      env.call('SpreadsheetApp.newDataValidation');
      return new DataValidationBuilder(env);
    },
    newConditionalFormatRule(): ConditionalFormatRuleBuilder {
      env.call('SpreadsheetApp.newConditionalFormatRule');
      return new ConditionalFormatRuleBuilder(env);
    },
    newRichTextValue(): RichTextValueBuilder {
      env.call('SpreadsheetApp.newRichTextValue');
      return new RichTextValueBuilder(env);
    },
  };
}

export type EmulatedSpreadsheetApp = ReturnType<typeof createSpreadsheetApp>;

/** The Charts global: only ChartType, for EmbeddedChartBuilder.setChartType. https://developers.google.com/apps-script/reference/charts/charts */
export function createCharts(): { readonly ChartType: Readonly<Record<ChartTypeName, ChartTypeName>> } {
  const chartType = Object.fromEntries(CHART_TYPES.map((name) => [name, name])) as Record<ChartTypeName, ChartTypeName>;
  return Object.freeze({ ChartType: Object.freeze(chartType) });
}
