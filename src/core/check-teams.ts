/** Checks of the Teams tree: a loop in the parent chain would leave escalations and decisions nowhere to go. */
import type { Finding } from './finding';
import type { Workbook } from './model';

/**
 * PARENT_CYCLE (error) on the Teams tab, once per loop, at its lowest row; params path (`KD → BGD → KD`).
 *
 * @example
 * checkTeamLoops(workbookWith([{ id: 'BGD', parentId: 'KD' }, { id: 'KD', parentId: 'BGD' }]))[0].params.path //=> 'BGD → KD → BGD'
 */
export function checkTeamLoops(workbook: Workbook): Finding[] {
  const byId = new Map(workbook.teams.filter((t) => t.id !== '').map((t) => [t.id, t]));
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const team of byId.values()) {
    const path: string[] = [];
    let current = team;
    while (current && path.indexOf(current.id) < 0) {
      path.push(current.id);
      current = byId.get(current.parentId)!;
    }
    if (!current) continue;
    const loop = path.slice(path.indexOf(current.id));
    const key = loop.slice().sort().join('\n');
    if (reported.has(key)) continue;
    reported.add(key);
    const lowest = loop.map((id) => byId.get(id)!).reduce((a, b) => (b.row > a.row ? b : a));
    const start = loop.indexOf(lowest.id);
    const ordered = loop.slice(start).concat(loop.slice(0, start));
    findings.push({
      code: 'PARENT_CYCLE',
      severity: 'error',
      tab: 'teams',
      row: lowest.row,
      id: lowest.id,
      params: { path: [...ordered, lowest.id].join(' → ') },
    });
  }
  return findings;
}
