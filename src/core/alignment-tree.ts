/** Rows of the Alignment tab: each company objective of a cycle, the objectives aligned under it, and their KRs. */
import type { Choice } from './choices';
import { objectivesById, sameCycleParent } from './check-alignment';
import type { KrState } from './kr-state';
import type { Objective, Workbook } from './model';
import { objectiveScore } from './score';

export interface AlignmentRow {
  readonly depth: number;
  /** `orphans` is the marker row before the objectives with no path to a company objective. */
  readonly kind: 'objective' | 'kr' | 'orphans';
  readonly id: string;
  readonly title: string;
  readonly teamId: string;
  readonly owner: string;
  /** Objective: weighted mean of its KRs' scores; KR: its score; null when nothing is scored yet. */
  readonly score: number | null;
  readonly status: Choice<'objectiveStatus'> | Choice<'krStatus'> | null;
}

/**
 * The Alignment tab's rows for one cycle, depth first: each root company objective (one with no
 * parent in the cycle), then its KRs one level deeper, then each child objective the same way, in
 * sheet order. Objectives of the cycle not reached that way follow a marker row at depth 0, each
 * orphan subtree from its topmost objective; a parent loop has no top, so it starts from its first
 * row in the sheet, and each member appears once.
 * @example buildAlignmentTree(workbook, states, 'Q2-2026').map((r) => `${r.depth} ${r.id}`) // ['0 O1', '1 KR1', '1 O2', '2 KR3', …]
 */
export function buildAlignmentTree(workbook: Workbook, states: readonly KrState[], cycleId: string): AlignmentRow[] {
  const byId = objectivesById(workbook.objectives);
  const ofCycle = workbook.objectives.filter((o) => o.cycleId === cycleId && o.id !== '' && byId.get(o.id) === o);
  const children = new Map<Objective, Objective[]>();
  for (const o of ofCycle) {
    const parent = sameCycleParent(o, byId);
    if (parent && parent !== o) children.set(parent, (children.get(parent) ?? []).concat(o));
  }
  const statesOf = new Map<string, KrState[]>();
  for (const s of states) statesOf.set(s.kr.objectiveId, (statesOf.get(s.kr.objectiveId) ?? []).concat(s));

  const rows: AlignmentRow[] = [];
  const visited = new Set<Objective>();
  const visit = (o: Objective, depth: number): void => {
    if (visited.has(o)) return;
    visited.add(o);
    const krs = statesOf.get(o.id) ?? [];
    const scored = krs.filter((s) => s.score !== null).map((s) => ({ score: s.score as number, weight: s.kr.weight }));
    rows.push({ depth, kind: 'objective', id: o.id, title: o.title, teamId: o.teamId, owner: o.ownerEmail, score: objectiveScore(scored), status: o.status });
    for (const s of krs) {
      rows.push({
        depth: depth + 1,
        kind: 'kr',
        id: s.kr.id,
        title: s.kr.title,
        teamId: s.kr.teamId,
        owner: s.kr.ownerEmail,
        score: s.score,
        status: s.status,
      });
    }
    for (const child of children.get(o) ?? []) visit(child, depth + 1);
  };

  for (const o of ofCycle) if (o.level === 'Company' && !sameCycleParent(o, byId)) visit(o, 0);
  const orphans = ofCycle.filter((o) => !visited.has(o));
  if (orphans.length > 0) rows.push({ depth: 0, kind: 'orphans', id: '', title: '', teamId: '', owner: '', score: null, status: null });
  for (const o of orphans) {
    let top = o;
    const seen = new Set<Objective>([o]);
    let up = sameCycleParent(o, byId);
    for (; up && !seen.has(up); up = sameCycleParent(up, byId)) {
      seen.add(up);
      top = up;
    }
    visit(up ? o : top, 0);
  }
  return rows;
}
