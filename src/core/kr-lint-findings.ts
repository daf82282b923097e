/** The KR linter's verdict on one key result as findings, for the check and for a KR typed in Key Results. */
import type { Finding } from './finding';
import { lintKeyResult } from './kr-lint';
import type { KeyResult } from './model';

/**
 * KR_TASK_LIKE (params title and rewrite, the linter's suggestion) and KR_NOT_MEASURABLE (params title) of
 * one KR, as warnings on its row. An Increase or Decrease KR is measured from its start to its target; a
 * Maintain or Milestone KR, or one without a readable kind, by its target alone.
 * @example lintFindings({ kind: 'Increase', title: 'Gửi email cho khách hàng', … }).map((f) => f.code) // ['KR_TASK_LIKE', …]
 */
export function lintFindings(kr: KeyResult): Finding[] {
  // A Maintain or Milestone KR may well start at its target ("keep CSAT at 4.5"): only the target counts there.
  const numeric = kr.kind === 'Increase' || kr.kind === 'Decrease';
  const lint = lintKeyResult(kr.title, numeric ? { start: kr.start, target: kr.target } : { target: kr.target });
  const at: Pick<Finding, 'severity' | 'tab' | 'row' | 'id'> = { severity: 'warning', tab: 'keyResults', row: kr.row, id: kr.id };
  return lint.codes.map(
    (code): Finding =>
      code === 'KR_TASK_LIKE' ? { code, ...at, params: { title: kr.title, rewrite: lint.suggestion } } : { code, ...at, params: { title: kr.title } },
  );
}
