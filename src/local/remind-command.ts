/**
 * `okr-sheets remind FILE.xlsx --today DATE`: what the daily trigger would send that day, by running the
 * bundle's own dailyTrigger on the workbook in the local runtime, at the reminder hour, as the first admin.
 */
import { startOfDay, type Day } from '../core/date-parse';
import { readSettings } from '../sheet/settings-read';
import type { SentMessage } from './mail-app';
import { LocalRuntime } from './runtime';
import type { BookSnapshot } from './snapshot';
import { errorText } from '../sheet/retry';

export interface RemindReport {
  readonly messages: readonly SentMessage[];
  readonly failures: readonly string[];
  readonly owner: string;
}

export function remindOn(code: string, book: BookSnapshot, today: Day): RemindReport {
  const probe = new LocalRuntime({ book });
  const { settings } = probe.env.quiet(() => readSettings(probe.services().book));
  const owner = settings.admins[0] ?? '';
  const at = new Date(startOfDay(today, settings.timeZone).getTime() + settings.reminderHour * 3600 * 1000);
  const rt = new LocalRuntime({ book, user: owner, now: at, scriptTimeZone: settings.timeZone }).load(code);
  const failures: string[] = [];
  try {
    rt.run('dailyTrigger', [], { user: owner });
  } catch (error) {
    failures.push(errorText(error));
  }
  return { messages: rt.mail.outbox, failures, owner };
}
