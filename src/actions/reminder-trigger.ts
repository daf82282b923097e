/**
 * "Turn on / off daily reminders" (admin only): exactly one daily trigger at the reminder hour in the
 * workbook's time zone, its owner recorded in the document properties. Apps Script shows each account only
 * its own triggers, so a second admin must not install another one: the record says who owns it.
 */
import type { Settings } from '../core/settings';
import type { Catalogue } from '../i18n';
import { readTriggerRecord, RECORD_KEY, type TriggerRecord } from '../sheet/trigger-record';
import { runAction } from './run';
import type { Services } from '../sheet/services';

/** The main.ts entry point the trigger calls. */
export const DAILY_HANDLER = 'dailyTrigger';

/** The current user's triggers that call the daily handler. */
export function ownDailyTriggers(s: Services): GoogleAppsScript.Script.Trigger[] {
  return s.triggers.getProjectTriggers().filter((t) => t.getHandlerFunction() === DAILY_HANDLER);
}

function install(s: Services, settings: Settings, user: string, t: Catalogue): string {
  const record = readTriggerRecord(s);
  if (record && record.owner !== user) return t.reminders.ownedByOther(record.owner);
  for (const trigger of ownDailyTriggers(s)) s.triggers.deleteTrigger(trigger);
  const trigger = s.triggers.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(settings.reminderHour)
    .inTimezone(settings.timeZone).create();
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
