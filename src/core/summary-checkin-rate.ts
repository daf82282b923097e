/** The Check-in rate tab (DESIGN.md §1), a Looker Studio data source: one row per team per week of the active cycles. */
import { CHECKIN_RATE_COLUMNS } from './looker-columns';
import { weeksOfCycle } from './calendar';
import { startOfDay, type Day } from './date-parse';
import type { KeyResult, Objective, Workbook } from './model';
import { activeCyclesOf, isCountedCheckIn } from './summary-kr-weekly';
import { teamOfKr } from './kr-team';

export type CheckinRateColumn = (typeof CHECKIN_RATE_COLUMNS)[number];

/** One Check-in rate row, keyed by its column names; every count and the rate are numbers, never blank. */
export interface CheckinRateRow {
  readonly cycle_id: string;
  readonly week_start: Day;
  readonly team_id: string;
  readonly team: string;
  readonly krs_expected: number;
  readonly krs_checked_in: number;
  readonly people_expected: number;
  readonly people_checked_in: number;
  readonly checkin_rate: number;
}

interface TeamScope {
  readonly id: string;
  readonly name: string;
  readonly krIds: Set<string>;
  readonly people: Set<string>;
}

const emailKey = (email: string): string => email.trim().toLowerCase();

/**
 * The teams of one cycle: every team of the Teams tab, then team IDs only KRs name, each with its expected KRs
 * (the KR's Team ID, else its objective's, of objectives Active or with no readable status) and the people
 * expected to check in: members (People Team ID) who own one of those KRs, or every member when one of them
 * has no owner (the team shares it). KRs with no team at all belong to no row.
 */
function teamScopes(workbook: Workbook, objectives: ReadonlyMap<string, Objective>, cycleId: string): TeamScope[] {
  const scopes = new Map<string, TeamScope>();
  const scopeOf = (id: string, name: string): TeamScope => {
    let scope = scopes.get(id);
    if (!scope) scopes.set(id, (scope = { id, name, krIds: new Set(), people: new Set() }));
    return scope;
  };
  for (const team of workbook.teams) if (team.id !== '') scopeOf(team.id, team.name);
  const owned = new Map<string, KeyResult[]>();
  for (const kr of workbook.keyResults) {
    const objective = objectives.get(kr.objectiveId);
    if (!objective || objective.cycleId !== cycleId || (objective.status !== 'Active' && objective.status !== null)) continue;
    const teamId = teamOfKr(kr, objective);
    if (teamId === '') continue;
    scopeOf(teamId, '').krIds.add(kr.id);
    const krs = owned.get(teamId);
    if (krs) krs.push(kr);
    else owned.set(teamId, [kr]);
  }
  for (const person of workbook.people) {
    const krs = owned.get(person.teamId) ?? [];
    const email = emailKey(person.email);
    if (email !== '' && krs.some((kr) => kr.ownerEmail === '' || emailKey(kr.ownerEmail) === email)) {
      scopeOf(person.teamId, '').people.add(email);
    }
  }
  return [...scopes.values()];
}

/**
 * Builds the Check-in rate rows on `today`: for each active cycle, each week from the one holding its start to
 * today's, and each team, the KRs expected and checked in that week (a check-in counts when its day and value
 * were readable and its day is no later than today; a KR checked in by several members counts once), the people
 * expected and those of them who checked in any KR of the cycle that week, and checkin_rate = krs_checked_in /
 * krs_expected, a 0-1 fraction that is 0 when nothing is expected (a number, never blank, for Looker Studio).
 *
 * @example
 * buildCheckinRate(workbook, dayFromParts(2026, 11, 4)).map((r) => r.checkin_rate) //=> [1, 0.5, …]
 */
export function buildCheckinRate(workbook: Workbook, today: Day): CheckinRateRow[] {
  const objectives = new Map(workbook.objectives.map((o) => [o.id, o]));
  const rows: CheckinRateRow[] = [];
  for (const cycle of activeCyclesOf(workbook.cycles, today)) {
    const weeks = weeksOfCycle(cycle, workbook.settings.checkInWeekday, today);
    const first = weeks[0];
    if (first === undefined) continue;
    const cycleKrs = new Set(workbook.keyResults.filter((kr) => objectives.get(kr.objectiveId)?.cycleId === cycle.id).map((kr) => kr.id));
    const krsByWeek = weeks.map(() => new Set<string>());
    const peopleByWeek = weeks.map(() => new Set<string>());
    for (const c of workbook.checkIns) {
      if (!isCountedCheckIn(c) || c.day > today || !cycleKrs.has(c.krId)) continue;
      const index = Math.floor((c.day - first) / 7);
      krsByWeek[index]?.add(c.krId);
      peopleByWeek[index]?.add(emailKey(c.by));
    }
    const scopes = teamScopes(workbook, objectives, cycle.id);
    weeks.forEach((week, i) => {
      for (const scope of scopes) {
        const krsCheckedIn = [...scope.krIds].filter((id) => krsByWeek[i]!.has(id)).length;
        rows.push({
          cycle_id: cycle.id,
          week_start: week,
          team_id: scope.id,
          team: scope.name,
          krs_expected: scope.krIds.size,
          krs_checked_in: krsCheckedIn,
          people_expected: scope.people.size,
          people_checked_in: [...scope.people].filter((email) => peopleByWeek[i]!.has(email)).length,
          checkin_rate: scope.krIds.size === 0 ? 0 : krsCheckedIn / scope.krIds.size,
        });
      }
    });
  }
  return rows;
}

/**
 * The cells of Check-in rate rows in column order, header excluded; week_start becomes the Date of its local
 * midnight in `timeZone`.
 * @example checkinRateValues(rows, 'UTC')[0] // ['Q4', 2026-10-26T00:00:00.000Z, 'SALES', 'Sales', 4, 3, 2, 2, 0.75]
 */
export function checkinRateValues(rows: readonly CheckinRateRow[], timeZone: string): (string | number | Date)[][] {
  return rows.map((row) => CHECKIN_RATE_COLUMNS.map((column) => (column === 'week_start' ? startOfDay(row.week_start, timeZone) : row[column])));
}
