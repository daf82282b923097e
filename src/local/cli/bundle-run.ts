/**
 * The CLI's one way to run the program: the real build/Code.js in the local runtime, one entry point as one
 * person at one instant, then what the run wrote is read back from the emulated workbook.
 */
import { startOfDay, type Day } from '../../core/date-parse';
import type { TabKey } from '../../i18n/tabs';
import { snapshotSettings } from './book-read';
import { type BookSnapshot, LocalRuntime, type Sheet } from '../emulator';

/**
 * Where the program records which tab is its own output tab of each kind: a script property holding sheet
 * ids by tab key (src/sheet/tab-registry.ts; the CLI reads the bundle's answer, not its code).
 */
const REGISTRY_PROPERTY = 'okr.outputTabs';

export interface BundleRun {
  readonly rt: LocalRuntime;
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
  try {
    rt.run(entry, [], { user: options.user });
    return { rt, failure: '' };
  } catch (error) {
    return { rt, failure: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A menu action as the workbook's first admin clicks it at noon of `today` in the workbook's zone: how the
 * commands that drive a menu action (check, summary, archive) run it.
 */
export function runMenuAtNoon(code: string, book: BookSnapshot, entry: string, today: Day): BundleRun {
  const { settings } = snapshotSettings(book);
  const at = new Date(startOfDay(today, settings.timeZone).getTime() + 12 * 3600 * 1000);
  return runBundle(code, book, entry, { user: settings.admins[0] ?? '', at, timeZone: settings.timeZone });
}

/** The last message the run showed in a dialog ('' when none). */
export function lastAlert(run: BundleRun): string {
  return run.rt.ui.alerts[run.rt.ui.alerts.length - 1]?.prompt ?? '';
}

/**
 * The program's output tab of `key` after the run, by the sheet id the program registered for it (a
 * person's tab of the same name is never it); null when the run wrote none.
 */
export function outputTabOf(run: BundleRun, key: TabKey): Sheet | null {
  return run.rt.env.quiet(() => {
    let ids: Record<string, unknown> = {};
    try {
      ids = JSON.parse(run.rt.properties.getScriptProperties().getProperty(REGISTRY_PROPERTY) ?? '{}') as Record<string, unknown>;
    } catch {
      return null;
    }
    return run.rt.book.getSheets().find((sheet) => sheet.getSheetId() === ids[key]) ?? null;
  });
}

/** The values of a tab, header first. */
export function tabRows(run: BundleRun, sheet: Sheet): unknown[][] {
  return run.rt.env.quiet(() => sheet.getDataRange().getValues());
}
