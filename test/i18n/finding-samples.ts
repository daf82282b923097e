/**
 * One finding of every code with the params its check gives, for the wording snapshot (catalogue.test.ts).
 * Typed by code: a code added to core/finding.ts does not compile here until it has its sample.
 */
import type { FindingCode, FindingOf, FindingParamsOf } from '../../src/core/finding';
import type { TabKey } from '../../src/core/tabs';

type Sample<C extends FindingCode> = { readonly tab: TabKey; readonly id: string; readonly params: FindingParamsOf[C] };

const SAMPLES: { readonly [C in FindingCode]: Sample<C> } = {
  DUPLICATE_ID: { tab: 'objectives', id: 'O7', params: { column: 'objectiveId', firstRow: 5 } },
  MISSING_FIELD: { tab: 'keyResults', id: 'KR3', params: { column: 'target' } },
  MISSING_TAB: { tab: 'keyResults', id: '', params: {} },
  UNKNOWN_REFERENCE: { tab: 'objectives', id: 'O7', params: { column: 'cycleId', ref: 'Q9', refTab: 'cycles' } },
  INVALID_VALUE: { tab: 'keyResults', id: 'KR3', params: { column: 'target', header: 'Chỉ tiêu', input: 'chưa rõ', problem: 'INVALID_NUMBER' } },
  ORPHAN_OBJECTIVE: { tab: 'objectives', id: 'O7', params: { parentId: 'O1', parentCycleId: 'Q1-2026' } },
  PARENT_CYCLE: { tab: 'objectives', id: 'O7', params: { path: 'O7 → O8 → O7' } },
  LEVEL_ORDER: { tab: 'objectives', id: 'O7', params: { level: 'Department', parentId: 'O4', parentLevel: 'Team' } },
  UNSUPPORTED_OBJECTIVE: { tab: 'objectives', id: 'O7', params: { cycleId: 'Q2-2026' } },
  TOO_MANY_OBJECTIVES: { tab: 'objectives', id: 'O7', params: { teamId: 'KD', cycleId: 'Q2-2026', count: 7, max: 5 } },
  TOO_MANY_KRS: { tab: 'objectives', id: 'O7', params: { count: 7, max: 5 } },
  TOO_FEW_KRS: { tab: 'objectives', id: 'O7', params: { count: 1, min: 2 } },
  OBJECTIVE_WITHOUT_KR: { tab: 'objectives', id: 'O7', params: {} },
  KR_TASK_LIKE: { tab: 'keyResults', id: 'KR3', params: { title: 'Gửi email cho khách hàng', rewrite: 'Tăng tỷ lệ khách hàng phản hồi email từ X% lên Y%' } },
  KR_NOT_MEASURABLE: { tab: 'keyResults', id: 'KR2', params: { reason: 'sameStartTarget', start: 45, target: 45 } },
  KR_NO_OWNER: { tab: 'keyResults', id: 'KR6', params: {} },
  DEPENDENCY_UNANSWERED: {
    tab: 'dependencies',
    id: 'D1',
    params: { days: 6, providingTeamId: 'SP', providingTeam: 'Sản phẩm', lead: 'minh.le@congty.vn', decider: '' },
  },
  DEPENDENCY_DECLINED: {
    tab: 'dependencies',
    id: 'D1',
    params: {
      requestingTeamId: 'KD',
      providingTeamId: 'SP',
      request: '3 tính năng',
      decider: 'ceo@congty.vn',
      via: 'objective',
      objectiveId: 'O1',
      teamId: '',
    },
  },
  DEPENDENCY_UNBACKED: { tab: 'dependencies', id: 'D1', params: { providingTeamId: 'SP', backingKrId: 'KR4', backingTeamId: 'KD', reason: 'otherTeam' } },
  STALE_KR: { tab: 'keyResults', id: 'KR6', params: { days: 16, lastCheckIn: '2026-04-20' } },
  TARGETS_TOO_SAFE: {
    tab: 'reviews',
    id: 'KD',
    params: { teamId: 'KD', previousCycleId: 'Q4-2025', previousScore: 0.95, lastCycleId: 'Q1-2026', lastScore: 0.925 },
  },
  MISSING_COLUMN: { tab: 'keyResults', id: '', params: { column: 'target' } },
  EMPTY_WORKBOOK: { tab: 'people', id: '', params: { next: 'people' } },
  SEVERAL_ACTIVE_CYCLES: { tab: 'cycles', id: 'Q1-2026', params: { runningId: 'Q2-2026' } },
  CYCLE_ENDS_BEFORE_START: { tab: 'cycles', id: 'Q4', params: { start: '2026-10-01', end: '2026-06-30' } },
  DUPLICATE_TAB: { tab: 'keyResults', id: '', params: { read: 'Key Results', ignored: 'Kết quả then chốt' } },
  GRID_NEAR_LIMIT: {
    tab: 'checkIns',
    id: '',
    params: { used: 7_250_000, limit: 10_000_000, percent: 72.5, largest: 'Cập nhật tiến độ', largestCells: 900_000 },
  },
};

/** The sample of `code` as a finding on row 12 (0 for a finding about a whole tab, which has no id). */
export function sampleFinding<C extends FindingCode>(code: C): FindingOf<C> {
  const { tab, id, params } = SAMPLES[code];
  return { code, severity: 'warning', tab, row: id === '' ? 0 : 12, id, params };
}

export const SAMPLE_CODES = Object.keys(SAMPLES) as FindingCode[];
