/** Vertical alignment: the parent chain of objectives (orphans, loops, level order, unsupported company objectives). */
import type { Choice } from './choices';
import type { Finding, FindingParamsOf } from './finding';
import type { Objective, Workbook } from './model';

/** Company > Department > Team > Individual: a parent must rank strictly lower (be a higher level). */
export const LEVEL_RANK: Readonly<Record<Choice<'level'>, number>> = { Company: 0, Department: 1, Team: 2, Individual: 3 };

/**
 * Whether an objective is part of the plan people work on: neither Draft nor Dropped. A blank or
 * unreadable status counts as live (stricter: it still counts against focus limits).
 * @example isLiveObjective({ status: 'Draft' }) // false
 */
export const isLiveObjective = (o: Pick<Objective, 'status'>): boolean => o.status !== 'Draft' && o.status !== 'Dropped';

/** Objectives by ID; with duplicate IDs the first row wins (DUPLICATE_ID reports the others). */
export function objectivesById(objectives: readonly Objective[]): Map<string, Objective> {
  const byId = new Map<string, Objective>();
  for (const o of objectives) if (o.id !== '' && !byId.has(o.id)) byId.set(o.id, o);
  return byId;
}

/** IDs of Closed cycles: plans of a closed cycle are history (the Reviews tab), not checked for quality. */
export function closedCycleIds(workbook: Workbook): Set<string> {
  return new Set(workbook.cycles.filter((c) => c.status === 'Closed').map((c) => c.id));
}

/**
 * The parent an objective aligns to, counted only within its own cycle: a parent of another cycle is
 * no alignment at all (ORPHAN_OBJECTIVE names it), and an unknown parent is UNKNOWN_REFERENCE.
 */
export function sameCycleParent(o: Objective, byId: ReadonlyMap<string, Objective>): Objective | null {
  const parent = o.parentId === '' ? undefined : byId.get(o.parentId);
  return parent && parent.cycleId === o.cycleId ? parent : null;
}

/**
 * The objective, then its parent, grandparent… within its cycle, stopping before an objective would
 * repeat (a loop) or when no parent is found.
 * @example parentChain(kr3Objective, byId).map((o) => o.id) // ['O2', 'O1']
 */
export function parentChain(o: Objective, byId: ReadonlyMap<string, Objective>): Objective[] {
  const chain: Objective[] = [];
  const seen = new Set<Objective>();
  for (let at: Objective | null = o; at && !seen.has(at); at = sameCycleParent(at, byId)) {
    seen.add(at);
    chain.push(at);
  }
  return chain;
}

/** Each loop of the parent graph once, as its members in parent order starting from the lowest sheet row. */
function parentLoops(objectives: readonly Objective[], byId: ReadonlyMap<string, Objective>): Objective[][] {
  const loops: Objective[][] = [];
  const done = new Set<Objective>();
  for (const start of objectives) {
    const path: Objective[] = [];
    const onPath = new Map<Objective, number>();
    let at: Objective | null = start;
    while (at && !done.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = sameCycleParent(at, byId);
    }
    if (at && onPath.has(at)) {
      const loop = path.slice(onPath.get(at));
      const first = loop.reduce((low, o, i) => (o.row < loop[low]!.row ? i : low), 0);
      loops.push(loop.slice(first).concat(loop.slice(0, first)));
    }
    for (const o of path) done.add(o);
  }
  return loops;
}

/**
 * ORPHAN_OBJECTIVE (warning; params parentId and parentCycleId when the parent is of another cycle),
 * PARENT_CYCLE (error, once per loop at its lowest row; params path `O1 → O2 → O1`), LEVEL_ORDER
 * (warning; params level, parentId, parentLevel; not reported inside a loop, which is already an error)
 * and UNSUPPORTED_OBJECTIVE (warning; params cycleId). Objectives of Closed cycles and Dropped ones are
 * skipped; Drafts are checked, since planning is when alignment is fixed. A company objective is
 * supported when a live objective other than itself has it in its parent chain.
 * @example checkAlignment(workbook).map((f) => f.code) // ['ORPHAN_OBJECTIVE']
 */
export function checkAlignment(workbook: Workbook, archived: ReadonlyMap<string, string> = new Map()): Finding[] {
  const byId = objectivesById(workbook.objectives);
  const closed = closedCycleIds(workbook);
  const open = workbook.objectives.filter((o) => o.status !== 'Dropped' && !closed.has(o.cycleId));
  const findings: Finding[] = [];
  const at = (o: Objective) => ({ tab: 'objectives' as const, row: o.row, id: o.id });

  const inLoop = new Set<Objective>();
  for (const loop of parentLoops(open, byId)) {
    loop.forEach((o) => inLoop.add(o));
    const path = loop
      .concat(loop.slice(0, 1))
      .map((o) => o.id)
      .join(' → ');
    findings.push({ code: 'PARENT_CYCLE', severity: 'error', ...at(loop[0]!), params: { path } });
  }

  for (const o of open) {
    const parent = sameCycleParent(o, byId);
    if (!parent && o.level !== null && o.level !== 'Company') {
      const other = o.parentId === '' ? undefined : byId.get(o.parentId);
      const archivedCycle = other ? undefined : archived.get(o.parentId);
      if (o.parentId === '' || other || archivedCycle !== undefined) {
        const params: FindingParamsOf['ORPHAN_OBJECTIVE'] = other
          ? { parentId: other.id, parentCycleId: other.cycleId }
          : archivedCycle !== undefined
            ? { parentId: o.parentId, parentCycleId: archivedCycle }
            : {};
        findings.push({ code: 'ORPHAN_OBJECTIVE', severity: 'warning', ...at(o), params });
      }
    }
    if (parent && !inLoop.has(o) && o.level !== null && parent.level !== null && LEVEL_RANK[parent.level] >= LEVEL_RANK[o.level]) {
      findings.push({ code: 'LEVEL_ORDER', severity: 'warning', ...at(o), params: { level: o.level, parentId: parent.id, parentLevel: parent.level } });
    }
  }

  const supported = new Set<Objective>();
  for (const o of open) {
    if (isLiveObjective(o))
      parentChain(o, byId)
        .slice(1)
        .forEach((a) => supported.add(a));
  }
  for (const o of open) {
    if (o.level === 'Company' && isLiveObjective(o) && byId.get(o.id) === o && !supported.has(o)) {
      findings.push({ code: 'UNSUPPORTED_OBJECTIVE', severity: 'warning', ...at(o), params: { cycleId: o.cycleId } });
    }
  }
  return findings;
}
