/** Who may check in a key result, and which ones are a person's own. */
import type { KeyResult, Workbook } from './model';
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
export function isOwnKr(workbook: Workbook, kr: KeyResult, email: string, teams = teamsOf(workbook, email)): boolean {
  if (email === '') return false;
  if (kr.ownerEmail === email) return true;
  const team = teamOfKr(kr, workbook.objectives.find((o) => o.id === kr.objectiveId));
  return team !== '' && teams.has(team);
}
