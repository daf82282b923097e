/**
 * The latency model behind the benchmark's simulated Apps Script time: milliseconds charged per service
 * call, by the number of cells the call reads or writes where published measurements exist.
 *
 * Cell reads and writes follow Kanshi Tanaike's Apps Script benchmarks, "Benchmark: Reading and Writing
 * Spreadsheet using Google Apps Script" (2018,
 * https://tanaikech.github.io/2018/10/12/benchmark-reading-and-writing-spreadsheet-using-google-apps-script/,
 * gist https://gist.github.com/tanaikech/d102c9600ba12a162c667287d2f20fe4) and his 2022 re-run (listed under
 * https://tanaikech.github.io/topics/benchmark): getValues costs about
 * 0.2 s per call plus 9–10 µs per cell; setValues is flat at about 0.1–0.25 s per call up to 10–20 k
 * cells, then grows by about 55–65 µs per cell. A round value inside each range is charged (0.2 s,
 * 9.5 µs, 15 k cells, 60 µs). The other 2-D getters and setters (notes, formats, validations) are not
 * measured; they are charged as values are. Unknown and not modelled: whether one very large read (10 M
 * cells is charged about 95 s) fails for memory before it reaches the execution limit.
 */
export interface CellCounts {
  readonly read: number;
  readonly written: number;
}

export const NO_CELLS: CellCounts = { read: 0, written: 0 };

const READ_CALL_MS = 200;
const READ_CELL_MS = 0.0095;
const WRITE_CALL_MS = 200;
/** Cells a write carries within its flat cost (the middle of the measured 10–20 k). */
const WRITE_FLAT_CELLS = 15_000;
const WRITE_CELL_MS = 0.06;

const CELL_READS = /^Range\.(getValues?|getDisplayValues?|getNotes?|getFormulas?|getNumberFormats?|getDataValidations?|getRichTextValues?|getBackgrounds?)$/;
const CELL_WRITES = /^(Range\.(setValues?|setNotes?|setFormulas?|setNumberFormats?|setDataValidations?|setRichTextValues?|setBackgrounds?)|Sheet\.appendRow)$/;

/**
 * Per-call constants for everything else. Measured where a source exists: PropertiesService get ≈ 30 ms
 * and set ≈ 62 ms (Luis Peralta, "Google Apps Script APIs
 * performance", https://ziritione.org/post/apps_script_performance); a flush after a write added about
 * 0.5 s to one write ("What is faster: ScriptDb or SpreadsheetApp?", a Stack Overflow answer mirrored at
 * https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp).
 * No published figure exists for the rest: round, deliberately pessimistic assumptions.
 */
const COSTS: readonly (readonly [RegExp, number])[] = [
  [/^SpreadsheetApp\.flush$/, 500],
  [/^Sheet\.(insertRowsAfter|insertColumnsAfter|deleteRows|insertChart|removeChart)$/, 80],
  [/^(MailApp\.sendEmail)$/, 250],
  [/^(Ui|HtmlService)\./, 50],
  [/^(Range|Sheet|Spreadsheet|SpreadsheetApp)\./, 15],
  [/^Properties\.(setProperty|setProperties|deleteProperty)$/, 62],
  [/^Properties\./, 30],
  [/^(Properties|Lock)\b/, 10],
];

/** Simulated milliseconds of one call of `method` (e.g. `Range.getValues`) that read or wrote `cells`. */
export function latencyOf(method: string, cells: CellCounts = NO_CELLS): number {
  if (CELL_READS.test(method)) return READ_CALL_MS + READ_CELL_MS * cells.read;
  if (CELL_WRITES.test(method)) return WRITE_CALL_MS + WRITE_CELL_MS * Math.max(0, cells.written - WRITE_FLAT_CELLS);
  for (const [pattern, ms] of COSTS) if (pattern.test(method)) return ms;
  return 5;
}

/** Apps Script's limit per execution: https://developers.google.com/apps-script/guides/services/quotas */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Calls to the spreadsheet (the budget of DESIGN.md §5): everything but mail, the UI, and script services. */
export function isSpreadsheetCall(method: string): boolean {
  return !/^(MailApp|Ui|Menu|HtmlService|HtmlOutput|Session|User|ScriptApp|Trigger|TriggerBuilder|ClockTriggerBuilder|PropertiesService|Properties|LockService|Lock|Utilities|Logger|Service)\./.test(
    method,
  );
}
