/**
 * The latency model behind the benchmark's simulated Apps Script time: milliseconds charged per service
 * call. No official per-call figure exists (gas-platform.md §3: "plan for tens to hundreds of ms per
 * service call"), so these are round, deliberately pessimistic assumptions; the claim the benchmark makes
 * is the ratio against the per-cell baseline, which holds for any constant cost per call.
 */
const COSTS: readonly (readonly [RegExp, number])[] = [
  [/^Range\.(getValues|getDisplayValues|getNotes|getFormulas|getNumberFormats|getDataValidations|getRichTextValues|getBackgrounds)$/, 60],
  [/^Range\.(setValues|setNotes|setFormulas|setNumberFormats|setDataValidations|setRichTextValues|setBackgrounds)$/, 80],
  [/^Range\.(getValue|setValue|getNote|setNote|getDisplayValue)$/, 40],
  [/^SpreadsheetApp\.flush$/, 100],
  [/^Sheet\.(appendRow|insertRowsAfter|insertColumnsAfter|deleteRows|insertChart|removeChart)$/, 80],
  [/^(MailApp\.sendEmail)$/, 250],
  [/^(Ui|HtmlService)\./, 50],
  [/^(Range|Sheet|Spreadsheet|SpreadsheetApp)\./, 15],
  [/^(Properties|Cache|Lock)\b/, 10],
];

/** Simulated milliseconds of one call of `method` (e.g. `Range.getValues`). */
export function latencyOf(method: string): number {
  for (const [pattern, ms] of COSTS) if (pattern.test(method)) return ms;
  return 5;
}

/** Apps Script's limit per execution: https://developers.google.com/apps-script/guides/services/quotas */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Calls to the spreadsheet (the budget of DESIGN.md §5): everything but mail, the UI, and script services. */
export function isSpreadsheetCall(method: string): boolean {
  return !/^(MailApp|Ui|Menu|HtmlService|HtmlOutput|Session|User|ScriptApp|Trigger|TriggerBuilder|ClockTriggerBuilder|PropertiesService|Properties|LockService|Lock|CacheService|Cache|Utilities|Logger|Service)\./.test(method);
}
