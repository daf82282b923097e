/**
 * "Turn on / off daily reminders" (admin only): exactly one daily trigger at the reminder hour in the
 * workbook's time zone, its owner recorded in the document properties. Apps Script shows each account only
 * its own triggers, so a second admin must not install another one: the record says who owns it. Also the
 * one-off clock triggers that finish work a run could not: a daily run's continuations and a close's pack run.
 */
import type { Settings } from '../core/settings';
import type { Catalogue } from '../i18n';
import { errorText } from '../sheet/retry';
import { readTriggerRecord, RECORD_KEY, type TriggerRecord } from '../sheet/trigger-record';
import { runAction } from './run';
import type { Services } from '../sheet/services';

/** The main.ts entry point the trigger calls. */
export const DAILY_HANDLER = 'dailyTrigger';

/** The main.ts entry point of a daily run's continuation (see scheduleContinuation). */
export const CONTINUE_HANDLER = 'dailyContinue';

/**
 * A daily run stops sending before its time is up; what is left goes out in continuation runs, each started
 * by a one-off clock trigger a minute later, at most this many a day: with each run kept under 4 minutes,
 * a day's mail takes at most 20 minutes of Apps Script time.
 */
export const MAX_CONTINUATIONS = 4;
/** A one-off run (a continuation, a pack run) starts this long after it was asked for. */
const ONE_OFF_AFTER_MS = 60 * 1000;
const CONTINUATIONS_KEY = 'okr.dailyContinuations';

/** The main.ts entry points of the one-off runs that finish a close's mail (pack-run.ts) and an archive (archive-cycle.ts). */
export const PACKS_HANDLER = 'packRun';
export const ARCHIVE_HANDLER = 'archiveContinue';
type OneOffHandler = typeof PACKS_HANDLER | typeof ARCHIVE_HANDLER;

/** The current user's one-off triggers of `handler`. */
const ownTriggers = (s: Services, handler: string): GoogleAppsScript.Script.Trigger[] =>
  s.triggers.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);

/**
 * Asks for one more run of the day's work a minute from now, unless `day`'s continuations are used up or one
 * is already waiting. Returns whether one is waiting now. The count is kept in the script properties by day.
 */
export function scheduleContinuation(s: Services, day: string): boolean {
  if (ownTriggers(s, CONTINUE_HANDLER).length > 0) return true;
  const [counted, n] = (s.props.getProperty(CONTINUATIONS_KEY) ?? '').split('|');
  const used = counted === day ? Number(n) || 0 : 0;
  if (used >= MAX_CONTINUATIONS) return false;
  if (!oneOffTrigger(s, CONTINUE_HANDLER)) return false;
  s.props.setProperty(CONTINUATIONS_KEY, `${day}|${used + 1}`);
  return true;
}

/**
 * Asks for a run of `handler` a minute from now; false when this account has Apps Script's 20 triggers for the
 * script already ("This script has too many triggers", https://developers.google.com/apps-script/guides/services/quotas).
 */
function oneOffTrigger(s: Services, handler: string): boolean {
  try {
    s.triggers.newTrigger(handler).timeBased().after(ONE_OFF_AFTER_MS).create();
    return true;
  } catch (error) {
    if (/too many triggers/i.test(errorText(error))) return false;
    throw error;
  }
}

/**
 * Asks for a one-off run of `handler` (a pack run, an archive run) a minute from now, unless one is waiting.
 * Returns whether one is waiting now.
 */
export function scheduleRun(s: Services, handler: OneOffHandler): boolean {
  return ownTriggers(s, handler).length > 0 || oneOffTrigger(s, handler);
}

/** Deletes the one-off trigger of `handler` that started this run: one that fired still counts toward the 20 a user may have. */
export function clearRun(s: Services, handler: OneOffHandler): void {
  for (const trigger of ownTriggers(s, handler)) s.triggers.deleteTrigger(trigger);
}

/** Deletes the continuation trigger that started this run: a one-off trigger that fired still counts toward the 20 a user may have. */
export function clearContinuation(s: Services): void {
  for (const trigger of ownTriggers(s, CONTINUE_HANDLER)) s.triggers.deleteTrigger(trigger);
}

/** The current user's triggers that call the daily handler. */
export function ownDailyTriggers(s: Services): GoogleAppsScript.Script.Trigger[] {
  return ownTriggers(s, DAILY_HANDLER);
}

function install(s: Services, settings: Settings, user: string, t: Catalogue): string {
  const record = readTriggerRecord(s);
  if (record && record.owner !== user) return t.reminders.ownedByOther(record.owner);
  for (const trigger of ownDailyTriggers(s)) s.triggers.deleteTrigger(trigger);
  const trigger = s.triggers.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(settings.reminderHour).inTimezone(settings.timeZone).create();
  const fresh: TriggerRecord = { owner: user, uid: trigger.getUniqueId(), hour: settings.reminderHour, timeZone: settings.timeZone };
  s.props.setProperty(RECORD_KEY, JSON.stringify(fresh));
  return t.reminders.turnedOn(settings.reminderHour, settings.timeZone, user);
}

function uninstall(s: Services, user: string, t: Catalogue): string {
  const record = readTriggerRecord(s);
  if (record && record.owner !== user) return t.reminders.ownedByOther(record.owner);
  const own = ownDailyTriggers(s);
  for (const trigger of own) s.triggers.deleteTrigger(trigger);
  s.props.deleteProperty(RECORD_KEY);
  return own.length > 0 || record ? t.reminders.turnedOff : t.reminders.notOn;
}

export function runRemindersOn(s: Services): void {
  runAction(s, { name: 'remindersOn', writes: true, who: 'admin', from: 'menu' }, ({ settings, user, t }) => ({
    message: install(s, settings, user, t),
  }));
}

export function runRemindersOff(s: Services): void {
  runAction(s, { name: 'remindersOff', writes: true, who: 'admin', from: 'menu' }, ({ user, t }) => ({
    message: uninstall(s, user, t),
  }));
}
