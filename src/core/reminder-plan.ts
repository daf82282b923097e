/**
 * Planning the reminder e-mails of a day (DESIGN.md §2.4): which digest goes to whom, decided from the
 * workbook, today and the ledger of what was already sent. Rules:
 * - Scope: key results of objectives with status Active, in a cycle that is active: status Active, or no
 *   readable status and dates holding today (a Planning or Closed cycle is never chased).
 * - Expected to check in a KR: its owner e-mail when set; else every person of its team (the KR's Team ID,
 *   or its objective's when blank). A check-in of the KR by anyone counts for all of them.
 * - A KR needs this week's check-in when no check-in with a readable value is dated from the week start
 *   (the latest `checkInWeekday` on or before today) up to today.
 * - 'due': one digest per person of all their KRs needing this week's check-in, from the check-in day.
 * - 'overdue': the same digest again, to whoever is still missing, from `graceDays` after the check-in day.
 * - 'lead': from that same day, one digest per team lead: the team's missing KRs with who is expected, and
 *   the dependency requests still Requested from the team; sent when either list has something.
 * - 'escalation': from that same day, one digest per parent team's lead: the Stale KRs of its child teams.
 * - 'wins': from the check-in day, one company digest per person: KRs that became Done last week, or whose
 *   progress rose by at least 0.1 over it; skipped when there is none.
 * Each kind stays planned until the end of its window (due until the overdue day, the others until the
 * week ends), so a run that was missed or cut short by the mail quota catches up on the next day. The
 * overdue day is at least one day after the check-in day, so one run never sends both reminders, and
 * at most six, so it stays in the same week. The ledger key `kind:email:weekStart` keeps anything from
 * being planned twice for the same person, week and kind.
 */
import type { Choice } from '../i18n/choices';
import type { Lang } from '../i18n/lang';
import { isRunningCycle } from './cadence';
import { weekStartOf } from './calendar';
import { addDays, formatDay, type Day } from './date-parse';
import { computeKrStates, type KrState } from './kr-state';
import type { KeyResult, Objective, Person, Workbook } from './model';
import { teamOfKr } from './kr-team';

export type ReminderKind = 'due' | 'overdue' | 'lead' | 'escalation' | 'wins';

/** Plan order: reminders first and the celebration last, so a quota cut drops the least urgent mail. */
export const REMINDER_KINDS: readonly ReminderKind[] = ['due', 'overdue', 'lead', 'escalation', 'wins'];

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
  /** Progress at the end of the week before (0 when the KR had no check-in yet). */
  readonly progressBefore: number;
  readonly progressAfter: number;
  /** Whether the KR became Done during the week. */
  readonly done: boolean;
}

export interface ReminderData {
  readonly recipientName: string;
  /** The check-in week this message is about. */
  readonly weekStart: Day;
  /** due and overdue: the recipient's KRs; lead: the team's missing KRs; escalation: stale KRs of child teams. */
  readonly krs: readonly KrItem[];
  /** lead: requests waiting on the lead's team. */
  readonly dependencies: readonly DependencyItem[];
  /** wins: the week's wins of every team. */
  readonly wins: readonly WinItem[];
}

export interface PlannedMessage {
  readonly key: string;
  readonly kind: ReminderKind;
  readonly to: string;
  readonly lang: Lang;
  readonly data: ReminderData;
}

export interface ReminderPlanInput {
  readonly workbook: Workbook;
  readonly today: Day;
  /** Ledger keys of the messages already sent. */
  readonly sent: ReadonlySet<string>;
}

/**
 * The ledger key of a message: one per kind, person and week.
 * @example ledgerKey('due', 'an@x.vn', dayFromParts(2026, 11, 23)) // 'due:an@x.vn:2026-11-23'
 */
export const ledgerKey = (kind: ReminderKind, email: string, weekStart: Day): string => `${kind}:${email}:${formatDay(weekStart)}`;

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

/** The reminder context of a workbook on a day: lookups shared by every kind. */
const contextOf = (workbook: Workbook, today: Day) => {
  const people = new Map<string, Person>();
  const members = new Map<string, string[]>();
  for (const person of workbook.people) {
    if (person.email === '' || people.has(person.email)) continue;
    people.set(person.email, person);
    if (person.teamId !== '') groupInto(members, person.teamId, person.email);
  }
  const teams = indexById(workbook.teams);
  const objectives = indexById(workbook.objectives);
  const activeCycles = new Set(workbook.cycles.filter((c) => isRunningCycle(c, today)).map((c) => c.id));
  const objectiveOf = (kr: KeyResult): Objective | undefined => objectives.get(kr.objectiveId);
  const isActive = (kr: KeyResult): boolean => {
    const objective = objectiveOf(kr);
    return objective !== undefined && objective.status === 'Active' && activeCycles.has(objective.cycleId);
  };
  const teamIdOf = (kr: KeyResult): string => teamOfKr(kr, objectiveOf(kr));
  const recipient = (email: string): Recipient => ({ email, name: people.get(email)?.name || email });
  const teamName = (id: string): string => teams.get(id)?.name || id;
  const langOf = (email: string): Lang => people.get(email)?.language ?? workbook.settings.language;
  const krItem = (state: KrState): KrItem => {
    const { kr } = state;
    const teamId = teamIdOf(kr);
    const expected = kr.ownerEmail !== '' ? [kr.ownerEmail] : members.get(teamId) ?? [];
    return {
      krId: kr.id, krTitle: kr.title, objectiveId: kr.objectiveId, objectiveTitle: objectiveOf(kr)?.title ?? '',
      teamId, teamName: teamName(teamId), unit: kr.unit, current: state.current, target: kr.target,
      progress: state.progress, status: state.status, lastCheckIn: state.lastCheckIn, expected: expected.map(recipient),
    };
  };
  return { teams, isActive, recipient, langOf, krItem };
};

type Context = ReturnType<typeof contextOf>;

/** KRs that became Done, or rose by WIN_PROGRESS_RISE, over the week before `weekStart`. */
const winsOf = (workbook: Workbook, ctx: Context, weekStart: Day): WinItem[] => {
  const before = computeKrStates(workbook, addDays(weekStart, -8));
  return computeKrStates(workbook, addDays(weekStart, -1)).flatMap((after, index): WinItem[] => {
    const previous = before[index];
    if (!ctx.isActive(after.kr) || after.progress === null || !Number.isFinite(after.progress)) return [];
    const progressBefore = previous?.progress ?? 0;
    const done = after.status === 'Done' && previous?.status !== 'Done';
    if (!done && after.progress - progressBefore < WIN_PROGRESS_RISE - EPSILON) return [];
    const { krId, krTitle, objectiveTitle, teamId, teamName, unit, current, target } = ctx.krItem(after);
    return [{ krId, krTitle, objectiveTitle, teamId, teamName, unit, current, target, progressBefore, progressAfter: after.progress, done }];
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
      .map((d): DependencyItem => ({
        id: d.id, request: d.request, forId: d.forId, requestingTeamId: d.requestingTeamId,
        requestingTeamName: ctx.teams.get(d.requestingTeamId)?.name || d.requestingTeamId,
        providingTeamId: team.id, providingTeamName: team.name || team.id, requestedOn: d.requestedOn, neededBy: d.neededBy,
      }));
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

/**
 * Plans the reminder e-mails of `today` (rules in the module header), leaving out the keys in `sent`,
 * ordered by kind (REMINDER_KINDS) then e-mail so that a quota cut is predictable.
 * @example
 * planReminders({ workbook, today: monday, sent: new Set() }).map((m) => m.key)
 * //=> ['due:an@x.vn:2026-11-23', 'due:binh@x.vn:2026-11-23', 'wins:an@x.vn:2026-11-23', …]
 */
export function planReminders(input: ReminderPlanInput): PlannedMessage[] {
  const { workbook, today, sent } = input;
  const ctx = contextOf(workbook, today);
  const weekStart = weekStartOf(today, workbook.settings.checkInWeekday);
  const overdueDay = addDays(weekStart, Math.min(6, Math.max(1, workbook.settings.graceDays)));
  const states = computeKrStates(workbook, today).filter((s) => ctx.isActive(s.kr));
  const checkedIn = new Set(
    workbook.checkIns.filter((c) => c.value !== null && c.day !== null && c.day >= weekStart && c.day <= today).map((c) => c.krId),
  );
  const missing = states.filter((s) => !checkedIn.has(s.kr.id)).map(ctx.krItem);
  const messages: PlannedMessage[] = [];
  const add = (kind: ReminderKind, email: string, content: Partial<Pick<ReminderData, 'krs' | 'dependencies' | 'wins'>>): void => {
    const key = ledgerKey(kind, email, weekStart);
    if (sent.has(key)) return;
    const data: ReminderData = {
      recipientName: ctx.recipient(email).name, weekStart, krs: content.krs ?? [], dependencies: content.dependencies ?? [], wins: content.wins ?? [],
    };
    messages.push({ key, kind, to: email, lang: ctx.langOf(email), data });
  };
  const byPerson = new Map<string, KrItem[]>();
  for (const item of missing) for (const person of item.expected) groupInto(byPerson, person.email, item);
  const personKind: ReminderKind = today < overdueDay ? 'due' : 'overdue';
  for (const [email, krs] of byPerson) add(personKind, email, { krs });
  if (today >= overdueDay) {
    for (const [email, digest] of leadDigests(workbook, ctx, missing)) add('lead', email, digest);
    const stale = states.filter((s) => s.status === 'Stale').map(ctx.krItem);
    for (const [email, krs] of escalations(ctx, stale)) add('escalation', email, { krs });
  }
  const recipients = [...new Set(workbook.people.map((p) => p.email).filter((e) => e !== ''))];
  const unsentWins = recipients.filter((email) => !sent.has(ledgerKey('wins', email, weekStart)));
  const wins = unsentWins.length > 0 ? winsOf(workbook, ctx, weekStart) : [];
  if (wins.length > 0) for (const email of unsentWins) add('wins', email, { wins });
  const rank = (kind: ReminderKind): number => REMINDER_KINDS.indexOf(kind);
  return messages.sort((a, b) => rank(a.kind) - rank(b.kind) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
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
