// Small workbooks for the summary and dashboard tests: defaults for every field, check-in days read as the sheet reader does.
import type { Choice } from '../../src/core/choices';
import { dayFromParts, dayOf, type Day } from '../../src/core/date-parse';
import type { CheckIn, Cycle, KeyResult, Objective, Person, Team, Workbook } from '../../src/core/model';
import { defaultSettings, type Settings } from '../../src/core/settings';

export const HCM = 'Asia/Ho_Chi_Minh';

/** `'2026-01-05'` as a Day. */
export const day = (iso: string): Day => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromParts(y!, m!, d!);
};

export interface CheckInSpec {
  readonly krId: string;
  /** An instant (`2026-01-04T16:30:00Z`): its day is read in the workbook's zone, as src/sheet/workbook-read.ts does. */
  readonly at?: string;
  /** A day typed without a time, when `at` is absent. */
  readonly day?: string;
  readonly value: number | null;
  readonly confidence?: Choice<'confidence'> | null;
  readonly by?: string;
}

type Spec<T, K extends keyof T> = Partial<T> & Pick<T, K>;

export interface WorkbookSpec {
  readonly settings?: Partial<Settings>;
  readonly cycles?: ReadonlyArray<Spec<Cycle, 'id'> & { readonly from?: string; readonly to?: string }>;
  readonly teams?: ReadonlyArray<Spec<Team, 'id'>>;
  readonly people?: ReadonlyArray<Spec<Person, 'email'>>;
  readonly objectives?: ReadonlyArray<Spec<Objective, 'id'>>;
  readonly keyResults?: ReadonlyArray<Spec<KeyResult, 'id'>>;
  readonly checkIns?: readonly CheckInSpec[];
}

/** A workbook in English, time zone Asia/Ho_Chi_Minh, weeks starting Monday, unless `spec.settings` says otherwise. */
export function workbookOf(spec: WorkbookSpec): Workbook {
  const settings: Settings = { ...defaultSettings('en', HCM), ...spec.settings };
  return {
    settings,
    cycles: (spec.cycles ?? []).map(({ from, to, ...c }, i) => ({
      row: i + 2,
      name: c.id,
      status: 'Active',
      start: from ? day(from) : null,
      end: to ? day(to) : null,
      ...c,
    })),
    people: (spec.people ?? []).map((p, i) => ({ row: i + 2, name: p.email, teamId: '', managerEmail: '', language: null, ...p })),
    teams: (spec.teams ?? []).map((t, i) => ({ row: i + 2, name: t.id, parentId: '', leadEmail: '', ...t })),
    objectives: (spec.objectives ?? []).map((o, i) => ({
      row: i + 2,
      cycleId: 'Q',
      level: 'Company',
      teamId: '',
      ownerEmail: '',
      title: `Objective ${o.id}`,
      parentId: '',
      type: 'Committed',
      status: 'Active',
      ...o,
    })),
    keyResults: (spec.keyResults ?? []).map((kr, i) => ({
      row: i + 2,
      objectiveId: 'O1',
      title: `Key result ${kr.id}`,
      teamId: '',
      ownerEmail: '',
      kind: 'Increase',
      unit: '',
      start: 0,
      target: 100,
      weight: null,
      ...kr,
    })),
    checkIns: (spec.checkIns ?? []).map((c, i): CheckIn => {
      const at = c.at ? new Date(c.at) : null;
      return {
        row: i + 2,
        at,
        day: at ? dayOf(at, settings.timeZone) : c.day ? day(c.day) : null,
        krId: c.krId,
        value: c.value,
        confidence: c.confidence ?? null,
        progressNote: '',
        problems: '',
        plans: '',
        by: c.by ?? '',
        source: 'sheet',
      };
    }),
    initiatives: [],
    dependencies: [],
    problems: [],
    missingTabs: [],
    missingColumns: [],
    duplicateTabs: [],
  };
}
