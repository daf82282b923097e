/** Focus: few objectives per team per cycle, a few key results per objective (Settings' focus limits). */
import { closedCycleIds, isLiveObjective, objectivesById } from './check-alignment';
import type { Finding } from './finding';
import type { Objective, Workbook } from './model';

/**
 * TOO_MANY_OBJECTIVES (warning, once per team and cycle, on the first objective past the limit; params
 * teamId, cycleId, count, max), TOO_MANY_KRS and TOO_FEW_KRS (warnings; params count and max or min)
 * and OBJECTIVE_WITHOUT_KR (error). Only live objectives (neither Draft nor Dropped) of cycles that are
 * not Closed count. Individual objectives are a person's, not the team's, so they do not count toward
 * the team's limit. An objective with no KR at all is OBJECTIVE_WITHOUT_KR, not also TOO_FEW_KRS.
 * @example checkFocus(workbook).map((f) => f.code) // ['TOO_FEW_KRS']
 */
export function checkFocus(workbook: Workbook): Finding[] {
  const { maxObjectives, minKrs, maxKrs } = workbook.settings;
  const closed = closedCycleIds(workbook);
  const byId = objectivesById(workbook.objectives);
  const counted = workbook.objectives.filter((o) => isLiveObjective(o) && !closed.has(o.cycleId) && o.id !== '' && byId.get(o.id) === o);
  const findings: Finding[] = [];

  const byTeam = new Map<string, Objective[]>();
  for (const o of counted) {
    if (o.teamId === '' || o.level === 'Individual') continue;
    const key = `${o.teamId}\n${o.cycleId}`;
    byTeam.set(key, (byTeam.get(key) ?? []).concat(o));
  }
  for (const list of byTeam.values()) {
    const extra = list[maxObjectives];
    if (extra) {
      findings.push({
        code: 'TOO_MANY_OBJECTIVES',
        severity: 'warning',
        tab: 'objectives',
        row: extra.row,
        id: extra.id,
        params: { teamId: extra.teamId, cycleId: extra.cycleId, count: list.length, max: maxObjectives },
      });
    }
  }

  const krCount = new Map<string, number>();
  for (const kr of workbook.keyResults) krCount.set(kr.objectiveId, (krCount.get(kr.objectiveId) ?? 0) + 1);
  for (const o of counted) {
    const count = krCount.get(o.id) ?? 0;
    const at = { tab: 'objectives' as const, row: o.row, id: o.id };
    if (count === 0) findings.push({ code: 'OBJECTIVE_WITHOUT_KR', severity: 'error', ...at, params: {} });
    else if (count < minKrs) findings.push({ code: 'TOO_FEW_KRS', severity: 'warning', ...at, params: { count, min: minKrs } });
    else if (count > maxKrs) findings.push({ code: 'TOO_MANY_KRS', severity: 'warning', ...at, params: { count, max: maxKrs } });
  }
  return findings;
}
