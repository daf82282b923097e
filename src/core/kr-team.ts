/** Which team owns a key result: the team wins or fails together (DESIGN.md §1, Key Results). */
import type { KeyResult, Objective } from './model';

/**
 * A KR's owning team: its Team ID, else its objective's team, else ''.
 *
 * @example
 * teamOfKr({ teamId: '', … }, { teamId: 'KD', … }) //=> 'KD'
 */
export function teamOfKr(kr: KeyResult, objective: Objective | null | undefined): string {
  return kr.teamId !== '' ? kr.teamId : (objective?.teamId ?? '');
}
