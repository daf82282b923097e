/** The emulated ScriptApp: installable triggers per user (builders, the 20-trigger cap), enums, and the runtime's view of when clock triggers fire. */
import { isDateObject } from './cell-text';
import type { LocalEnv } from './env';
import { createEnum, memberName, signatureError, type EnumValue } from './session';
import { isTimeZone, wallClock, wallClockToInstant } from './zone';

export const AuthMode = createEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventType = createEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_CHANGE', 'ON_FORM_SUBMIT']);
export const TriggerSource = createEnum(['SPREADSHEETS', 'CLOCK']);
export const WeekDay = createEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);

export interface ScriptAppOptions {
  /** The account running the code; triggers belong to whoever creates them. */
  readonly currentUser: () => string;
  /** The manifest's timeZone: clock triggers use it unless inTimezone() says otherwise. */
  readonly timeZone: string;
  readonly scriptId?: string;
}

/** https://developers.google.com/apps-script/guides/services/quotas ("Triggers: 20 / user / script"). */
const MAX_TRIGGERS_PER_USER = 20;
const DAY_MS = 24 * 3600 * 1000;
const EVERY_MINUTES = [1, 5, 10, 15, 30];
/** The trigger dialog offers only these; whether the API takes others is unverified, so they throw. */
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

/** `every`: a period from creation; `calendar`: a wall-clock time every stepDays from anchorDay (days since 1970-01-01). */
type Schedule =
  | { readonly kind: 'every'; readonly periodMs: number }
  | { readonly kind: 'once'; readonly atMs: number }
  | {
      readonly kind: 'calendar';
      readonly stepDays: number;
      readonly anchorDay: number;
      readonly hour: number;
      readonly minute: number;
      readonly timeZone: string;
    };

interface TriggerRecord {
  readonly owner: string;
  readonly uid: string;
  readonly trigger: LocalTrigger;
  readonly createdAt: number;
  readonly schedule: Schedule | null;
}

/** https://developers.google.com/apps-script/reference/script/trigger */
export class LocalTrigger {
  constructor(
    private readonly env: LocalEnv,
    private readonly uid: string,
    private readonly handler: string,
    private readonly eventType: EnumValue,
    private readonly source: EnumValue,
    private readonly sourceId: string | null,
  ) {}
  getUniqueId(): string {
    this.env.call('Trigger.getUniqueId');
    return this.uid;
  }
  getHandlerFunction(): string {
    this.env.call('Trigger.getHandlerFunction');
    return this.handler;
  }
  getEventType(): EnumValue {
    this.env.call('Trigger.getEventType');
    return this.eventType;
  }
  getTriggerSource(): EnumValue {
    this.env.call('Trigger.getTriggerSource');
    return this.source;
  }
  /** The spreadsheet's id; null for a clock trigger, which has no source document. */
  getTriggerSourceId(): string | null {
    this.env.call('Trigger.getTriggerSourceId');
    return this.sourceId;
  }
}

export type TimeDrivenEvent = ReturnType<typeof timeDrivenEvent>;
export type ClockFiring = { readonly owner: string; readonly trigger: LocalTrigger; readonly at: Date; readonly event: TimeDrivenEvent };

const dayOf = (ms: number, timeZone: string): number => {
  const p = wallClock(ms, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
};
const isoWeekday = (day: number): number => ((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1;
const instantOn = (day: number, s: { hour: number; minute: number; timeZone: string }): number => {
  const d = new Date(day * DAY_MS);
  return wallClockToInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), s.hour, s.minute, 0, s.timeZone);
};

/** Fire times in [fromMs, toMs), never before the trigger existed. */
function firings(record: TriggerRecord, fromMs: number, toMs: number): number[] {
  const s = record.schedule;
  if (!s) return [];
  if (s.kind === 'once') return s.atMs >= fromMs && s.atMs < toMs ? [s.atMs] : [];
  const times: number[] = [];
  if (s.kind === 'every') {
    for (let k = Math.max(1, Math.ceil((fromMs - record.createdAt) / s.periodMs)); record.createdAt + k * s.periodMs < toMs; k += 1) {
      times.push(record.createdAt + k * s.periodMs);
    }
    return times;
  }
  for (let day = dayOf(fromMs, s.timeZone) - 1; day <= dayOf(toMs, s.timeZone) + 1; day += 1) {
    if (day < s.anchorDay || (day - s.anchorDay) % s.stepDays !== 0) continue;
    const at = instantOn(day, s);
    if (at >= fromMs && at < toMs) times.push(at);
  }
  return times;
}

/** ISO 8601 week number; which week numbering Apps Script uses here is unverified. */
function isoWeek(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const thursday = day + 4 - isoWeekday(day);
  const yearStart = Date.UTC(new Date(thursday * DAY_MS).getUTCFullYear(), 0, 1) / DAY_MS;
  return Math.floor((thursday - yearStart) / 7) + 1;
}

/**
 * The time-driven event object (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 * 'day-of-week' is 1 (Monday) to 7 (Sunday). The reference's example reports timezone "UTC" and
 * scripts in the wild convert the fields from UTC, so they are always UTC here: code must not read
 * them as script-zone wall time.
 */
function timeDrivenEvent(uid: string, ms: number) {
  const d = new Date(ms);
  return {
    authMode: AuthMode.FULL,
    triggerUid: uid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': isoWeekday(Math.floor(ms / DAY_MS)),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    'week-of-year': isoWeek(ms),
  };
}

interface ClockSpec {
  minutes?: number;
  hours?: number;
  days?: number;
  weeks?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  timeZone?: string;
  afterMs?: number;
  atMs?: number;
}

const invalid = (what: string): Error => new Error(`Invalid argument: ${what}`);
const whole = (n: unknown, min: number, max: number, what: string): number => {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw invalid(`${what} (${String(n)})`);
  return n;
};

/**
 * Exactly one recurrence; atHour and nearMinute only with a daily or weekly one. Apps Script's
 * messages for bad combinations are unknown. Without atHour it picks the hour and without nearMinute a
 * random minute (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#nearMinute(Integer)):
 * here the hour of creation and minute 0, so runs are repeatable.
 */
function scheduleOf(spec: ClockSpec, createdAt: number, scriptTimeZone: string): Schedule {
  const weekly = spec.weeks !== undefined || spec.weekday !== undefined;
  const kinds = [spec.minutes, spec.hours, spec.days, weekly ? 1 : undefined, spec.afterMs, spec.atMs].filter((k) => k !== undefined);
  if (kinds.length !== 1) throw invalid('a clock trigger needs exactly one of everyMinutes, everyHours, everyDays, everyWeeks/onWeekDay, after or at');
  if ((spec.hour !== undefined || spec.minute !== undefined) && spec.days === undefined && !weekly)
    throw invalid('atHour and nearMinute need everyDays or everyWeeks');
  if (spec.minute !== undefined && spec.hour === undefined) throw invalid('nearMinute needs atHour');
  if (spec.weeks !== undefined && spec.weekday === undefined) throw invalid('everyWeeks needs onWeekDay');
  if (spec.minutes !== undefined) return { kind: 'every', periodMs: spec.minutes * 60000 };
  if (spec.hours !== undefined) return { kind: 'every', periodMs: spec.hours * 3600000 };
  if (spec.afterMs !== undefined) return { kind: 'once', atMs: createdAt + spec.afterMs };
  if (spec.atMs !== undefined) return { kind: 'once', atMs: spec.atMs };
  const timeZone = spec.timeZone ?? scriptTimeZone;
  const time = { hour: spec.hour ?? wallClock(createdAt, timeZone).hour, minute: spec.minute ?? 0, timeZone };
  let anchorDay = dayOf(createdAt, timeZone);
  while ((spec.weekday !== undefined && isoWeekday(anchorDay) !== spec.weekday) || instantOn(anchorDay, time) <= createdAt) anchorDay += 1;
  return { kind: 'calendar', stepDays: weekly ? 7 * (spec.weeks ?? 1) : (spec.days ?? 1), anchorDay, ...time };
}

/** https://developers.google.com/apps-script/reference/script/script-app */
export function createScriptApp(env: LocalEnv, options: ScriptAppOptions) {
  const records: TriggerRecord[] = [];
  let created = 0;
  let webAppUrl: string | null = null;

  const add = (handler: string, eventType: EnumValue, source: EnumValue, sourceId: string | null, schedule: (at: number) => Schedule | null): LocalTrigger => {
    env.requireAuthorization('ScriptApp.newTrigger');
    const owner = options.currentUser();
    if (records.filter((r) => r.owner === owner).length >= MAX_TRIGGERS_PER_USER) {
      throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    created += 1;
    const uid = `40341240${String(created).padStart(11, '0')}`;
    const trigger = new LocalTrigger(env, uid, handler, eventType, source, sourceId);
    records.push({ owner, uid, trigger, createdAt: env.now(), schedule: schedule(env.now()) });
    return trigger;
  };

  const clockBuilder = (handler: string) => {
    const spec: ClockSpec = {};
    const step = (method: string, apply: () => void) => {
      env.call(`ClockTriggerBuilder.${method}`);
      apply();
      return builder;
    };
    const builder = {
      everyMinutes: (n: number) =>
        step('everyMinutes', () => {
          if (!EVERY_MINUTES.includes(n)) throw invalid(`everyMinutes must be 1, 5, 10, 15 or 30 (${String(n)})`);
          spec.minutes = n;
        }),
      everyHours: (n: number) =>
        step('everyHours', () => {
          if (!EVERY_HOURS.includes(n)) throw invalid(`everyHours must be 1, 2, 4, 6, 8 or 12 (${String(n)})`);
          spec.hours = n;
        }),
      everyDays: (n: number) =>
        step('everyDays', () => {
          spec.days = whole(n, 1, 366, 'everyDays');
        }),
      everyWeeks: (n: number) =>
        step('everyWeeks', () => {
          spec.weeks = whole(n, 1, 52, 'everyWeeks');
        }),
      onWeekDay: (day: unknown) =>
        step('onWeekDay', () => {
          const name = memberName(WeekDay, day);
          if (!name) throw signatureError('ClockTriggerBuilder.onWeekDay', [day]);
          spec.weekday = Object.keys(WeekDay).indexOf(name) + 1;
        }),
      atHour: (hour: number) =>
        step('atHour', () => {
          spec.hour = whole(hour, 0, 23, 'atHour');
        }),
      nearMinute: (minute: number) =>
        step('nearMinute', () => {
          spec.minute = whole(minute, 0, 59, 'nearMinute');
        }),
      inTimezone: (timezone: string) =>
        step('inTimezone', () => {
          if (typeof timezone !== 'string' || !isTimeZone(timezone)) throw invalid(`timezone (${String(timezone)})`);
          spec.timeZone = timezone;
        }),
      after: (ms: number) =>
        step('after', () => {
          spec.afterMs = whole(ms, 0, Number.MAX_SAFE_INTEGER, 'after');
        }),
      at: (date: Date) =>
        step('at', () => {
          if (!isDateObject(date) || Number.isNaN(date.getTime())) throw signatureError('ClockTriggerBuilder.at', [date]);
          spec.atMs = date.getTime();
        }),
      create(): LocalTrigger {
        env.call('ClockTriggerBuilder.create');
        const schedule = scheduleOf(spec, env.now(), options.timeZone);
        return add(handler, EventType.CLOCK, TriggerSource.CLOCK, null, () => schedule);
      },
    };
    return builder;
  };

  const spreadsheetBuilder = (handler: string, sourceId: string) => {
    let eventType: EnumValue | undefined;
    const on = (method: string, type: EnumValue) => () => {
      env.call(`SpreadsheetTriggerBuilder.${method}`);
      eventType = type;
      return builder;
    };
    const builder = {
      onOpen: on('onOpen', EventType.ON_OPEN),
      onEdit: on('onEdit', EventType.ON_EDIT),
      onChange: on('onChange', EventType.ON_CHANGE),
      onFormSubmit: on('onFormSubmit', EventType.ON_FORM_SUBMIT),
      create(): LocalTrigger {
        env.call('SpreadsheetTriggerBuilder.create');
        if (!eventType) throw invalid('choose onOpen, onEdit, onChange or onFormSubmit before create');
        return add(handler, eventType, TriggerSource.SPREADSHEETS, sourceId, () => null);
      },
    };
    return builder;
  };

  return {
    AuthMode,
    EventType,
    TriggerSource,
    WeekDay,
    newTrigger(functionName: string) {
      env.call('ScriptApp.newTrigger');
      env.requireAuthorization('ScriptApp.newTrigger');
      if (typeof functionName !== 'string') throw signatureError('ScriptApp.newTrigger', [functionName]);
      return {
        timeBased: () => {
          env.call('TriggerBuilder.timeBased');
          return clockBuilder(functionName);
        },
        forSpreadsheet: (sheet: string | { getId(): string }) => {
          env.call('TriggerBuilder.forSpreadsheet');
          const id = typeof sheet === 'string' ? sheet : typeof sheet?.getId === 'function' ? env.quiet(() => sheet.getId()) : undefined;
          if (id === undefined) throw signatureError('TriggerBuilder.forSpreadsheet', [sheet]);
          return spreadsheetBuilder(functionName, id);
        },
      };
    },
    /** "Gets all installable triggers associated with the current project and current user": another account's triggers are invisible. */
    getProjectTriggers(): LocalTrigger[] {
      env.call('ScriptApp.getProjectTriggers');
      env.requireAuthorization('ScriptApp.getProjectTriggers');
      const user = options.currentUser();
      return records.filter((r) => r.owner === user).map((r) => r.trigger);
    },
    /** Deleting a trigger that is gone or not the user's throws (stricter: Apps Script's behaviour is unverified). */
    deleteTrigger(trigger: LocalTrigger): void {
      env.call('ScriptApp.deleteTrigger');
      env.requireAuthorization('ScriptApp.deleteTrigger');
      const index = records.findIndex((r) => r.trigger === trigger && r.owner === options.currentUser());
      if (index < 0) throw new Error('No such trigger for the current user.');
      records.splice(index, 1);
    },
    getScriptId(): string {
      env.call('ScriptApp.getScriptId');
      return options.scriptId ?? 'local-script-id';
    },
    /** The web app's URL, null while the script is not deployed as one. */
    getService() {
      env.call('ScriptApp.getService');
      return {
        getUrl: (): string | null => {
          env.call('Service.getUrl');
          return webAppUrl;
        },
      };
    },
    /** Runtime helper: the URL getService().getUrl() returns. */
    setWebAppUrl(url: string | null): void {
      webAppUrl = url;
    },
    /** Runtime helper: every user's triggers with their owner. */
    allTriggers(): { readonly owner: string; readonly trigger: LocalTrigger }[] {
      return records.map(({ owner, trigger }) => ({ owner, trigger }));
    },
    /** Runtime helper: clock triggers firing in [fromMs, toMs), in time order, with their event objects. */
    dueClockTriggers(fromMs: number, toMs: number): ClockFiring[] {
      return records
        .flatMap((r) => firings(r, fromMs, toMs).map((at) => ({ owner: r.owner, trigger: r.trigger, at: new Date(at), event: timeDrivenEvent(r.uid, at) })))
        .sort((a, b) => a.at.getTime() - b.at.getTime());
    },
  };
}

export type LocalScriptApp = ReturnType<typeof createScriptApp>;
