// Workbooks for the rhythm tests (cadence, close cycle, initiative history, brief): builders with defaults, two stories, and the close-cycle writer's effect.
import type { CloseCyclePlan } from '../../src/core/close-cycle';
import { dayFromParts, type Day } from '../../src/core/date-parse';
import type { CheckIn, Cycle, Dependency, Initiative, KeyResult, Objective, Person, Team, Workbook } from '../../src/core/model';
import { defaultSettings, type Settings } from '../../src/core/settings';
import type { Choice } from '../../src/core/choices';
import { cycleName } from '../../src/i18n/review';

/** `'2026-11-23'` as a Day. */
export const day = (iso: string): Day => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromParts(y!, m!, d!);
};

let nextRow = 2;
const row = (): number => nextRow++;

export const cycle = (id: string, start: string | null, end: string | null, status: Cycle['status'] = 'Active'): Cycle => ({
  row: row(),
  id,
  name: id,
  start: start === null ? null : day(start),
  end: end === null ? null : day(end),
  status,
});

export const team = (id: string, name: string, leadEmail = ''): Team => ({ row: row(), id, name, parentId: '', leadEmail });

export const person = (email: string, name: string, teamId: string): Person => ({ row: row(), email, name, teamId, managerEmail: '', language: null });

export const objective = (id: string, teamId: string, more: Partial<Objective> = {}): Objective => ({
  row: row(),
  id,
  cycleId: '2026-Q4',
  level: 'Team',
  teamId,
  ownerEmail: '',
  title: `Objective ${id}`,
  parentId: '',
  type: 'Committed',
  status: 'Active',
  ...more,
});

export const keyResult = (id: string, objectiveId: string, more: Partial<KeyResult> = {}): KeyResult => ({
  row: row(),
  id,
  objectiveId,
  title: `Key result ${id}`,
  teamId: '',
  ownerEmail: '',
  kind: 'Increase',
  unit: '',
  start: 0,
  target: 100,
  weight: null,
  ...more,
});

export const checkIn = (krId: string, iso: string, value: number | null, confidence: Choice<'confidence'> | null = 'On track', by = ''): CheckIn => ({
  row: row(),
  at: new Date(day(iso) * 86_400_000 + 3 * 3_600_000),
  day: day(iso),
  krId,
  value,
  confidence,
  progressNote: '',
  problems: '',
  plans: '',
  by,
  source: 'sidebar',
});

export const initiative = (id: string, krId: string, priority: number | null, status: Initiative['status'], reason = ''): Initiative => ({
  row: row(),
  id,
  krId,
  title: `Initiative ${id}`,
  ownerEmail: '',
  priority,
  status,
  reason,
});

export const dependency = (id: string, requestingTeamId: string, providingTeamId: string, status: Dependency['status']): Dependency => ({
  row: row(),
  id,
  requestingTeamId,
  forId: '',
  providingTeamId,
  request: `Request ${id}`,
  requestedOn: day('2026-11-02'),
  neededBy: day('2026-12-15'),
  status,
  backingKrId: '',
  response: '',
  decidedBy: '',
});

/** A workbook of the given rows; settings default (English, Asia/Ho_Chi_Minh, quarters, Monday check-ins) plus `settings`. */
export const workbookOf = (parts: Partial<Omit<Workbook, 'settings'>> & { settings?: Partial<Settings> } = {}): Workbook => ({
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
  settings: { ...defaultSettings('en', 'Asia/Ho_Chi_Minh'), companyName: 'Acme', ...parts.settings },
});

/** 2 January 2027: Q4 2026 has ended and is being closed. */
export const CLOSE_DAY = day('2027-01-02');

/**
 * Acme's Q4 2026 at its close (quarters). Sales: O-COMMIT (committed, KR-C1 ends at 0.9) and O-STRETCH
 * (aspirational, KR-A1 ends at exactly 0.7). Product: O-MOON (aspirational, KR-M1 at 0.3 and KR-M2 at 1.0,
 * score 0.65: carried over) under O-MOON-PARENT (aspirational company objective, KR-P1 at 0.5: carried
 * too). O-DONE is aspirational and low but Done, O-DRAFT a draft, O-Q3 of the closed Q3.
 */
export const closeStory = (more: { cycles?: readonly Cycle[]; settings?: Partial<Settings> } = {}): Workbook =>
  workbookOf({
    settings: more.settings,
    cycles: more.cycles ?? [cycle('2026-Q3', '2026-07-01', '2026-09-30', 'Closed'), cycle('2026-Q4', '2026-10-01', '2026-12-31', 'Active')],
    teams: [team('SALES', 'Sales'), team('PROD', 'Product')],
    objectives: [
      objective('O-COMMIT', 'SALES'),
      objective('O-STRETCH', 'SALES', { type: 'Aspirational' }),
      objective('O-MOON-PARENT', 'PROD', { type: 'Aspirational', level: 'Company' }),
      objective('O-MOON', 'PROD', { type: 'Aspirational', parentId: 'O-MOON-PARENT', title: 'Mở rộng sang thị trường mới' }),
      objective('O-DONE', 'PROD', { type: 'Aspirational', status: 'Done' }),
      objective('O-DRAFT', 'PROD', { type: 'Aspirational', status: 'Draft' }),
      objective('O-Q3', 'SALES', { cycleId: '2026-Q3' }),
    ],
    keyResults: [
      keyResult('KR-C1', 'O-COMMIT', { teamId: 'SALES' }),
      keyResult('KR-A1', 'O-STRETCH'),
      keyResult('KR-P1', 'O-MOON-PARENT'),
      keyResult('KR-M1', 'O-MOON', { ownerEmail: 'minh@acme.vn', unit: 'khách hàng' }),
      keyResult('KR-M2', 'O-MOON'),
      keyResult('KR-X1', 'O-DONE'),
      keyResult('KR-D1', 'O-DRAFT'),
      keyResult('KR-Q3', 'O-Q3'),
    ],
    checkIns: [
      checkIn('KR-C1', '2026-12-28', 90),
      checkIn('KR-A1', '2026-12-28', 70),
      checkIn('KR-P1', '2026-12-28', 50),
      checkIn('KR-M1', '2026-12-21', 20),
      checkIn('KR-M1', '2027-01-01', 30),
      checkIn('KR-M2', '2026-12-28', 100),
      checkIn('KR-X1', '2026-12-28', 10),
      checkIn('KR-Q3', '2026-09-28', 100),
    ],
  });

/** What the close-cycle action writes from a plan: Reviews keys, new Draft rows, the new cycle row and the status changes. */
export const applyClosePlan = (workbook: Workbook, reviewKeys: ReadonlySet<string>, plan: CloseCyclePlan): { workbook: Workbook; reviewKeys: Set<string> } => {
  const statusOf = new Map(plan.cycleStatusChanges.map((c) => [c.cycleId, c.to]));
  const cycles = workbook.cycles.map((c) => ({ ...c, status: statusOf.get(c.id) ?? c.status }));
  if (plan.nextCycle?.isNew) {
    const { id, period, start, end } = plan.nextCycle.cycle;
    cycles.push({ row: row(), id, name: cycleName(period, 'en'), start, end, status: statusOf.get(id) ?? null });
  }
  return {
    workbook: {
      ...workbook,
      cycles,
      objectives: [...workbook.objectives, ...plan.carryOver.objectives.map(({ carriedFrom: _from, ...o }) => ({ row: row(), ...o }))],
      keyResults: [...workbook.keyResults, ...plan.carryOver.keyResults.map(({ carriedFrom: _from, ...kr }) => ({ row: row(), ...kr }))],
    },
    reviewKeys: new Set([...reviewKeys, ...plan.reviews.map((r) => r.key)]),
  };
};

/** Monday 23 November 2026: the brief's meeting day (Q4 2026 runs 1 October to 31 December, expected progress 0.58). */
export const MEETING_DAY = day('2026-11-23');

/**
 * Acme's Q4 2026 at the meeting. Sales (An, Binh): KR-OK on track and checked in today; KR-RISK at risk;
 * KR-OFF off track; KR-STALE last checked in 10 November; KR-DROP checked in today, confidence On track
 * last week and At risk now; KR-TEAM owned by the team, not checked in this week. Product (Minh): KR-P1
 * on track, its confidence fell long ago. Dependencies: D-REQ (Sales asks Product), D-COUNTER (Product asks
 * Sales, countered), D-OK accepted, D-OTHER between two other teams.
 */
export const briefStory = (): Workbook =>
  workbookOf({
    cycles: [cycle('2026-Q3', '2026-07-01', '2026-09-30', 'Closed'), cycle('2026-Q4', '2026-10-01', '2026-12-31', 'Active')],
    teams: [team('SALES', 'Sales'), team('PROD', 'Product'), team('MKT', 'Marketing'), team('CS', 'Customer Service')],
    people: [person('an@acme.vn', 'An', 'SALES'), person('binh@acme.vn', 'Bình', 'SALES'), person('minh@acme.vn', 'Minh', 'PROD')],
    objectives: [
      objective('O-SALES', 'SALES', { title: 'Grow revenue from existing customers' }),
      objective('O-PROD', 'PROD', { title: 'Ship what existing customers need' }),
      objective('O-NEXT', 'SALES', { status: 'Draft' }),
      objective('O-Q3', 'SALES', { cycleId: '2026-Q3' }),
    ],
    keyResults: [
      keyResult('KR-OK', 'O-SALES', { ownerEmail: 'an@acme.vn' }),
      keyResult('KR-RISK', 'O-SALES', { ownerEmail: 'an@acme.vn' }),
      keyResult('KR-OFF', 'O-SALES', { ownerEmail: 'binh@acme.vn' }),
      keyResult('KR-STALE', 'O-SALES', { ownerEmail: 'binh@acme.vn' }),
      keyResult('KR-DROP', 'O-SALES', { ownerEmail: 'an@acme.vn' }),
      keyResult('KR-TEAM', 'O-SALES', { teamId: 'SALES' }),
      keyResult('KR-P1', 'O-PROD', { ownerEmail: 'minh@acme.vn' }),
      keyResult('KR-Q3', 'O-Q3', { ownerEmail: 'an@acme.vn' }),
    ],
    checkIns: [
      checkIn('KR-OK', '2026-11-16', 50),
      checkIn('KR-OK', '2026-11-23', 60),
      checkIn('KR-RISK', '2026-11-16', 35),
      checkIn('KR-RISK', '2026-11-23', 40),
      checkIn('KR-OFF', '2026-11-16', 10, 'Off track'),
      checkIn('KR-OFF', '2026-11-23', 10, 'Off track'),
      checkIn('KR-STALE', '2026-11-10', 40),
      checkIn('KR-DROP', '2026-11-16', 55, 'On track'),
      checkIn('KR-DROP', '2026-11-23', 56, 'At risk'),
      checkIn('KR-TEAM', '2026-11-16', 55),
      checkIn('KR-P1', '2026-10-19', 20, 'On track'),
      checkIn('KR-P1', '2026-10-26', 30, 'At risk'),
      checkIn('KR-P1', '2026-11-16', 55, null),
      checkIn('KR-P1', '2026-11-23', 60, null),
    ],
    initiatives: [initiative('I-1', 'KR-RISK', 1, 'In progress'), initiative('I-2', 'KR-P1', 2, 'Planned')],
    dependencies: [
      dependency('D-REQ', 'SALES', 'PROD', 'Requested'),
      dependency('D-COUNTER', 'PROD', 'SALES', 'Countered'),
      dependency('D-OK', 'SALES', 'PROD', 'Accepted'),
      dependency('D-OTHER', 'MKT', 'CS', 'Requested'),
    ],
  });
