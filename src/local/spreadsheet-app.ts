/** The SpreadsheetApp and Charts globals of the local runtime, over one emulated Spreadsheet. */
import { ConditionalFormatRuleBuilder, DataValidationBuilder, DataValidationCriteria, RichTextValueBuilder } from './builders';
import type { LocalEnv } from './env';
import { CHART_TYPES, type ChartTypeName } from './sheet-objects';
import type { Spreadsheet } from './spreadsheet';

/** https://developers.google.com/apps-script/reference/spreadsheet/protection-type */
export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' } as const);

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * The script is bound to `book`, so getActive and getActiveSpreadsheet both return it. Enum values are
 * their names as strings: Apps Script enums compare by identity and print as their name.
 */
export function createSpreadsheetApp<U>(env: LocalEnv, book: Spreadsheet, ui: U) {
  return {
    DataValidationCriteria,
    ProtectionType,
    getActiveSpreadsheet(): Spreadsheet {
      env.call('SpreadsheetApp.getActiveSpreadsheet');
      return book;
    },
    getActive(): Spreadsheet {
      env.call('SpreadsheetApp.getActive');
      return book;
    },
    getUi(): U {
      env.call('SpreadsheetApp.getUi');
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
