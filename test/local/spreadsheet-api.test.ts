/**
 * The emulated classes expose exactly the Apps Script methods they emulate, named as in
 * @types/google-apps-script (checked by tsc), plus emulator-only members whose names clash with none.
 */
import {
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  DataValidation,
  DataValidationBuilder,
  RichTextValue,
  RichTextValueBuilder,
} from '../../src/local/emulator/builders';
import { Range } from '../../src/local/emulator/range';
import { Sheet } from '../../src/local/emulator/sheet';
import { EmbeddedChart, EmbeddedChartBuilder, Protection } from '../../src/local/emulator/sheet-objects';
import { Spreadsheet } from '../../src/local/emulator/spreadsheet';
import { setup } from './spreadsheet-helpers';

type S = typeof GoogleAppsScript.Spreadsheet;
type Names<T> = readonly (keyof T & string)[];
/** The emulator-only names, when none of them is an Apps Script member of T; `never` (a type error) otherwise. */
type NoClash<Own extends readonly string[], T> = [Extract<Own[number], keyof T>] extends [never] ? Own : never;

const rangeApi: Names<GoogleAppsScript.Spreadsheet.Range> = [
  'getSheet',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getLastRow',
  'getLastColumn',
  'getA1Notation',
  'getValues',
  'getValue',
  'setValues',
  'setValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'setFormulas',
  'setFormula',
  'getNumberFormats',
  'getNumberFormat',
  'setNumberFormat',
  'setNumberFormats',
  'getNotes',
  'getNote',
  'setNote',
  'setNotes',
  'clearNote',
  'getDataValidations',
  'getDataValidation',
  'setDataValidation',
  'setDataValidations',
  'clearDataValidations',
  'getRichTextValues',
  'getRichTextValue',
  'setRichTextValue',
  'setRichTextValues',
  'clear',
  'clearContent',
  'clearFormat',
  'offset',
  'activate',
  'protect',
  'setBackground',
  'setBackgrounds',
  'getBackgrounds',
  'setFontWeight',
  'setFontWeights',
  'setFontColor',
  'setFontStyle',
  'setFontSize',
  'setWrap',
  'setHorizontalAlignment',
  'setVerticalAlignment',
];
const rangeOwnNames = ['env', 'grid', 'cellCount', 'each', 'map', 'fillLayer', 'setLayer', 'displayValues', 'richText'] as const;
const rangeOwn: NoClash<typeof rangeOwnNames, GoogleAppsScript.Spreadsheet.Range> = rangeOwnNames;

const sheetApi: Names<GoogleAppsScript.Spreadsheet.Sheet> = [
  'getName',
  'setName',
  'getSheetId',
  'getIndex',
  'getParent',
  'getRange',
  'getDataRange',
  'getLastRow',
  'getLastColumn',
  'getMaxRows',
  'getMaxColumns',
  'insertRowsAfter',
  'insertRowsBefore',
  'insertRows',
  'insertColumnsAfter',
  'insertColumnsBefore',
  'deleteRow',
  'deleteRows',
  'deleteColumn',
  'deleteColumns',
  'appendRow',
  'clear',
  'clearContents',
  'clearNotes',
  'clearFormats',
  'setFrozenRows',
  'getFrozenRows',
  'setFrozenColumns',
  'getFrozenColumns',
  'setColumnWidth',
  'setColumnWidths',
  'getColumnWidth',
  'activate',
  'setTabColor',
  'autoResizeColumns',
  'protect',
  'getProtections',
  'getConditionalFormatRules',
  'setConditionalFormatRules',
  'newChart',
  'insertChart',
  'getCharts',
  'removeChart',
  'updateChart',
];
const sheetOwnNames = [
  'call',
  'rangeAt',
  'checkedRange',
  'addProtection',
  'removeProtection',
  'max',
  'insertLines',
  'deleteLines',
  'shiftLines',
  'clearAll',
  'setWidths',
  'chartIndex',
] as const;
const sheetOwn: NoClash<typeof sheetOwnNames, GoogleAppsScript.Spreadsheet.Sheet> = sheetOwnNames;

const spreadsheetApi: Names<GoogleAppsScript.Spreadsheet.Spreadsheet> = [
  'getName',
  'rename',
  'getId',
  'getUrl',
  'getSheets',
  'getSheetByName',
  'insertSheet',
  'deleteSheet',
  'getRange',
  'getSpreadsheetLocale',
  'setSpreadsheetLocale',
  'getSpreadsheetTimeZone',
  'setSpreadsheetTimeZone',
  'toast',
  'getActiveSheet',
  'setActiveSheet',
  'getActiveRange',
  'setActiveRange',
  'getProtections',
];
const spreadsheetOwnNames = [
  'toSnapshot',
  'newSheetId',
  'nextObjectId',
  'totalCells',
  'ensureCapacity',
  'checkNewSheetName',
  'select',
  'shiftRefs',
  'sheetById',
  'defaultSheetName',
  'activeSheet',
] as const;
const spreadsheetOwn: NoClash<typeof spreadsheetOwnNames, GoogleAppsScript.Spreadsheet.Spreadsheet> = spreadsheetOwnNames;

/** Apps Script methods the bundle never calls, dropped (issue 15): present only to throw `not emulated`. */
const dropped: [
  string,
  { prototype: object },
  Names<GoogleAppsScript.Spreadsheet.Range> | Names<GoogleAppsScript.Spreadsheet.Sheet> | Names<GoogleAppsScript.Spreadsheet.Spreadsheet>,
][] = [
  ['Range', Range, ['setBorder', 'merge', 'breakApart', 'isPartOfMerge'] satisfies Names<GoogleAppsScript.Spreadsheet.Range>],
  ['Sheet', Sheet, ['hideSheet', 'showSheet', 'isSheetHidden'] satisfies Names<GoogleAppsScript.Spreadsheet.Sheet>],
  [
    'Spreadsheet',
    Spreadsheet,
    ['getRangeByName', 'setNamedRange', 'getNamedRanges', 'removeNamedRange'] satisfies Names<GoogleAppsScript.Spreadsheet.Spreadsheet>,
  ],
];
const droppedOf = (name: string): readonly string[] => dropped.find(([n]) => n === name)?.[2] ?? [];

const cases: [string, { prototype: object }, readonly string[], readonly string[]][] = [
  ['Range', Range, [...rangeApi, ...droppedOf('Range')], rangeOwn],
  ['Sheet', Sheet, [...sheetApi, ...droppedOf('Sheet')], sheetOwn],
  ['Spreadsheet', Spreadsheet, [...spreadsheetApi, ...droppedOf('Spreadsheet')], spreadsheetOwn],
  [
    'DataValidationBuilder',
    DataValidationBuilder,
    [
      'requireValueInList',
      'requireValueInRange',
      'requireCheckbox',
      'requireDate',
      'requireNumberBetween',
      'requireNumberGreaterThanOrEqualTo',
      'setAllowInvalid',
      'setHelpText',
      'build',
    ] satisfies Names<GoogleAppsScript.Spreadsheet.DataValidationBuilder>,
    ['with'],
  ],
  [
    'DataValidation',
    DataValidation,
    ['getCriteriaType', 'getCriteriaValues', 'getAllowInvalid', 'getHelpText', 'copy'] satisfies Names<GoogleAppsScript.Spreadsheet.DataValidation>,
    [],
  ],
  [
    'ConditionalFormatRuleBuilder',
    ConditionalFormatRuleBuilder,
    [
      'whenTextEqualTo',
      'whenTextContains',
      'whenNumberGreaterThanOrEqualTo',
      'whenNumberLessThan',
      'whenNumberBetween',
      'whenFormulaSatisfied',
      'whenCellEmpty',
      'setBackground',
      'setFontColor',
      'setBold',
      'setRanges',
      'build',
    ] satisfies Names<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>,
    ['when', 'formatWith'],
  ],
  ['ConditionalFormatRule', ConditionalFormatRule, ['getRanges', 'copy'] satisfies Names<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>, []],
  ['RichTextValueBuilder', RichTextValueBuilder, ['setText', 'setLinkUrl', 'build'] satisfies Names<GoogleAppsScript.Spreadsheet.RichTextValueBuilder>, []],
  ['RichTextValue', RichTextValue, ['getText', 'getLinkUrl'] satisfies Names<GoogleAppsScript.Spreadsheet.RichTextValue>, []],
  [
    'EmbeddedChartBuilder',
    EmbeddedChartBuilder,
    [
      'setChartType',
      'getChartType',
      'addRange',
      'setPosition',
      'setOption',
      'setNumHeaders',
      'build',
    ] satisfies Names<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>,
    ['with'],
  ],
  // getId is the older string id the emulator keeps beside getChartId; @types no longer lists it.
  [
    'EmbeddedChart',
    EmbeddedChart,
    [...(['getChartId', 'getRanges', 'getOptions', 'modify'] satisfies Names<GoogleAppsScript.Spreadsheet.EmbeddedChart>), 'getId'],
    [],
  ],
  [
    'Protection',
    Protection,
    [
      'setDescription',
      'getDescription',
      'setWarningOnly',
      'isWarningOnly',
      'getProtectionType',
      'getRange',
      'remove',
      'canEdit',
      'addEditor',
      'addEditors',
      'removeEditors',
      'getEditors',
    ] satisfies Names<GoogleAppsScript.Spreadsheet.Protection>,
    ['env', 'addEmails'],
  ],
];

/** Own and inherited members (Range and Sheet are split over a base class by concern). */
function membersOf(prototype: object): string[] {
  const names = new Set<string>();
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor') names.add(name);
  }
  return [...names].sort();
}

test.each(cases)('%s has the listed Apps Script methods and emulator-only members, nothing else', (_, cls, api, own) => {
  expect(membersOf(cls.prototype)).toEqual([...api, ...own].sort());
});

test.each(dropped.flatMap(([name, cls, methods]) => methods.map((method) => [name, method, cls] as const)))(
  '%s.%s is dropped: calling it throws not emulated',
  (name, method, cls) => {
    const call = (cls.prototype as Record<string, () => unknown>)[method];
    expect(() => call?.call(null)).toThrow(`not emulated: ${name}.${method}`);
  },
);

test('the SpreadsheetApp global has the listed Apps Script members only', () => {
  const { app } = setup();
  const api: Names<GoogleAppsScript.Spreadsheet.SpreadsheetApp> = [
    'DataValidationCriteria',
    'ProtectionType',
    'getActiveSpreadsheet',
    'getActive',
    'getUi',
    'flush',
    'newDataValidation',
    'newConditionalFormatRule',
    'newRichTextValue',
    'openById',
    'openByUrl',
    'create',
  ];
  expect(Object.keys(app).sort()).toEqual([...api].sort());
});

test('enum members are their names, as DataValidationCriteria lists them', () => {
  const { app } = setup();
  const names: (keyof S['DataValidationCriteria'])[] = ['VALUE_IN_LIST', 'CHECKBOX', 'NUMBER_BETWEEN', 'DATE_IS_VALID_DATE'];
  for (const name of names) expect(app.DataValidationCriteria[name]).toBe(name);
  expect(Object.keys(app.ProtectionType)).toEqual(['RANGE', 'SHEET']);
});
