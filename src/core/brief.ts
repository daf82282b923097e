/** The weekly brief (DESIGN.md §2.6): this week's OKR meeting agenda as data; its words are i18n's (src/i18n/brief-text.ts). */
import type { Choice } from './choices';
import { activeCycle } from './cadence';
import { weekStartOf } from './calendar';
import { isLiveObjective } from './check-alignment';
import { addDays, type Day } from './date-parse';
import type { InitiativeChange } from './initiative-history';
import { checkInsByKr, computeKrStates, type KrState } from './kr-state';
import type { CheckIn, KeyResult, Objective, Person, Workbook } from './model';
import { objectiveScore } from './score';
import { teamOfKr } from './kr-team';
import { isCycleWeek, isFinishedKr } from './reminder-plan';

type Confidence = Choice<'confidence'>;

export interface BriefObjective {
  readonly id: string;
  readonly title: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly score: number | null;
  /** Score now minus the score a week ago; null when either is unknown. */
  readonly trend: number | null;
}

export interface BriefKr {
  readonly krId: string;
  readonly title: string;
  readonly objectiveId: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly ownerEmail: string;
  readonly status: Choice<'krStatus'> | null;
  readonly confidence: Confidence | null;
  readonly progress: number | null;
  readonly lastCheckIn: Day | null;
}

export type ConfidenceDrop = BriefKr & { readonly from: Confidence; readonly to: Confidence };

export interface BriefDependency {
  readonly id: string;
  readonly request: string;
  readonly forId: string;
  readonly requestingTeamName: string;
  readonly providingTeamName: string;
  readonly status: Choice<'dependencyStatus'>;
  readonly neededBy: Day | null;
}

export type BriefInitiativeChange = InitiativeChange & { readonly title: string };

export interface MissingCheckIn {
  readonly email: string;
  readonly name: string;
  readonly teamName: string;
  readonly krIds: readonly string[];
}

export interface Brief {
  readonly weekStart: Day;
  readonly companyName: string;
  readonly cycleId: string | null;
  /** The team the brief is for; null for the whole company. */
  readonly teamId: string | null;
  readonly teamName: string | null;
  readonly objectives: readonly BriefObjective[];
  readonly offTrack: readonly BriefKr[];
  readonly stale: readonly BriefKr[];
  readonly confidenceDrops: readonly ConfidenceDrop[];
  readonly openDependencies: readonly BriefDependency[];
  readonly initiativeChanges: readonly BriefInitiativeChange[];
  readonly missingCheckIns: readonly MissingCheckIn[];
}

export interface BuildBriefOptions {
  readonly teamId?: string;
  /** Last week's score and confidence per KR ID, when remembered; otherwise both come from the check-ins. */
  readonly previousWeek?: ReadonlyMap<string, { readonly score: number | null; readonly confidence: Confidence | null }>;
  /** Initiative changes of the week, from the Log. */
  readonly initiativeChanges?: readonly InitiativeChange[];
}

/** On track > At risk > Off track: a higher rank is a lower confidence. */
const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { 'On track': 0, 'At risk': 1, 'Off track': 2 };
const WEEK_DAYS = 7;

/** The latest confidence up to today and the one before it, or last week's from `previousWeek`. */
function confidencePair(checkIns: readonly CheckIn[], today: Day, remembered: { confidence: Confidence | null } | undefined) {
  const rated = checkIns.filter((c) => c.confidence !== null && (c.day === null || c.day <= today));
  const latest = rated[rated.length - 1];
  if (!latest || latest.confidence === null) return null;
  if (remembered) return remembered.confidence === null ? null : { from: remembered.confidence, to: latest.confidence };
  const before = rated[rated.length - 2];
  // Without a memory, a drop counts only when rated since last week's meeting, so an old drop is not repeated.
  if (!before || before.confidence === null || latest.day === null || latest.day <= addDays(today, -WEEK_DAYS)) return null;
  return { from: before.confidence, to: latest.confidence };
}

/**
 * The brief of the week holding `today`, for the company or one team (`options.teamId`), over the active
 * cycle (activeCycle). Objectives: the cycle's live ones (a team's: those of the team or holding one of
 * its KRs), with their score and its trend since a week ago (scores as of `today - 7`, i.e. what last
 * week's brief showed; before this week's first check-in, as of the day before last week's start), unless
 * `previousWeek` remembers a KR's. KR sections cover KRs (of the team: KR
 * Team ID, else its objective's) of live objectives not Done: Off track or At risk; Stale; confidence
 * lower than before. Open dependencies: Requested or Countered, involving the team. Missing check-ins:
 * each person expected (the KR owner, else every member of its team) for a KR not finished with no readable
 * check-in since the week start (the check-in weekday on or before today), in a week of the cycle (isCycleWeek).
 * @example buildBrief(workbook, today, { teamId: 'SALES' }).stale.map((k) => k.krId) // ['KR-S3']
 */
export function buildBrief(workbook: Workbook, today: Day, options: BuildBriefOptions = {}): Brief {
  const teamId = options.teamId ?? null;
  const weekStart = weekStartOf(today, workbook.settings.checkInWeekday);
  const cycle = activeCycle(workbook.cycles, today);
  const teamNames = new Map(workbook.teams.map((t) => [t.id, t.name] as const));
  const teamName = (id: string) => teamNames.get(id) || id;
  const objectivesById = new Map<string, Objective>();
  for (const o of workbook.objectives) if (o.id !== '' && !objectivesById.has(o.id)) objectivesById.set(o.id, o);
  const teamOf = (kr: KeyResult) => teamOfKr(kr, objectivesById.get(kr.objectiveId));
  const inCycle = (o: Objective | undefined): o is Objective => o !== undefined && cycle !== null && o.cycleId === cycle.id && isLiveObjective(o);
  const states = computeKrStates(workbook, today).filter((s) => inCycle(objectivesById.get(s.kr.objectiveId)));
  const teamStates = states.filter((s) => teamId === null || teamOf(s.kr) === teamId);
  const byKr = checkInsByKr(workbook.checkIns);
  // The daily run writes the brief on the check-in day before anyone has checked in: compared with a week
  // ago (which already holds last week's check-ins) every trend would read "no change". Until this week's
  // first check-in, the trend is that of last week's round: from the day before last week's start.
  const checkedInThisWeek = teamStates.some((s) => (byKr.get(s.kr.id) ?? []).some((c) => c.day !== null && c.day >= weekStart && c.day <= today));
  const reference = checkedInThisWeek ? addDays(today, -WEEK_DAYS) : addDays(weekStart, -WEEK_DAYS - 1);
  const weekAgo = new Map(computeKrStates(workbook, reference).map((s) => [s.kr.id, s.score]));
  const working = teamStates.filter((s) => objectivesById.get(s.kr.objectiveId)?.status !== 'Done');

  const scoreOf = (list: readonly KrState[], pick: (s: KrState) => number | null) =>
    objectiveScore(list.map((s) => ({ score: pick(s) ?? NaN, weight: s.kr.weight })));
  const teamObjectiveIds = new Set(teamStates.map((s) => s.kr.objectiveId));
  const statesOf = new Map<string, KrState[]>();
  for (const s of states) statesOf.set(s.kr.objectiveId, (statesOf.get(s.kr.objectiveId) ?? []).concat(s));
  const objectives = [...objectivesById.values()]
    .filter((o) => inCycle(o) && (teamId === null || o.teamId === teamId || teamObjectiveIds.has(o.id)))
    .map((o): BriefObjective => {
      const krs = statesOf.get(o.id) ?? [];
      const score = scoreOf(krs, (s) => s.score);
      const before = scoreOf(krs, (s) => (options.previousWeek?.has(s.kr.id) ? options.previousWeek.get(s.kr.id)!.score : (weekAgo.get(s.kr.id) ?? null)));
      return {
        id: o.id,
        title: o.title,
        teamId: o.teamId,
        teamName: teamName(o.teamId),
        score,
        trend: score === null || before === null ? null : score - before,
      };
    });

  const item = (s: KrState): BriefKr => ({
    krId: s.kr.id,
    title: s.kr.title,
    objectiveId: s.kr.objectiveId,
    teamId: teamOf(s.kr),
    teamName: teamName(teamOf(s.kr)),
    ownerEmail: s.kr.ownerEmail,
    status: s.status,
    confidence: s.confidence,
    progress: s.progress,
    lastCheckIn: s.lastCheckIn,
  });
  const confidenceDrops = working.flatMap((s): ConfidenceDrop[] => {
    const pair = confidencePair(byKr.get(s.kr.id) ?? [], today, options.previousWeek?.get(s.kr.id));
    return pair && CONFIDENCE_RANK[pair.to] > CONFIDENCE_RANK[pair.from] ? [{ ...item(s), ...pair }] : [];
  });

  const involves = (...ids: string[]) => teamId === null || ids.indexOf(teamId) >= 0;
  const openDependencies = workbook.dependencies.flatMap((d): BriefDependency[] =>
    (d.status === 'Requested' || d.status === 'Countered') && involves(d.requestingTeamId, d.providingTeamId)
      ? [
          {
            id: d.id,
            request: d.request,
            forId: d.forId,
            requestingTeamName: teamName(d.requestingTeamId),
            providingTeamName: teamName(d.providingTeamId),
            status: d.status,
            neededBy: d.neededBy,
          },
        ]
      : [],
  );

  const scopeKrIds = new Set(teamStates.map((s) => s.kr.id));
  const initiativeTitles = new Map(workbook.initiatives.map((i) => [i.id, i.title]));
  const initiativeChanges = (options.initiativeChanges ?? [])
    .filter((c) => teamId === null || scopeKrIds.has(c.krId))
    .map((c) => ({ ...c, title: initiativeTitles.get(c.initiativeId) ?? '' }));

  return {
    weekStart,
    companyName: workbook.settings.companyName,
    cycleId: cycle?.id ?? null,
    teamId,
    teamName: teamId === null ? null : teamName(teamId),
    objectives,
    offTrack: working.filter((s) => s.status === 'Off track' || s.status === 'At risk').map(item),
    stale: working.filter((s) => s.status === 'Stale').map(item),
    confidenceDrops,
    openDependencies,
    initiativeChanges,
    // A week outside the cycle (after its end, or begun before its start) expects nobody, nor does a finished KR.
    missingCheckIns:
      cycle !== null && isCycleWeek(cycle, weekStart, today)
        ? missingCheckIns(
            workbook,
            working.filter((s) => !isFinishedKr(s)),
            byKr,
            weekStart,
            today,
            teamOf,
            teamName,
          )
        : [],
  };
}

/** People expected to check in a KR that has no readable check-in this week, each once with their KRs, by e-mail. */
function missingCheckIns(
  workbook: Workbook,
  working: readonly KrState[],
  byKr: ReadonlyMap<string, readonly CheckIn[]>,
  weekStart: Day,
  today: Day,
  teamOf: (kr: KeyResult) => string,
  teamName: (id: string) => string,
): MissingCheckIn[] {
  const people = new Map<string, Person>();
  const members = new Map<string, string[]>();
  for (const p of workbook.people) {
    if (p.email === '' || people.has(p.email)) continue;
    people.set(p.email, p);
    members.set(p.teamId, (members.get(p.teamId) ?? []).concat(p.email));
  }
  const missing = new Map<string, string[]>();
  for (const { kr } of working) {
    const done = (byKr.get(kr.id) ?? []).some((c) => c.value !== null && c.day !== null && c.day >= weekStart && c.day <= today);
    if (done) continue;
    for (const email of kr.ownerEmail !== '' ? [kr.ownerEmail] : (members.get(teamOf(kr)) ?? [])) missing.set(email, (missing.get(email) ?? []).concat(kr.id));
  }
  return [...missing]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([email, krIds]) => {
      const person = people.get(email);
      return { email, name: person?.name || email, teamName: person ? teamName(person.teamId) : '', krIds: krIds.filter((id, i) => krIds.indexOf(id) === i) };
    });
}
