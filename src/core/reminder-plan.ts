/**
 * Planning the reminder e-mails of a day (DESIGN.md §2.4): which sections go to whom, decided from the
 * workbook, today and the ledger of what was already sent. Rules:
 * - Scope: key results of objectives with status Active, in a cycle that is running (cadence.ts
 *   isRunningCycle) and, when its dates are known, whose week is inside it: the week's check-in day (its
 *   first day) on or after the cycle's start, and today on or before its end. A cycle starting on a
 *   Thursday is first chased on the Monday after; a week that began before it is never chased (its people
 *   could not have checked in for it), and nothing goes out once the cycle has ended, whatever its status.
 * - Finished key results are left out: status Done (progress at the target) for every kind but Maintain,
 *   whose holding the target is its normal state and must still be checked each week (it shows as
 *   "holding"). Done and Dropped objectives are left out by the first rule.
 * - Expected to check in a KR: its owner e-mail when set; else every person of its team (the KR's Team ID,
 *   or its objective's when blank). A check-in of the KR by anyone counts for all of them.
 * - A KR needs this week's check-in when no check-in with a readable value is dated from the week start
 *   (the latest `checkInWeekday` on or before today) up to today.
 * - The week has two mails at most per person, each holding the sections due then (one mail per day):
 *   - the check-in day's: 'due' (the person's KRs needing this week's check-in) and 'wins';
 *   - the overdue day's (`graceDays` after the check-in day): 'overdue' (the same, to whoever is still
 *     missing), 'lead' (to each team lead: the team's missing KRs with who is expected, and dependency
 *     requests still Requested from the team) and 'escalation' (to each parent team's lead: the Stale KRs
 *     of its child teams).
 *   Each stays planned until the next mail's day (the check-in day's until the overdue day, the overdue
 *   day's until the week ends), so a run that was missed or cut short by the quota catches up the next day;
 *   but once a person's mail of one of the two went out, nothing more of that one is planned that week (a
 *   KR gone stale on Thursday waits for next week's mail rather than make a third one).
 * - 'wins' is computed for one fixed window, the week before the check-in day, whatever day it is planned
 *   on: KRs that became Done in it (not Maintain KRs), or whose progress rose by at least WIN_PROGRESS_RISE
 *   from a check-in before it (a first check-in is not a rise). Sent to each person who did not opt out
 *   (People's Wins digest column), and only when there is a win.
 * The overdue day is at least one day after the check-in day, so one run never sends both mails, and at
 * most six, so it stays in the same week. A mail carries one ledger key per section, `kind:email:weekStart`.
 */
import type { Choice } from './choices';
import type { Lang } from './lang';
import { isRunningCycle } from './cadence';
import { weekStartOf } from './calendar';
import { addDays, formatDay, type Day } from './date-parse';
import { computeKrStates, type KrState } from './kr-state';
import type { Cycle, KeyResult, Objective, Person, Workbook } from './model';
import { teamOfKr } from './kr-team';

export type ReminderKind = 'due' | 'overdue' | 'lead' | 'escalation' | 'wins';

/** Section order in a mail and plan order: reminders first, the celebration last. */
export const REMINDER_KINDS: readonly ReminderKind[] = ['due', 'overdue', 'lead', 'escalation', 'wins'];

/** The kinds of each of the week's two mails. */
const CHECK_IN_DAY_KINDS: readonly ReminderKind[] = ['due', 'wins'];
const OVERDUE_DAY_KINDS: readonly ReminderKind[] = ['overdue', 'lead', 'escalation'];

/** How much progress a week must add to count as a win. */
export const WIN_PROGRESS_RISE = 0.1;
/** Progress differences are differences of ratios of decimals (0.3 - 0.2 is 0.09999…). */
const EPSILON = 1e-9;

export interface Recipient {
  readonly email: string;
  readonly name: string;
}

/** What every line about a key result shows: which KR, of which team, and where it stands. */
export interface KrLine {
  readonly krId: string;
  readonly krTitle: string;
  readonly objectiveTitle: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly kind: Choice<'krKind'> | null;
  readonly unit: string;
  /** The last readable value, or null before the first check-in. */
  readonly current: number | null;
  readonly target: number | null;
}

export interface KrItem extends KrLine {
  readonly objectiveId: string;
  readonly progress: number | null;
  readonly status: Choice<'krStatus'> | null;
  readonly lastCheckIn: Day | null;
  /** Who is expected to check it in. */
  readonly expected: readonly Recipient[];
}

export interface DependencyItem {
  readonly id: string;
  readonly request: string;
  readonly forId: string;
  readonly requestingTeamId: string;
  readonly requestingTeamName: string;
  readonly providingTeamId: string;
  readonly providingTeamName: string;
  readonly requestedOn: Day | null;
  readonly neededBy: Day | null;
}

export interface WinItem extends KrLine {
  /** Progress before the window, or null when the KR became Done at its first check-in. */
  readonly progressBefore: number | null;
  readonly progressAfter: number;
  /** Whether the KR became Done during the window. */
  readonly done: boolean;
}

/** One part of a mail, with the ledger key that keeps it from going twice. */
export type ReminderSection =
  | { readonly kind: 'due' | 'overdue'; readonly key: string; readonly krs: readonly KrItem[] }
  | { readonly kind: 'lead'; readonly key: string; readonly krs: readonly KrItem[]; readonly dependencies: readonly DependencyItem[] }
  | { readonly kind: 'escalation'; readonly key: string; readonly krs: readonly KrItem[] }
  | { readonly kind: 'wins'; readonly key: string; readonly wins: readonly WinItem[] };

/** One e-mail to one person: the sections due for them today, in REMINDER_KINDS order. */
export interface PlannedMessage {
  /** The ledger keys of its sections, recorded together once it is sent. */
  readonly keys: readonly string[];
  readonly to: string;
  readonly lang: Lang;
  readonly recipientName: string;
  /** The check-in week the mail is about (wins: the week before it). */
  readonly weekStart: Day;
  readonly sections: readonly ReminderSection[];
}

export interface ReminderPlanInput {
  readonly workbook: Workbook;
  readonly today: Day;
  /** Ledger keys of the sections already sent. */
  readonly sent: ReadonlySet<string>;
}

/** A day's reminders: the mails to send, and what of today's plan the ledger says went already. */
export interface ReminderPlan {
  /** One mail per person at most, for those whose mail of today's kinds has not gone this week. */
  readonly due: PlannedMessage[];
  /** The ledger keys of today's sections that are in `sent`, in plan order: their person's mail is not in `due`. */
  readonly alreadySent: string[];
}

/**
 * The ledger key of a section: one per kind, person and week.
 * @example ledgerKey('due', 'an@x.vn', dayFromParts(2026, 11, 23)) // 'due:an@x.vn:2026-11-23'
 */
export const ledgerKey = (kind: ReminderKind, email: string, weekStart: Day): string => `${kind}:${email}:${formatDay(weekStart)}`;

/**
 * Whether reminders may chase a cycle's week starting `weekStart` on `today` (rules in the module header).
 * @example isCycleWeek(oct1To31Dec, sep28, oct1) // false: that week began before the cycle
 */
export function isCycleWeek(cycle: Cycle, weekStart: Day, today: Day): boolean {
  if (!isRunningCycle(cycle, today)) return false;
  return (cycle.start === null || weekStart >= cycle.start) && (cycle.end === null || today <= cycle.end);
}

/**
 * Whether a KR's state says there is nothing left to check in: Done, except for a Maintain KR.
 * @example isFinishedKr(stateAt100Percent) // true
 */
export function isFinishedKr(state: Pick<KrState, 'kr' | 'status'>): boolean {
  return state.status === 'Done' && state.kr.kind !== 'Maintain';
}

/** The first row wins when an ID is duplicated (the checks report DUPLICATE_ID). */
const indexById = <T extends { readonly id: string }>(rows: readonly T[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const row of rows) if (row.id !== '' && !map.has(row.id)) map.set(row.id, row);
  return map;
};

const groupInto = <T>(groups: Map<string, T[]>, key: string, item: T): void => {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
};

/** The reminder context of a workbook for a week: lookups shared by every kind. */
const contextOf = (workbook: Workbook, weekStart: Day, today: Day) => {
  const people = new Map<string, Person>();
  const members = new Map<string, string[]>();
  for (const person of workbook.people) {
    if (person.email === '' || people.has(person.email)) continue;
    people.set(person.email, person);
    if (person.teamId !== '') groupInto(members, person.teamId, person.email);
  }
  const teams = indexById(workbook.teams);
  const objectives = indexById(workbook.objectives);
  const cycles = new Set(workbook.cycles.filter((c) => isCycleWeek(c, weekStart, today)).map((c) => c.id));
  const objectiveOf = (kr: KeyResult): Objective | undefined => objectives.get(kr.objectiveId);
  const inScope = (kr: KeyResult, statuses: readonly Choice<'objectiveStatus'>[]): boolean => {
    const objective = objectiveOf(kr);
    return objective !== undefined && objective.status !== null && statuses.indexOf(objective.status) >= 0 && cycles.has(objective.cycleId);
  };
  const teamIdOf = (kr: KeyResult): string => teamOfKr(kr, objectiveOf(kr));
  const recipient = (email: string): Recipient => ({ email, name: people.get(email)?.name || email });
  const teamName = (id: string): string => teams.get(id)?.name || id;
  const langOf = (email: string): Lang => people.get(email)?.language ?? workbook.settings.language;
  const line = (state: KrState): KrLine => {
    const { kr } = state;
    const teamId = teamIdOf(kr);
    return {
      krId: kr.id,
      krTitle: kr.title,
      objectiveTitle: objectiveOf(kr)?.title ?? '',
      teamId,
      teamName: teamName(teamId),
      kind: kr.kind,
      unit: kr.unit,
      current: state.current,
      target: kr.target,
    };
  };
  const krItem = (state: KrState): KrItem => {
    const base = line(state);
    const expected = state.kr.ownerEmail !== '' ? [state.kr.ownerEmail] : (members.get(base.teamId) ?? []);
    return {
      ...base,
      objectiveId: state.kr.objectiveId,
      progress: state.progress,
      status: state.status,
      lastCheckIn: state.lastCheckIn,
      expected: expected.map(recipient),
    };
  };
  const wantsWins = (email: string): boolean => people.get(email)?.winsDigest !== false;
  return { people, teams, inScope, recipient, langOf, line, krItem, wantsWins };
};

type Context = ReturnType<typeof contextOf>;

/** The wins of the week before `weekStart` (module header): a fixed window, whatever day asks. */
const winsOf = (workbook: Workbook, ctx: Context, weekStart: Day): WinItem[] => {
  const windowStart = addDays(weekStart, -7);
  const before = computeKrStates(workbook, addDays(windowStart, -1));
  return computeKrStates(workbook, addDays(weekStart, -1)).flatMap((after, index): WinItem[] => {
    const previous = before[index];
    if (!previous || !ctx.inScope(after.kr, ['Active', 'Done']) || after.lastCheckIn === null || after.lastCheckIn < windowStart) return [];
    if (after.progress === null || !Number.isFinite(after.progress)) return [];
    const done = isFinishedKr(after) && !isFinishedKr(previous);
    const progressBefore = previous.latest !== null && previous.progress !== null && Number.isFinite(previous.progress) ? previous.progress : null;
    const rose = progressBefore !== null && after.progress - progressBefore >= WIN_PROGRESS_RISE - EPSILON;
    if (!done && !rose) return [];
    return [{ ...ctx.line(after), progressBefore, progressAfter: after.progress, done }];
  });
};

/** Each team lead's digest: their teams' missing KRs and the requests still waiting on their teams. */
const leadDigests = (workbook: Workbook, ctx: Context, missing: readonly KrItem[]) => {
  const byLead = new Map<string, { krs: KrItem[]; dependencies: DependencyItem[] }>();
  for (const team of ctx.teams.values()) {
    if (team.leadEmail === '') continue;
    const krs = missing.filter((item) => item.teamId === team.id);
    const dependencies = workbook.dependencies
      .filter((d) => d.status === 'Requested' && d.providingTeamId === team.id)
      .map(
        (d): DependencyItem => ({
          id: d.id,
          request: d.request,
          forId: d.forId,
          requestingTeamId: d.requestingTeamId,
          requestingTeamName: ctx.teams.get(d.requestingTeamId)?.name || d.requestingTeamId,
          providingTeamId: team.id,
          providingTeamName: team.name || team.id,
          requestedOn: d.requestedOn,
          neededBy: d.neededBy,
        }),
      );
    if (krs.length === 0 && dependencies.length === 0) continue;
    const digest = byLead.get(team.leadEmail) ?? { krs: [], dependencies: [] };
    digest.krs.push(...krs);
    digest.dependencies.push(...dependencies);
    byLead.set(team.leadEmail, digest);
  }
  return byLead;
};

/** Stale KRs grouped by the lead of their team's parent team. */
const escalations = (ctx: Context, stale: readonly KrItem[]): Map<string, KrItem[]> => {
  const byLead = new Map<string, KrItem[]>();
  for (const item of stale) {
    const parent = ctx.teams.get(ctx.teams.get(item.teamId)?.parentId ?? '');
    if (parent && parent.leadEmail !== '') groupInto(byLead, parent.leadEmail, item);
  }
  return byLead;
};

const rank = (kind: ReminderKind): number => REMINDER_KINDS.indexOf(kind);

/**
 * Plans the reminder e-mails of `today` (rules in the module header), one per person at most, ordered by
 * their most urgent section (REMINDER_KINDS) then e-mail so that a quota cut is predictable. The day is
 * planned whole once, then split by the ledger: a person's mail is due unless one of this week's mails of
 * today's kinds went already, and the keys in `sent` are counted as already sent.
 * @example
 * planReminders({ workbook, today: monday, sent: new Set(['due:an@x.vn:2026-11-23']) })
 * //=> { due: [{ keys: ['due:binh@x.vn:2026-11-23', …] }, …], alreadySent: ['due:an@x.vn:2026-11-23'] }
 */
export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const { workbook, today, sent } = input;
  const weekStart = weekStartOf(today, workbook.settings.checkInWeekday);
  const ctx = contextOf(workbook, weekStart, today);
  const overdueDay = addDays(weekStart, Math.min(6, Math.max(1, workbook.settings.graceDays)));
  const kinds = today < overdueDay ? CHECK_IN_DAY_KINDS : OVERDUE_DAY_KINDS;
  const states = computeKrStates(workbook, today).filter((s) => ctx.inScope(s.kr, ['Active']) && !isFinishedKr(s));
  const checkedIn = new Set(workbook.checkIns.filter((c) => c.value !== null && c.day !== null && c.day >= weekStart && c.day <= today).map((c) => c.krId));
  const missing = states.filter((s) => !checkedIn.has(s.kr.id)).map(ctx.krItem);
  const sections = new Map<string, ReminderSection[]>();
  const add = (email: string, section: ReminderSection): void => groupInto(sections, email, section);
  const key = (kind: ReminderKind, email: string): string => ledgerKey(kind, email, weekStart);
  const byPerson = new Map<string, KrItem[]>();
  for (const item of missing) for (const person of item.expected) groupInto(byPerson, person.email, item);
  if (kinds === CHECK_IN_DAY_KINDS) {
    for (const [email, krs] of byPerson) add(email, { kind: 'due', key: key('due', email), krs });
    const fans = [...ctx.people.keys()].filter((email) => ctx.wantsWins(email));
    const wins = fans.length > 0 ? winsOf(workbook, ctx, weekStart) : [];
    if (wins.length > 0) for (const email of fans) add(email, { kind: 'wins', key: key('wins', email), wins });
  } else {
    for (const [email, krs] of byPerson) add(email, { kind: 'overdue', key: key('overdue', email), krs });
    for (const [email, digest] of leadDigests(workbook, ctx, missing)) add(email, { kind: 'lead', key: key('lead', email), ...digest });
    const stale = states.filter((s) => s.status === 'Stale').map(ctx.krItem);
    for (const [email, krs] of escalations(ctx, stale)) add(email, { kind: 'escalation', key: key('escalation', email), krs });
  }
  const messages: PlannedMessage[] = [];
  for (const [email, list] of sections) {
    const ordered = [...list].sort((a, b) => rank(a.kind) - rank(b.kind));
    messages.push({
      keys: ordered.map((s) => s.key),
      to: email,
      lang: ctx.langOf(email),
      recipientName: ctx.recipient(email).name,
      weekStart,
      sections: ordered,
    });
  }
  const first = (m: PlannedMessage): number => rank(m.sections[0]!.kind);
  messages.sort((a, b) => first(a) - first(b) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const went = (m: PlannedMessage): boolean => kinds.some((kind) => sent.has(key(kind, m.to))); // this mail of the week already went
  return { due: messages.filter((m) => !went(m)), alreadySent: messages.flatMap((m) => m.keys).filter((k) => sent.has(k)) };
}

/**
 * Splits planned messages into what the remaining MailApp recipient quota allows now and what waits for
 * the next run (which plans it again, since it is not in the ledger). Each message has one recipient,
 * and each recipient counts against the quota
 * (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()).
 * @example fitQuota(planned, 2) // { send: planned.slice(0, 2), deferred: planned.slice(2) }
 */
export function fitQuota(planned: readonly PlannedMessage[], remaining: number): { send: PlannedMessage[]; deferred: PlannedMessage[] } {
  const room = Number.isNaN(remaining) ? 0 : Math.max(0, Math.floor(remaining));
  return { send: planned.slice(0, room), deferred: planned.slice(room) };
}
