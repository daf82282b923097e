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

/** The same failure for openByUrl: as undocumented as openById's (see above); the stricter reading throws. */
const OPEN_BY_URL_FAILED = 'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.';

/**
 * The spreadsheets a run made with SpreadsheetApp.create, kept by the runtime so that later runs open them
 * (openById, openByUrl) and the CLI can save them. `make` builds a new book with one empty sheet.
 */
export interface Shelf {
  readonly created: Spreadsheet[];
  readonly make: (name: string) => Spreadsheet;
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * The script is bound to `book`: getActiveSpreadsheet returns it in a run that has its container, null in
 * one that has not (a web app, see contexts.ts); getUi throws where the run has no Ui. Enum values are
 * their names as strings: Apps Script enums compare by identity and print as their name.
 */
export function createSpreadsheetApp<U>(
  env: LocalEnv,
  book: Spreadsheet,
  ui: U,
  context: () => ContextRules = () => CONTEXT_RULES.menu,
  shelf: Shelf | null = null,
) {
  const known = (): Spreadsheet[] => [book, ...(shelf?.created ?? [])];
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
     * the bound file's own id too. The bound workbook and the books runs created exist here; any other id fails.
     * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
     */
    openById(id: string): Spreadsheet {
      env.call('SpreadsheetApp.openById');
      env.requireAuthorization('SpreadsheetApp.openById');
      if (typeof id !== 'string') throw signatureError('SpreadsheetApp.openById', [id]);
      const found = known().find((b) => b.id === id);
      if (!found) throw new Error(OPEN_BY_ID_FAILED);
      return found;
    },
    /**
     * By the URL getUrl gives; needs authorization as openById does.
     * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openByUrl(String)
     */
    openByUrl(url: string): Spreadsheet {
      env.call('SpreadsheetApp.openByUrl');
      env.requireAuthorization('SpreadsheetApp.openByUrl');
      if (typeof url !== 'string') throw signatureError('SpreadsheetApp.openByUrl', [url]);
      const found = known().find((b) => env.quiet(() => b.getUrl()) === url);
      if (!found) throw new Error(OPEN_BY_URL_FAILED);
      return found;
    },
    /**
     * "Creates a new spreadsheet with the given name"
     * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)): a new
     * file with its own id and URL and one sheet of 1000 × 26. A new file needs authorization, which a simple
     * trigger lacks (https://developers.google.com/apps-script/guides/triggers#restrictions). Unknown live and
     * not relied on: the first sheet's name ("Sheet1" in English, localized for other accounts) and the new
     * file's locale and time zone (the creator's defaults; the bound workbook's stand in for them here).
     */
    create(name: string): Spreadsheet {
      env.call('SpreadsheetApp.create');
      env.requireAuthorization('SpreadsheetApp.create');
      if (typeof name !== 'string' || shelf === null) throw signatureError('SpreadsheetApp.create', [name]);
      const made = shelf.make(name);
      shelf.created.push(made);
      return made;
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
