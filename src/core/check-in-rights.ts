/** Who may check in a key result, and which ones are a person's own. */
import type { CheckIn, KeyResult, Workbook } from './model';
import { teamOfKr } from './kr-team';

/** The teams a person belongs to or leads. */
export function teamsOf(workbook: Workbook, email: string): Set<string> {
  const teams = new Set<string>();
  for (const person of workbook.people) if (person.email === email && person.teamId !== '') teams.add(person.teamId);
  for (const team of workbook.teams) if (team.leadEmail === email) teams.add(team.id);
  return teams;
}

/**
 * A KR is a person's own when they are its owner or belong to its team: for a team-owned KR any member
 * checks in for the team (DESIGN.md §2.3). The KR's team is its Team ID, else its objective's team.
 */
export function isOwnKr(workbook: Workbook, kr: KeyResult, email: string, teams: ReadonlySet<string> = teamsOf(workbook, email)): boolean {
  if (email === '') return false;
  if (kr.ownerEmail === email) return true;
  const team = teamOfKr(
    kr,
    workbook.objectives.find((o) => o.id === kr.objectiveId),
  );
  return team !== '' && teams.has(team);
}

/**
 * The one rule for every way of checking in (sidebar, web page, a row typed in the sheet): a person checks
 * in their own and their team's KRs; admins any.
 */
export function canCheckIn(workbook: Workbook, kr: KeyResult, email: string, teams: ReadonlySet<string>, admin: boolean): boolean {
  return admin || isOwnKr(workbook, kr, email, teams);
}

/**
 * The check-ins that count and those typed by someone who may not check that KR in (canCheckIn), which are
 * kept in the sheet but counted nowhere. A check-in whose author is unknown (By blank: a simple trigger
 * cannot always tell who typed, https://developers.google.com/apps-script/reference/base/session#getActiveUser())
 * and one on an unknown KR (reported on its own) count as before.
 * @example splitForeignCheckIns(workbook, ['ceo@x.vn']).foreign.map((c) => c.row) // [12]
 */
export function splitForeignCheckIns(workbook: Workbook, admins: readonly string[]): { counted: CheckIn[]; foreign: CheckIn[] } {
  const krs = new Map(workbook.keyResults.map((kr) => [kr.id, kr]));
  const teams = new Map<string, Set<string>>();
  const teamsOfAuthor = (email: string) => {
    let found = teams.get(email);
    if (!found) teams.set(email, (found = teamsOf(workbook, email)));
    return found;
  };
  // One answer per KR and author: a quarter's check-ins are a few per pair.
  const answers = new Map<string, Map<string, boolean>>();
  const allowed = (checkIn: CheckIn): boolean => {
    const byKr = answers.get(checkIn.krId) ?? new Map<string, boolean>();
    answers.set(checkIn.krId, byKr);
    let answer = byKr.get(checkIn.by);
    if (answer === undefined) {
      const kr = krs.get(checkIn.krId);
      answer = checkIn.by === '' || !kr || canCheckIn(workbook, kr, checkIn.by, teamsOfAuthor(checkIn.by), admins.indexOf(checkIn.by) >= 0);
      byKr.set(checkIn.by, answer);
    }
    return answer;
  };
  const counted: CheckIn[] = [];
  const foreign: CheckIn[] = [];
  for (const checkIn of workbook.checkIns) (allowed(checkIn) ? counted : foreign).push(checkIn);
  return { counted, foreign };
}
