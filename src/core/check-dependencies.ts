/** Horizontal alignment: dependencies as agreements between teams, and who decides when one is declined. */
import { closedCycleIds, objectivesById, parentChain } from './check-alignment';
import type { Day } from './date-parse';
import type { Finding } from './finding';
import type { Dependency, Objective, Team, Workbook } from './model';
import { teamOfKr } from './kr-team';

export interface Decider {
  /** The e-mail of the person who decides; '' when nobody was found. */
  readonly email: string;
  readonly via: 'objective' | 'team' | 'none';
  readonly objectiveId?: string;
  readonly teamId?: string;
}

/** The objective a dependency is for: the For objective itself, or the objective of the For KR. */
function forObjective(workbook: Workbook, dependency: Dependency, byId: ReadonlyMap<string, Objective>): Objective | null {
  const direct = byId.get(dependency.forId);
  if (direct) return direct;
  const kr = workbook.keyResults.find((k) => k.id === dependency.forId);
  return (kr && byId.get(kr.objectiveId)) ?? null;
}

/** The team, its parent, grandparent… stopping before a team would repeat. */
function teamChain(teamId: string, teams: ReadonlyMap<string, Team>): Team[] {
  const chain: Team[] = [];
  for (let at = teams.get(teamId); at && chain.indexOf(at) < 0; at = teams.get(at.parentId)) chain.push(at);
  return chain;
}

/**
 * Who decides a dependency the two teams disagree on (DESIGN.md §2.2: the owner of the lowest
 * objective both teams align to). The requesting side's chain starts at the For objective (or the
 * For KR's objective); the providing side's chains start at every objective of the providing team in
 * that same cycle, Dropped ones aside. The first objective of the requesting chain that is also on a
 * providing chain is the lowest common one; its owner decides. When there is none (or it has no
 * owner), the lead of the lowest team that is both teams' ancestor in the Teams tree (a team counts as
 * its own ancestor) decides, skipping teams without a lead; else nobody is found.
 * @example decider(workbook, declinedByProduct) // { email: 'ceo@congty.vn', via: 'objective', objectiveId: 'O1' }
 */
export function decider(workbook: Workbook, dependency: Dependency): Decider {
  const byId = objectivesById(workbook.objectives);
  const start = forObjective(workbook, dependency, byId);
  if (start) {
    const providing = new Set<Objective>();
    for (const o of workbook.objectives) {
      if (o.teamId === dependency.providingTeamId && o.cycleId === start.cycleId && o.status !== 'Dropped' && byId.get(o.id) === o) {
        parentChain(o, byId).forEach((a) => providing.add(a));
      }
    }
    const common = parentChain(start, byId).find((o) => providing.has(o) && o.ownerEmail !== '');
    if (common) return { email: common.ownerEmail, via: 'objective', objectiveId: common.id };
  }
  const teams = new Map<string, Team>();
  for (const t of workbook.teams) if (t.id !== '' && !teams.has(t.id)) teams.set(t.id, t);
  const providingTeams = teamChain(dependency.providingTeamId, teams);
  const team = teamChain(dependency.requestingTeamId, teams).find((t) => providingTeams.indexOf(t) >= 0 && t.leadEmail !== '');
  return team ? { email: team.leadEmail, via: 'team', teamId: team.id } : { email: '', via: 'none' };
}

/**
 * DEPENDENCY_UNANSWERED (warning): still Requested more than graceDays days after Requested on; params
 * days, providingTeamId, providingTeam (its name), lead (its lead's e-mail) and decider (who settles it if
 * the request stays unanswered, as for a declined one).
 * DEPENDENCY_DECLINED (warning) while nobody is recorded in Decided by; params requestingTeamId,
 * providingTeamId, request, decider, via, and objectiveId or teamId (see decider).
 * DEPENDENCY_UNBACKED (warning): Accepted with no backing KR (reason noBackingKr) or with one owned by
 * another team than the provider (reason otherTeam; a KR's team is its Team ID, else its objective's);
 * params providingTeamId, backingKrId, backingTeamId, reason. A backing KR that does not exist is
 * UNKNOWN_REFERENCE. Dependencies for an objective of a Closed cycle are history and not checked.
 * @example checkDependencies(workbook, today).map((f) => f.code) // ['DEPENDENCY_DECLINED']
 */
export function checkDependencies(workbook: Workbook, today: Day): Finding[] {
  const byId = objectivesById(workbook.objectives);
  const closed = closedCycleIds(workbook);
  const teams = new Map(workbook.teams.map((t) => [t.id, t] as const));
  const krs = new Map(workbook.keyResults.map((k) => [k.id, k] as const));
  const findings: Finding[] = [];
  for (const d of workbook.dependencies) {
    const objective = forObjective(workbook, d, byId);
    if (objective && closed.has(objective.cycleId)) continue;
    const at = { tab: 'dependencies' as const, row: d.row, id: d.id };
    const provider = teams.get(d.providingTeamId);
    if (d.status === 'Requested' && d.requestedOn !== null && today - d.requestedOn > workbook.settings.graceDays) {
      findings.push({
        code: 'DEPENDENCY_UNANSWERED',
        severity: 'warning',
        ...at,
        params: {
          days: today - d.requestedOn,
          providingTeamId: d.providingTeamId,
          providingTeam: provider?.name ?? '',
          lead: provider?.leadEmail ?? '',
          decider: decider(workbook, d).email,
        },
      });
    }
    if (d.status === 'Declined' && d.decidedBy === '') {
      const who = decider(workbook, d);
      findings.push({
        code: 'DEPENDENCY_DECLINED',
        severity: 'warning',
        ...at,
        params: {
          requestingTeamId: d.requestingTeamId,
          providingTeamId: d.providingTeamId,
          request: d.request,
          decider: who.email,
          via: who.via,
          objectiveId: who.objectiveId ?? '',
          teamId: who.teamId ?? '',
        },
      });
    }
    const backing = krs.get(d.backingKrId);
    const backingTeamId = backing ? teamOfKr(backing, byId.get(backing.objectiveId)) : '';
    if (d.status === 'Accepted' && (d.backingKrId === '' || (backing && backingTeamId !== d.providingTeamId))) {
      findings.push({
        code: 'DEPENDENCY_UNBACKED',
        severity: 'warning',
        ...at,
        params: { providingTeamId: d.providingTeamId, backingKrId: d.backingKrId, backingTeamId, reason: d.backingKrId === '' ? 'noBackingKr' : 'otherTeam' },
      });
    }
  }
  return findings;
}
