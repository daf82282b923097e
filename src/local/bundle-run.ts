/**
 * The CLI's one way to run the program: the real build/Code.js in the local runtime, one entry point as one
 * person at one instant, then what the run wrote is read back from the emulated workbook.
 */
import { foldText } from '../core/text';
import { TAB_LABELS, type TabKey } from '../i18n/tabs';
import { LocalRuntime } from './runtime';
import type { Sheet } from './sheet';
import type { BookSnapshot } from './snapshot';

/** The developer metadata the program puts on each output tab it owns: key TAB_MARKER, value the tab key. */
const TAB_MARKER = 'okr-sheets.tab';

export interface BundleRun {
  readonly rt: LocalRuntime;
  /** Sheet ids before the run, to tell a tab the run created from a person's tab of the same name. */
  readonly before: ReadonlySet<number>;
  /** What the run threw ('' when it ended normally): a trigger fails visibly, a menu action shows an alert. */
  readonly failure: string;
}

export interface RunOptions {
  readonly user: string;
  readonly at: Date;
  readonly timeZone: string;
}

export function runBundle(code: string, book: BookSnapshot, entry: string, options: RunOptions): BundleRun {
  const rt = new LocalRuntime({ book, user: options.user, now: options.at, scriptTimeZone: options.timeZone }).load(code);
  const before = new Set(rt.env.quiet(() => rt.book.getSheets().map((sheet) => sheet.getSheetId())));
  try {
    rt.run(entry, [], { user: options.user });
    return { rt, before, failure: '' };
  } catch (error) {
    return { rt, before, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** The last message the run showed in a dialog ('' when none). */
export function lastAlert(run: BundleRun): string {
  return run.rt.ui.alerts[run.rt.ui.alerts.length - 1]?.prompt ?? '';
}

type Marked = { getDeveloperMetadata?: () => readonly { getKey(): string; getValue(): string | null }[] };

function markerOf(sheet: Sheet): string | null {
  const marked = sheet as unknown as Marked;
  if (typeof marked.getDeveloperMetadata !== 'function') return null;
  return marked.getDeveloperMetadata().find((m) => m.getKey() === TAB_MARKER)?.getValue() ?? null;
}

/** "Findings", "Phát hiện", or the free name the program gives its tab beside a person's: "Findings (OKR 2)". */
function isNamedFor(sheet: Sheet, key: TabKey): boolean {
  const name = foldText(sheet.getName());
  return [TAB_LABELS[key].en, TAB_LABELS[key].vi].some((label) => {
    const base = foldText(label);
    return name === base || (name.startsWith(`${base} (okr`) && /^ \(okr(?: \d+)?\)$/.test(name.slice(base.length)));
  });
}

/**
 * The program's output tab of `key` after the run: the tab carrying its marker when the program marks its
 * tabs; otherwise by name, a tab the run created before one that was there already (a person's namesake).
 */
export function outputTabOf(run: BundleRun, key: TabKey): Sheet | null {
  return run.rt.env.quiet(() => {
    const sheets = run.rt.book.getSheets();
    const marks = sheets.map(markerOf);
    if (marks.some((mark) => mark !== null)) return sheets.find((_, i) => marks[i] === key) ?? null;
    const named = sheets.filter((sheet) => isNamedFor(sheet, key));
    return named.find((sheet) => !run.before.has(sheet.getSheetId())) ?? named.find((sheet) => run.before.has(sheet.getSheetId())) ?? null;
  });
}

/** The values of a tab, header first. */
export function tabRows(run: BundleRun, sheet: Sheet): unknown[][] {
  return run.rt.env.quiet(() => sheet.getDataRange().getValues());
}
