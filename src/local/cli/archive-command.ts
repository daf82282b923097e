/**
 * `okr-sheets archive FILE.xlsx --out DIR [--today DATE]`: the bundle's own "Archive closed cycles" over the
 * workbook in the local runtime, as its first admin; writes the workbook as the run left it and each archive
 * spreadsheet the run created, as .xlsx files in DIR.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Day } from '../../core/date-parse';
import { messages } from '../../i18n';
import { snapshotSettings } from './book-read';
import { lastAlert, runMenuAtNoon } from './bundle-run';
import { CliError, EXIT } from './errors';
import { type BookSnapshot, bookToSnapshot } from '../emulator';
import { writeXlsx } from '../xlsx';

/** Long enough for a large company's archive: each one-off run takes at most 4 minutes and the next starts a minute later. */
const CONTINUATIONS_MS = 6 * 3600 * 1000;

/** A file name from a spreadsheet's name: what a file system refuses becomes '-'. */
function fileNameOf(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim() || 'archive'}.xlsx`;
}

export interface ArchiveReport {
  /** What the run said (its last dialog). */
  readonly message: string;
  /** The workbook after the run, then each archive it created. */
  readonly files: readonly string[];
}

export async function archiveOn(code: string, book: BookSnapshot, file: string, today: Day, outDir: string): Promise<ArchiveReport> {
  const { settings } = snapshotSettings(book);
  const t = messages(settings.language).cli;
  const run = runMenuAtNoon(code, book, 'menuArchive', today);
  if (run.failure !== '') throw new CliError(EXIT.runFailed, t.archiveNotRun(run.failure.split('\n')[0] ?? ''));
  // What the menu's minute left goes on in one-off triggers, as in Apps Script: the clock runs on until they are done.
  const continued = run.rt.advanceTo(new Date(run.rt.env.now() + CONTINUATIONS_MS)).length;
  const failed = run.rt.triggerFailures[0];
  if (failed) throw new CliError(EXIT.runFailed, t.archiveNotRun(failed.error.split('\n')[0] ?? ''));
  mkdirSync(outDir, { recursive: true });
  const main = join(outDir, basename(file));
  await writeXlsx(run.rt.snapshot(), main);
  const files = [main];
  for (const made of run.rt.createdBooks) {
    const snapshot = run.rt.env.quiet(() => bookToSnapshot(made));
    const target = join(outDir, fileNameOf(snapshot.name));
    await writeXlsx(snapshot, target);
    files.push(target);
  }
  return { message: continued > 0 ? `${lastAlert(run)}\n${t.archiveFinished(continued)}` : lastAlert(run), files };
}
