/**
 * `okr-sheets remind FILE.xlsx --today DATE`: what the daily trigger would send that day, by running the
 * bundle's own dailyTrigger on the workbook in the local runtime, at the reminder hour, as the first admin.
 */
import { formatDay, startOfDay, type Day } from '../../core/date-parse';
import { messages } from '../../i18n';
import { dataRows, snapshotSettings } from './book-read';
import { runBundle } from './bundle-run';
import type { BookSnapshot, SentMessage } from '../emulator';

export interface RemindReport {
  readonly messages: readonly SentMessage[];
  /** What the daily run threw ('' when it ended normally). */
  readonly failure: string;
  readonly owner: string;
  /** Why nothing would be sent, in the workbook's language ('' when something is). */
  readonly nothing: string;
}

export function remindOn(code: string, book: BookSnapshot, today: Day): RemindReport {
  const { settings } = snapshotSettings(book);
  const t = messages(settings.language).cli;
  const owner = settings.admins[0] ?? '';
  const day = formatDay(today);
  // Only an admin may own the daily run; without one, or without anyone to remind, nothing could go out.
  if (owner === '') return { messages: [], failure: '', owner, nothing: t.noAdmin(day) };
  if (dataRows(book, 'people').length === 0) return { messages: [], failure: '', owner, nothing: t.noPeople(day) };
  const at = new Date(startOfDay(today, settings.timeZone).getTime() + settings.reminderHour * 3600 * 1000);
  const run = runBundle(code, book, 'dailyTrigger', { user: owner, at, timeZone: settings.timeZone });
  const sent = run.rt.mail.outbox;
  return { messages: sent, failure: run.failure, owner, nothing: sent.length === 0 && run.failure === '' ? t.nothingDue(day) : '' };
}
