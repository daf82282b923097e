// Workbooks for the reminder tests: small builders and the story of a sales team where two people never check in.
import { addDays, dayFromParts, type Day } from '../../src/core/date-parse';
import type { CheckIn, Cycle, Dependency, KeyResult, Objective, Person, Team, Workbook } from '../../src/core/model';
import { defaultSettings, type Settings } from '../../src/core/settings';
import type { Lang } from '../../src/core/lang';

/** Monday 23 November 2026: the check-in day of the story (check-in weekday Monday, 2 grace days). */
export const CHECK_IN_DAY: Day = dayFromParts(2026, 11, 23);
/** Wednesday 25 November 2026: two grace days later. */
export const OVERDUE_DAY: Day = addDays(CHECK_IN_DAY, 2);

let nextRow = 2;
const row = (): number => nextRow++;

export const person = (email: string, name: string, teamId: string, language: Lang | null = null): Person => ({
  row: row(),
  email,
  name,
  teamId,
  managerEmail: '',
  language,
});

export const team = (id: string, name: string, parentId: string, leadEmail: string): Team => ({ row: row(), id, name, parentId, leadEmail });

export const cycle = (id: string, start: Day, end: Day, status: Cycle['status']): Cycle => ({ row: row(), id, name: id, start, end, status });

export const objective = (id: string, teamId: string, title: string, more: Partial<Objective> = {}): Objective => ({
  row: row(),
  id,
  cycleId: 'Q4-2026',
  level: 'Team',
  teamId,
  ownerEmail: '',
  title,
  parentId: '',
  type: 'Committed',
  status: 'Active',
  ...more,
});

export const keyResult = (id: string, objectiveId: string, teamId: string, ownerEmail: string, title: string, more: Partial<KeyResult> = {}): KeyResult => ({
  row: row(),
  id,
  objectiveId,
  title,
  teamId,
  ownerEmail,
  kind: 'Increase',
  unit: 'khách hàng',
  start: 0,
  target: 100,
  weight: null,
  ...more,
});

export const checkIn = (krId: string, day: Day, value: number | null, by: string): CheckIn => ({
  row: row(),
  at: new Date(day * 86_400_000 + 3 * 3_600_000),
  day,
  krId,
  value,
  confidence: 'On track',
  progressNote: '',
  problems: '',
  plans: '',
  by,
  source: 'sidebar',
});

export const dependency = (id: string, requestingTeamId: string, providingTeamId: string, request: string, status: Dependency['status']): Dependency => ({
  row: row(),
  id,
  requestingTeamId,
  forId: 'O-SALES',
  providingTeamId,
  request,
  requestedOn: dayFromParts(2026, 11, 10),
  neededBy: dayFromParts(2026, 12, 15),
  status,
  backingKrId: '',
  response: '',
  decidedBy: '',
});

/** A workbook from the given rows; everything else empty, settings from defaults plus `settings`. */
export const makeWorkbook = (parts: Partial<Omit<Workbook, 'settings'>> & { settings?: Partial<Settings> } = {}): Workbook => ({
  cycles: [],
  people: [],
  teams: [],
  objectives: [],
  keyResults: [],
  checkIns: [],
  initiatives: [],
  dependencies: [],
  problems: [],
  missingTabs: [],
  missingColumns: [],
  duplicateTabs: [],
  ...parts,
  settings: { ...defaultSettings('en', 'Asia/Ho_Chi_Minh'), companyName: 'Acme', checkInWeekday: 1, graceDays: 2, ...parts.settings },
});

/** Mondays of the story's cycle before the check-in day: 5 Oct … 16 Nov 2026. */
const PAST_MONDAYS: Day[] = Array.from({ length: 7 }, (_, i) => addDays(dayFromParts(2026, 10, 5), 7 * i));

/**
 * Acme's Q4 2026. Sales (lead Lan, parent Company led by the CEO) has five people, each owning one KR, and
 * one team-owned KR; Binh and Chi never check in. Product (lead Minh, who reads Vietnamese) owes Sales an
 * answer to a dependency request. Every other KR is checked in each Monday: KR-S2 jumps by 25 points
 * last week and KR-S5 reaches its target, the others creep up by 5 points a week. `thisWeek` adds the
 * Monday check-ins of the diligent (Lan, An, Dung, Minh, the CEO, and An for the team KR).
 */
export const salesStory = (options: { thisWeek: boolean; extraCheckIns?: readonly CheckIn[] } = { thisWeek: false }): Workbook => {
  const diligent: Array<[string, string, (week: number) => number]> = [
    ['KR-C1', 'ceo@acme.vn', (w) => 5 * w],
    ['KR-S1', 'lan@acme.vn', (w) => 5 * w],
    ['KR-S2', 'an@acme.vn', (w) => (w < 6 ? 5 * w : 60)],
    ['KR-S5', 'dung@acme.vn', (w) => (w < 6 ? 10 * w + 30 : 100)],
    ['KR-ST', 'an@acme.vn', (w) => 5 * w],
    ['KR-P1', 'minh@acme.vn', (w) => 5 * w],
  ];
  const weeks = options.thisWeek ? [...PAST_MONDAYS, CHECK_IN_DAY] : PAST_MONDAYS;
  const checkIns = diligent.flatMap(([krId, by, valueIn]) => weeks.map((day, week) => checkIn(krId, day, valueIn(week), by)));
  return makeWorkbook({
    cycles: [
      cycle('Q3-2026', dayFromParts(2026, 7, 1), dayFromParts(2026, 9, 30), 'Closed'),
      cycle('Q4-2026', dayFromParts(2026, 10, 1), dayFromParts(2026, 12, 31), 'Active'),
    ],
    teams: [team('CO', 'Acme', '', 'ceo@acme.vn'), team('SALES', 'Sales', 'CO', 'lan@acme.vn'), team('PROD', 'Product', 'CO', 'minh@acme.vn')],
    people: [
      person('ceo@acme.vn', 'Hoa (CEO)', 'CO'),
      person('lan@acme.vn', 'Lan', 'SALES'),
      person('an@acme.vn', 'An', 'SALES'),
      person('binh@acme.vn', 'Bình', 'SALES'),
      person('chi@acme.vn', 'Chi', 'SALES'),
      person('dung@acme.vn', 'Dũng', 'SALES'),
      person('minh@acme.vn', 'Minh', 'PROD', 'vi'),
    ],
    objectives: [
      objective('O-CO', 'CO', 'Keep our customers', { level: 'Company' }),
      objective('O-SALES', 'SALES', 'Grow revenue from existing customers', { parentId: 'O-CO' }),
      objective('O-PROD', 'PROD', 'Ship what existing customers need', { parentId: 'O-CO' }),
      objective('O-DRAFT', 'SALES', 'Next idea', { status: 'Draft' }),
      objective('O-OLD', 'SALES', 'Last quarter', { cycleId: 'Q3-2026' }),
    ],
    keyResults: [
      keyResult('KR-C1', 'O-CO', 'CO', 'ceo@acme.vn', 'Retention from 80% to 90%'),
      keyResult('KR-S1', 'O-SALES', 'SALES', 'lan@acme.vn', 'Renewals from 0 to 100'),
      keyResult('KR-S2', 'O-SALES', 'SALES', 'an@acme.vn', 'Upsell deals from 0 to 100'),
      keyResult('KR-S3', 'O-SALES', 'SALES', 'binh@acme.vn', 'Referrals from 0 to 100'),
      keyResult('KR-S4', 'O-SALES', 'SALES', 'chi@acme.vn', 'Reactivated accounts from 0 to 100'),
      keyResult('KR-S5', 'O-SALES', 'SALES', 'dung@acme.vn', 'Case studies from 0 to 100'),
      keyResult('KR-ST', 'O-SALES', 'SALES', '', 'Team NPS from 0 to 100'),
      keyResult('KR-P1', 'O-PROD', 'PROD', 'minh@acme.vn', 'Features adopted from 0 to 100'),
      keyResult('KR-D1', 'O-DRAFT', 'SALES', 'an@acme.vn', 'Draft KR'),
      keyResult('KR-Q3', 'O-OLD', 'SALES', 'an@acme.vn', 'Old KR'),
    ],
    checkIns: [...checkIns, ...(options.extraCheckIns ?? [])],
    dependencies: [
      dependency('D1', 'SALES', 'PROD', 'Build 3 features for existing customers', 'Requested'),
      dependency('D2', 'SALES', 'PROD', 'Share the roadmap', 'Accepted'),
    ],
  });
};
